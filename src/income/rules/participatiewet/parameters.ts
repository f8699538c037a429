// SPDX-License-Identifier: EUPL-1.2
/**
 * Participatiewet (BWBR0015703) parameters as dated data. Figures and sources are taken from
 * /work/shared/reference/nl-income-rules.json (keys kept verbatim so they can be traced back).
 * Adding the next half-year's norms is a data change: append a version below.
 */
import { validateParameterFile } from '../../engine';
import type { LegalBasis, ParameterFile, ParamValue, SchemaEntry } from '../../types';

const FILE = 'src/income/rules/participatiewet/parameters.ts';
const c = (value: number, extra: Partial<ParamValue> = {}): ParamValue => ({ value, unit: 'cent', ...extra });
const pct = (value: number, extra: Partial<ParamValue> = {}): ParamValue => ({ value, unit: 'percent', ...extra });
const mnd = (value: number, extra: Partial<ParamValue> = {}): ParamValue => ({ value, unit: 'months', ...extra });

const MIRROR = '(text read from the MinBZK/regelrecht-corpus mirror of the wetten.overheid.nl consolidated version)';
const PW = { law: 'Participatiewet', bwbId: 'BWBR0015703' } as const;
const basis = (article: string, source: string | string[], confidence: LegalBasis['confidence'] = 'official', note?: string): LegalBasis => ({
  ...PW,
  article,
  source,
  confidence,
  ...(note ? { note } : {}),
});

const NORM_KEYS = [
  'alleenstaande_of_alleenstaande_ouder_21_tot_aow',
  'gehuwden_beiden_21_tot_aow',
  'alleenstaande_of_alleenstaande_ouder_aow',
  'gehuwden_beiden_aow',
  'gehuwden_een_aow_ander_21plus',
  'jongere_alleenstaande_18_20',
  'jongere_alleenstaande_ouder_18_20',
  'jongeren_gehuwd_beiden_18_20_zonder_kinderen',
  'jongeren_gehuwd_een_18_20_ander_21plus_zonder_kinderen',
  'jongeren_gehuwd_beiden_18_20_met_kinderen',
  'jongeren_gehuwd_een_18_20_ander_21plus_met_kinderen',
  'jongeren_verhoging_ouders_kunnen_niet_bijdragen',
  'kostendeler_jonge_echtgenoot_18_20_met_kinderen_plus_norm_oudere',
  'kostendeler_jonge_echtgenoot_18_20_zonder_kinderen_plus_norm_oudere',
] as const;
export type NormKey = (typeof NORM_KEYS)[number];
// The 2025 versions lack the 18-20 verhoging; optional keys in the schema: a calculation that
// needs a missing one fails with a clear message instead of guessing.
const ALWAYS = new Set<string>([
  'alleenstaande_of_alleenstaande_ouder_21_tot_aow',
  'gehuwden_beiden_21_tot_aow',
  'alleenstaande_of_alleenstaande_ouder_aow',
  'gehuwden_beiden_aow',
  'jongere_alleenstaande_18_20',
]);
const normSchema: Record<string, SchemaEntry> = Object.fromEntries(NORM_KEYS.map((k) => [k, { unit: 'cent', optional: !ALWAYS.has(k) }]));

