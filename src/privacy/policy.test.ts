// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { ROLES, type Actor } from '../platform/authz';
import { mayExportInzage, mayReadProcessingLog, maySearchPersons } from './policy';

const actor = (roles: Actor['roles']): Actor => ({ userId: 'u', userName: 'U', username: 'u', organisationId: 'o', teamId: null, roles });

describe('privacy policy', () => {
  it('the privacy officer, and no other role, reads the log, searches persons and exports inzage', () => {
    for (const may of [mayReadProcessingLog, maySearchPersons, mayExportInzage]) {
      expect(may(actor(['privacy']))).toBeNull();
      for (const role of ROLES.filter((r) => r !== 'privacy')) expect(may(actor([role]))).toMatchObject({ status: 403, detail: 'Deze handeling is voorbehouden aan: Privacyfunctionaris.' });
    }
  });
});
