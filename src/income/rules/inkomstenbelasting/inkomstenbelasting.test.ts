// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { arbeidskorting, brutoUitNetto, compileIb, nettoUitBruto } from './inkomstenbelasting';

const c = compileIb('2026-03-01');
const ONDER_AOW = { aow: false, alleenstaand: true };

describe('schatting bruto uit netto (Wet IB 2001, 2026)', () => {
  it('heeft parameters voor 2026 en geen voor 2025', () => {
    expect(c).not.toBeNull();
    expect(compileIb('2025-12-31')).toBeNull();
  });
  it('arbeidskorting op €20.000: €996 + 31,009% x (20.000 - 11.965) = €3.487,57', () => {
    expect(Math.round(arbeidskorting(c!, 2000000))).toBe(348757);
  });
  it('netto uit bruto €20.000 loon: 35,75% belasting min AHK €3.115 en arbeidskorting = €19.452,57', () => {
    // 7150 - 3115 - 3487.57 = 547.43; 20000 - 547.43 = 19452.57
    expect(Math.round(nettoUitBruto(c!, 2000000, 2000000, ONDER_AOW))).toBe(1945257);
  });
  it('kortingen zijn niet hoger dan de belasting: €10.000 bruto loon is €10.000 netto', () => {
    expect(nettoUitBruto(c!, 1000000, 1000000, ONDER_AOW)).toBe(1000000);
  });
  it('rekent terug: het geschatte bruto geeft precies het netto (op de cent)', () => {
    for (const [loon, overig] of [[200000, 0], [40000, 110150], [0, 140150], [1000000, 0]]) {
      const s = brutoUitNetto(c!, loon, overig, ONDER_AOW)!;
      const net = nettoUitBruto(c!, s.brutoPerJaar, s.brutoArbeidPerJaar, ONDER_AOW);
      expect(net).toBeGreaterThanOrEqual(12 * (loon + overig));
      expect(net - 12 * (loon + overig)).toBeLessThan(1);
    }
  });
  it('€10.000 netto per maand is ruim €200.000 bruto per jaar', () => {
    expect(brutoUitNetto(c!, 1000000, 0, ONDER_AOW)!.brutoPerJaar).toBeGreaterThan(20000000);
  });
  it('schat niet bij loon op de AOW-leeftijd (arbeidskorting AOW-leeftijd ontbreekt)', () => {
    expect(brutoUitNetto(c!, 50000, 0, { aow: true, alleenstaand: true })).toBeNull();
    expect(brutoUitNetto(c!, 0, 150000, { aow: true, alleenstaand: true })).not.toBeNull();
  });
});
