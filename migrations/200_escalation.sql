-- SPDX-License-Identifier: EUPL-1.2
-- Knelpunten, the escalation ladder with deadlines, decisions, hand-overs between organisations,
-- structural signals, overbrugging, the Maatwerkregister and the in-app notification queue.

-- Per-organisation settings of the working-day calendar (Bevrijdingsdag counts by default).
CREATE TABLE escalation_settings (
  organisation_id uuid PRIMARY KEY REFERENCES organisations(id),
  bevrijdingsdag_is_holiday boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1
);

-- The ladder: ordered levels, each with a deadline in working days and who decides there: a role
-- in the own organisation, or another organisation (a hand-over, e.g. the Landelijk Maatwerkloket).
CREATE TABLE escalation_levels (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  position integer,
  name text NOT NULL,
  deadline_working_days integer NOT NULL CHECK (deadline_working_days BETWEEN 0 AND 120),
  decider_role text,
  decider_organisation_id uuid REFERENCES organisations(id),
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((decider_role IS NULL) <> (decider_organisation_id IS NULL))
);
CREATE INDEX escalation_levels_org ON escalation_levels (organisation_id, position);

-- Contacts in the Maatwerkregister ("weten wie je moet bellen").
CREATE TABLE register_contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  contact_organisation text NOT NULL,
  name text NOT NULL,
  role text NOT NULL DEFAULT '',
  phone text,
  email text,
  topics text[] NOT NULL DEFAULT '{}',
  region text NOT NULL DEFAULT '',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX register_contacts_org ON register_contacts (contact_organisation);

CREATE TABLE knelpunten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  household_id uuid NOT NULL REFERENCES households(id),
  team_id uuid NOT NULL REFERENCES teams(id),
  solution_needed text NOT NULL,
  blocking_law text NOT NULL,
  blocking_article text NOT NULL DEFAULT '',
  blocking_organisation text NOT NULL,
  policy_rule text NOT NULL DEFAULT '',
  type text NOT NULL CHECK (type IN ('regel_botst','aanbod_ontbreekt','wachtlijst','financiering_onduidelijk','gegevens_delen','anders')),
  toets_rule_goal text NOT NULL DEFAULT '',
  toets_counterproductive text NOT NULL DEFAULT '',
  toets_proportionate text NOT NULL DEFAULT '',
  cost_of_waiting text NOT NULL DEFAULT '',
  cost_of_waiting_cents bigint CHECK (cost_of_waiting_cents >= 0),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_escalatie','doorbraak','afgewezen','overbrugd','ingetrokken')),
  current_step_id uuid,
  consent_to_share boolean NOT NULL DEFAULT false,
  consent_recorded_on date,
  consent_recorded_by uuid REFERENCES users(id),
  created_by uuid REFERENCES users(id),
  created_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX knelpunten_org ON knelpunten (organisation_id, status);
CREATE INDEX knelpunten_case ON knelpunten (case_id);

-- Every change of a knelpunt, in order: created, edited (which fields), escalated, decided, consent.
CREATE TABLE knelpunt_events (
  id bigserial PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  knelpunt_id uuid NOT NULL REFERENCES knelpunten(id),
  kind text NOT NULL,
  from_status text,
  to_status text,
  detail text NOT NULL DEFAULT '',
  user_id uuid REFERENCES users(id),
  user_name text NOT NULL,
  user_organisation text NOT NULL DEFAULT '',
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX knelpunt_events_k ON knelpunt_events (knelpunt_id, id);

-- One step on the ladder: the knelpunt lies at a level from escalated_on until the deadline.
CREATE TABLE escalation_steps (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  knelpunt_id uuid NOT NULL REFERENCES knelpunten(id),
  level_id uuid NOT NULL REFERENCES escalation_levels(id),
  reason text NOT NULL DEFAULT '',
  escalated_by uuid REFERENCES users(id),
  escalated_on date NOT NULL,
  deadline date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','besloten','doorgeschoven','vervallen')),
  outcome text CHECK (outcome IN ('toegekend','afgewezen','overbrugd','doorverwezen')),
  decision_text text,
  referred_to_level_id uuid REFERENCES escalation_levels(id),
  referred_to_organisation text,
  decided_on date,
  decided_by uuid REFERENCES users(id),
  decided_by_name text,
  decided_by_organisation_id uuid REFERENCES organisations(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX escalation_steps_level ON escalation_steps (level_id, status, deadline);
CREATE INDEX escalation_steps_k ON escalation_steps (knelpunt_id);

-- A hand-over to another organisation: the minimised content it may see (no direct identifiers
-- unless the resident consented). organisation_id is the receiving organisation; it never reads
-- the source case.
CREATE TABLE handovers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  source_organisation_id uuid NOT NULL REFERENCES organisations(id),
  step_id uuid NOT NULL REFERENCES escalation_steps(id),
  knelpunt_id uuid NOT NULL REFERENCES knelpunten(id),
  level_name text NOT NULL,
  deadline date NOT NULL,
  content jsonb NOT NULL,
  with_identifiers boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','besloten','vervallen')),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX handovers_org ON handovers (organisation_id, status, deadline);

CREATE TABLE structural_signals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  knelpunt_id uuid NOT NULL REFERENCES knelpunten(id),
  step_id uuid REFERENCES escalation_steps(id),
  kind text NOT NULL CHECK (kind IN ('regel_wijzigen','vaste_afspraak')),
  rule text NOT NULL,
  proposal text NOT NULL,
  created_by uuid REFERENCES users(id),
  created_on date NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX structural_signals_rule ON structural_signals (organisation_id, rule);

-- Overbrugging: the help starts at once with a provisional funder; who pays is settled afterwards.
CREATE TABLE overbruggingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  knelpunt_id uuid NOT NULL REFERENCES knelpunten(id),
  step_id uuid REFERENCES escalation_steps(id),
  help text NOT NULL,
  provisional_funder text NOT NULL,
  provisional_amount_cents bigint NOT NULL CHECK (provisional_amount_cents > 0),
  started_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','afgerekend')),
  settled_on date,
  settled_total_cents bigint,
  settlement_note text,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX overbruggingen_org ON overbruggingen (organisation_id, status);

CREATE TABLE overbrugging_shares (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  overbrugging_id uuid NOT NULL REFERENCES overbruggingen(id),
  funder text NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0)
);

-- What one funder owes another after the settlement, listed until closed.
CREATE TABLE overbrugging_claims (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  overbrugging_id uuid NOT NULL REFERENCES overbruggingen(id),
  creditor text NOT NULL,
  debtor text NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open','gesloten')),
  closed_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX overbrugging_claims_org ON overbrugging_claims (organisation_id, status);

CREATE TABLE knelpunt_contacts (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  knelpunt_id uuid NOT NULL REFERENCES knelpunten(id),
  contact_id uuid NOT NULL REFERENCES register_contacts(id),
  note text NOT NULL DEFAULT '',
  linked_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (knelpunt_id, contact_id)
);

-- In-app notification queue per user.
CREATE TABLE notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id),
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  knelpunt_id uuid REFERENCES knelpunten(id),
  handover_id uuid REFERENCES handovers(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_user ON notifications (user_id, read_at, created_at DESC);
