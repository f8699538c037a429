-- SPDX-License-Identifier: EUPL-1.2
-- The Bibliotheek's word list: every word of five letters or more that appears in an entry. A typo in
-- a search ("uitkring") is matched against this short list by trigram similarity and replaced by the
-- words it resembles ("uitkering"), which the full-text index then finds. Matching the typo against
-- every entry's text instead costs seconds at 100,000 entries (bench/learning.bench.ts).
CREATE TABLE doorbraak_lexicon (word text PRIMARY KEY);
CREATE INDEX doorbraak_lexicon_trgm ON doorbraak_lexicon USING gin (word gin_trgm_ops);

CREATE FUNCTION doorbraak_lexicon_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO doorbraak_lexicon (word)
    SELECT DISTINCT w FROM regexp_split_to_table(lower(NEW.title || ' ' || NEW.situation || ' ' || NEW.breakthrough || ' ' || NEW.blocking_law), '[[:space:][:punct:]]+') AS w
    WHERE length(w) >= 5
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;

CREATE TRIGGER doorbraak_lexicon_add AFTER INSERT OR UPDATE OF title, situation, breakthrough, blocking_law ON doorbraak_versions
  FOR EACH ROW EXECUTE FUNCTION doorbraak_lexicon_add();

INSERT INTO doorbraak_lexicon (word)
  SELECT DISTINCT w FROM doorbraak_versions, regexp_split_to_table(lower(title || ' ' || situation || ' ' || breakthrough || ' ' || blocking_law), '[[:space:][:punct:]]+') AS w
  WHERE length(w) >= 5
  ON CONFLICT DO NOTHING;
