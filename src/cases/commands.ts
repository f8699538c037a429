// SPDX-License-Identifier: EUPL-1.2
/** The cases room's use cases for other rooms and the demo (ADR 11). */
export { insertHousehold, insertCase } from './store';
