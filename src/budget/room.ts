// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { budgetRoutes } from './routes';
import { budgetInzage } from './inzage';

export const budgetRoom: Room = { name: 'budget', routes: budgetRoutes, inzage: [['maatwerkbudget', budgetInzage]] };
