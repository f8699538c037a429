-- SPDX-License-Identifier: EUPL-1.2
-- Business case per case (Doorbraakmethode): an organisation's own catalogue prices, and stored
-- business cases with their cost lines. Prices are copied into the lines, with their source, so a
-- later catalogue change does not silently change an argued business case.

CREATE TABLE cost_catalogue_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  item_key text NOT NULL,
  label text NOT NULL,
  unit text NOT NULL,
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
  funder text NOT NULL,
  source text NOT NULL,
  year integer NOT NULL,
  notes text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, item_key)
);

CREATE TABLE business_cases (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  knelpunt_id uuid REFERENCES knelpunten(id),
  title text NOT NULL,
  horizon_months integer NOT NULL CHECK (horizon_months BETWEEN 1 AND 120),
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX business_cases_case ON business_cases (case_id);
CREATE INDEX business_cases_knelpunt ON business_cases (knelpunt_id);

CREATE TABLE business_case_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  business_case_id uuid NOT NULL REFERENCES business_cases(id),
  path text NOT NULL CHECK (path IN ('regulier','maatwerk')),
  position integer NOT NULL,
  item_key text,
  label text NOT NULL,
  unit text NOT NULL,
  amount_cents bigint NOT NULL,
  funder text NOT NULL,
  source text NOT NULL,
  year integer,
  quantity numeric(12,2) NOT NULL,
  start_month integer NOT NULL,
  duration_months integer NOT NULL,
  probability_pct integer NOT NULL,
  note text NOT NULL DEFAULT ''
);
CREATE INDEX business_case_lines_bc ON business_case_lines (business_case_id, path, position);
