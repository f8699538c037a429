// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Problem } from '../platform/errors';
import { configFromVersion, exportVersion, illustrativeVersion, parseRegelingenVersie, versionOn } from './schemes';
import { evaluateRegeling, type RegelingFacts } from './rules/gemeentelijk/regelingen';

/** A valid, non-illustrative version with one individuele inkomenstoeslag. */
const good = () => ({
  geldigVanaf: '2026-01-01',
  illustratief: false,
  regelingen: [
    {
      id: 'iit',
      soort: 'individuele-inkomenstoeslag',
      naam: 'Individuele inkomenstoeslag',
      validFrom: '2026-01-01',
      grondslag: { law: 'Verordening individuele inkomenstoeslag', article: 'art. 3', cvdrId: 'CVDR712345', source: 'Verordening, art. 3', confidence: 'official' },
      voorwaarden: { maxInkomenProcentSociaalMinimum: 120, minLeeftijd: 21, minMaandenLaagInkomen: 36 },
      bedrag: { type: 'per-jaar-per-huishouden', bedragen: { alleenstaande: 60000, 'alleenstaande-ouder': 70000, gehuwden: 80000 } },
    },
  ],
});

function refusal(input: unknown): Array<{ name: string; reason: string }> {
  try {
    parseRegelingenVersie(input);
  } catch (e) {
    if (e instanceof Problem) return e.invalidParams.map(({ name, reason }) => ({ name, reason }));
    throw e;
  }
  throw new Error('accepted');
}

describe('the schema of the organisation\'s own schemes', () => {
  it('accepts a complete version', () => {
    expect(parseRegelingenVersie(good()).regelingen[0].bedrag).toEqual({ type: 'per-jaar-per-huishouden', bedragen: { alleenstaande: 60000, 'alleenstaande-ouder': 70000, gehuwden: 80000 } });
  });
  it('refuses an income limit under 100 % of the social minimum, naming the field', () => {
    const v = good();
    v.regelingen[0].voorwaarden.maxInkomenProcentSociaalMinimum = 90;
    expect(refusal(v)).toEqual([{ name: 'regelingen.0.voorwaarden.maxInkomenProcentSociaalMinimum', reason: 'moet een geheel getal van 100 tot en met 200 zijn' }]);
  });
  it('refuses a negative amount and an amount in euros with decimals', () => {
    const v = good() as any;
    v.regelingen[0].bedrag.bedragen.gehuwden = -1;
    v.regelingen[0].bedrag.bedragen.alleenstaande = 600.5;
    expect(refusal(v)).toEqual([
      { name: 'regelingen.0.bedrag.bedragen.alleenstaande', reason: 'moet een geheel aantal eurocent zijn' },
      { name: 'regelingen.0.bedrag.bedragen.gehuwden', reason: 'mag niet negatief zijn' },
    ]);
  });
  it('refuses a real (not illustrative) scheme without its CVDR reference', () => {
    const v = good() as any;
    delete v.regelingen[0].grondslag.cvdrId;
    expect(refusal(v)).toEqual([{ name: 'regelingen.0.grondslag.cvdrId', reason: 'is verplicht: noem de verordening in het CVDR (bijvoorbeeld CVDR712345)' }]);
  });
  it('refuses a malformed CVDR number, an end before the start, an unknown field and an unknown kind at once', () => {
    const v = good() as any;
    v.regelingen[0].grondslag.cvdrId = '712345';
    v.regelingen[0].validTo = '2025-12-31';
    v.regelingen[0].voorwaarden.postcode = '3511';
    const names = refusal(v).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['regelingen.0.grondslag.cvdrId', 'regelingen.0.voorwaarden.postcode']));
    const w = good() as any;
    w.regelingen[0].soort = 'cadeaubon';
    expect(refusal(w)[0]).toEqual({ name: 'regelingen.0.soort', reason: 'moet een van de volgende waarden zijn: individuele-inkomenstoeslag, collectieve-zorgverzekering, kwijtschelding, kindpakket, bijzondere-bijstand' });
    const x = good() as any;
    x.regelingen[0].validTo = '2025-12-31';
    expect(refusal(x)).toEqual([{ name: 'regelingen.0.validTo', reason: 'ligt voor de ingangsdatum (validFrom)' }]);
  });
  it('refuses the same id twice, an amount per child outside a kindpakket and a maximum age under the minimum', () => {
    const v = good() as any;
    v.regelingen.push({ ...structuredClone(v.regelingen[0]), soort: 'bijzondere-bijstand', bedrag: { type: 'per-jaar-per-kind', leeftijdsgroepen: [{ vanaf: 0, totEnMet: 17, bedrag: 100 }] }, voorwaarden: { maxInkomenProcentSociaalMinimum: 110, minLeeftijd: 30, maxLeeftijd: 25 } });
    const r = refusal(v);
    expect(r).toEqual(
      expect.arrayContaining([
        { name: 'regelingen.1.bedrag.type', reason: 'een bedrag per kind past alleen bij een kindpakket' },
        { name: 'regelingen.1.voorwaarden.maxLeeftijd', reason: 'ligt onder de minimumleeftijd' },
      ]),
    );
    const w = good() as any;
    w.regelingen.push(structuredClone(w.regelingen[0]));
    expect(refusal(w)).toEqual([{ name: 'regelingen.1.id', reason: 'komt twee keer voor (iit)' }]);
  });
  it('an illustrative version must say so on every scheme', () => {
    const v = { ...good(), illustratief: true };
    expect(refusal(v)).toEqual([{ name: 'regelingen.0.grondslag.confidence', reason: "moet 'illustrative' zijn in een illustratieve versie" }]);
  });
  it('loads the demo examples as data, marked illustrative', () => {
    const v = illustrativeVersion('utrecht', '2026-01-01')!;
    expect(v.illustratief).toBe(true);
    expect(v.regelingen.map((r) => r.soort)).toEqual(['individuele-inkomenstoeslag', 'collectieve-zorgverzekering', 'kwijtschelding', 'kindpakket']);
    expect(configFromVersion(v, 'utrecht', 'Gemeente Utrecht').illustratief).toBe(true);
  });
});

