// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { incomeRoutes } from './routes';

export const incomeRoom: Room = { name: 'income', routes: incomeRoutes };
