-- SPDX-License-Identifier: EUPL-1.2
-- Maatwerkbudget: pots per team or organisation and period, mandates, spends on cases with their
-- full history, and the sample review afterwards. Amounts are integer eurocents (bigint).

CREATE TABLE budget_pots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  -- NULL: the whole organisation may spend from it; otherwise only this team's cases.
  team_id uuid REFERENCES teams(id),
  name text NOT NULL,
  goal text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  categories text[] NOT NULL CHECK (cardinality(categories) > 0),
  allow_negative boolean NOT NULL DEFAULT false,
  -- A joint fund: the second funder (e.g. a health insurer) and how spends are split.
  co_funder_name text,
  co_funder_organisation_id uuid REFERENCES organisations(id),
  split_rule jsonb,
  status text NOT NULL DEFAULT 'actief' CHECK (status IN ('actief','gesloten')),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CHECK (period_end >= period_start),
  CHECK ((co_funder_name IS NULL) = (split_rule IS NULL))
);
CREATE INDEX budget_pots_org ON budget_pots (organisation_id, status);
CREATE INDEX budget_pots_cofunder ON budget_pots (co_funder_organisation_id) WHERE co_funder_organisation_id IS NOT NULL;

-- A mandate per role, or per user (which overrides the role's). Ended mandates stay for the record.
CREATE TABLE budget_mandates (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  pot_id uuid NOT NULL REFERENCES budget_pots(id),
  role text,
  user_id uuid REFERENCES users(id),
  max_per_spend_cents bigint NOT NULL CHECK (max_per_spend_cents >= 0),
  max_per_case_cents bigint NOT NULL CHECK (max_per_case_cents >= 0),
  categories text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  CHECK ((role IS NULL) <> (user_id IS NULL))
);
CREATE UNIQUE INDEX budget_mandates_role ON budget_mandates (pot_id, role) WHERE active AND role IS NOT NULL;
CREATE UNIQUE INDEX budget_mandates_user ON budget_mandates (pot_id, user_id) WHERE active AND user_id IS NOT NULL;

CREATE TABLE budget_spends (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  pot_id uuid NOT NULL REFERENCES budget_pots(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  household_id uuid NOT NULL REFERENCES households(id),
  amount_cents bigint NOT NULL CHECK (amount_cents > 0),
  category text NOT NULL,
  payee text NOT NULL,
  spent_on date NOT NULL,
  description text NOT NULL,
  justification text NOT NULL,
  goal_id uuid,
  status text NOT NULL CHECK (status IN ('toegekend','wacht_op_akkoord','afgewezen','geannuleerd')),
  -- Why it was granted at once or why it waits (the mandate decision), in Dutch.
  decision_reason text NOT NULL,
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  registered_by uuid NOT NULL REFERENCES users(id),
  registered_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX budget_spends_pot ON budget_spends (pot_id, status, spent_on);
CREATE INDEX budget_spends_case ON budget_spends (case_id);
CREATE INDEX budget_spends_pending ON budget_spends (organisation_id) WHERE status = 'wacht_op_akkoord';

-- The history of a spend: never silently changed or deleted. Each correction keeps before and after.
CREATE TABLE budget_spend_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  spend_id uuid NOT NULL REFERENCES budget_spends(id),
  kind text NOT NULL CHECK (kind IN ('geregistreerd','goedgekeurd','afgewezen','gecorrigeerd','geannuleerd')),
  status_after text NOT NULL,
  reason text NOT NULL DEFAULT '',
  before jsonb,
  after jsonb,
  user_id uuid REFERENCES users(id),
  user_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX budget_spend_events_spend ON budget_spend_events (spend_id, at);

-- A sample drawn for the review afterwards: the seed and the population size are stored so the
-- draw can be redone and checked.
CREATE TABLE budget_samples (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  pot_id uuid NOT NULL REFERENCES budget_pots(id),
  period_from date NOT NULL,
  period_to date NOT NULL,
  size_requested integer NOT NULL CHECK (size_requested BETWEEN 1 AND 500),
  seed bigint NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
  -- The spends the sample was drawn from (granted, in the period, not sampled before), so the draw
  -- with the stored seed can be redone later and must give the same spends.
  population_ids uuid[] NOT NULL,
  drawn_by uuid NOT NULL REFERENCES users(id),
  drawn_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX budget_samples_pot ON budget_samples (pot_id);

CREATE TABLE budget_sample_items (
  sample_id uuid NOT NULL REFERENCES budget_samples(id),
  spend_id uuid NOT NULL REFERENCES budget_spends(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  position integer NOT NULL,
  verdict text CHECK (verdict IN ('passend','niet_passend')),
  reason text,
  reviewed_by uuid REFERENCES users(id),
  reviewed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (sample_id, spend_id)
);
CREATE INDEX budget_sample_items_spend ON budget_sample_items (spend_id);
