// SPDX-License-Identifier: EUPL-1.2
/**
 * The default cost catalogue: a copy of the shared reference cost-catalogue.json (each item with
 * unit, amount, funder, source and year), parsed once and checked when the module loads.
 */
import raw from './cost-catalogue.json';
import { parseCatalogue } from './model';

export const DEFAULT_CATALOGUE = parseCatalogue(raw);
