// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { residentInzage } from './inzage';
import { residentRoutes } from './routes';

export const residentRoom: Room = { name: 'resident', routes: residentRoutes, inzage: [['eigen pagina van de inwoner', residentInzage]] };
