// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { actionAssigned } from '../cases/commands';
import { notifyActionAssigned } from './commands';
import { partnersRoutes } from './routes';
import { partnersInzage } from './inzage';

// An action put on a party gives the invited partner of that party a melding (ADR 0028).
actionAssigned.on(notifyActionAssigned);

export const partnersRoom: Room = { name: 'partners', routes: partnersRoutes, inzage: [['partners in het plan', partnersInzage]] };