/** Art. 20-22a: the monthly bijstand norms (net, including vakantietoeslag). */
export const normen: ParameterFile = validateParameterFile({
  file: FILE,
  law: 'participatiewet.normen',
  knownThrough: '2026-12-31',
  schema: normSchema,
  versions: [
    {
      validFrom: '2025-01-01',
      validTo: '2025-06-30',
      basis: basis('art. 20', [`https://wetten.overheid.nl/BWBR0015703/2025-01-01 ${MIRROR}`, 'reference nl-income-rules-2025.json participatiewet.normen.2025-01-01'], 'official', 'The 18-20 verhoging (art. 20 lid 3) is not in the 2025 reference: a calculation that needs it is refused.'),
      values: {
        alleenstaande_of_alleenstaande_ouder_21_tot_aow: c(134545, { article: 'art. 21', lid: '1 onder a' }),
        gehuwden_beiden_21_tot_aow: c(192207, { article: 'art. 21', lid: '1 onder b' }),
        alleenstaande_of_alleenstaande_ouder_aow: c(150107, { article: 'art. 22', lid: '1 onder a' }),
        gehuwden_beiden_aow: c(205348, { article: 'art. 22', lid: '1 onder b' }),
        gehuwden_een_aow_ander_21plus: c(205348, { article: 'art. 22', lid: '1 onder c' }),
        jongere_alleenstaande_18_20: c(33217, { article: 'art. 20', lid: '1 onder a' }),
        jongere_alleenstaande_ouder_18_20: c(33217, { article: 'art. 20', lid: '1 onder b' }),
        jongeren_gehuwd_beiden_18_20_zonder_kinderen: c(66434, { article: 'art. 20', lid: '1 onder c' }),
        jongeren_gehuwd_een_18_20_ander_21plus_zonder_kinderen: c(129321, { article: 'art. 20', lid: '1 onder d' }),
        jongeren_gehuwd_beiden_18_20_met_kinderen: c(104875, { article: 'art. 20', lid: '1 onder e' }),
        jongeren_gehuwd_een_18_20_ander_21plus_met_kinderen: c(167762, { article: 'art. 20', lid: '1 onder f' }),
        kostendeler_jonge_echtgenoot_18_20_met_kinderen_plus_norm_oudere: c(71658, { article: 'art. 22a', lid: '3' }),
        kostendeler_jonge_echtgenoot_18_20_zonder_kinderen_plus_norm_oudere: c(33217, { article: 'art. 22a', lid: '3' }),
      },
    },
    {
      validFrom: '2025-07-01',
      validTo: '2025-12-31',
      basis: basis('art. 20', [`https://wetten.overheid.nl/BWBR0015703/2025-07-01 ${MIRROR}`, 'reference nl-income-rules-2025.json participatiewet.normen.2025-07-01; https://www.berekenuwrechtplus.nl/normenoverzicht/ (Stimulansz table, same figures)'], 'official', 'The 18-20 verhoging (art. 20 lid 3) is not in the 2025 reference: a calculation that needs it is refused.'),
      values: {
        alleenstaande_of_alleenstaande_ouder_21_tot_aow: c(136906, { article: 'art. 21', lid: '1 onder a' }),
        gehuwden_beiden_21_tot_aow: c(195580, { article: 'art. 21', lid: '1 onder b' }),
        alleenstaande_of_alleenstaande_ouder_aow: c(153021, { article: 'art. 22', lid: '1 onder a' }),
        gehuwden_beiden_aow: c(209498, { article: 'art. 22', lid: '1 onder b' }),
        gehuwden_een_aow_ander_21plus: c(209498, { article: 'art. 22', lid: '1 onder c' }),
        jongere_alleenstaande_18_20: c(33798, { article: 'art. 20', lid: '1 onder a' }),
        jongere_alleenstaande_ouder_18_20: c(33798, { article: 'art. 20', lid: '1 onder b' }),
        jongeren_gehuwd_beiden_18_20_zonder_kinderen: c(67596, { article: 'art. 20', lid: '1 onder c' }),
        jongeren_gehuwd_een_18_20_ander_21plus_zonder_kinderen: c(131588, { article: 'art. 20', lid: '1 onder d' }),
        jongeren_gehuwd_beiden_18_20_met_kinderen: c(106712, { article: 'art. 20', lid: '1 onder e' }),
        jongeren_gehuwd_een_18_20_ander_21plus_met_kinderen: c(170704, { article: 'art. 20', lid: '1 onder f' }),
        kostendeler_jonge_echtgenoot_18_20_met_kinderen_plus_norm_oudere: c(72914, { article: 'art. 22a', lid: '3' }),
        kostendeler_jonge_echtgenoot_18_20_zonder_kinderen_plus_norm_oudere: c(33798, { article: 'art. 22a', lid: '3' }),
      },
    },
    {
      validFrom: '2026-01-01',
      validTo: '2026-06-30',
      basis: basis('art. 20-23', `https://wetten.overheid.nl/BWBR0015703/2026-01-01 ${MIRROR}; same amounts in the Normenbrief 1 januari 2026`),
      values: {
        alleenstaande_of_alleenstaande_ouder_21_tot_aow: c(140150, { article: 'art. 21', lid: '1 onder a' }),
        gehuwden_beiden_21_tot_aow: c(200213, { article: 'art. 21', lid: '1 onder b' }),
        alleenstaande_of_alleenstaande_ouder_aow: c(156469, { article: 'art. 22', lid: '1 onder a' }),
        gehuwden_beiden_aow: c(214416, { article: 'art. 22', lid: '1 onder b' }),
        gehuwden_een_aow_ander_21plus: c(214416, { article: 'art. 22', lid: '1 onder c' }),
        jongere_alleenstaande_18_20: c(34599, { article: 'art. 20', lid: '1 onder a' }),
        jongere_alleenstaande_ouder_18_20: c(34599, { article: 'art. 20', lid: '1 onder b' }),
        jongeren_gehuwd_beiden_18_20_zonder_kinderen: c(69198, { article: 'art. 20', lid: '1 onder c' }),
        jongeren_gehuwd_een_18_20_ander_21plus_zonder_kinderen: c(134706, { article: 'art. 20', lid: '1 onder d' }),
        jongeren_gehuwd_beiden_18_20_met_kinderen: c(109241, { article: 'art. 20', lid: '1 onder e' }),
        jongeren_gehuwd_een_18_20_ander_21plus_met_kinderen: c(174749, { article: 'art. 20', lid: '1 onder f' }),
        jongeren_verhoging_ouders_kunnen_niet_bijdragen: c(74645, { article: 'art. 20', lid: '3' }),
        kostendeler_jonge_echtgenoot_18_20_met_kinderen_plus_norm_oudere: c(74642, { article: 'art. 22a', lid: '3' }),
        kostendeler_jonge_echtgenoot_18_20_zonder_kinderen_plus_norm_oudere: c(34599, { article: 'art. 22a', lid: '3' }),
      },
    },
    {
      validFrom: '2026-07-01',
      basis: basis(
        'art. 20-23',
        `https://wetten.overheid.nl/BWBR0015703/2026-07-01 ${MIRROR}`,
        'official',
        'Only one copy of this version was available; cross-check against the SZW norm letter for 1 July 2026.',
      ),
      values: {
        alleenstaande_of_alleenstaande_ouder_21_tot_aow: c(141946, { article: 'art. 21', lid: '1 onder a' }),
        gehuwden_beiden_21_tot_aow: c(202779, { article: 'art. 21', lid: '1 onder b' }),
        alleenstaande_of_alleenstaande_ouder_aow: c(158734, { article: 'art. 22', lid: '1 onder a' }),
        gehuwden_beiden_aow: c(217610, { article: 'art. 22', lid: '1 onder b' }),
        gehuwden_een_aow_ander_21plus: c(217610, { article: 'art. 22', lid: '1 onder c' }),
        jongere_alleenstaande_18_20: c(35042, { article: 'art. 20', lid: '1 onder a' }),
        jongere_alleenstaande_ouder_18_20: c(35042, { article: 'art. 20', lid: '1 onder b' }),
        jongeren_gehuwd_beiden_18_20_zonder_kinderen: c(70084, { article: 'art. 20', lid: '1 onder c' }),
        jongeren_gehuwd_een_18_20_ander_21plus_zonder_kinderen: c(136432, { article: 'art. 20', lid: '1 onder d' }),
        jongeren_gehuwd_beiden_18_20_met_kinderen: c(110640, { article: 'art. 20', lid: '1 onder e' }),
        jongeren_gehuwd_een_18_20_ander_21plus_met_kinderen: c(176988, { article: 'art. 20', lid: '1 onder f' }),
        jongeren_verhoging_ouders_kunnen_niet_bijdragen: c(76224, { article: 'art. 20', lid: '3' }),
        kostendeler_jonge_echtgenoot_18_20_met_kinderen_plus_norm_oudere: c(75598, { article: 'art. 22a', lid: '3' }),
        kostendeler_jonge_echtgenoot_18_20_zonder_kinderen_plus_norm_oudere: c(35042, { article: 'art. 22a', lid: '3' }),
      },
    },
  ],
});

