// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import type { Config } from '../platform/config';
import { learningRoutes } from './routes';
import { signalRoutes } from './signals/routes';
import { beleidRoutes } from './beleid/routes';
import { signalsInzage } from './signals/inzage';
import { patternRoutes } from './patterns/routes';

/** The Bibliotheek's router with the sub-rooms' routers mounted on it, one line each. */
function routes(config: Config) {
  const r = learningRoutes(config);
  r.route('/', signalRoutes(config));
  r.route('/', beleidRoutes(config));
  r.route('/', patternRoutes(config));
  return r;
}

export const learningRoom: Room = { name: 'learning', routes, inzage: [['signalen', signalsInzage]] };
