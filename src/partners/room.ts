// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { partnersRoutes } from './routes';
import { partnersInzage } from './inzage';

export const partnersRoom: Room = { name: 'partners', routes: partnersRoutes, inzage: [['partners in het plan', partnersInzage]] };
