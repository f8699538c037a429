// SPDX-License-Identifier: EUPL-1.2
/**
 * Huurtoeslag per month, 2026 system (Wet op de huurtoeslag art. 5, 13, 16-17, 20-21).
 * rekenhuur = bare rent capped at the maximale huurgrens. Subsidy = 100% of the part between
 * basishuur and kwaliteitskortingsgrens + 65% up to the aftoppingsgrens + 40% up to the maximale
 * huurgrens. Reduction = afbouw% x (rekeninkomen - ijkpunt) / 12. Rounding: the whole monthly
 * result is computed exactly in integer 1/12000 cents and rounded half up to whole cents once.
 */
import { formatEuro } from '../../../platform/money';
import { step, staleWarning, value, versionAt } from '../../engine';
import type { ParameterVersion, Step } from '../../types';
import { huurtoeslagParameters } from './parameters';

export interface CompiledHuurtoeslag {
  v: ParameterVersion;
  warning?: string;
  max21: number;
  maxYoung: number;
  kkg: number;
  aftop12: number;
  aftop3: number;
  basis1: number;
  basis2: number;
  ijk1: number;
  ijk2: number;
  limitPerson: number;
  limitPartner: number;
  childExemption: number;
  p1: number; // percent x 10
  p2: number;
  p3: number;
  af1: number;
  af2: number;
}

export interface HuurtoeslagInput {
  /** Bare rent per month (kale huur; service costs do not count from 2026). */
  huur: number;
  /** Persons living in the home (tenant, partner, children, co-residents). */
  persons: number;
  /** Tenant, partner and all co-residents under 21 and no child in the home. */
  allUnder21NoChildren: boolean;
  hasPartner: boolean;
  /** Toetsingsinkomen of tenant + partner + co-residents aged 23 and older, per year. */
  inkomenVolwassenen: number;
  /** Toetsingsinkomens of co-residents under 23 (children); only the part above the exemption counts. */
  inkomensJongerDan23: readonly number[];
  vermogen: number;
}

export interface HuurtoeslagResult {
  rekenhuur: number;
  rekeninkomen: number;
  perMaand: number;
}

const d10 = (p: number) => Math.round(p * 10);

export function compileHuurtoeslag(date: string): CompiledHuurtoeslag {
  const v = versionAt(huurtoeslagParameters, date);
  return {
    v,
    warning: staleWarning(huurtoeslagParameters, date),
    max21: value(v, 'maximale_huurgrens_21plus'),
    maxYoung: value(v, 'maximale_huurgrens_jonger_dan_21'),
    kkg: value(v, 'kwaliteitskortingsgrens'),
    aftop12: value(v, 'aftoppingsgrens_1_2_personen'),
    aftop3: value(v, 'aftoppingsgrens_3plus_personen'),
    basis1: value(v, 'basishuur_eenpersoons'),
    basis2: value(v, 'basishuur_meerpersoons'),
    ijk1: value(v, 'minimum_inkomensijkpunt_eenpersoons_jaar'),
    ijk2: value(v, 'minimum_inkomensijkpunt_meerpersoons_jaar'),
    limitPerson: value(v, 'vermogensgrens_per_persoon'),
    limitPartner: value(v, 'vermogensgrens_met_toeslagpartner'),
    childExemption: value(v, 'kindinkomen_vrijstelling_onder_23_jaar'),
    p1: d10(value(v, 'subsidie_tot_kwaliteitskortingsgrens')),
    p2: d10(value(v, 'subsidie_kwaliteitskorting_tot_aftopping')),
    p3: d10(value(v, 'subsidie_aftopping_tot_maximale_huurgrens')),
    af1: d10(value(v, 'afbouw_eenpersoons')),
    af2: d10(value(v, 'afbouw_meerpersoons')),
  };
}

