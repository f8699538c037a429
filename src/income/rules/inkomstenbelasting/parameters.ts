// SPDX-License-Identifier: EUPL-1.2
/**
 * Wet inkomstenbelasting 2001 (BWBR0011353): box 1 rates and heffingskortingen, used only to
 * ESTIMATE a gross toetsingsinkomen from net income when nobody entered it (the result says
 * "schatting"). Heffingskortingen 2026 from /work/shared/reference/nl-income-rules.json
 * (`heffingskortingen`, law text). The box 1 rates are NOT in the reference: they come from
 * secondary sources that disagree with each other (see `note`), hence confidence `secondary`.
 * There is no 2025 version: a 2025 calculation cannot estimate and refuses the toeslagen instead.
 */
import { validateParameterFile } from '../../engine';
import type { ParameterFile } from '../../types';

const BOX1_SOURCES =
  "https://www.aplusbadviesgroep.nl/tarieven-heffingskortingen-en-bedragen-inkomstenbelasting-2026 (23-12-2025: 35,75% / 37,56% / 49,5%, schijfgrenzen 38.884 en 78.426, AOW-leeftijd 17,85%); https://slimgeldbeheer.nl/post/belastingschijven-2026-box-1-2-3-tarieven (35,75% tot 38.883, 37,56% tot 78.426, 49,50%; AOW 17,85%). Disagreeing: https://www.beuken-essers.nl/belasting (35,70%, second bound 79.137, AOW 17,80%). Not read from the law text (Wet IB 2001 art. 2.10, 2.10a).";

