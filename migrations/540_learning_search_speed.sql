-- SPDX-License-Identifier: EUPL-1.2
-- The Bibliotheek's search at 100,000 entries (ADR 0027, bench/learning.bench.ts):
-- 1. doorbraak_stems: every stem of every version's search vector. "Does the index know this word?"
--    (to decide whether a search word is a typo) is then one primary-key lookup; asking the full-text
--    index itself was planned as a scan of every entry for a word it does not hold (0.8 s).
-- 2. The word list keeps words with at least one letter: strings of digits are not words anyone
--    misspells, and in a large library they crowd the list (the trigram look-up scanned them all).
-- 3. Indexes for the selective filters (municipality, year), so such a filter combined with a broad text match reads only the
--    entries that pass both (BitmapAnd with the full-text index) instead of every matching entry.
CREATE TABLE doorbraak_stems (stem text PRIMARY KEY);

CREATE FUNCTION doorbraak_stems_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO doorbraak_stems (stem) SELECT DISTINCT s FROM unnest(tsvector_to_array(NEW.search)) AS s ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;

CREATE TRIGGER doorbraak_stems_add AFTER INSERT OR UPDATE OF title, situation, breakthrough, blocking_law, blocking_article ON doorbraak_versions
  FOR EACH ROW EXECUTE FUNCTION doorbraak_stems_add();

INSERT INTO doorbraak_stems (stem)
  SELECT DISTINCT s FROM doorbraak_versions, unnest(tsvector_to_array(search)) AS s
  ON CONFLICT DO NOTHING;

CREATE OR REPLACE FUNCTION doorbraak_lexicon_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO doorbraak_lexicon (word)
    SELECT DISTINCT w FROM regexp_split_to_table(lower(NEW.title || ' ' || NEW.situation || ' ' || NEW.breakthrough || ' ' || NEW.blocking_law), '[[:space:][:punct:]]+') AS w
    WHERE length(w) >= 5 AND w ~ '[[:alpha:]]'
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;

DELETE FROM doorbraak_lexicon WHERE word !~ '[[:alpha:]]';

CREATE INDEX doorbraak_versions_municipality ON doorbraak_versions (municipality, year);
CREATE INDEX doorbraak_versions_year ON doorbraak_versions (year);
-- 4. "Elders opgelost" reads its candidates in tiers by rule: the same law, article and kind of knelpunt.
CREATE INDEX doorbraak_versions_rule ON doorbraak_versions (lower(blocking_law), lower(blocking_article), knelpunt_type);
