// SPDX-License-Identifier: EUPL-1.2
/** Every room's router, mounted under /api/v1. A new room adds one line here. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './http';
import type { Config } from './config';
import { accountsRoutes } from '../accounts/routes';
import { casesRoutes } from '../cases/routes';
import { privacyRoutes } from '../privacy/routes';
import { budgetRoutes } from '../budget/routes';
import { escalationRoutes } from '../escalation/routes';
import { businesscaseRoutes } from '../businesscase/routes';
import { incomeRoutes } from '../income/routes';

export const ROUTERS: Array<(config: Config) => OpenAPIHono<AppEnv>> = [
  accountsRoutes,
  casesRoutes,
  privacyRoutes,
  budgetRoutes,
  escalationRoutes,
  businesscaseRoutes,
  incomeRoutes,
];
