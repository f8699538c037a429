// SPDX-License-Identifier: EUPL-1.2
/**
 * Municipal income schemes as configuration checked against a schema. There are no code branches
 * per municipality: a municipality is a validated config object. National rules are the fallback
 * (a household in a municipality without config gets no municipal schemes).
 */
import { ParameterFileError } from '../../engine';
import { isIsoDate } from '../../dates';
import { CONFIDENCES, type LegalBasis } from '../../types';
import type { HouseholdKind, VrijlatingRegime } from '../participatiewet/bijstand';

export const REGELING_SOORTEN = ['individuele-inkomenstoeslag', 'collectieve-zorgverzekering', 'kwijtschelding', 'kindpakket', 'bijzondere-bijstand'] as const;
export type RegelingSoort = (typeof REGELING_SOORTEN)[number];

export type PerHuishoudtype = Record<HouseholdKind, number>;

export type RegelingBedrag =
  | { type: 'per-jaar-per-huishouden'; bedragen: PerHuishoudtype }
  | { type: 'per-maand-per-volwassene'; bedrag: number }
  | { type: 'per-jaar-per-kind'; leeftijdsgroepen: { vanaf: number; totEnMet: number; bedrag: number }[] }
  | { type: 'kwijtschelding-per-jaar'; eenpersoons: number; meerpersoons: number };

export interface RegelingVoorwaarden {
  /** Net household income (incl. bijstand, excl. toeslagen and kinderbijslag) at most this % of the social minimum. */
  maxInkomenProcentSociaalMinimum: number;
  minLeeftijd?: number;
  /** Applicant at most this age (e.g. a scheme for young people). */
  maxLeeftijd?: number;
  /** Only for these household types (all when absent). */
  huishoudtypen?: HouseholdKind[];
  /** Applicant must be below the AOW age. */
  onderAowLeeftijd?: boolean;
  minKinderen?: number;
  /** Months with an income at or below the limit (art. 36 Participatiewet: 'langdurig laag inkomen'). */
  minMaandenLaagInkomen?: number;
  maxVermogen?: PerHuishoudtype;
}

export interface Regeling {
  id: string;
  soort: RegelingSoort;
  naam: string;
  validFrom: string;
  validTo?: string;
  grondslag: LegalBasis;
  voorwaarden: RegelingVoorwaarden;
  bedrag: RegelingBedrag;
}

export interface GemeenteConfig {
  id: string;
  naam: string;
  /** True: example policy to show the engine, NOT the municipality's real verordening amounts. */
  illustratief: boolean;
  toelichting: string;
  vrijlatingsregime: VrijlatingRegime;
  /** Apply the Participatiewet-in-balans bijverdiengrens already in the toleration year 2026. */
  pibVooruitlopen: boolean;
  regelingen: Regeling[];
}

const KINDS = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'] as const;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

class Checker {
  constructor(readonly file: string) {}
  fail(key: string, reason: string): never {
    throw new ParameterFileError(this.file, key, reason);
  }
  obj(x: unknown, key: string, allowed: readonly string[]): Obj {
    if (!isObj(x)) this.fail(key, 'moet een object zijn');
    for (const k of Object.keys(x)) if (!allowed.includes(k)) this.fail(`${key}.${k}`, 'onbekend veld');
    return x;
  }
  str(x: unknown, key: string): string {
    if (typeof x !== 'string' || x.trim() === '') this.fail(key, 'moet een niet-lege tekst zijn');
    return x;
  }
  bool(x: unknown, key: string): boolean {
    if (typeof x !== 'boolean') this.fail(key, 'moet true of false zijn');
    return x;
  }
  cents(x: unknown, key: string): number {
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) this.fail(key, 'moet een niet-negatief geheel aantal eurocent zijn');
    return x;
  }
  int(x: unknown, key: string, min: number, max: number): number {
    if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) this.fail(key, `moet een geheel getal van ${min} tot en met ${max} zijn`);
    return x;
  }
  date(x: unknown, key: string): string {
    if (!isIsoDate(x)) this.fail(key, 'moet een geldige datum JJJJ-MM-DD zijn');
    return x;
  }
  kinds(x: unknown, key: string): HouseholdKind[] {
    if (!Array.isArray(x) || x.length === 0 || !x.every((k) => (KINDS as readonly unknown[]).includes(k))) this.fail(key, `moet een niet-lege lijst zijn met ${KINDS.join(', ')}`);
    return x as HouseholdKind[];
  }
  perKind(x: unknown, key: string): PerHuishoudtype {
    const o = this.obj(x, key, KINDS);
    const r = {} as PerHuishoudtype;
    for (const k of KINDS) r[k] = this.cents(o[k], `${key}.${k}`);
    return r;
  }
}

