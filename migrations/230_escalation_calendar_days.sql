-- SPDX-License-Identifier: EUPL-1.2
-- The organisation's own non-working days on its escalation calendar (issue 16), besides the
-- public holidays computed in workdays.ts: e.g. a closing day between Christmas and New Year.
-- A deadline in working days skips them. Changing them bumps escalation_settings.version.
CREATE TABLE escalation_non_working_days (
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  day date NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (organisation_id, day)
);
