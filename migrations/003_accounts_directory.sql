-- SPDX-License-Identifier: EUPL-1.2
-- The accounts room's directory: what other rooms may read of organisations, teams and users
-- (names for display, organisation and team for checks, roles and active for routing work).
-- Never the username, e-mail address or password hash. Other rooms' stores read these views,
-- never the tables (house rule 6, scripts/check-house.ts; ADR 0029).
CREATE VIEW organisations_directory AS
  SELECT id, name, kind, municipality_code FROM organisations;

CREATE VIEW teams_directory AS
  SELECT id, organisation_id, name FROM teams;

CREATE VIEW users_directory AS
  SELECT id, organisation_id, team_id, display_name, roles, active FROM users;
