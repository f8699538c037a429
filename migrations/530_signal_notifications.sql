-- SPDX-License-Identifier: EUPL-1.2
-- A melding can point at a case directly (not only through a knelpunt): a signal that fired on a
-- case tells the case's regisseur, and the melding links to the case's gebeurtenissen tab.
-- Issue 12 §2, ADR 26.
ALTER TABLE notifications ADD COLUMN case_id uuid REFERENCES cases(id);
