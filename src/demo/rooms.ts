// SPDX-License-Identifier: EUPL-1.2
/** Each room's demo loader, run in this order after the foundation. A room adds one line here. */
import type { DemoLoader } from './context';
import { loadBudgetDemo } from '../budget/demo';

export const ROOM_DEMO_LOADERS: Array<[string, DemoLoader]> = [
  ['maatwerkbudget', loadBudgetDemo],
];
