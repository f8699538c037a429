-- SPDX-License-Identifier: EUPL-1.2
-- The municipality's own income schemes (issue 15, ADR 0024): each row is a complete version of an
-- organisation's schemes, valid from a date. Versions are never changed or removed; the version in
-- force on a date is the one with the latest geldig_vanaf on or before it (the highest volgnummer
-- on a tie). The body is the validated JSON (src/income/schemes.ts is its schema).
CREATE TABLE income_scheme_versions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  volgnummer integer NOT NULL,
  geldig_vanaf date NOT NULL,
  illustratief boolean NOT NULL,
  versie jsonb NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, volgnummer)
);
CREATE INDEX income_scheme_versions_org ON income_scheme_versions (organisation_id, geldig_vanaf);
