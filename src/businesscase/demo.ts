// SPDX-License-Identifier: EUPL-1.2
/**
 * Business-case demo: an organisation's own prices next to the national reference catalogue.
 * (The business cases themselves hang on knelpunten and are made by the escalation demo.)
 */
import type { DemoLoader } from '../demo/context';
import { upsertOwnItem } from './store';

export const loadBusinesscaseDemo: DemoLoader = async (ctx) => {
  await upsertOwnItem(ctx.tx, ctx.orgs.zaanstad, {
    key: 'hotel-zaandam-per-month', label: 'Low-budget hotel Zaandam per maand', unit: 'per month', amountCents: 69_000, funder: 'maatwerkbudget',
    source: 'Demo: prijsafspraak wijkteam Poelenburg met een hotel in Zaandam (fictief)', year: 2026, notes: 'Eigen aanvulling van Zaanstad naast de landelijke post low-budget-hotel-youth-per-month.',
  });
  await upsertOwnItem(ctx.tx, ctx.orgs.utrecht, {
    key: 'night-shelter-per-night', label: 'Nachtopvang Utrecht per nacht', unit: 'per night', amountCents: 9_500, funder: 'gemeente-wmo',
    source: 'Demo: eigen tarief Utrecht (fictief), overschrijft de landelijke referentie', year: 2026, notes: '',
  });
};
