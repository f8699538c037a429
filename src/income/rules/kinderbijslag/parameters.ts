// SPDX-License-Identifier: EUPL-1.2
/** Algemene Kinderbijslagwet (BWBR0002368) amounts per quarter, from /work/shared/reference/nl-income-rules.json. */
import { validateParameterFile } from '../../engine';
import type { ParameterFile } from '../../types';

const MIRROR = '(text read from the MinBZK/regelrecht-corpus mirror of the wetten.overheid.nl consolidated version)';

export const kinderbijslagParameters: ParameterFile = validateParameterFile({
  file: 'src/income/rules/kinderbijslag/parameters.ts',
  law: 'kinderbijslag',
  knownThrough: '2026-12-31',
  schema: {
    kind_0_5_kwartaal: { unit: 'cent' },
    kind_6_11_kwartaal: { unit: 'cent' },
    kind_12_17_kwartaal: { unit: 'cent' },
  },
  versions: [
    {
      validFrom: '2025-01-01',
      validTo: '2025-06-30',
      basis: { law: 'Algemene Kinderbijslagwet', bwbId: 'BWBR0002368', article: 'art. 12', source: [`https://wetten.overheid.nl/BWBR0002368/2025-01-01 ${MIRROR}`, 'reference nl-income-rules-2025.json kinderbijslag.2025-01-01'], confidence: 'official' },
      values: {
        kind_0_5_kwartaal: { value: 28645, unit: 'cent' },
        kind_6_11_kwartaal: { value: 34783, unit: 'cent' },
        kind_12_17_kwartaal: { value: 40921, unit: 'cent' },
      },
    },
    {
      validFrom: '2025-07-01',
      validTo: '2025-12-31',
      basis: { law: 'Algemene Kinderbijslagwet', bwbId: 'BWBR0002368', article: 'art. 12', source: [`https://wetten.overheid.nl/BWBR0002368/2025-07-01 ${MIRROR}`, 'reference nl-income-rules-2025.json kinderbijslag.2025-07-01'], confidence: 'official' },
      values: {
        kind_0_5_kwartaal: { value: 29149, unit: 'cent' },
        kind_6_11_kwartaal: { value: 35395, unit: 'cent' },
        kind_12_17_kwartaal: { value: 41641, unit: 'cent' },
      },
    },
    {
      validFrom: '2026-01-01',
      validTo: '2026-06-30',
      basis: { law: 'Algemene Kinderbijslagwet', bwbId: 'BWBR0002368', article: 'art. 12', source: `https://wetten.overheid.nl/BWBR0002368/2026-01-01 ${MIRROR}`, confidence: 'official' },
      values: {
        kind_0_5_kwartaal: { value: 29507, unit: 'cent' },
        kind_6_11_kwartaal: { value: 35830, unit: 'cent' },
        kind_12_17_kwartaal: { value: 42153, unit: 'cent' },
      },
    },
    {
      validFrom: '2026-07-01',
      basis: {
        law: 'Algemene Kinderbijslagwet',
        bwbId: 'BWBR0002368',
        article: 'art. 12',
        source: [`https://wetten.overheid.nl/BWBR0002368/2026-07-01 ${MIRROR}`, "SVB news 'Kinderbijslag gaat per 1 juli 2026 omhoog' (quoted in third-party code)"],
        confidence: 'official',
      },
      values: {
        kind_0_5_kwartaal: { value: 29840, unit: 'cent' },
        kind_6_11_kwartaal: { value: 36235, unit: 'cent' },
        kind_12_17_kwartaal: { value: 42629, unit: 'cent' },
      },
    },
  ],
});
