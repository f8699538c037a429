// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { learningRoutes } from './routes';
import { patternRoutes } from './patterns/routes';

export const learningRoom: Room = { name: 'learning', routes: (config) => learningRoutes(config).route('/', patternRoutes(config)) };
