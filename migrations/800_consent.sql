-- SPDX-License-Identifier: EUPL-1.2
-- The resident's recorded consent (privacy room): which data, with which organisation or person,
-- for which purpose, until when. Withdrawable at any moment, taking effect at once: every access
-- that rests on a consent checks it on every request. Nothing is deleted; a withdrawal is recorded.

CREATE TABLE consents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The organisation that records the consent and owns the case (the controller).
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  household_id uuid NOT NULL REFERENCES households(id),
  -- The member who gave the consent (usually the aanvrager).
  person_id uuid NOT NULL REFERENCES members(id),
  data_categories text[] NOT NULL CHECK (cardinality(data_categories) > 0),
  recipient_organisation_id uuid REFERENCES organisations(id),
  recipient_name text NOT NULL,
  recipient_person text NOT NULL DEFAULT '',
  purpose text NOT NULL,
  given_on date NOT NULL,
  valid_until date NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users(id),
  recorded_by_name text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_at timestamptz,
  withdrawn_on date,
  withdrawn_by_name text,
  withdraw_reason text,
  version integer NOT NULL DEFAULT 1,
  CHECK (valid_until >= given_on)
);
CREATE INDEX consents_case ON consents (case_id);
CREATE INDEX consents_person ON consents (person_id);
