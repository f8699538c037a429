-- SPDX-License-Identifier: EUPL-1.2
-- The resident's own page (issue 17): messages to the regisseur, proposals for the plan, and the
-- resident's consent per involved party and purpose (append-only: the newest row is the state).

CREATE TABLE resident_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  household_id uuid NOT NULL REFERENCES households(id),
  user_id uuid NOT NULL REFERENCES users(id),
  kind text NOT NULL CHECK (kind IN ('bericht','correctie','inzage')),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz,
  read_by uuid REFERENCES users(id)
);
CREATE INDEX resident_messages_case ON resident_messages (case_id, created_at);

CREATE TABLE resident_proposals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  household_id uuid NOT NULL REFERENCES households(id),
  user_id uuid NOT NULL REFERENCES users(id),
  domain text NOT NULL,
  description text NOT NULL,
  status text NOT NULL DEFAULT 'voorgesteld' CHECK (status IN ('voorgesteld','aangenomen','afgewezen')),
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  decision_note text NOT NULL DEFAULT '',
  goal_id uuid REFERENCES goals(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resident_proposals_case ON resident_proposals (case_id, created_at);

CREATE TABLE resident_consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  household_id uuid NOT NULL REFERENCES households(id),
  party_id uuid NOT NULL REFERENCES parties(id),
  purpose text NOT NULL,
  given boolean NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX resident_consents_case ON resident_consents (case_id, party_id, purpose, at DESC);
