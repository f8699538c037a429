-- SPDX-License-Identifier: EUPL-1.2
-- The province of an organisation, set by its admin (issue 12): the regional view of the giftige
-- cocktails pools the organisations of one province. Before this, the platform knew the province of
-- the six demo municipalities only (a list in code) and gave every other municipality "regio
-- onbekend"; the complete CBS list was not available offline and is not typed from memory. The twelve
-- provinces are the constitution's (Grondwet art. 123; Fryslân in its official spelling since 1997).
-- Existing organisations with one of those six municipality codes get their province, which the
-- list in code gave them; every other organisation starts without one. No existing column changes.
ALTER TABLE organisations ADD COLUMN province text
  CHECK (province IS NULL OR province IN ('Groningen', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg'));
UPDATE organisations SET province = CASE municipality_code
    WHEN 'GM0344' THEN 'Utrecht' WHEN 'GM0479' THEN 'Noord-Holland' WHEN 'GM0855' THEN 'Noord-Brabant'
    WHEN 'GM0518' THEN 'Zuid-Holland' WHEN 'GM0014' THEN 'Groningen' WHEN 'GM0080' THEN 'Fryslân' END
  WHERE municipality_code IN ('GM0344', 'GM0479', 'GM0855', 'GM0518', 'GM0014', 'GM0080');
