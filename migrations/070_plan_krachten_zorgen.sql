-- SPDX-License-Identifier: EUPL-1.2
-- One plan for the household and the professional (issue 17): the resident's own goal for the year
-- (perspectief), krachten and zorgen, the informal network as parties, and notes a professional
-- explicitly shares with the resident.

ALTER TABLE cases ADD COLUMN perspective text NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN perspective_updated_at timestamptz;

CREATE TABLE plan_points (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  kind text NOT NULL CHECK (kind IN ('kracht','zorg')),
  text text NOT NULL,
  by_resident boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_points_case ON plan_points (case_id);

-- Family and friends: a party without an organisation, added by the resident or the professional.
ALTER TABLE parties ADD COLUMN informal boolean NOT NULL DEFAULT false;
ALTER TABLE parties ADD COLUMN by_resident boolean NOT NULL DEFAULT false;

ALTER TABLE notes ADD COLUMN shared_with_resident boolean NOT NULL DEFAULT false;
