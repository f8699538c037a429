// SPDX-License-Identifier: EUPL-1.2
/** The twelve provinces (Grondwet art. 123), for the regional view of the patterns (migration 011). Pure: the web app's admin screen uses it too. */
export const PROVINCES = ['Groningen', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg'] as const;
export type Province = (typeof PROVINCES)[number];
