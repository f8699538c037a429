-- SPDX-License-Identifier: EUPL-1.2
-- A corrected note keeps its earlier text: each correction stores the text it replaced, when and by
-- whom. The note row holds the current text; nothing existing changes, so no data is stranded.
CREATE TABLE note_revisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  note_id uuid NOT NULL REFERENCES notes(id),
  body text NOT NULL,
  replaced_at timestamptz NOT NULL DEFAULT now(),
  replaced_by_name text NOT NULL
);
CREATE INDEX note_revisions_note ON note_revisions (note_id, replaced_at);