/** Art. 22a: kostendelersnorm = B x (40% + A x 30%) / A. B comes from `normen`. */
export const kostendelersnorm: ParameterFile = validateParameterFile({
  file: FILE,
  law: 'participatiewet.kostendelersnorm',
  knownThrough: '2026-12-31',
  schema: { vaste_voet: { unit: 'percent' }, per_persoon: { unit: 'percent' }, minimumleeftijd_kostendeler: { unit: 'years' }, minimumleeftijd_norm: { unit: 'years' } },
  versions: [
    {
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      basis: basis('art. 22a', `https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel22a ${MIRROR}; reference nl-income-rules-2025.json participatiewet.kostendelersnorm.2025 (unchanged law)`),
      values: {
        vaste_voet: pct(40, { lid: '1' }),
        per_persoon: pct(30, { lid: '1' }),
        minimumleeftijd_kostendeler: { value: 27, unit: 'years', article: 'art. 19a', lid: '1' },
        minimumleeftijd_norm: { value: 21, unit: 'years', article: 'art. 22a', lid: '1' },
      },
    },
    {
      validFrom: '2026-01-01',
      basis: basis(
        'art. 22a',
        `https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel22a ${MIRROR}; formula reconstructed from published per-person tables (Velsen 2024, RSD De Liemers 2024)`,
      ),
      values: {
        vaste_voet: pct(40, { lid: '1' }),
        per_persoon: pct(30, { lid: '1' }),
        minimumleeftijd_kostendeler: { value: 27, unit: 'years', article: 'art. 19a', lid: '1' },
        minimumleeftijd_norm: { value: 21, unit: 'years', article: 'art. 22a', lid: '1' },
      },
    },
  ],
});

