// SPDX-License-Identifier: EUPL-1.2
/**
 * The Bibliotheek's benchmark library: `fill` inserts N published breakthroughs (the demo stories,
 * varied in place, year, law and wording; the same library every run). Used by learning.bench.ts
 * and learning-explain.ts.
 */
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../src/platform/random';
import type { Db } from '../src/platform/db';
import { demoEntries } from '../src/learning/demo';

const log = (s: string) => process.stderr.write(`${s}\n`);

export const PLACES = ['Utrecht', 'Tilburg', 'Zaanstad', 'Groningen', 'Leeuwarden', 'Den Haag', 'Amersfoort', 'Breda', 'Zwolle', 'Enschede', 'Nijmegen', 'Almere', 'Heerlen', 'Delft', 'Emmen', 'Alkmaar'];
/** Words that vary the texts, so the index holds realistic distinct documents rather than 70 repeats. */
const WORDS = ['moeder', 'vader', 'jongere', 'schulden', 'huurachterstand', 'woningcorporatie', 'uitkering', 'toeslagen', 'beslag', 'opvang', 'school', 'werkgever', 'mantelzorg', 'verslaving', 'wachtlijst', 'bewindvoering', 'kamer', 'verhuizing', 'energie', 'zorgverzekering', 'kinderopvang', 'scheiding', 'urgentie', 'briefadres', 'vervoer', 'studiefinanciering', 'inburgering', 'ziekte', 'ontslag', 'rechter'];

export async function fill(db: Db, organisationId: string, ENTRIES: number): Promise<void> {
  const stories = demoEntries();
  const random = mulberry32(20261201); // the same library every run
  const BATCH = 1000;
  const t0 = performance.now();
  for (let start = 0; start < ENTRIES; start += BATCH) {
    const n = Math.min(BATCH, ENTRIES - start);
    const cols: Record<string, unknown[]> = { title: [], situation: [], breakthrough: [], law: [], article: [], kind: [], type: [], level: [], outcome: [], days: [], domains: [], municipality: [], year: [] };
    for (let i = 0; i < n; i++) {
      const s = stories[Math.floor(random() * stories.length)];
      const extra = Array.from({ length: 6 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
      const place = PLACES[Math.floor(random() * PLACES.length)];
      cols.title.push(`${s.title} (${place}, ${start + i})`);
      cols.situation.push(`${s.situation} Verder speelden: ${extra}.`);
      cols.breakthrough.push(s.breakthrough);
      cols.law.push(random() < 0.15 ? `${s.blockingLaw} (regeling ${1 + Math.floor(random() * 40)})` : s.blockingLaw);
      cols.article.push(s.blockingArticle);
      cols.kind.push(s.organisationKind);
      cols.type.push(s.knelpuntType);
      cols.level.push(s.decidedLevel);
      cols.outcome.push(s.outcome);
      cols.days.push(s.workingDays);
      cols.domains.push(`{${s.lifeDomains.join(',')}}`);
      cols.municipality.push(place);
      cols.year.push(2020 + Math.floor(random() * 7));
    }
    await db.transaction(async (tx) => {
      await tx.query(
        `WITH e AS (
           INSERT INTO doorbraken (organisation_id, status, published_version, is_demo)
           SELECT $1, 'gepubliceerd', 1, true FROM generate_series(1, $2::int) RETURNING id
         ), numbered AS (SELECT id, row_number() OVER () AS rn FROM e)
         INSERT INTO doorbraak_versions (doorbraak_id, number, title, situation, blocking_law, blocking_article, organisation_kind, knelpunt_type, breakthrough, decided_level, outcome, working_days, life_domains, municipality, year)
         SELECT numbered.id, 1, v.title, v.situation, v.law, v.article, v.kind, v.type, v.breakthrough, v.level, v.outcome, v.days, v.domains::text[], v.municipality, v.year
         FROM numbered JOIN (
           SELECT row_number() OVER () AS rn, * FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::text[], $14::text[], $15::int[])
             AS u(title, situation, breakthrough, law, article, kind, type, level, outcome, days, domains, municipality, year)
         ) v ON v.rn = numbered.rn`,
        [organisationId, n, cols.title, cols.situation, cols.breakthrough, cols.law, cols.article, cols.kind, cols.type, cols.level, cols.outcome, cols.days, cols.domains, cols.municipality, cols.year],
      );
    });
    if ((start / BATCH) % 20 === 0) log(`  ${start + n} van ${ENTRIES} ingevoegd (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  await db.query('ANALYZE doorbraken');
  await db.query('ANALYZE doorbraak_versions');
  log(`  ${ENTRIES} doorbraken in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
