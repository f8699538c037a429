// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { escalationRoutes } from './routes';
import { escalationInzage } from './inzage';

export const escalationRoom: Room = { name: 'escalation', routes: escalationRoutes, inzage: [['knelpunten', escalationInzage]] };
