// SPDX-License-Identifier: EUPL-1.2
/** The businesscase room's reads for other rooms (ADR 11). */
export { latestForKnelpunt, catalogueFor } from './store';