export function calcHuurtoeslag(c: CompiledHuurtoeslag, i: HuurtoeslagInput, trace?: Step[]): HuurtoeslagResult {
  let rekeninkomen = i.inkomenVolwassenen;
  for (const y of i.inkomensJongerDan23) if (y > c.childExemption) rekeninkomen += y - c.childExemption;
  const limit = i.hasPartner ? c.limitPartner : c.limitPerson;
  if (i.vermogen > limit) {
    trace?.push(step('huurtoeslag.vermogen', c.v, 'art. 9', undefined, `Vermogen ${formatEuro(i.vermogen)} boven de vermogensgrens: geen huurtoeslag.`, [i.hasPartner ? 'vermogensgrens_met_toeslagpartner' : 'vermogensgrens_per_persoon'], { vermogen: i.vermogen, vermogensgrens: limit }));
    return { rekenhuur: 0, rekeninkomen, perMaand: 0 };
  }
  const one = i.persons <= 1;
  const maxGrens = i.allUnder21NoChildren ? c.maxYoung : c.max21;
  const rekenhuur = Math.min(i.huur, maxGrens);
  const basishuur = one ? c.basis1 : c.basis2;
  const aftop = i.persons >= 3 ? c.aftop3 : c.aftop12;
  const b1 = Math.max(0, Math.min(rekenhuur, c.kkg) - basishuur);
  const b2 = Math.max(0, Math.min(rekenhuur, aftop) - Math.max(c.kkg, basishuur));
  const b3 = Math.max(0, Math.min(rekenhuur, maxGrens) - Math.max(aftop, basishuur));
  const ijk = one ? c.ijk1 : c.ijk2;
  const af = one ? c.af1 : c.af2;
  const overIjk = Math.max(0, rekeninkomen - ijk);
  // Everything x 12000: percentages are x10, the yearly income reduction is divided by 12.
  const scaled = (b1 * c.p1 + b2 * c.p2 + b3 * c.p3) * 12 - overIjk * af;
  const perMaand = scaled <= 0 ? 0 : Math.floor((2 * scaled + 12000) / 24000);
  if (trace) {
    trace.push(
      step('huurtoeslag.rekenhuur', c.v, 'art. 5 en 13', undefined, `Rekenhuur = kale huur ${formatEuro(i.huur)}, ten hoogste de maximale huurgrens${i.allUnder21NoChildren ? ' voor jongeren onder 21 zonder kinderen' : ''}. Servicekosten tellen vanaf 2026 niet meer mee.`, [i.allUnder21NoChildren ? 'maximale_huurgrens_jonger_dan_21' : 'maximale_huurgrens_21plus'], { huur: i.huur, rekenhuur }),
      step('huurtoeslag.subsidie', c.v, 'art. 21', '1-3', `Subsidie vóór inkomenstoets: 100% van de huur tussen basishuur en kwaliteitskortingsgrens, 65% tot de aftoppingsgrens (${i.persons >= 3 ? '3 of meer' : '1-2'} personen) en 40% tot de maximale huurgrens.`, [one ? 'basishuur_eenpersoons' : 'basishuur_meerpersoons', 'kwaliteitskortingsgrens', i.persons >= 3 ? 'aftoppingsgrens_3plus_personen' : 'aftoppingsgrens_1_2_personen', 'subsidie_tot_kwaliteitskortingsgrens', 'subsidie_kwaliteitskorting_tot_aftopping', 'subsidie_aftopping_tot_maximale_huurgrens'], {
        basishuur,
        deelTotKwaliteitskortingsgrens: b1,
        deelTotAftoppingsgrens: b2,
        deelTotMaximaleHuurgrens: b3,
      }),
      step('huurtoeslag.inkomen', c.v, 'art. 21', undefined, `Inkomenstoets: ${one ? '27' : '22'}% van het rekeninkomen boven het minimum-inkomensijkpunt, gedeeld door 12, gaat van de subsidie af. Inkomen van kinderen onder 23 telt alleen boven de vrijstelling. Resultaat afgerond op hele centen.`, [one ? 'minimum_inkomensijkpunt_eenpersoons_jaar' : 'minimum_inkomensijkpunt_meerpersoons_jaar', one ? 'afbouw_eenpersoons' : 'afbouw_meerpersoons', 'kindinkomen_vrijstelling_onder_23_jaar'], {
        rekeninkomen,
        inkomenBovenIjkpunt: overIjk,
        perMaand,
      }),
    );
  }
  return { rekenhuur, rekeninkomen, perMaand };
}
