// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { businesscaseRoutes } from './routes';
import { businesscaseInzage } from './inzage';

export const businesscaseRoom: Room = { name: 'businesscase', routes: businesscaseRoutes, inzage: [['businesscases', businesscaseInzage]] };
