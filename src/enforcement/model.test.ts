// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { Problem } from '../platform/errors';
import { DEFAULT_CATALOGUE } from '../businesscase/catalogue';
import { beslagvrijeVoet, calculate, computeFine, repaymentMonths, weighConsequences, type CalcInput } from './model';

const GAMBLING: CalcInput = {
  startMonth: '2025-07',
  months: 18,
  householdKind: 'alleenstaande',
  incomeKind: 'gokken',
  paidBasis: 'norm',
  receiptsCents: 380000, // €3,800 won back a month
  stakesOrCostsCents: 400000, // €4,000 staked a month
  otherIncomeCents: 0,
  culpability: 'opzet',
  recidive: false,
  selfCorrectedWithin60Days: false,
  warningInLast2Years: false,
  calculationDate: '2026-12-01',
};

function fieldsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(Problem);
    expect((e as Problem).status).toBe(400);
    return (e as Problem).invalidParams.map((p) => p.name);
  }
  throw new Error('expected a 400');
}

describe('the gambling case (stakes €4,000, winnings €3,800 a month, single person)', () => {
  const r = calculate(GAMBLING);

  it('strict reading: €3,800 counts as income, above the norm, so every month the whole benefit is recovered', () => {
    // Norms (Pw art. 21, single 21+): 2025-07 €1,369.06; 2026-01 €1,401.50; 2026-07 €1,419.46.
    // Strict: counted 380000 > norm, so due = max(0, norm − 0 − 380000) = 0; recovery = paid = norm.
    expect(r.months).toHaveLength(18);
    expect(r.months[0]).toMatchObject({ month: '2025-07', normCents: 136906, paidCents: 136906, due: { strikt: 0, netto: 136906 }, recovery: { strikt: 136906, netto: 0 } });
    expect(r.months[17]).toMatchObject({ month: '2026-12', normCents: 141946, recovery: { strikt: 141946, netto: 0 } });
    // 6 × 136906 + 6 × 140150 + 6 × 141946 = 821436 + 840900 + 851676 = 2514012
    expect(r.readings.strikt.recoveryCents).toBe(2514012);
  });

  it('net reading: 3,800 − 4,000 = −200 is a loss, counts as zero: nothing to recover', () => {
    expect(r.months.every((m) => m.counted.netto === 0 && m.recovery.netto === 0)).toBe(true);
    expect(r.readings.netto.recoveryCents).toBe(0);
  });

  it('fine with opzet: 100 % of €25,140.12, below the fifth category (2018: €83,000), so known', () => {
    expect(r.readings.strikt.fine).toMatchObject({ status: 'boete', amountCents: 2514012, percentage: 100, warningAllowed: false });
    // Net: no benadelingsbedrag, so a written warning is allowed (Pw 18a lid 4, Boetebesluit 2aa).
    expect(r.readings.netto.fine).toMatchObject({ status: 'waarschuwing-mogelijk', amountCents: 0, warningAllowed: true });
  });

  it('repayment: the household keeps 95 % of €1,419.46 = €1,348.49 (half up from 1348.487); €70.97 a month goes off', () => {
    const rep = r.readings.strikt.repayment;
    expect(rep).toMatchObject({ normCents: 141946, keepsCents: 134849, offsetCents: 7097, fineIncluded: true });
    // claim = 2514012 + 2514012 = 5028024; 7097 × 708 = 5024676 < 5028024, so 709 months (59.1 years)
    expect(rep.claimCents).toBe(5028024);
    expect(rep.months).toBe(709);
    expect(rep.years).toBe(59.1);
    expect(rep.beyondTenYears).toBe(true);
    expect(r.readings.netto.repayment).toMatchObject({ claimCents: 0, months: 0, beyondTenYears: false });
  });

  it('debt relief: with opzet and a fine the college refuses amicable settlement (art. 60c); the Wsnp clean slate would clear it all', () => {
    expect(r.readings.strikt.debtRelief).toMatchObject({ art60cRefusal: true, wsnpGoodFaith: 'staat-in-de-weg', cleanSlateCents: 5028024 });
    expect(r.readings.netto.debtRelief).toMatchObject({ art60cRefusal: false, wsnpGoodFaith: 'geen-belemmering', cleanSlateCents: 0 });
  });

  it('with normal culpability the Boetebesluit cap binds at an unknown category amount: fine unknown, bounded by 50 %', () => {
    const n = calculate({ ...GAMBLING, culpability: 'normale_verwijtbaarheid' });
    // base 2514012 > 100/75 × 830000 = 1106667 (2018 third category): fine = 50/75 × CAT3 in force, unknown
    expect(n.readings.strikt.fine).toMatchObject({ status: 'onbekend', amountCents: null, uncappedCents: 1257006 });
    expect(n.readings.strikt.repayment).toMatchObject({ claimCents: 2514012, fineIncluded: false, months: 355 }); // 7097 × 354 = 2512338 < 2514012
    expect(n.readings.strikt.debtRelief.art60cRefusal).toBe(false);
    expect(n.readings.strikt.debtRelief.wsnpGoodFaith).toBe('weegt-mee');
  });

  it('every amount carries its article and its parameters with a source', () => {
    for (const rd of Object.values(r.readings)) {
      for (const e of [rd.recoveryExplanation, rd.fine.explanation, rd.repayment.explanation, rd.debtRelief.explanation]) {
        expect(e.article).not.toBe('');
        expect(e.parameters.length).toBeGreaterThan(0);
        for (const p of e.parameters) expect(p.source).not.toBe('');
      }
    }
    expect(r.routesToNet.map((x) => x.article)).toContain('Participatiewet art. 58 lid 8');
  });
});

