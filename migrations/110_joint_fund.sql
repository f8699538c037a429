-- SPDX-License-Identifier: EUPL-1.2
-- Joint funds with a second funder (a health insurer): the fund's rule that spends above the
-- mandate also need the second funder's decision, each funder's decision on such a spend, and each
-- funder's confirmation of the settlement (with the amounts it confirmed, so a later change shows).

ALTER TABLE budget_pots ADD COLUMN co_decides_above_mandate boolean NOT NULL DEFAULT false;

CREATE TABLE budget_spend_codecisions (
  spend_id uuid NOT NULL REFERENCES budget_spends(id),
  -- 'eigenaar' (the pot's owner) or 'medefinancier' (the second funder).
  funder text NOT NULL CHECK (funder IN ('eigenaar','medefinancier')),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  approve boolean NOT NULL,
  reason text NOT NULL DEFAULT '',
  user_id uuid NOT NULL REFERENCES users(id),
  user_name text NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (spend_id, funder)
);

CREATE TABLE budget_settlement_confirmations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  pot_id uuid NOT NULL REFERENCES budget_pots(id),
  funder text NOT NULL CHECK (funder IN ('eigenaar','medefinancier')),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  total_cents bigint NOT NULL,
  owner_cents bigint NOT NULL,
  co_funder_cents bigint NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id),
  user_name text NOT NULL,
  confirmed_on date NOT NULL,
  at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX budget_settlement_confirmations_pot ON budget_settlement_confirmations (pot_id, funder, at);
