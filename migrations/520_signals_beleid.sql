-- SPDX-License-Identifier: EUPL-1.2
-- Signals as data (signal rules and their firings on cases) and the follow-up of structural
-- signals from doorbraak to beleid (proposals, their stages and the answer of another
-- organisation). Issue 12 §2 and §3, ADR 15.

CREATE TABLE signal_rules (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  purpose text NOT NULL,
  legal_ground text NOT NULL,
  owner text NOT NULL,
  events text[] NOT NULL,
  window_days integer NOT NULL CHECK (window_days BETWEEN 1 AND 730),
  ordered boolean NOT NULL DEFAULT false,
  conditions jsonb NOT NULL DEFAULT '[]',
  risks text NOT NULL DEFAULT '',
  contact text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX signal_rules_org ON signal_rules (organisation_id, active);

-- A firing asks the case's regisseur to look. It is handled once: opgepakt or terzijde, with a reason.
CREATE TABLE signal_firings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  rule_id uuid NOT NULL REFERENCES signal_rules(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  household_id uuid NOT NULL REFERENCES households(id),
  team_id uuid NOT NULL REFERENCES teams(id),
  event_ids uuid[] NOT NULL,
  -- The last event of the combination: a rule fires again only on events after it.
  through_on date NOT NULL,
  through_seq bigint NOT NULL,
  fired_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','opgepakt','terzijde')),
  reason text,
  handled_by uuid REFERENCES users(id),
  handled_by_name text,
  handled_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (rule_id, case_id, through_seq)
);
CREATE INDEX signal_firings_team ON signal_firings (organisation_id, team_id, status);
CREATE INDEX signal_firings_case ON signal_firings (case_id);

-- A proposal drawn from structural signals on one rule (by its canonical key), followed from
-- voorgesteld to ingevoerd. A proposal about another organisation's rule is delivered to that
-- organisation (target) with only the count of knelpunten behind it.
CREATE TABLE beleid_proposals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  target_organisation_id uuid REFERENCES organisations(id),
  rule_key text NOT NULL,
  rule_label text NOT NULL,
  proposal text NOT NULL,
  knelpunt_count integer NOT NULL CHECK (knelpunt_count >= 0),
  first_knelpunt_on date,
  stage text NOT NULL DEFAULT 'voorgesteld' CHECK (stage IN ('voorgesteld','geagendeerd','besloten','ingevoerd')),
  agenda_table text,
  agenda_on date,
  decision text CHECK (decision IN ('aangenomen','verworpen')),
  decision_reason text,
  decided_on date,
  change_kind text CHECK (change_kind IN ('regel','afspraak','mandaat')),
  change_description text,
  change_from date,
  answer text,
  answered_on date,
  answered_by_name text,
  created_by uuid REFERENCES users(id),
  created_by_name text NOT NULL,
  created_on date NOT NULL,
  is_demo boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  CHECK (target_organisation_id IS NULL OR target_organisation_id <> organisation_id)
);
CREATE INDEX beleid_proposals_org ON beleid_proposals (organisation_id, stage);
CREATE INDEX beleid_proposals_target ON beleid_proposals (target_organisation_id) WHERE target_organisation_id IS NOT NULL;

CREATE TABLE beleid_proposal_events (
  id bigserial PRIMARY KEY,
  proposal_id uuid NOT NULL REFERENCES beleid_proposals(id),
  kind text NOT NULL,
  detail text NOT NULL DEFAULT '',
  user_name text NOT NULL,
  user_organisation text NOT NULL,
  on_date date NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX beleid_proposal_events_p ON beleid_proposal_events (proposal_id, id);