describe('the puppy case (proceeds €600, costs €350 a month, single parent, 2026)', () => {
  const r = calculate({ ...GAMBLING, startMonth: '2026-01', months: 12, householdKind: 'alleenstaande-ouder', incomeKind: 'verkoop', receiptsCents: 60000, stakesOrCostsCents: 35000, culpability: 'normale_verwijtbaarheid' });

  it('strict: proceeds offset without costs: €600 a month recovered; net: €600 − €350 = €250 a month', () => {
    // Jan: due strict = 140150 − 60000 = 80150; paid 140150; recovery 60000. Net: due = 140150 − 25000 = 115150; recovery 25000.
    expect(r.months[0]).toMatchObject({ normCents: 140150, counted: { strikt: 60000, netto: 25000 }, due: { strikt: 80150, netto: 115150 }, recovery: { strikt: 60000, netto: 25000 } });
    expect(r.months[6]).toMatchObject({ normCents: 141946, due: { strikt: 81946, netto: 116946 }, recovery: { strikt: 60000, netto: 25000 } });
    expect(r.readings.strikt.recoveryCents).toBe(720000); // 12 × 60000
    expect(r.readings.netto.recoveryCents).toBe(300000); // 12 × 25000
  });

  it('fine at 50 % (normal culpability), below the caps: €3,600 strict, €1,500 net', () => {
    // strict base 720000 ≤ 1106667; 50 % = 360000 ≤ 830000 (third category 2018)
    expect(r.readings.strikt.fine).toMatchObject({ status: 'boete', amountCents: 360000 });
    expect(r.readings.netto.fine).toMatchObject({ status: 'boete', amountCents: 150000 });
  });

  it('repayment horizon: (7200 + 3600) / 70.97 → 153 months strict, (3000 + 1500) / 70.97 → 64 months net', () => {
    // 7097 × 152 = 1078744 < 1080000 → 153; 7097 × 63 = 447111 < 450000 → 64
    expect(r.readings.strikt.repayment).toMatchObject({ claimCents: 1080000, months: 153 });
    expect(r.readings.netto.repayment).toMatchObject({ claimCents: 450000, months: 64 });
    expect(r.readings.strikt.debtRelief.art60cRefusal).toBe(false);
  });
});

