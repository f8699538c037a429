-- SPDX-License-Identifier: EUPL-1.2
-- Two facts the patterns read for 50,000 cases at a time (issue 12, ADR 0033), kept by the cases
-- room next to the rows they come from, instead of worked out from every row on each read:
-- 1. case_problem_domains: the life domains scored 1 or 2 on each case's latest score per domain
--    ("latest": assessment date, then creation time, then id, as everywhere). Reading every score
--    (a DISTINCT ON and an aggregate per case) was most of the database's time.
-- 2. households_with_children: the households with a member in the role 'kind'.
--
-- Triggers keep both right for every write, whichever code makes it (commands, the demo, the
-- synthetic cases of the benchmark): after each statement they work the rows out again, from the
-- source rows themselves, for the cases or households that statement touched. Concurrent statements
-- on one case or household take turns (an advisory lock until commit), so the later one reads the
-- earlier one's rows. Numbered with the cases room (its tables). Adds rows to its own new tables only.
CREATE TABLE case_problem_domains (
  case_id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  domains text[] NOT NULL
);

CREATE FUNCTION case_problem_domains_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(810813, hashtext(x.case_id::text)) FROM (SELECT DISTINCT case_id FROM changed ORDER BY case_id) x;
  INSERT INTO case_problem_domains (case_id, organisation_id, domains)
    SELECT l.case_id, l.organisation_id, COALESCE(array_agg(l.domain ORDER BY l.domain) FILTER (WHERE l.score <= 2), '{}')
      FROM (
        SELECT DISTINCT ON (s.case_id, s.domain) s.case_id, s.organisation_id, s.domain, s.score FROM assessment_scores s
         WHERE s.case_id IN (SELECT case_id FROM changed)
         ORDER BY s.case_id, s.domain, s.assessed_on DESC, s.created_at DESC, s.id DESC
      ) l
     GROUP BY l.case_id, l.organisation_id
  ON CONFLICT (case_id) DO UPDATE SET domains = EXCLUDED.domains;
  DELETE FROM case_problem_domains p
   WHERE p.case_id IN (SELECT case_id FROM changed) AND NOT EXISTS (SELECT 1 FROM assessment_scores s WHERE s.case_id = p.case_id);
  RETURN NULL;
END $$;

CREATE TRIGGER case_problem_domains_insert AFTER INSERT ON assessment_scores
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_problem_domains_refresh();
-- An update is worked out for the cases of the old rows and of the new rows (a score moved to another case).
CREATE TRIGGER case_problem_domains_update_old AFTER UPDATE ON assessment_scores
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_problem_domains_refresh();
CREATE TRIGGER case_problem_domains_update_new AFTER UPDATE ON assessment_scores
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_problem_domains_refresh();
CREATE TRIGGER case_problem_domains_delete AFTER DELETE ON assessment_scores
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION case_problem_domains_refresh();

-- The cases assessed so far.
INSERT INTO case_problem_domains (case_id, organisation_id, domains)
  SELECT l.case_id, l.organisation_id, COALESCE(array_agg(l.domain ORDER BY l.domain) FILTER (WHERE l.score <= 2), '{}')
    FROM (
      SELECT DISTINCT ON (s.case_id, s.domain) s.case_id, s.organisation_id, s.domain, s.score FROM assessment_scores s
       ORDER BY s.case_id, s.domain, s.assessed_on DESC, s.created_at DESC, s.id DESC
    ) l
   GROUP BY l.case_id, l.organisation_id;

CREATE TABLE households_with_children (
  household_id uuid PRIMARY KEY REFERENCES households(id) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id)
);

CREATE FUNCTION households_with_children_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(810814, hashtext(x.household_id::text)) FROM (SELECT DISTINCT household_id FROM changed ORDER BY household_id) x;
  INSERT INTO households_with_children (household_id, organisation_id)
    SELECT DISTINCT m.household_id, m.organisation_id FROM members m
     WHERE m.household_id IN (SELECT household_id FROM changed) AND m.role = 'kind'
  ON CONFLICT (household_id) DO NOTHING;
  DELETE FROM households_with_children h
   WHERE h.household_id IN (SELECT household_id FROM changed)
     AND NOT EXISTS (SELECT 1 FROM members m WHERE m.household_id = h.household_id AND m.role = 'kind');
  RETURN NULL;
END $$;

CREATE TRIGGER households_with_children_insert AFTER INSERT ON members
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION households_with_children_refresh();
CREATE TRIGGER households_with_children_update_old AFTER UPDATE ON members
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION households_with_children_refresh();
CREATE TRIGGER households_with_children_update_new AFTER UPDATE ON members
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION households_with_children_refresh();
CREATE TRIGGER households_with_children_delete AFTER DELETE ON members
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION households_with_children_refresh();

-- The households so far.
INSERT INTO households_with_children (household_id, organisation_id)
  SELECT DISTINCT household_id, organisation_id FROM members WHERE role = 'kind';
