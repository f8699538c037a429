// SPDX-License-Identifier: EUPL-1.2
/**
 * The parts of the case page, in menu order. Each part is one component in its own file in this
 * folder and has its own address: `/casussen/{id}` for the overview, `/casussen/{id}/{slug}` for the
 * others. A new part is one line here plus its file; `show` hides parts the user may not see
 * (handhaving reads no plan, so no plan-bound parts).
 */
import type { ComponentType } from 'react';
import type { CaseFile } from '../../api/client';
import type { CaseCtx } from '../case';
import { OverviewTab } from './overzicht';
import { PlanTab } from './plan';
import { AssessmentTab } from './zelfredzaamheid';
import { BudgetTab } from './budget';
import { KnelpuntTab } from './knelpunten';
import { IncomeTab } from './inkomen';
import { BusinessCaseTab } from './businesscase';
import { NotesTab } from './notities';
import { EventsTab } from './gebeurtenissen';
import { HistoryTab } from './geschiedenis';

export interface CaseTab {
  /** The last part of the address; '' is the overview. */
  slug: string;
  label: string;
  show: (file: CaseFile) => boolean;
  Component: ComponentType<{ ctx: CaseCtx }>;
}

const withPlan = (f: CaseFile) => f.plan !== null && f.plan !== undefined;

export const CASE_TABS: CaseTab[] = [
  { slug: '', label: 'Overzicht', show: () => true, Component: OverviewTab },
  { slug: 'plan', label: 'Plan', show: withPlan, Component: PlanTab },
  { slug: 'zelfredzaamheid', label: 'Zelfredzaamheid', show: (f) => !!f.assessment, Component: AssessmentTab },
  { slug: 'budget', label: 'Budget', show: withPlan, Component: BudgetTab },
  { slug: 'knelpunten', label: 'Knelpunten', show: withPlan, Component: KnelpuntTab },
  { slug: 'inkomen', label: 'Inkomen', show: withPlan, Component: IncomeTab },
  { slug: 'businesscase', label: 'Businesscase', show: withPlan, Component: BusinessCaseTab },
  { slug: 'gebeurtenissen', label: 'Gebeurtenissen en signalen', show: withPlan, Component: EventsTab },
  { slug: 'notities', label: 'Notities', show: () => true, Component: NotesTab },
  { slug: 'geschiedenis', label: 'Geschiedenis', show: () => true, Component: HistoryTab },
];
