// SPDX-License-Identifier: EUPL-1.2
/**
 * Wet op de huurtoeslag (BWBR0008659) parameters 2026 (new system: bare rent only), from
 * /work/shared/reference/nl-income-rules.json. The reference marks the set `secondary`: basishuur
 * and minimum-inkomensijkpunten are only confirmed via third-party code; the 2026 income
 * exemption for children under 23 was not found (the 2024 figure is used and marked unverified).
 */
import { validateParameterFile } from '../../engine';
import type { ParameterFile } from '../../types';

const SECONDARY = 'secondary' as const;

export const huurtoeslagParameters: ParameterFile = validateParameterFile({
  file: 'src/income/rules/huurtoeslag/parameters.ts',
  law: 'huurtoeslag',
  knownThrough: '2026-12-31',
  schema: {
    maximale_huurgrens_21plus: { unit: 'cent' },
    maximale_huurgrens_jonger_dan_21: { unit: 'cent' },
    kwaliteitskortingsgrens: { unit: 'cent' },
    aftoppingsgrens_1_2_personen: { unit: 'cent' },
    aftoppingsgrens_3plus_personen: { unit: 'cent' },
    basishuur_eenpersoons: { unit: 'cent' },
    basishuur_meerpersoons: { unit: 'cent' },
    minimum_inkomensijkpunt_eenpersoons_jaar: { unit: 'cent' },
    minimum_inkomensijkpunt_meerpersoons_jaar: { unit: 'cent' },
    vermogensgrens_per_persoon: { unit: 'cent' },
    vermogensgrens_met_toeslagpartner: { unit: 'cent' },
    kindinkomen_vrijstelling_onder_23_jaar: { unit: 'cent' },
    subsidie_tot_kwaliteitskortingsgrens: { unit: 'percent' },
    subsidie_kwaliteitskorting_tot_aftopping: { unit: 'percent' },
    subsidie_aftopping_tot_maximale_huurgrens: { unit: 'percent' },
    afbouw_eenpersoons: { unit: 'percent' },
    afbouw_meerpersoons: { unit: 'percent' },
  },
  versions: [
    {
      validFrom: '2026-01-01',
      basis: {
        law: 'Wet op de huurtoeslag',
        bwbId: 'BWBR0008659',
        article: 'art. 21',
        source: [
          'https://wetten.overheid.nl/BWBR0008659/2026-01-01 (text read from the MinBZK/regelrecht-corpus mirror of the wetten.overheid.nl consolidated version)',
          'https://wetten.overheid.nl/BWBR0049106/2026-01-01 (Wet verlaging eigen bijdrage huurtoeslag)',
          "Third-party TypeScript parameters citing overtoeslagen.nl and the ministry's huurtoeslag parameter overview (basishuur, ijkpunten)",
          'Regeling huurtoeslaggrenzen 2026 (Stcrt. 2025, 39783)',
        ],
        confidence: SECONDARY,
      },
      values: {
        maximale_huurgrens_21plus: { value: 93293, unit: 'cent', article: 'art. 13', confidence: 'official' },
        maximale_huurgrens_jonger_dan_21: { value: 49820, unit: 'cent', article: 'art. 13', confidence: 'official' },
        kwaliteitskortingsgrens: { value: 49820, unit: 'cent', article: 'art. 20', lid: '1', confidence: 'official' },
        aftoppingsgrens_1_2_personen: { value: 71302, unit: 'cent', article: 'art. 20', lid: '2', confidence: 'official' },
        aftoppingsgrens_3plus_personen: { value: 76414, unit: 'cent', article: 'art. 20', lid: '2', confidence: 'official' },
        basishuur_eenpersoons: { value: 20252, unit: 'cent', article: 'art. 16-17', confidence: SECONDARY, note: '252.49 - 1.82 - 48.15' },
        basishuur_meerpersoons: { value: 20071, unit: 'cent', article: 'art. 16-17', confidence: SECONDARY, note: '252.49 - 3.63 - 48.15' },
        minimum_inkomensijkpunt_eenpersoons_jaar: { value: 2342500, unit: 'cent', article: 'art. 17', confidence: SECONDARY },
        minimum_inkomensijkpunt_meerpersoons_jaar: { value: 3150000, unit: 'cent', article: 'art. 17', confidence: SECONDARY },
        vermogensgrens_per_persoon: { value: 3847900, unit: 'cent', article: 'art. 9', confidence: SECONDARY },
        vermogensgrens_met_toeslagpartner: { value: 7695800, unit: 'cent', article: 'art. 9', confidence: SECONDARY },
        kindinkomen_vrijstelling_onder_23_jaar: { value: 597000, unit: 'cent', article: 'art. 8', confidence: 'unverified', note: '2024 figure; the 2026 figure was not found in the reference' },
        subsidie_tot_kwaliteitskortingsgrens: { value: 100, unit: 'percent', article: 'art. 21', confidence: 'official' },
        subsidie_kwaliteitskorting_tot_aftopping: { value: 65, unit: 'percent', article: 'Besluit op de huurtoeslag art. 7', confidence: SECONDARY },
        subsidie_aftopping_tot_maximale_huurgrens: { value: 40, unit: 'percent', article: 'Besluit op de huurtoeslag art. 7', confidence: SECONDARY },
        afbouw_eenpersoons: { value: 27, unit: 'percent', article: 'art. 21', confidence: 'official' },
        afbouw_meerpersoons: { value: 22, unit: 'percent', article: 'art. 21', confidence: 'official' },
      },
    },
  ],
});

/**
 * The calculation system by date. 2025 still has the OLD system (quadratic normhuur, hard maximum
 * rent, service costs in the rekenhuur; reference nl-income-rules-2025.json huurtoeslag.2025-01-01);
 * the 2026 linear system in `huurtoeslag.ts` does not apply to it. The 2025 normhuur factors a and b
 * and the minimum-inkomensijkpunten are not in the reference, so 2025 cannot be computed: a dated
 * refusal, not a guess.
 */
export interface HuurtoeslagStelsel {
  validFrom: string;
  validTo?: string;
  stelsel: 'normhuur-kwadratisch' | 'lineair-2026';
  /** Why it cannot be computed; absent when it can. */
  nietBerekenbaar?: string;
}

export const HUURTOESLAG_STELSELS: readonly HuurtoeslagStelsel[] = [
  {
    validFrom: '2025-01-01',
    validTo: '2025-12-31',
    stelsel: 'normhuur-kwadratisch',
    nietBerekenbaar:
      'in 2025 gold nog het oude stelsel van de huurtoeslag (kwadratische normhuur en een harde maximale huurgrens, Wet op de huurtoeslag art. 13 en 19 zoals die in 2025 luidde); de normhuurfactoren en minimum-inkomensijkpunten van 2025 staan niet in de referentiegegevens',
  },
  { validFrom: '2026-01-01', stelsel: 'lineair-2026' },
];

/** The system valid on a date, or undefined before 2025. */
export function huurtoeslagStelsel(date: string): HuurtoeslagStelsel | undefined {
  return HUURTOESLAG_STELSELS.find((s) => s.validFrom <= date && (s.validTo === undefined || date <= s.validTo));
}
