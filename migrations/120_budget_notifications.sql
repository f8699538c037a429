-- SPDX-License-Identifier: EUPL-1.2
-- A melding can point at a case directly (not only through a knelpunt): the budget room tells the
-- professional that a spend was approved or refused, and the melding leads to the case's budget.
-- The notifications table is created by a later migration (200), so the link lives in its own
-- table, one row per melding that has a case (no foreign key to notifications for the same reason).
CREATE TABLE notification_cases (
  notification_id uuid PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES cases(id)
);
