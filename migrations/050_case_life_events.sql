-- SPDX-License-Identifier: EUPL-1.2
-- Life events and applications recorded on a case ("scheiding vastgelegd", "bijstandsaanvraag",
-- "woningaanvraag", ...): the facts signal rules look at (issue 12, ADR 15). seq keeps the order in
-- which they were recorded, which decides between events on the same day.
CREATE TABLE case_life_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigserial NOT NULL UNIQUE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  household_id uuid NOT NULL REFERENCES households(id),
  type text NOT NULL,
  occurred_on date NOT NULL,
  note text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users(id),
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_life_events_case ON case_life_events (case_id, occurred_on, seq);
