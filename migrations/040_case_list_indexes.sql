-- SPDX-License-Identifier: EUPL-1.2
-- The case list (GET /cases) reads one page in the order status, updated_at DESC, id, filtered on
-- the organisation and, for team-scoped roles, the team. These indexes hold exactly that order, so
-- the page is read from the index and the scan stops after the page instead of sorting every case
-- of the team; the count is answered from the index alone. See docs/operations.md, "Performance".
CREATE INDEX cases_team_list ON cases (organisation_id, team_id, status, updated_at DESC, id);
CREATE INDEX cases_org_list ON cases (organisation_id, status, updated_at DESC, id);
-- cases_team (organisation_id, team_id, status) is a prefix of cases_team_list.
DROP INDEX cases_team;
