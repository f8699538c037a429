// SPDX-License-Identifier: EUPL-1.2
/** Wet op het kindgebonden budget (BWBR0022751) parameters, from /work/shared/reference/nl-income-rules.json. */
import { validateParameterFile } from '../../engine';
import type { ParameterFile } from '../../types';

export const kindgebondenBudgetParameters: ParameterFile = validateParameterFile({
  file: 'src/income/rules/kindgebonden-budget/parameters.ts',
  law: 'kindgebonden-budget',
  knownThrough: '2026-12-31',
  schema: {
    bedrag_per_kind_jaar: { unit: 'cent' },
    verhoging_kind_12_15_jaar: { unit: 'cent' },
    verhoging_kind_16_17_jaar: { unit: 'cent' },
    alleenstaande_ouderkop_jaar: { unit: 'cent' },
    extra_drempel_met_partner_jaar: { unit: 'cent' },
    drempelinkomen_jaar_wettelijke_formule: { unit: 'cent' },
    drempelinkomen_jaar_gepubliceerd: { unit: 'cent' },
    vermogensgrens_zonder_partner: { unit: 'cent' },
    vermogensgrens_met_partner: { unit: 'cent' },
    afbouw: { unit: 'percent' },
  },
  versions: [
    {
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      basis: {
        law: 'Wet op het kindgebonden budget',
        bwbId: 'BWBR0022751',
        article: 'art. 2',
        source: ['https://wetten.overheid.nl/BWBR0022751/2025-01-01 (text read from the MinBZK/regelrecht-corpus mirror of the wetten.overheid.nl consolidated version)', 'reference nl-income-rules-2025.json kindgebonden_budget.2025-01-01'],
        confidence: 'official',
      },
      values: {
        bedrag_per_kind_jaar: { value: 251100, unit: 'cent', lid: '2' },
        verhoging_kind_12_15_jaar: { value: 70300, unit: 'cent', lid: '3' },
        verhoging_kind_16_17_jaar: { value: 93600, unit: 'cent', lid: '3' },
        alleenstaande_ouderkop_jaar: { value: 338900, unit: 'cent', lid: '2' },
        extra_drempel_met_partner_jaar: { value: 913900, unit: 'cent', lid: '5' },
        drempelinkomen_jaar_wettelijke_formule: { value: 2840573, unit: 'cent', article: 'art. 1', lid: '1 onder d', note: '1.08 x 12 x 2,191.80 = 28,405.73; used in the calculation' },
        drempelinkomen_jaar_gepubliceerd: { value: 2840600, unit: 'cent', article: 'art. 1', lid: '1 onder d', confidence: 'secondary', note: 'Published rounded figure; kept for comparison, not used' },
        vermogensgrens_zonder_partner: { value: 14189600, unit: 'cent', article: 'art. 1', lid: '4' },
        vermogensgrens_met_partner: { value: 17942900, unit: 'cent', article: 'art. 1', lid: '4' },
        afbouw: { value: 7.1, unit: 'percent', article: 'art. 2' },
      },
    },
    {
      validFrom: '2026-01-01',
      basis: {
        law: 'Wet op het kindgebonden budget',
        bwbId: 'BWBR0022751',
        article: 'art. 2',
        source: 'https://wetten.overheid.nl/BWBR0022751/2026-01-01 (text read from the MinBZK/regelrecht-corpus mirror of the wetten.overheid.nl consolidated version)',
        confidence: 'official',
        note: 'Scheduled afbouw 8.05% in 2027 and 8.50% in 2028; other 2027 amounts unknown, so no 2027 version is added.',
      },
      values: {
        bedrag_per_kind_jaar: { value: 258000, unit: 'cent', lid: '2' },
        verhoging_kind_12_15_jaar: { value: 72400, unit: 'cent', lid: '3' },
        verhoging_kind_16_17_jaar: { value: 96400, unit: 'cent', lid: '3' },
        alleenstaande_ouderkop_jaar: { value: 341600, unit: 'cent', lid: '2' },
        extra_drempel_met_partner_jaar: { value: 940500, unit: 'cent', lid: '5' },
        drempelinkomen_jaar_wettelijke_formule: { value: 2973542, unit: 'cent', article: 'art. 1', lid: '1 onder d', note: 'the zorgtoeslag drempelinkomen (Wet op de zorgtoeslag art. 1 lid 1 onder f): 1.08 x 12 x 2,294.40 = 29,735.42; used in the calculation' },
        drempelinkomen_jaar_gepubliceerd: { value: 2973600, unit: 'cent', article: 'art. 1', lid: '1 onder d', confidence: 'secondary', note: 'Published rounded figure; kept for comparison, not used' },
        vermogensgrens_zonder_partner: { value: 14601100, unit: 'cent', article: 'art. 1', lid: '4' },
        vermogensgrens_met_partner: { value: 18463300, unit: 'cent', article: 'art. 1', lid: '4' },
        afbouw: { value: 7.6, unit: 'percent', article: 'art. 3', lid: '5' },
      },
    },
  ],
});