function checkBasis(c: Checker, x: unknown, key: string): LegalBasis {
  const o = c.obj(x, key, ['law', 'bwbId', 'cvdrId', 'article', 'lid', 'source', 'confidence', 'note']);
  const conf = o.confidence;
  if (!CONFIDENCES.includes(conf as LegalBasis['confidence'])) c.fail(`${key}.confidence`, `moet een van ${CONFIDENCES.join(', ')} zijn`);
  const src = o.source;
  if (!(typeof src === 'string' && src) && !(Array.isArray(src) && src.length > 0 && src.every((s) => typeof s === 'string'))) c.fail(`${key}.source`, 'ontbreekt');
  return {
    law: c.str(o.law, `${key}.law`),
    article: c.str(o.article, `${key}.article`),
    source: src as string | string[],
    confidence: conf as LegalBasis['confidence'],
    ...(o.bwbId !== undefined ? { bwbId: c.str(o.bwbId, `${key}.bwbId`) } : {}),
    ...(o.cvdrId !== undefined ? { cvdrId: c.str(o.cvdrId, `${key}.cvdrId`) } : {}),
    ...(o.lid !== undefined ? { lid: c.str(o.lid, `${key}.lid`) } : {}),
    ...(o.note !== undefined ? { note: c.str(o.note, `${key}.note`) } : {}),
  };
}

function checkBedrag(c: Checker, x: unknown, key: string): RegelingBedrag {
  if (!isObj(x)) c.fail(key, 'moet een object zijn');
  switch (x.type) {
    case 'per-jaar-per-huishouden': {
      const o = c.obj(x, key, ['type', 'bedragen']);
      return { type: 'per-jaar-per-huishouden', bedragen: c.perKind(o.bedragen, `${key}.bedragen`) };
    }
    case 'per-maand-per-volwassene': {
      const o = c.obj(x, key, ['type', 'bedrag']);
      return { type: 'per-maand-per-volwassene', bedrag: c.cents(o.bedrag, `${key}.bedrag`) };
    }
    case 'per-jaar-per-kind': {
      const o = c.obj(x, key, ['type', 'leeftijdsgroepen']);
      if (!Array.isArray(o.leeftijdsgroepen) || o.leeftijdsgroepen.length === 0) c.fail(`${key}.leeftijdsgroepen`, 'moet een niet-lege lijst zijn');
      const groups = o.leeftijdsgroepen.map((g: unknown, i: number) => {
        const gk = `${key}.leeftijdsgroepen.${i}`;
        const go = c.obj(g, gk, ['vanaf', 'totEnMet', 'bedrag']);
        const vanaf = c.int(go.vanaf, `${gk}.vanaf`, 0, 17);
        const tot = c.int(go.totEnMet, `${gk}.totEnMet`, vanaf, 17);
        return { vanaf, totEnMet: tot, bedrag: c.cents(go.bedrag, `${gk}.bedrag`) };
      });
      return { type: 'per-jaar-per-kind', leeftijdsgroepen: groups };
    }
    case 'kwijtschelding-per-jaar': {
      const o = c.obj(x, key, ['type', 'eenpersoons', 'meerpersoons']);
      return { type: 'kwijtschelding-per-jaar', eenpersoons: c.cents(o.eenpersoons, `${key}.eenpersoons`), meerpersoons: c.cents(o.meerpersoons, `${key}.meerpersoons`) };
    }
    default:
      return c.fail(`${key}.type`, 'onbekend type bedrag');
  }
}

