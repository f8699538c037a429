// SPDX-License-Identifier: EUPL-1.2
/**
 * Patterns demo: 410 synthetic cases (deterministic, seeded) across five demo municipalities,
 * with life-domain scores, children, knelpunten (escalated where stuck, many decided), closings and
 * maatwerkbudget spends in Tilburg, so the policy adviser sees this quarter's cocktails and the
 * griffie's council report has cells of 10 or more. Four municipalities contribute their counts to
 * the pooled view. Every case is marked as synthetic in its title; nothing here is a real household.
 */
import type { DemoContext, DemoLoader, DemoOrgKey } from '../../demo/context';
import { insertSyntheticCases } from '../../cases/commands';
import { createTeam } from '../../accounts/commands';
import { addKnelpunt, escalate, recordDecision } from '../../escalation/commands';
import { listPots } from '../../budget/queries';
import { recordSpend } from '../../budget/commands';
import { mulberry32 } from '../../platform/random';
import { syntheticCases } from './synthetic';
import * as store from './store';

/**
 * Utrecht's synthetic cases sit in a team of their own with Ahmed as regisseur, so Sanne's own case
 * list (and the browser flows that count it) stays as the seed stories made it; its knelpunten there
 * are escalated but not decided (the first level's teamleider is of another team).
 */
const SPECS: Array<{ org: DemoOrgKey; professional: string; decider: string | null; n: number; seed: number; contributes: boolean; ownTeam?: { admin: string; name: string } }> = [
  { org: 'tilburg', professional: 'bram', decider: 'ineke', n: 200, seed: 855, contributes: true },
  { org: 'utrecht', professional: 'ahmed', decider: null, n: 100, seed: 344, contributes: true, ownTeam: { admin: 'beheer', name: 'Buurtteam synthetische demozaken' } },
  { org: 'zaanstad', professional: 'lotte', decider: 'kees', n: 40, seed: 479, contributes: true },
  { org: 'groningen', professional: 'wouter', decider: 'lonneke', n: 40, seed: 14, contributes: true },
  { org: 'denhaag', professional: 'daan', decider: null, n: 30, seed: 518, contributes: false },
];

const DOMAIN_REASON = 'Synthetische demozaak: score gegenereerd voor de patronen.';
const FIRST_NAMES = ['Sam', 'Noa', 'Levi', 'Mila', 'Daan', 'Yara', 'Finn', 'Lina', 'Jens', 'Saar'];

function addDaysIso(iso: string, n: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export const loadPatternsDemo: DemoLoader = async (ctx: DemoContext) => {
  const { tx, today } = ctx;
  const min = (a: string, b: string) => (a < b ? a : b);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  for (const spec of SPECS) {
    const base = ctx.actor(spec.professional);
    const prof = spec.ownTeam ? { ...base, teamId: (await createTeam(tx, ctx.actor(spec.ownTeam.admin), spec.ownTeam.name)).id } : base;
    const decider = spec.decider ? ctx.actor(spec.decider) : null;
    const rng = mulberry32(spec.seed);
    const synthetic = syntheticCases(spec.n, spec.seed, 0.3);
    const rows = synthetic.map((c, i) => {
      const escalated = c.knelpunten.some((k) => k.escalated);
      // Stuck without escalation: open long (110-330 days); otherwise any age, and the older ones closed.
      const daysAgo = c.stuck && !escalated ? 110 + Math.floor(rng() * 220) : Math.floor(rng() * 330);
      const openedOn = addDaysIso(today, -daysAgo);
      const name = FIRST_NAMES[i % FIRST_NAMES.length];
      const others = ['financien', 'huisvesting', 'werk_opleiding', 'sociaal_netwerk'].filter((d) => !c.problemDomains.includes(d as never));
      const closedOn = !c.stuck && daysAgo > 80 ? addDaysIso(openedOn, 20 + Math.floor(rng() * 50)) : null;
      return {
        householdName: `Huishouden synthetisch ${spec.org} ${i + 1}`,
        members: [
          { name: `${name} Demo-${spec.org}-${i}`, birthDate: `${1960 + Math.floor(rng() * 40)}-0${1 + Math.floor(rng() * 9)}-15`, role: 'aanvrager' as const },
          ...(c.hasChildren ? [{ name: `Kind Demo-${spec.org}-${i}`, birthDate: `${2010 + Math.floor(rng() * 14)}-0${1 + Math.floor(rng() * 9)}-10`, role: 'kind' as const }] : []),
        ],
        title: `Synthetische demozaak ${i + 1}`,
        summary: 'Gegenereerd voor de patronen en de raadsrapportage; geen echt huishouden.',
        openedOn,
        assessedOn: min(addDaysIso(openedOn, 3), today),
        scores: [...c.problemDomains.map((d) => ({ domain: d, score: 1 + Math.floor(rng() * 2), reason: DOMAIN_REASON })), ...others.map((d) => ({ domain: d, score: 3 + Math.floor(rng() * 3), reason: DOMAIN_REASON }))],
        closedOn,
        closeReason: closedOn ? 'Doelen bereikt (synthetische demozaak)' : null,
      };
    });
    const made = await insertSyntheticCases(tx, prof, rows);
    const tilburgPot = spec.org === 'tilburg' ? (await listPots(tx, ctx.actor('ineke'), {})).find((p) => p.name.startsWith('Maatwerkpotje huurachterstanden')) : undefined;
    let spends = 0;
    for (const [i, c] of synthetic.entries()) {
      const cs = made[i];
      const { assessedOn, openedOn, closedOn } = rows[i];
      for (const k of c.knelpunten) {
        const [law, ...article] = k.blockingLaw.split(' art. ');
        const row = await addKnelpunt(tx, prof, cs, { solutionNeeded: 'Synthetisch knelpunt voor de demo', blockingLaw: law, blockingArticle: article.length ? `art. ${article.join(' art. ')}` : '', blockingOrganisation: 'Demo-organisatie', type: k.type, toetsRuleGoal: 'Demo', toetsCounterproductive: 'Demo', toetsProportionate: 'Demo' }, assessedOn);
        if (!k.escalated) continue;
        const on = min(addDaysIso(assessedOn, 2 + Math.floor(rng() * 5)), today);
        const { step } = await escalate(tx, prof, row, { on });
        const decidedOn = addDaysIso(on, 1 + Math.floor(rng() * 20));
        if (decider && decidedOn <= today && rng() < 0.7) {
          await recordDecision(tx, decider, step.id, { outcome: rng() < 0.75 ? 'toegekend' : 'afgewezen', text: 'Synthetisch besluit voor de demo.', decidedOn }, today);
        }
      }
      // Tilburg: rent arrears and bridging paid from the maatwerkpotje, this year, on open cases.
      if (tilburgPot && spends < 36 && !closedOn && c.problemDomains.includes('financien') && openedOn >= yearStart) {
        await recordSpend(tx, prof, cs.id, { potId: tilburgPot.id, amountCents: 25_000 + Math.floor(rng() * 40) * 1_000, category: spends % 3 === 2 ? 'overbrugging' : 'huur_woonlasten', payee: 'Demo-verhuurder', spentOn: min(addDaysIso(openedOn, 5), today), description: 'Synthetische uitgave voor de demo', justification: 'Huisuitzetting voorkomen (synthetische demozaak).' });
        spends++;
      }
    }
    if (spec.contributes) await store.setContribution(tx, prof.organisationId, true, ctx.users[spec.decider ?? spec.professional]);
  }
};