/** Art. 19 lid 3: the part of the norm reserved as vakantietoeslag. */
export const vakantietoeslag: ParameterFile = validateParameterFile({
  file: FILE,
  law: 'participatiewet.vakantietoeslag',
  knownThrough: '2026-12-31',
  schema: { vakantietoeslag_aandeel_in_bijstand: { unit: 'percent' } },
  versions: [
    {
      validFrom: '2025-01-01',
      basis: basis(
        'art. 19',
        `https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19 ${MIRROR}`,
        'official',
        'Municipal tables 2021-2024 split off exactly 5 percent; the law text says 4.8 percent. Kept as data so a municipality can change it.',
      ),
      values: { vakantietoeslag_aandeel_in_bijstand: pct(4.8, { lid: '3' }) },
    },
  ],
});

const VRIJ_SCHEMA: Record<string, SchemaEntry> = {
  algemene_vrijlating: { unit: 'percent' },
  algemene_vrijlating_max_per_maand: { unit: 'cent' },
  algemene_vrijlating_onder_aow: { unit: 'months' },
  alleenstaande_ouder: { unit: 'percent' },
  alleenstaande_ouder_vrijlating_max_per_maand: { unit: 'cent' },
  alleenstaande_ouder_na_algemene: { unit: 'months' },
  alleenstaande_ouder_kind_jonger_dan: { unit: 'years' },
  medisch_urenbeperkt: { unit: 'percent' },
  medisch_urenbeperkt_max_per_maand: { unit: 'cent' },
  minimumleeftijd_n_en_r: { unit: 'years' },
};

