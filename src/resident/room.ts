// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { residentRoutes } from './routes';

export const residentRoom: Room = { name: 'resident', routes: residentRoutes };
