-- SPDX-License-Identifier: EUPL-1.2
-- Entered once (issue #15): a case may hold a wage series of the aanvrager without a copy of the
-- household (kind 'loonreeks'); the fluctuating-income comparison runs it on the profile the
-- server derives from the case's household. Widening a CHECK strands no data.
ALTER TABLE case_income_inputs DROP CONSTRAINT IF EXISTS case_income_inputs_kind_check;
ALTER TABLE case_income_inputs ADD CONSTRAINT case_income_inputs_kind_check
  CHECK (kind IN ('huishouden','wisselend-inkomen','huishoudboekje','inkomen-leden','loonreeks'));
