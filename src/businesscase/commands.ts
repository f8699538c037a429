// SPDX-License-Identifier: EUPL-1.2
/** The businesscase room's use cases for other rooms and the demo (ADR 11). */
export { insertBusinessCase } from './store';
