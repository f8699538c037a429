// SPDX-License-Identifier: EUPL-1.2
/** The cases room's reads for other rooms (ADR 11). Other rooms import these names, never the store. */
export { getCaseForActor, getHousehold, planOf, type CaseRow } from './store';