export const inkomstenbelastingParameters: ParameterFile = validateParameterFile({
  file: 'src/income/rules/inkomstenbelasting/parameters.ts',
  law: 'inkomstenbelasting',
  knownThrough: '2026-12-31',
  schema: {
    box1_schijf1_tot_jaar: { unit: 'cent' },
    box1_schijf2_tot_jaar: { unit: 'cent' },
    box1_tarief_schijf1_onder_aow: { unit: 'percent' },
    box1_tarief_schijf1_vanaf_aow: { unit: 'percent' },
    box1_tarief_schijf2: { unit: 'percent' },
    box1_tarief_schijf3: { unit: 'percent' },
    algemene_heffingskorting_max_onder_aow_jaar: { unit: 'cent' },
    algemene_heffingskorting_max_vanaf_aow_jaar: { unit: 'cent' },
    algemene_heffingskorting_afbouwgrens_verzamelinkomen_jaar: { unit: 'cent' },
    afbouw_ahk_onder_aow: { unit: 'percent' },
    afbouw_ahk_vanaf_aow: { unit: 'percent' },
    arbeidskorting_schijf1_max_jaar: { unit: 'cent' },
    arbeidskorting_grens1_arbeidsinkomen_jaar: { unit: 'cent' },
    arbeidskorting_schijf2_cumulatief_max_jaar: { unit: 'cent' },
    arbeidskorting_grens2_arbeidsinkomen_jaar: { unit: 'cent' },
    arbeidskorting_max_onder_aow_jaar: { unit: 'cent' },
    arbeidskorting_afbouwgrens_arbeidsinkomen_jaar: { unit: 'cent' },
    arbeidskorting_opbouw_schijf1: { unit: 'percent' },
    arbeidskorting_opbouw_schijf2: { unit: 'percent' },
    arbeidskorting_opbouw_schijf3: { unit: 'percent' },
    afbouw_arbeidskorting: { unit: 'percent' },
    ouderenkorting_max_jaar: { unit: 'cent' },
    ouderenkorting_afbouwgrens_verzamelinkomen_jaar: { unit: 'cent' },
    afbouw_ouderenkorting: { unit: 'percent' },
    alleenstaande_ouderenkorting_jaar: { unit: 'cent' },
  },
  versions: [
    {
      validFrom: '2026-01-01',
      basis: {
        law: 'Wet inkomstenbelasting 2001',
        bwbId: 'BWBR0011353',
        article: 'art. 8.10',
        source: 'https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.10 and #Artikel8.11 (reference nl-income-rules.json, heffingskortingen)',
        confidence: 'official',
      },
      values: {
        box1_schijf1_tot_jaar: { value: 3888300, unit: 'cent', article: 'art. 2.10', lid: '1', confidence: 'secondary', source: BOX1_SOURCES, note: 'sources give 38,883 and 38,884' },
        box1_schijf2_tot_jaar: { value: 7842600, unit: 'cent', article: 'art. 2.10', lid: '1', confidence: 'secondary', source: BOX1_SOURCES, note: 'two of three sources; one gives 79,137' },
        box1_tarief_schijf1_onder_aow: { value: 35.75, unit: 'percent', article: 'art. 2.10', lid: '1', confidence: 'secondary', source: BOX1_SOURCES, note: 'two of three sources; one gives 35.70%' },
        box1_tarief_schijf1_vanaf_aow: { value: 17.85, unit: 'percent', article: 'art. 2.10a', confidence: 'secondary', source: BOX1_SOURCES, note: 'two of three sources; one gives 17.80%' },
        box1_tarief_schijf2: { value: 37.56, unit: 'percent', article: 'art. 2.10', lid: '1', confidence: 'secondary', source: BOX1_SOURCES },
        box1_tarief_schijf3: { value: 49.5, unit: 'percent', article: 'art. 2.10', lid: '1', confidence: 'secondary', source: BOX1_SOURCES },
        algemene_heffingskorting_max_onder_aow_jaar: { value: 311500, unit: 'cent', article: 'art. 8.10', lid: '2' },
        algemene_heffingskorting_max_vanaf_aow_jaar: { value: 155400, unit: 'cent', article: 'art. 8.10', confidence: 'secondary', note: 'provisional figure per the reference notes' },
        algemene_heffingskorting_afbouwgrens_verzamelinkomen_jaar: { value: 2973600, unit: 'cent', article: 'art. 8.10', lid: '2' },
        afbouw_ahk_onder_aow: { value: 6.398, unit: 'percent', article: 'art. 8.10', lid: '2' },
        afbouw_ahk_vanaf_aow: { value: 3.144, unit: 'percent', article: 'art. 8.10', confidence: 'secondary', note: 'provisional figure per the reference notes' },
        arbeidskorting_schijf1_max_jaar: { value: 99600, unit: 'cent', article: 'art. 8.11', lid: '2' },
        arbeidskorting_grens1_arbeidsinkomen_jaar: { value: 1196500, unit: 'cent', article: 'art. 8.11', lid: '2' },
        arbeidskorting_schijf2_cumulatief_max_jaar: { value: 530000, unit: 'cent', article: 'art. 8.11', lid: '2' },
        arbeidskorting_grens2_arbeidsinkomen_jaar: { value: 2584500, unit: 'cent', article: 'art. 8.11', lid: '2' },
        arbeidskorting_max_onder_aow_jaar: { value: 568500, unit: 'cent', article: 'art. 8.11', lid: '2' },
        arbeidskorting_afbouwgrens_arbeidsinkomen_jaar: { value: 4559200, unit: 'cent', article: 'art. 8.11', lid: '2' },
        arbeidskorting_opbouw_schijf1: { value: 8.324, unit: 'percent', article: 'art. 8.11', lid: '2' },
        arbeidskorting_opbouw_schijf2: { value: 31.009, unit: 'percent', article: 'art. 8.11', lid: '2' },
        arbeidskorting_opbouw_schijf3: { value: 1.95, unit: 'percent', article: 'art. 8.11', lid: '2' },
        afbouw_arbeidskorting: { value: 6.51, unit: 'percent', article: 'art. 8.11', lid: '2' },
        ouderenkorting_max_jaar: { value: 206700, unit: 'cent', article: 'art. 8.17' },
        ouderenkorting_afbouwgrens_verzamelinkomen_jaar: { value: 4600200, unit: 'cent', article: 'art. 8.17' },
        afbouw_ouderenkorting: { value: 15, unit: 'percent', article: 'art. 8.17' },
        alleenstaande_ouderenkorting_jaar: { value: 54000, unit: 'cent', article: 'art. 8.18' },
      },
    },
  ],
});
