-- SPDX-License-Identifier: EUPL-1.2
-- Income inputs stored on a case: the household profile, the wages of a fluctuating-income month
-- series, the income streams and fixed costs of a Huishoudboekje. Kept as validated JSON: the
-- income room's parsers are the schema, so the same checks apply when it is stored and when run.
CREATE TABLE case_income_inputs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  kind text NOT NULL CHECK (kind IN ('huishouden','wisselend-inkomen','huishoudboekje')),
  input jsonb NOT NULL,
  updated_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (case_id, kind)
);
