// SPDX-License-Identifier: EUPL-1.2
/** The list of supported laws and schemes with their legal basis and data validity, for the API. */
import { GEMEENTE_CONFIGS } from './rules/gemeentelijk/parameters';
import { huurtoeslagParameters } from './rules/huurtoeslag/parameters';
import { kindgebondenBudgetParameters } from './rules/kindgebonden-budget/parameters';
import { kinderbijslagParameters } from './rules/kinderbijslag/parameters';
import { participatiewetFiles } from './rules/participatiewet/parameters';
import { zorgtoeslagParameters } from './rules/zorgtoeslag/parameters';
import type { Confidence, ParameterFile } from './types';

export interface SupportedLaw {
  id: string;
  naam: string;
  wet: string;
  bwbId?: string;
  artikelen: string;
  /** Validity periods of the stored parameter versions. */
  versies: { geldigVanaf: string; geldigTot?: string; zekerheid: Confidence }[];
  bekendTot: string;
}

export interface SupportedScheme {
  gemeente: string;
  naam: string;
  illustratief: boolean;
  regelingen: { id: string; soort: string; naam: string; grondslag: string; zekerheid: Confidence }[];
}

function law(id: string, naam: string, artikelen: string, pf: ParameterFile): SupportedLaw {
  const b = pf.versions[0].basis;
  return {
    id,
    naam,
    wet: b.law,
    ...(b.bwbId ? { bwbId: b.bwbId } : {}),
    artikelen,
    versies: pf.versions.map((v) => ({ geldigVanaf: v.validFrom, ...(v.validTo ? { geldigTot: v.validTo } : {}), zekerheid: v.basis.confidence })),
    bekendTot: pf.knownThrough,
  };
}

const [normen, kostendelers, vakantie, vrijlating, pib, vermogen] = participatiewetFiles;

export const SUPPORTED_LAWS: SupportedLaw[] = [
  law('participatiewet.normen', 'Bijstandsnormen', 'art. 20, 21, 22', normen),
  law('participatiewet.kostendelersnorm', 'Kostendelersnorm', 'art. 19a, 22a', kostendelers),
  law('participatiewet.vakantietoeslag', 'Vakantietoeslag in de bijstand', 'art. 19 lid 3', vakantie),
  law('participatiewet.vrijlating', 'Inkomstenvrijlating', 'art. 31 lid 2 onder n, r, y; lid 5', vrijlating),
  law('participatiewet.vrijlating.pib', 'Bijverdiengrens en bufferbudget (Participatiewet in balans)', 'art. 34a, 34b', pib),
  law('participatiewet.vermogen', 'Vermogensgrenzen bijstand', 'art. 34', vermogen),
  law('zorgtoeslag', 'Zorgtoeslag', 'art. 1, 2, 3, 4', zorgtoeslagParameters),
  law('huurtoeslag', 'Huurtoeslag', 'art. 5, 13, 16-17, 20-21', huurtoeslagParameters),
  law('kindgebonden-budget', 'Kindgebonden budget', 'art. 1, 2, 3', kindgebondenBudgetParameters),
  law('kinderbijslag', 'Kinderbijslag', 'art. 7, 11-13', kinderbijslagParameters),
];

export const SUPPORTED_SCHEMES: SupportedScheme[] = Object.values(GEMEENTE_CONFIGS).map((g) => ({
  gemeente: g.id,
  naam: g.naam,
  illustratief: g.illustratief,
  regelingen: g.regelingen.map((r) => ({ id: r.id, soort: r.soort, naam: r.naam, grondslag: `${r.grondslag.law}, ${r.grondslag.article}`, zekerheid: r.grondslag.confidence })),
}));
