-- SPDX-License-Identifier: EUPL-1.2
-- Patterns across cases: whether an organisation contributes its aggregate counts (never rows) to
-- the regional and national view of giftige cocktails. No row: it does not contribute.
CREATE TABLE pattern_contributions (
  organisation_id uuid PRIMARY KEY REFERENCES organisations(id),
  contributes boolean NOT NULL DEFAULT false,
  changed_by uuid REFERENCES users(id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