/** Art. 31 lid 2 onder n, r, y and lid 5: the current inkomstenvrijlating. */
export const vrijlating: ParameterFile = validateParameterFile({
  file: FILE,
  law: 'participatiewet.vrijlating',
  knownThrough: '2026-12-31',
  schema: VRIJ_SCHEMA,
  versions: [
    {
      validFrom: '2025-01-01',
      validTo: '2025-06-30',
      basis: basis('art. 31', [`https://wetten.overheid.nl/BWBR0015703/2025-01-01#Artikel31 ${MIRROR}`, 'reference nl-income-rules-2025.json participatiewet.vrijlating.2025-01-01 (same rules as 2026, other caps)']),
      values: {
        algemene_vrijlating: pct(25, { lid: '2 onder n' }),
        algemene_vrijlating_max_per_maand: c(27300, { lid: '2 onder n' }),
        algemene_vrijlating_onder_aow: mnd(6, { lid: '2 onder n' }),
        alleenstaande_ouder: pct(12.5, { lid: '2 onder r' }),
        alleenstaande_ouder_vrijlating_max_per_maand: c(17061, { lid: '2 onder r' }),
        alleenstaande_ouder_na_algemene: mnd(30, { lid: '2 onder r' }),
        alleenstaande_ouder_kind_jonger_dan: { value: 12, unit: 'years', lid: '2 onder r' },
        medisch_urenbeperkt: pct(15, { lid: '2 onder y' }),
        medisch_urenbeperkt_max_per_maand: c(17304, { lid: '2 onder y' }),
        minimumleeftijd_n_en_r: { value: 27, unit: 'years', lid: '5' },
      },
    },
    {
      validFrom: '2025-07-01',
      validTo: '2025-12-31',
      basis: basis('art. 31', [`https://wetten.overheid.nl/BWBR0015703/2025-07-01#Artikel31 ${MIRROR}`, 'reference nl-income-rules-2025.json participatiewet.vrijlating.2025-07-01 (same rules as 2026, other caps)']),
      values: {
        algemene_vrijlating: pct(25, { lid: '2 onder n' }),
        algemene_vrijlating_max_per_maand: c(27800, { lid: '2 onder n' }),
        algemene_vrijlating_onder_aow: mnd(6, { lid: '2 onder n' }),
        alleenstaande_ouder: pct(12.5, { lid: '2 onder r' }),
        alleenstaande_ouder_vrijlating_max_per_maand: c(17387, { lid: '2 onder r' }),
        alleenstaande_ouder_na_algemene: mnd(30, { lid: '2 onder r' }),
        alleenstaande_ouder_kind_jonger_dan: { value: 12, unit: 'years', lid: '2 onder r' },
        medisch_urenbeperkt: pct(15, { lid: '2 onder y' }),
        medisch_urenbeperkt_max_per_maand: c(17635, { lid: '2 onder y' }),
        minimumleeftijd_n_en_r: { value: 27, unit: 'years', lid: '5' },
      },
    },
    {
      validFrom: '2026-01-01',
      basis: basis('art. 31', `https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31 ${MIRROR}`),
      values: {
        algemene_vrijlating: pct(25, { lid: '2 onder n' }),
        algemene_vrijlating_max_per_maand: c(28500, { lid: '2 onder n' }),
        algemene_vrijlating_onder_aow: mnd(6, { lid: '2 onder n' }),
        alleenstaande_ouder: pct(12.5, { lid: '2 onder r' }),
        alleenstaande_ouder_vrijlating_max_per_maand: c(17766, { lid: '2 onder r' }),
        alleenstaande_ouder_na_algemene: mnd(30, { lid: '2 onder r' }),
        alleenstaande_ouder_kind_jonger_dan: { value: 12, unit: 'years', lid: '2 onder r' },
        medisch_urenbeperkt: pct(15, { lid: '2 onder y' }),
        medisch_urenbeperkt_max_per_maand: c(18019, { lid: '2 onder y' }),
        minimumleeftijd_n_en_r: { value: 27, unit: 'years', lid: '5' },
      },
    },
  ],
});

/**
 * Art. 34a/34b as amended by the Wet Participatiewet in balans. The text is official; the
 * effective date is the open point: government communication says 1 January 2027, with a
 * toleration year 2026. A municipality can choose to apply it early (see gemeentelijk config).
 */
