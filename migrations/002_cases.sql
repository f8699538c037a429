-- SPDX-License-Identifier: EUPL-1.2
-- One household, one case file, one plan, one regisseur.

CREATE TABLE households (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  address text,
  postcode text,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX households_org ON households (organisation_id);

CREATE TABLE members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  household_id uuid NOT NULL REFERENCES households(id),
  name text NOT NULL,
  birth_date date NOT NULL,
  role text NOT NULL CHECK (role IN ('aanvrager','partner','kind','medebewoner','overig')),
  bsn text,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX members_household ON members (household_id);
CREATE UNIQUE INDEX members_bsn ON members (organisation_id, bsn) WHERE bsn IS NOT NULL;

CREATE TABLE cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  team_id uuid NOT NULL REFERENCES teams(id),
  household_id uuid NOT NULL REFERENCES households(id),
  regisseur_id uuid NOT NULL REFERENCES users(id),
  title text NOT NULL,
  summary text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','gesloten')),
  origin text NOT NULL DEFAULT 'inwoner' CHECK (origin IN ('inwoner','professional','melding')),
  wams_phase text NOT NULL DEFAULT 'verkenning' CHECK (wams_phase IN ('verkenning','werkplan','coordinatie')),
  opened_on date NOT NULL,
  closed_on date,
  close_reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX cases_team ON cases (organisation_id, team_id, status);
CREATE INDEX cases_household ON cases (household_id);

CREATE TABLE case_phases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  phase text NOT NULL CHECK (phase IN ('verkenning','werkplan','coordinatie')),
  started_on date NOT NULL,
  recorded_by uuid REFERENCES users(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_phases_case ON case_phases (case_id);

-- History of case status changes (open, close, reopen) with the reason.
CREATE TABLE case_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  kind text NOT NULL,
  detail text NOT NULL DEFAULT '',
  user_id uuid REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_events_case ON case_events (case_id);

-- Life-domain scores; each row is one domain scored on one date (history over time).
CREATE TABLE assessment_scores (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  domain text NOT NULL,
  score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  assessed_on date NOT NULL,
  reason text NOT NULL DEFAULT '',
  assessed_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessment_scores_case ON assessment_scores (case_id, domain, assessed_on);

CREATE TABLE goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  domain text NOT NULL,
  description text NOT NULL,
  target_date date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','loopt','behaald','niet_behaald','vervallen')),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX goals_case ON goals (case_id);

CREATE TABLE parties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  party_organisation_id uuid REFERENCES organisations(id),
  organisation_name text NOT NULL,
  contact_name text NOT NULL DEFAULT '',
  contact text NOT NULL DEFAULT '',
  role text NOT NULL,
  status text NOT NULL DEFAULT 'betrokken' CHECK (status IN ('betrokken','afgerond')),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX parties_case ON parties (case_id);

CREATE TABLE actions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  goal_id uuid REFERENCES goals(id),
  description text NOT NULL,
  owner_user_id uuid REFERENCES users(id),
  owner_party_id uuid REFERENCES parties(id),
  owner_label text NOT NULL DEFAULT '',
  due_date date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','bezig','gedaan','vervallen')),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX actions_case ON actions (case_id);

CREATE TABLE notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  purpose text NOT NULL CHECK (purpose IN ('hulpverlening','toegang','handhaving')),
  body text NOT NULL,
  author_id uuid REFERENCES users(id),
  author_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  edited_at timestamptz,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX notes_case ON notes (case_id);

-- A note's purpose is fixed when it is written (doelbinding): the database refuses a change too.
CREATE FUNCTION notes_purpose_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.purpose <> OLD.purpose THEN
    RAISE EXCEPTION 'het doel van een notitie kan niet worden gewijzigd';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER notes_purpose_immutable BEFORE UPDATE ON notes FOR EACH ROW EXECUTE FUNCTION notes_purpose_immutable();
