-- SPDX-License-Identifier: EUPL-1.2
-- A resident's account (role inwoner) is linked to one member of one household of the same
-- organisation: the resident sees that household only (issue 17, docs/resident.md).

CREATE TABLE resident_accounts (
  user_id uuid PRIMARY KEY REFERENCES users(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  member_id uuid NOT NULL REFERENCES members(id),
  household_id uuid NOT NULL REFERENCES households(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resident_accounts_household ON resident_accounts (household_id);
