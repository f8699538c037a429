// SPDX-License-Identifier: EUPL-1.2
import type { Room } from '../platform/room';
import { accountsRoutes } from './routes';
import { sessionAuthenticator } from './session';

export const accountsRoom: Room = { name: 'accounts', routes: accountsRoutes, authenticator: sessionAuthenticator };
