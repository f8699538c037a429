-- SPDX-License-Identifier: EUPL-1.2
-- Organisations, teams, users with roles, sessions.

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('gemeente','regio','zorgverzekeraar','woningcorporatie','UWV','toeslagen','CJIB','zorgaanbieder','other')),
  municipality_code text,
  created_by_organisation_id uuid REFERENCES organisations(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);

CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, name)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  team_id uuid REFERENCES teams(id),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  email text,
  password_hash text NOT NULL,
  roles text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX users_org ON users (organisation_id);

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Every read and change of personal data: who, which household/case/person, which fields, purpose,
-- legal ground, when (AVG art. 30 register of processing; art. 15 inzage draws on it).
CREATE TABLE processing_log (
  id bigserial PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid REFERENCES users(id),
  user_name text NOT NULL,
  role text,
  action text NOT NULL CHECK (action IN ('lezen','aanmaken','wijzigen','verwijderen','exporteren','delen')),
  resource text NOT NULL,
  resource_id text,
  household_id uuid,
  case_id uuid,
  person_id uuid,
  fields text[] NOT NULL DEFAULT '{}',
  purpose text NOT NULL,
  legal_ground text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX processing_log_org_at ON processing_log (organisation_id, at DESC);
CREATE INDEX processing_log_case ON processing_log (case_id);
CREATE INDEX processing_log_person ON processing_log (person_id);
CREATE INDEX processing_log_household ON processing_log (household_id);