export const vrijlatingPib: ParameterFile = validateParameterFile({
  file: FILE,
  law: 'participatiewet.vrijlating.pib',
  knownThrough: '2027-12-31',
  schema: {
    onder_aow_vrijlating: { unit: 'percent' },
    onder_aow_aaneengesloten_max: { unit: 'months' },
    medisch_urenbeperkt: { unit: 'percent' },
    aow_leeftijd: { unit: 'percent' },
    aow_leeftijd_vrijlating_max_per_maand: { unit: 'cent' },
    bufferbudget_max_per_kalenderjaar: { unit: 'cent' },
  },
  versions: [
    {
      validFrom: '2027-01-01',
      basis: {
        law: 'Participatiewet (zoals gewijzigd door de Wet Participatiewet in balans, BWBR0051679)',
        bwbId: 'BWBR0015703',
        article: 'art. 34a',
        source: [
          `https://wetten.overheid.nl/BWBR0015703/2026-07-01#Artikel34a ${MIRROR}`,
          'https://www.gemeente.nu/sociaal/bijstand/belangrijkste-wijzigingen-en-implementatie-participatiewet-in-balans/',
          'https://www.binnenlandsbestuur.nl/sociaal/kabinet-gedoogt-komend-jaar-ruimer-sociaal-beleid',
        ],
        confidence: 'official',
        note: 'Text official; effective date 2027-01-01 per government communication, not confirmed in the consolidated text.',
      },
      values: {
        onder_aow_vrijlating: pct(15, { lid: '1 onder a' }),
        onder_aow_aaneengesloten_max: mnd(12, { lid: '1 onder a' }),
        medisch_urenbeperkt: pct(15, { lid: '1 onder b' }),
        aow_leeftijd: pct(25, { lid: '1 onder c' }),
        aow_leeftijd_vrijlating_max_per_maand: c(22600, { lid: '1 onder c' }),
        bufferbudget_max_per_kalenderjaar: c(100000, { article: 'art. 34b' }),
      },
    },
  ],
});

/** Art. 34: wealth limits (vermogensgrenzen). */
export const vermogen: ParameterFile = validateParameterFile({
  file: FILE,
  law: 'participatiewet.vermogen',
  knownThrough: '2026-12-31',
  schema: {
    vermogensgrens_alleenstaande: { unit: 'cent' },
    vermogensgrens_alleenstaande_ouder: { unit: 'cent' },
    vermogensgrens_gehuwden: { unit: 'cent' },
  },
  versions: [
    {
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
      basis: basis('art. 34', [`https://wetten.overheid.nl/BWBR0015703/2025-01-01 ${MIRROR}`, 'reference nl-income-rules-2025.json participatiewet.verrekening.2025 (law text 7,770 / 15,540; the 2026 file\'s note 7,605 / 15,210 is wrong)']),
      values: {
        vermogensgrens_alleenstaande: c(777000, { lid: '3' }),
        vermogensgrens_alleenstaande_ouder: c(1554000, { lid: '3' }),
        vermogensgrens_gehuwden: c(1554000, { lid: '3' }),
      },
    },
    {
      validFrom: '2026-01-01',
      basis: basis('art. 34', `https://wetten.overheid.nl/BWBR0015703/2026-01-01 ${MIRROR}`),
      values: {
        vermogensgrens_alleenstaande: c(800000, { lid: '3' }),
        vermogensgrens_alleenstaande_ouder: c(1600000, { lid: '3' }),
        vermogensgrens_gehuwden: c(1600000, { lid: '3' }),
      },
    },
  ],
});

/**
 * The AOW age decides which norm applies (art. 22). It is NOT in the reference data; 67 years for
 * 2026 is common knowledge (Algemene Ouderdomswet art. 7a) and is marked `unverified`.
 */
export const aowLeeftijd: ParameterFile = validateParameterFile({
  file: FILE,
  law: 'aow.pensioenleeftijd',
  knownThrough: '2027-12-31',
  schema: { aow_leeftijd_jaren: { unit: 'years' } },
  versions: [
    {
      validFrom: '2025-01-01',
      basis: {
        law: 'Algemene Ouderdomswet',
        bwbId: 'BWBR0002221',
        article: 'art. 7a',
        source: 'not in /work/shared/reference/nl-income-rules.json; common knowledge, to be confirmed (no internet access while building)',
        confidence: 'unverified',
      },
      values: { aow_leeftijd_jaren: { value: 67, unit: 'years' } },
    },
  ],
});

export const participatiewetFiles: ParameterFile[] = [normen, kostendelersnorm, vakantietoeslag, vrijlating, vrijlatingPib, vermogen, aowLeeftijd];