function checkRegeling(c: Checker, x: unknown, key: string): Regeling {
  const o = c.obj(x, key, ['id', 'soort', 'naam', 'validFrom', 'validTo', 'grondslag', 'voorwaarden', 'bedrag']);
  const soort = o.soort as RegelingSoort;
  if (!REGELING_SOORTEN.includes(soort)) c.fail(`${key}.soort`, `moet een van ${REGELING_SOORTEN.join(', ')} zijn`);
  const vo = c.obj(o.voorwaarden, `${key}.voorwaarden`, ['maxInkomenProcentSociaalMinimum', 'minLeeftijd', 'maxLeeftijd', 'huishoudtypen', 'onderAowLeeftijd', 'minKinderen', 'minMaandenLaagInkomen', 'maxVermogen']);
  const vk = `${key}.voorwaarden`;
  const voorwaarden: RegelingVoorwaarden = {
    maxInkomenProcentSociaalMinimum: c.int(vo.maxInkomenProcentSociaalMinimum, `${vk}.maxInkomenProcentSociaalMinimum`, 100, 200),
    ...(vo.minLeeftijd !== undefined ? { minLeeftijd: c.int(vo.minLeeftijd, `${vk}.minLeeftijd`, 18, 120) } : {}),
    ...(vo.maxLeeftijd !== undefined ? { maxLeeftijd: c.int(vo.maxLeeftijd, `${vk}.maxLeeftijd`, 18, 120) } : {}),
    ...(vo.huishoudtypen !== undefined ? { huishoudtypen: c.kinds(vo.huishoudtypen, `${vk}.huishoudtypen`) } : {}),
    ...(vo.onderAowLeeftijd !== undefined ? { onderAowLeeftijd: c.bool(vo.onderAowLeeftijd, `${vk}.onderAowLeeftijd`) } : {}),
    ...(vo.minKinderen !== undefined ? { minKinderen: c.int(vo.minKinderen, `${vk}.minKinderen`, 0, 20) } : {}),
    ...(vo.minMaandenLaagInkomen !== undefined ? { minMaandenLaagInkomen: c.int(vo.minMaandenLaagInkomen, `${vk}.minMaandenLaagInkomen`, 0, 120) } : {}),
    ...(vo.maxVermogen !== undefined ? { maxVermogen: c.perKind(vo.maxVermogen, `${vk}.maxVermogen`) } : {}),
  };
  const validFrom = c.date(o.validFrom, `${key}.validFrom`);
  const validTo = o.validTo !== undefined ? c.date(o.validTo, `${key}.validTo`) : undefined;
  if (validTo !== undefined && validTo < validFrom) c.fail(`${key}.validTo`, 'ligt voor validFrom');
  return {
    id: c.str(o.id, `${key}.id`),
    soort,
    naam: c.str(o.naam, `${key}.naam`),
    validFrom,
    ...(validTo ? { validTo } : {}),
    grondslag: checkBasis(c, o.grondslag, `${key}.grondslag`),
    voorwaarden,
    bedrag: checkBedrag(c, o.bedrag, `${key}.bedrag`),
  };
}

/** Validate raw config data; throws ParameterFileError naming file and key. */
export function validateGemeenteConfig(raw: unknown, file: string): GemeenteConfig {
  const c: Checker = new Checker(file);
  const o = c.obj(raw, '(root)', ['id', 'naam', 'illustratief', 'toelichting', 'vrijlatingsregime', 'pibVooruitlopen', 'regelingen']);
  const regime = o.vrijlatingsregime;
  if (regime !== 'huidig' && regime !== 'participatiewet-in-balans') c.fail('vrijlatingsregime', "moet 'huidig' of 'participatiewet-in-balans' zijn");
  if (!Array.isArray(o.regelingen)) c.fail('regelingen', 'moet een lijst zijn');
  const regelingen = o.regelingen.map((r: unknown, i: number) => checkRegeling(c, r, `regelingen.${i}`));
  const ids = new Set<string>();
  regelingen.forEach((r, i) => {
    if (ids.has(r.id)) c.fail(`regelingen.${i}.id`, `dubbel id ${r.id}`);
    ids.add(r.id);
    if (r.bedrag.type === 'per-jaar-per-kind' && r.soort !== 'kindpakket') c.fail(`regelingen.${i}.bedrag.type`, 'per-jaar-per-kind past alleen bij een kindpakket');
  });
  const illustratief = c.bool(o.illustratief, 'illustratief');
  if (illustratief) {
    regelingen.forEach((r, i) => {
      if (r.grondslag.confidence !== 'illustrative') c.fail(`regelingen.${i}.grondslag.confidence`, "illustratieve configuratie moet confidence 'illustrative' hebben");
    });
  }
  return {
    id: c.str(o.id, 'id'),
    naam: c.str(o.naam, 'naam'),
    illustratief,
    toelichting: c.str(o.toelichting, 'toelichting'),
    vrijlatingsregime: regime,
    pibVooruitlopen: c.bool(o.pibVooruitlopen, 'pibVooruitlopen'),
    regelingen,
  };
}
