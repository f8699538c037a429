// SPDX-License-Identifier: EUPL-1.2
/** The accounts room's use cases for other rooms and the demo (ADR 11). */
export { hashPassword } from './store';
