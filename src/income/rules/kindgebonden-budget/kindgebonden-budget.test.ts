// SPDX-License-Identifier: EUPL-1.2
import { monthIndex } from '../../dates';
import { runRuleCases } from '../../testing/rule-cases';
import { calcKgb, compileKgb } from './kindgebonden-budget';
import { KGB_CASES } from './kindgebonden-budget.cases';

runRuleCases('kindgebonden budget', KGB_CASES, (i) => {
  const first = `${i.maand ?? '2026-03'}-01`;
  const c = compileKgb(first, monthIndex(first));
  return {
    ...calcKgb(c, {
      hasPartner: i.hasPartner ?? false,
      alleenstaandeOuder: i.alleenstaandeOuder ?? false,
      childBirthMonths: i.geboortes.map((g) => monthIndex(`${g}-01`)),
      toetsingsinkomen: i.toetsingsinkomen ?? 0,
      vermogen: i.vermogen ?? 0,
    }),
  };
});
