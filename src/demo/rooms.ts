// SPDX-License-Identifier: EUPL-1.2
/** Each room's demo loader, run in this order after the foundation. A room adds one line here. */
import type { DemoLoader } from './context';
import { loadBudgetDemo } from '../budget/demo';
import { loadBusinesscaseDemo } from '../businesscase/demo';
import { loadEscalationDemo } from '../escalation/demo';
import { loadIncomeDemo } from '../income/demo';
import { loadLearningDemo } from '../learning/demo';
import { loadEnforcementDemo } from '../enforcement/demo';
import { loadResidentDemo } from '../resident/demo';
import { loadPartnersDemo } from '../partners/demo';
import { loadSignalsDemo } from '../learning/signals/demo';
import { loadBeleidDemo } from '../learning/beleid/demo';
import { loadPatternsDemo } from '../learning/patterns/demo';

export const ROOM_DEMO_LOADERS: Array<[string, DemoLoader]> = [
  ['maatwerkbudget', loadBudgetDemo],
  ['kostencatalogus', loadBusinesscaseDemo],
  ['knelpunten en escalatie', loadEscalationDemo],
  ['inkomensgegevens', loadIncomeDemo],
  ['bibliotheek met doorbraken', loadLearningDemo],
  ['handhavingszaken', loadEnforcementDemo],
  ['eigen pagina van inwoners', loadResidentDemo],
  ['partners in het plan', loadPartnersDemo],
  ['signaalregels', loadSignalsDemo],
  ['van doorbraak naar beleid', loadBeleidDemo],
  ['synthetische zaken voor patronen en raadsrapportage', loadPatternsDemo],
];
