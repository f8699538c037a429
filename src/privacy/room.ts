// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { privacyRoutes } from './routes';

export const privacyRoom: Room = { name: 'privacy', routes: privacyRoutes };
