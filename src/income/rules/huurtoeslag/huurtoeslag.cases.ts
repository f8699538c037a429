// SPDX-License-Identifier: EUPL-1.2
/**
 * Huurtoeslag 2026 rule cases. KKG 498.20, aftopping 713.02 (1-2 p) / 764.14 (3+ p), max 932.93,
 * basishuur 202.52 (1 p) / 200.71 (more p), ijkpunt 23,425 / 31,500, afbouw 27% / 22%.
 */
import type { RuleCase } from '../../testing/rule-cases';
import type { HuurtoeslagInput } from './huurtoeslag';

export const HUURTOESLAG_CASES: RuleCase<Partial<HuurtoeslagInput>>[] = [
  // (49820 - 20252) + (60000 - 49820) * 0.65 = 29568 + 6617 = 36185
  { naam: 'alleenstaande met €600 huur en inkomen op het ijkpunt', invoer: { huur: 60000, inkomenVolwassenen: 2342500 }, verwacht: { perMaand: 36185 } },
  // 29568 + 21482*0.65 + 8698*0.40 = 29568 + 13963.3 + 3479.2 = 47010.5 -> 47011 (half up)
  { naam: 'alleenstaande met €800 huur: drie schijven, afronding half naar boven', invoer: { huur: 80000 }, verwacht: { perMaand: 47011 } },
  // rent capped at 932.93: 29568 + 13963.3 + (93293 - 71302)*0.40 = 29568 + 13963.3 + 8796.4 = 52327.7 -> 52328
  { naam: 'huur boven de maximale huurgrens geeft geen subsidie over het meerdere', invoer: { huur: 100000 }, verwacht: { rekenhuur: 93293, perMaand: 52328 } },
  // capped at 498.20: 49820 - 20252 = 29568
  { naam: 'jongere onder 21 zonder kinderen: huur tot de lagere huurgrens', invoer: { huur: 60000, allUnder21NoChildren: true }, verwacht: { rekenhuur: 49820, perMaand: 29568 } },
  // 36185 - 120000 * 0.27 / 12 = 36185 - 2700 = 33485
  { naam: 'alleenstaande met €1.200 boven het ijkpunt', invoer: { huur: 60000, inkomenVolwassenen: 2342500 + 120000 }, verwacht: { perMaand: 33485 } },
  // 36185 - 1600000*0.27/12 = 36185 - 36000 = 185
  { naam: 'alleenstaande met €16.000 boven het ijkpunt houdt €1,85', invoer: { huur: 60000, inkomenVolwassenen: 2342500 + 1600000 }, verwacht: { perMaand: 185 } },
  { naam: 'alleenstaande met €17.000 boven het ijkpunt krijgt niets', invoer: { huur: 60000, inkomenVolwassenen: 2342500 + 1700000 }, verwacht: { perMaand: 0 } },
  // 3 persons: (49820 - 20071) + (76414 - 49820)*0.65 + (80000 - 76414)*0.40 = 29749 + 17286.1 + 1434.4 = 48469.5 -> 48470
  { naam: 'huishouden van drie met €800 huur gebruikt de hogere aftoppingsgrens', invoer: { huur: 80000, persons: 3 }, verwacht: { perMaand: 48470 } },
  { naam: 'huur onder de basishuur geeft geen huurtoeslag', invoer: { huur: 20000 }, verwacht: { perMaand: 0 } },
  { naam: 'huur gelijk aan de basishuur geeft geen huurtoeslag', invoer: { huur: 20252 }, verwacht: { perMaand: 0 } },
  { naam: 'huur één cent boven de basishuur geeft één cent', invoer: { huur: 20253 }, verwacht: { perMaand: 1 } },
  { naam: 'vermogen op de grens per persoon houdt recht', invoer: { huur: 60000, vermogen: 3847900 }, verwacht: { perMaand: 36185 } },
  { naam: 'vermogen boven de grens per persoon geeft geen huurtoeslag', invoer: { huur: 60000, vermogen: 3847901 }, verwacht: { perMaand: 0 } },
  // 2 persons, child 20 earns 7000: 7000 - 5970 = 1030 counts; 36366 - 103000*0.22/12 = 36366 - 1888.33 = 34477.67 -> 34478
  { naam: 'inkomen van een kind onder 23 telt alleen boven de vrijstelling', invoer: { huur: 60000, persons: 2, inkomenVolwassenen: 3150000, inkomensJongerDan23: [700000] }, verwacht: { rekeninkomen: 3253000, perMaand: 34478 } },
];
