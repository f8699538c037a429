// SPDX-License-Identifier: EUPL-1.2
import { ymd } from '../../dates';
import { runRuleCases } from '../../testing/rule-cases';
import { calcKinderbijslag, compileKinderbijslag } from './kinderbijslag';
import { KINDERBIJSLAG_CASES } from './kinderbijslag.cases';

runRuleCases('kinderbijslag', KINDERBIJSLAG_CASES, (i) => ({ ...calcKinderbijslag(compileKinderbijslag(i.datum), i.geboortedata.map(ymd)) }));