describe('beslagvrije voet (Rv art. 475dc lid 2) at its edges', () => {
  it('95 % of the norm, half up to the cent, matches the reference table', () => {
    expect(beslagvrijeVoet(140150)).toEqual({ keepsCents: 133143, offsetCents: 7007 }); // 133142.5 → 133143
    expect(beslagvrijeVoet(136906)).toEqual({ keepsCents: 130061, offsetCents: 6845 }); // 130060.7
    expect(beslagvrijeVoet(202779)).toEqual({ keepsCents: 192640, offsetCents: 10139 }); // 192640.05
    expect(beslagvrijeVoet(0)).toEqual({ keepsCents: 0, offsetCents: 0 });
    expect(beslagvrijeVoet(10)).toEqual({ keepsCents: 10, offsetCents: 0 }); // 9.5 → 10: nothing may be offset
    expect(beslagvrijeVoet(20)).toEqual({ keepsCents: 19, offsetCents: 1 });
  });
  it('months to repay: exactly one offset is one month, one cent more is two; €50,000 at €70.07 is 714 months', () => {
    expect(repaymentMonths(0, 7007)).toBe(0);
    expect(repaymentMonths(7007, 7007)).toBe(1);
    expect(repaymentMonths(7008, 7007)).toBe(2);
    expect(repaymentMonths(5_000_000, 7007)).toBe(714);
    expect(repaymentMonths(1, 0)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('fine rules', () => {
  const base = { culpability: 'opzet' as const, recidive: false, selfCorrectedWithin60Days: false, warningInLast2Years: false };
  it('warning instead of a fine up to €150 benadeling, or after self-correction, not twice in two years', () => {
    expect(computeFine(15000, base).warningAllowed).toBe(true);
    expect(computeFine(15001, base).warningAllowed).toBe(false);
    expect(computeFine(500000, { ...base, selfCorrectedWithin60Days: true }).warningAllowed).toBe(true);
    expect(computeFine(15000, { ...base, warningInLast2Years: true })).toMatchObject({ warningAllowed: false, status: 'boete', amountCents: 15000 });
  });
  it('repeat offence: the percentage applies to 150 % of the benadelingsbedrag', () => {
    expect(computeFine(100000, { ...base, recidive: true })).toMatchObject({ amountCents: 150000 });
    expect(computeFine(100000, { ...base, culpability: 'grove_schuld', recidive: true })).toMatchObject({ amountCents: 112500 }); // 75 % × 150000
  });
  it('a lowered percentage (art. 2 lid 8) is used as given', () => {
    expect(computeFine(100000, { ...base, finePercentage: 10 })).toMatchObject({ amountCents: 10000, percentage: 10 });
  });
  it('opzet above the 2018 fifth category: unknown ceiling, so unknown fine', () => {
    expect(computeFine(9_000_000, base)).toMatchObject({ status: 'onbekend', amountCents: null, uncappedCents: 9_000_000 });
  });
});

describe('bad input: 400 naming the field', () => {
  it('period of 0 or 600 months', () => {
    expect(fieldsOf(() => calculate({ ...GAMBLING, months: 0 }))).toEqual(['months']);
    expect(fieldsOf(() => calculate({ ...GAMBLING, months: 600 }))).toEqual(['months']);
  });
  it('negative stakes, implausible winnings', () => {
    expect(fieldsOf(() => calculate({ ...GAMBLING, stakesOrCostsCents: -1 }))).toEqual(['stakesOrCostsCents']);
    expect(fieldsOf(() => calculate({ ...GAMBLING, receiptsCents: 5_000_001 }))).toEqual(['receiptsCents']);
  });
  it('a fine percentage outside the law', () => {
    expect(fieldsOf(() => calculate({ ...GAMBLING, culpability: 'normale_verwijtbaarheid', finePercentage: 60 }))).toEqual(['finePercentage']);
    expect(fieldsOf(() => calculate({ ...GAMBLING, finePercentage: -5 }))).toEqual(['finePercentage']);
  });
  it('a month without a known norm, a missing paid amount, several fields at once', () => {
    expect(fieldsOf(() => calculate({ ...GAMBLING, startMonth: '2024-12' }))).toEqual(['startMonth']);
    expect(() => calculate({ ...GAMBLING, startMonth: '2024-12' })).toThrow(/voor januari 2025 kent het platform geen bijstandsnormen/);
    // With the 2025 parameters a look-back from January 2025 works: 24 months, the seed's longer period.
    expect(calculate({ ...GAMBLING, startMonth: '2025-01', months: 24 }).months).toHaveLength(24);
    expect(fieldsOf(() => calculate({ ...GAMBLING, paidBasis: 'bedrag', benefitPaidCents: null }))).toEqual(['benefitPaidCents']);
    expect(fieldsOf(() => calculate({ ...GAMBLING, months: 0, receiptsCents: -1 }))).toEqual(['months', 'receiptsCents']);
  });
});

describe('consequences weighed', () => {
  it('eviction priced per funder from the catalogue, shelter pro rata', () => {
    const c = weighConsequences(DEFAULT_CATALOGUE, { children: 2, housingRisk: true, shelterMonths: 6 });
    // eviction: gemeente-overig 1,000,000 + rent arrears 180,000; woningcorporatie 600,000; huishouden 400,000;
    // shelter: 3,300,000 × 6/12 = 1,650,000 (gemeente-wmo)
    const per = Object.fromEntries(c.perFunder.map((f) => [f.funder, f.amountCents]));
    expect(per).toEqual({ 'gemeente-overig': 1180000, woningcorporatie: 600000, huishouden: 400000, 'gemeente-wmo': 1650000 });
    expect(c.totalCents).toBe(3830000);
    expect(c.children).toBe(2);
    expect(weighConsequences(DEFAULT_CATALOGUE, { children: 0, housingRisk: false, shelterMonths: 0 }).totalCents).toBe(0);
    expect(fieldsOf(() => weighConsequences(DEFAULT_CATALOGUE, { children: -1, housingRisk: true, shelterMonths: 61 }))).toEqual(['children', 'shelterMonths']);
  });
});
