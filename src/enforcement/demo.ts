// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo handhavingszaken in Utrecht for handhaver `henk`: the gambling household (Erik, regisseur
 * Sanne), opened as a suspected breach so the whole path can be walked in the browser, and the puppy
 * sales (Gert, regisseur Ahmed) with the calculation already saved. The figures are the seed
 * stories' (DOMAIN.md); the period starts in July 2025 because the platform knows the bijstand
 * norms from then on.
 */
import type { DemoLoader } from '../demo/context';
import * as store from './store';

export const loadEnforcementDemo: DemoLoader = async (ctx) => {
  const henk = ctx.users.henk;
  const erik = ctx.cases.gokverslaving;
  await store.insertZaak(ctx.tx, { organisationId: ctx.orgs.utrecht, householdId: erik.householdId, officerId: henk, title: 'Gokinkomsten niet gemeld', openedOn: ctx.today, isDemo: true });
  const gert = ctx.cases.fokker;
  const id = await store.insertZaak(ctx.tx, { organisationId: ctx.orgs.utrecht, householdId: gert.householdId, officerId: henk, title: 'Verkoop van puppy\'s en kittens niet gemeld', openedOn: ctx.today, isDemo: true });
  await store.updateZaak(ctx.tx, id, 1, {
    calc_input: JSON.stringify({
      startMonth: '2026-01', months: 12, householdKind: 'alleenstaande', incomeKind: 'verkoop', paidBasis: 'norm',
      receiptsCents: 53_300, stakesOrCostsCents: 30_000, otherIncomeCents: 0, culpability: 'verminderde_verwijtbaarheid',
      recidive: false, selfCorrectedWithin60Days: false, warningInLast2Years: false,
    }),
  });
};