describe('versions by date', () => {
  const versies = [
    { geldigVanaf: '2026-01-01', volgnummer: 1 },
    { geldigVanaf: '2026-07-01', volgnummer: 2 },
    { geldigVanaf: '2026-01-01', volgnummer: 3 },
  ];
  it('picks the latest start on or before the date, the newest saved on a tie', () => {
    expect(versionOn(versies, '2025-12-31')).toBeNull();
    expect(versionOn(versies, '2026-01-01')?.volgnummer).toBe(3);
    expect(versionOn(versies, '2026-06-30')?.volgnummer).toBe(3);
    expect(versionOn(versies, '2026-07-01')?.volgnummer).toBe(2);
  });
});

describe('export and import', () => {
  it('an exported version imports again unchanged', () => {
    const v = parseRegelingenVersie(good());
    const file = JSON.parse(JSON.stringify(exportVersion({ ...v, ...{ id: 'x', volgnummer: 4, opgeslagenOp: '2026-01-01T00:00:00Z', opgeslagenDoor: null } } as any)));
    expect(file).not.toHaveProperty('id');
    expect(parseRegelingenVersie(file)).toEqual(v);
  });
});

describe('conditions added for the own schemes', () => {
  const F: RegelingFacts = { kind: 'alleenstaande', ageA: 30, aowAge: 67, childAges: [], adults: 1, persons: 1, inkomen: 140150, sociaalMinimum: 140150, maandenLaagInkomen: 36, vermogen: 0 };
  it('household type and maximum age', () => {
    const v = parseRegelingenVersie(good());
    const r = { ...v.regelingen[0], voorwaarden: { ...v.regelingen[0].voorwaarden, huishoudtypen: ['gehuwden' as const], maxLeeftijd: 27 } };
    expect(evaluateRegeling(r, F).redenen).toEqual(['aanvrager is ouder dan 27', 'regeling geldt alleen voor gehuwden']);
    expect(evaluateRegeling(r, { ...F, kind: 'gehuwden', ageA: 27 })).toMatchObject({ recht: true, perJaar: 80000, perMaand: 6667 });
  });
});
