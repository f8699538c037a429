-- SPDX-License-Identifier: EUPL-1.2
-- The organisation's giftige cocktails at 50,000 cases (issue 12, ADR 0030, bench/patterns.bench.ts):
-- the patterns read each case's latest score per life domain. In this order (and with the score in
-- the index) that read is an index-only scan of the organisation's scores, not a sort of all of them.
-- The index sits on the cases room's table; the cases room's patternCases query is its only reader
-- for now. Numbered with the cases room (its table), not with learning. Adds no rows and changes none.
CREATE INDEX assessment_scores_latest ON assessment_scores (organisation_id, case_id, domain, assessed_on DESC, created_at DESC, id DESC) INCLUDE (score);
