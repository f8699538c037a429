// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { privacyRoutes } from './routes';
import { consentsInzage } from './queries';

export const privacyRoom: Room = { name: 'privacy', routes: privacyRoutes, inzage: [['toestemmingen', consentsInzage]] };
