// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { casesRoutes } from './routes';
import { casesInzage } from './inzage';

export const casesRoom: Room = { name: 'cases', routes: casesRoutes, inzage: [['casusdossier', casesInzage]] };
