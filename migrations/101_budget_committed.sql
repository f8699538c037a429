-- SPDX-License-Identifier: EUPL-1.2
-- The pot keeps a running total of what is committed (granted + pending), changed only while its row
-- is locked, so checking a new spend costs one row read instead of summing every spend of the pot.

ALTER TABLE budget_pots ADD COLUMN committed_cents bigint NOT NULL DEFAULT 0;
UPDATE budget_pots p SET committed_cents = COALESCE((SELECT sum(s.amount_cents) FROM budget_spends s WHERE s.pot_id = p.id AND s.status IN ('toegekend','wacht_op_akkoord')), 0);
