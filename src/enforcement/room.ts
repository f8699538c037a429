// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { enforcementRoutes } from './routes';

export const enforcementRoom: Room = { name: 'enforcement', routes: enforcementRoutes };
