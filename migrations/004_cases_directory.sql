-- SPDX-License-Identifier: EUPL-1.2
-- The case room's directory: what other rooms may read of a case, its parties and the household's
-- members to show them next to their own rows (a spend's case title, an invitation's party, a
-- consent's person). Never a BSN, a birth date or a note. Other rooms' stores read these views,
-- never the tables (house rule 6, scripts/check-house.ts; ADR 0029).
CREATE VIEW cases_directory AS
  SELECT id, organisation_id, team_id, household_id, regisseur_id, title, status FROM cases;

CREATE VIEW parties_directory AS
  SELECT id, organisation_id, case_id, party_organisation_id, organisation_name FROM parties;

CREATE VIEW members_directory AS
  SELECT id, organisation_id, household_id, name FROM members;
