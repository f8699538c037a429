// SPDX-License-Identifier: EUPL-1.2
/**
 * Income inputs on the seed-story cases, so a professional opening them sees a calculation at once.
 * Wages, rents and costs are illustrative story figures (not legal parameters); every legal amount
 * comes from the rules in src/income/rules with its source.
 */
import type { DemoLoader } from '../demo/context';
import { parseCashflowInput } from './index';
import { checkInput, type InputKind } from './model';
import { insertSchemeVersion, putInput } from './store';
import { illustrativeVersion } from './schemes';

export const loadIncomeDemo: DemoLoader = async (ctx) => {
  // The organisations' own schemes (ADR 0024): the illustrative examples, loaded as data and
  // marked illustratief, so the policy adviser sees them on the screen and can replace them.
  for (const [gemeente, beleid] of [['utrecht', 'pieter'], ['tilburg', 'femke']] as const) {
    const v = illustrativeVersion(gemeente, '2026-01-01');
    if (v) await insertSchemeVersion(ctx.tx, ctx.actor(beleid), v);
  }

  const put = async (story: keyof typeof ctx.cases, regisseur: string, kind: InputKind, input: unknown) => {
    await putInput(ctx.tx, ctx.actor(regisseur), ctx.cases[story].id, kind, checkInput(kind, input), null);
  };

  // Cindy: single parent with three children, no income yet, a social rent after the urgency. The
  // household comes from the case (entered once); only the income per member is stored, by id.
  const cindy = ctx.cases.cindy.members;
  await put('cindy', 'sanne', 'inkomen-leden', { leden: [{ lidId: cindy.Cindy, nettoLoonPerMaand: 0 }], huurPerMaand: 68500, vermogen: 0, maandenLaagInkomen: 14 });

  // Nadia: home-care worker whose hours vary, on top of bijstand (the Bestaansbalans story): her
  // wages per month, run on the household of her case.
  const nadia = ctx.cases['thuiszorg-wisselend'].members;
  await put('thuiszorg-wisselend', 'ahmed', 'inkomen-leden', { leden: [{ lidId: nadia.Nadia, nettoLoonPerMaand: 52000 }], huurPerMaand: 61000, vermogen: 0, maandenLaagInkomen: 30 });
  await put('thuiszorg-wisselend', 'ahmed', 'loonreeks', { startMaand: '2026-01', loonPerMaand: [52000, 38500, 71000, 24000, 60500, 45000, 83000, 30000, 49500, 66000, 41000, 58000], loondag: 25, betaaldag: 1 });

  // Thijs: wages, WW and bijstand arrive on different days; the rent is due on the 1st.
  const thijs = {
    startDatum: '2026-03-01',
    aantalDagen: 61,
    startSaldo: 2500,
    inkomsten: [
      { naam: 'Loon bijbaan', bedrag: 42000, frequentie: 'vierwekelijks', eersteDatum: '2026-03-20' },
      { naam: 'WW (UWV)', bedrag: 38000, frequentie: 'maandelijks', dag: 12 },
      { naam: 'Aanvullende bijstand', bedrag: 31000, frequentie: 'maandelijks', dag: 27 },
    ],
    vasteLasten: [
      { naam: 'Huur kamer', bedrag: 47500, dag: 1 },
      { naam: 'Zorgverzekering', bedrag: 15800, dag: 1 },
      { naam: 'Energie en internet', bedrag: 6500, dag: 5 },
      { naam: 'Telefoon', bedrag: 1500, dag: 20 },
    ],
    dagelijkseUitgaven: 900,
    leefgeldWeekdag: 1,
  };
  parseCashflowInput(thijs);
  await put('groningen-scholier', 'wouter', 'huishoudboekje', thijs);
};
