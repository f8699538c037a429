-- SPDX-License-Identifier: EUPL-1.2
-- Issue 13 (escalation side): the receiving organisation keeps sight of what it decided; the
-- provisional funder of an overbrugging is an organisation that is asked and accepts; a settlement
-- is a ledger (corrections are reversing entries with a reason, never edits in place); knelpunten
-- and steps can be dated back with a logged reason.

-- Which organisation decided a step (already in escalation_steps) is copied onto what it created,
-- so the loket sees its overbruggingen and signals after the knelpunt left its desk.
ALTER TABLE overbruggingen ADD COLUMN decided_by_organisation_id uuid REFERENCES organisations(id);
UPDATE overbruggingen o SET decided_by_organisation_id = COALESCE(s.decided_by_organisation_id, o.organisation_id)
  FROM escalation_steps s WHERE s.id = o.step_id;
UPDATE overbruggingen SET decided_by_organisation_id = organisation_id WHERE decided_by_organisation_id IS NULL;
ALTER TABLE overbruggingen ALTER COLUMN decided_by_organisation_id SET NOT NULL;

-- The organisation that pays up front, and whether it accepted. Existing overbruggingen were
-- committed by the knelpunt's own organisation: they count as accepted by it ('niet_nodig').
ALTER TABLE overbruggingen ADD COLUMN funder_organisation_id uuid REFERENCES organisations(id);
UPDATE overbruggingen SET funder_organisation_id = organisation_id;
ALTER TABLE overbruggingen ALTER COLUMN funder_organisation_id SET NOT NULL;
ALTER TABLE overbruggingen ADD COLUMN acceptance text NOT NULL DEFAULT 'niet_nodig' CHECK (acceptance IN ('niet_nodig','gevraagd','geaccepteerd','geweigerd'));
ALTER TABLE overbruggingen ADD COLUMN acceptance_note text;
ALTER TABLE overbruggingen ADD COLUMN accepted_on date;
ALTER TABLE overbruggingen ADD COLUMN accepted_by_name text;
CREATE INDEX overbruggingen_funder ON overbruggingen (funder_organisation_id, acceptance);
CREATE INDEX overbruggingen_decider ON overbruggingen (decided_by_organisation_id, status);

-- The settlement as a ledger: entry 1 is the settlement; a correction adds a reversing entry
-- (negative amounts, with the reason) and a new entry. Existing shares become entry 1.
ALTER TABLE overbrugging_shares DROP CONSTRAINT IF EXISTS overbrugging_shares_amount_cents_check;
ALTER TABLE overbrugging_shares ADD COLUMN entry_no integer NOT NULL DEFAULT 1;
ALTER TABLE overbrugging_shares ADD COLUMN kind text NOT NULL DEFAULT 'afrekening' CHECK (kind IN ('afrekening','tegenboeking','correctie'));
ALTER TABLE overbrugging_shares ADD COLUMN reason text NOT NULL DEFAULT '';
ALTER TABLE overbrugging_shares ADD COLUMN booked_on date;
ALTER TABLE overbrugging_shares ADD COLUMN booked_by_name text;
ALTER TABLE overbrugging_shares ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
UPDATE overbrugging_shares sh SET booked_on = o.settled_on FROM overbruggingen o WHERE o.id = sh.overbrugging_id;
CREATE INDEX overbrugging_shares_o ON overbrugging_shares (overbrugging_id, entry_no);

-- Structural signals: which organisation raised them (the loket keeps seeing its own).
ALTER TABLE structural_signals ADD COLUMN raised_by_organisation_id uuid REFERENCES organisations(id);
UPDATE structural_signals SET raised_by_organisation_id = organisation_id;

-- Backdating: when existing cases move onto the platform, the knelpunt's and a step's real date
-- is recorded with the reason (the row's created_at keeps when it was typed in).
ALTER TABLE knelpunten ADD COLUMN backdate_reason text;
ALTER TABLE escalation_steps ADD COLUMN backdate_reason text;
