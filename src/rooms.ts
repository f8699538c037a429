// SPDX-License-Identifier: EUPL-1.2
/** The composition root: every room of the house, in the order their routers and inzage sections appear. A new room adds one line. */
import type { Room } from './platform/room';
import { accountsRoom } from './accounts/room';
import { casesRoom } from './cases/room';
import { privacyRoom } from './privacy/room';
import { budgetRoom } from './budget/room';
import { escalationRoom } from './escalation/room';
import { businesscaseRoom } from './businesscase/room';
import { incomeRoom } from './income/room';
import { learningRoom } from './learning/room';
import { enforcementRoom } from './enforcement/room';
import { residentRoom } from './resident/room';
import { partnersRoom } from './partners/room';

export const ROOMS: Room[] = [accountsRoom, casesRoom, privacyRoom, budgetRoom, escalationRoom, businesscaseRoom, incomeRoom, learningRoom, enforcementRoom, partnersRoom, residentRoom];
