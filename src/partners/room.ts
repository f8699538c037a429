// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { partnersRoutes } from './routes';

export const partnersRoom: Room = { name: 'partners', routes: partnersRoutes };
