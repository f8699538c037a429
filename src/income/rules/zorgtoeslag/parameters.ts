// SPDX-License-Identifier: EUPL-1.2
/** Wet op de zorgtoeslag (BWBR0018451) parameters, from /work/shared/reference/nl-income-rules.json. */
import { validateParameterFile } from '../../engine';
import type { ParameterFile } from '../../types';

export const zorgtoeslagParameters: ParameterFile = validateParameterFile({
  file: 'src/income/rules/zorgtoeslag/parameters.ts',
  law: 'zorgtoeslag',
  knownThrough: '2026-12-31',
  schema: {
    standaardpremie_jaar: { unit: 'cent' },
    drempelinkomen_jaar_wettelijke_formule: { unit: 'cent' },
    drempelinkomen_jaar_gepubliceerd: { unit: 'cent' },
    vermogensgrens_alleenstaande: { unit: 'cent' },
    vermogensgrens_met_partner: { unit: 'cent' },
    awir_minimum_uit_te_keren_per_jaar: { unit: 'cent' },
    normpremie_drempel_alleenstaande: { unit: 'percent' },
    normpremie_drempel_met_partner: { unit: 'percent' },
    afbouw_boven_drempel: { unit: 'percent' },
  },
  versions: [
    {
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      basis: {
        law: 'Wet op de zorgtoeslag',
        bwbId: 'BWBR0018451',
        article: 'art. 2',
        source: [
          'https://wetten.overheid.nl/BWBR0018451/2025-01-01 (MinBZK/regelrecht-corpus file, an abridged rendering; percentages not checked against the verbatim text)',
          'reference nl-income-rules-2025.json zorgtoeslag.2025-01-01',
          "Metro 2024-11 'Zorgtoeslag stijgt: zoveel ontvang je in 2025 per inkomen' (max EUR 131 / 250 per month)",
        ],
        confidence: 'official',
      },
      values: {
        standaardpremie_jaar: { value: 211200, unit: 'cent', article: 'art. 4', confidence: 'unofficial-cross-check', note: 'poc-machine-law citing BWBR0050536 art. 1; reproduces the published Metro 2025 table' },
        drempelinkomen_jaar_wettelijke_formule: { value: 2840573, unit: 'cent', article: 'art. 1', lid: '1 onder f', note: '1.08 x 12 x 2,191.80 = 28,405.73; used in the calculation' },
        drempelinkomen_jaar_gepubliceerd: { value: 2840600, unit: 'cent', article: 'art. 1', lid: '1 onder f', confidence: 'secondary', note: 'published rounded figure; kept for comparison, not used' },
        vermogensgrens_alleenstaande: { value: 14189600, unit: 'cent', article: 'art. 3' },
        vermogensgrens_met_partner: { value: 17942900, unit: 'cent', article: 'art. 3' },
        awir_minimum_uit_te_keren_per_jaar: { value: 2400, unit: 'cent', article: 'Awir art. 26a', confidence: 'unverified', note: 'not in the 2025 reference; the 2026 figure (secondary); the published 2025 income limits are consistent with about EUR 23.5' },
        normpremie_drempel_alleenstaande: { value: 1.896, unit: 'percent', article: 'art. 2', lid: '2' },
        normpremie_drempel_met_partner: { value: 4.273, unit: 'percent', article: 'art. 2', lid: '2' },
        afbouw_boven_drempel: { value: 13.7, unit: 'percent', article: 'art. 2', lid: '2' },
      },
    },
    {
      validFrom: '2026-01-01',
      basis: {
        law: 'Wet op de zorgtoeslag',
        bwbId: 'BWBR0018451',
        article: 'art. 2',
        source: [
          'https://wetten.overheid.nl/BWBR0018451/2026-01-01 (text read from the MinBZK/regelrecht-corpus mirror of the wetten.overheid.nl consolidated version)',
          'https://www.taxlive.nl/nl/documenten/vn-vandaag/standaardpremie-en-bestuursrechtelijke-premies-2026-vastgesteld',
          "Metro 2025-11-24 'Met dit inkomen krijg je in 2026 de maximale zorgtoeslag'",
        ],
        confidence: 'official',
      },
      values: {
        standaardpremie_jaar: { value: 211900, unit: 'cent', article: 'art. 4', confidence: 'secondary', note: 'Regeling vaststelling standaardpremie 2026 via tax news' },
        drempelinkomen_jaar_wettelijke_formule: { value: 2973542, unit: 'cent', article: 'art. 1', lid: '1 onder f', note: '1.08 x 12 x 2,294.40 = 29,735.42; used in the calculation' },
        drempelinkomen_jaar_gepubliceerd: { value: 2973600, unit: 'cent', article: 'art. 1', lid: '1 onder f', confidence: 'secondary', note: 'Belastingdienst figure (formula rounded up to whole euros); kept for comparison, not used' },
        vermogensgrens_alleenstaande: { value: 14601100, unit: 'cent', article: 'art. 3' },
        vermogensgrens_met_partner: { value: 18463300, unit: 'cent', article: 'art. 3' },
        awir_minimum_uit_te_keren_per_jaar: { value: 2400, unit: 'cent', article: 'Awir art. 26a', confidence: 'secondary' },
        normpremie_drempel_alleenstaande: { value: 1.912, unit: 'percent', article: 'art. 2', lid: '2' },
        normpremie_drempel_met_partner: { value: 4.289, unit: 'percent', article: 'art. 2', lid: '2' },
        afbouw_boven_drempel: { value: 13.73, unit: 'percent', article: 'art. 2', lid: '2' },
      },
    },
  ],
});
