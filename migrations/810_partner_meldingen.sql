-- SPDX-License-Identifier: EUPL-1.2
-- Meldingen about partners in the plan (issue 13, ADR 0028): a melding may point at a case (for the
-- regisseur: "a partner wrote") or at a partner's invitation (for the partner: "you were invited",
-- "an action was assigned to your organisation", "the regisseur replied"). The escalation room owns
-- the notifications table; the case column came with migration 530, this adds the optional invitation, so older meldingen stay as they are.

ALTER TABLE notifications ADD COLUMN invitation_id uuid REFERENCES case_invitations(id);
