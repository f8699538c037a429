-- SPDX-License-Identifier: EUPL-1.2
-- Entered once (issue #15): a case may also hold the income data per member of its own household
-- (kind 'inkomen-leden'); the income profile is derived from the case's household by the server.
-- Widening a CHECK strands no data: every stored row keeps a kind the new list allows.
ALTER TABLE case_income_inputs DROP CONSTRAINT IF EXISTS case_income_inputs_kind_check;
ALTER TABLE case_income_inputs ADD CONSTRAINT case_income_inputs_kind_check
  CHECK (kind IN ('huishouden','wisselend-inkomen','huishoudboekje','inkomen-leden'));
