// SPDX-License-Identifier: EUPL-1.2
/**
 * Generic runner for rule tests as data: one file of named cases per law, each named as a Dutch
 * sentence, with the expected amounts worked out by hand in the case file. Used by tests only.
 */
import { describe, expect, it } from 'vitest';

export interface RuleCase<I> {
  naam: string;
  invoer: I;
  /** Expected output fields; only the listed fields are compared. */
  verwacht: Record<string, unknown>;
}

export function runRuleCases<I>(law: string, cases: RuleCase<I>[], compute: (invoer: I) => Record<string, unknown>): void {
  describe(`regeltests ${law}`, () => {
    it('heeft unieke namen', () => {
      expect(new Set(cases.map((c) => c.naam)).size).toBe(cases.length);
    });
    for (const c of cases) {
      it(c.naam, () => {
        const out = compute(c.invoer);
        for (const [k, v] of Object.entries(c.verwacht)) expect(out[k], `${c.naam}: ${k}`).toEqual(v);
      });
    }
  });
}
