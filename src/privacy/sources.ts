// SPDX-License-Identifier: EUPL-1.2
/** Every room's subject-access source, by section name. A room adds one line here. */
import type { InzageSource } from './inzage';
import { casesInzage } from '../cases/inzage';
import { budgetInzage } from '../budget/inzage';
import { escalationInzage } from '../escalation/inzage';
import { businesscaseInzage } from '../businesscase/inzage';

export const INZAGE_SOURCES: Array<[string, InzageSource]> = [['casusdossier', casesInzage], ['maatwerkbudget', budgetInzage], ['knelpunten', escalationInzage], ['businesscases', businesscaseInzage]];
