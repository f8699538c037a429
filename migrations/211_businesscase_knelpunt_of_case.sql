-- SPDX-License-Identifier: EUPL-1.2
-- A business case's knelpunt is one of the same case and organisation, held by the database
-- (ADR 11): the business-case room stores the knelpunt id without asking the escalation room.
-- MATCH SIMPLE: a business case without a knelpunt (NULL) is not checked.

ALTER TABLE knelpunten ADD CONSTRAINT knelpunten_id_case_org UNIQUE (id, case_id, organisation_id);
ALTER TABLE business_cases ADD CONSTRAINT business_cases_knelpunt_of_case
  FOREIGN KEY (knelpunt_id, case_id, organisation_id) REFERENCES knelpunten (id, case_id, organisation_id);
-- The composite key holds everything the single-column one did.
ALTER TABLE business_cases DROP CONSTRAINT IF EXISTS business_cases_knelpunt_id_fkey;
