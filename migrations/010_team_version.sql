-- SPDX-License-Identifier: EUPL-1.2
-- A team gets a version, so renaming it is guarded by If-Match like every other update (issue 16).
-- Existing teams start at version 1; nothing else changes.
ALTER TABLE teams ADD COLUMN version integer NOT NULL DEFAULT 1;
