// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { acceptanceFor, applyHandoverEdits, backdateProblem, claimsPerFunder, correctionClaims, correctionEntries, levelFigures, median, netShares, percentile, settlementBlockedReason, sharesLine } from './model';

describe('funder acceptance', () => {
  it('is needed only when another organisation pays up front, and blocks the settlement until given', () => {
    expect(acceptanceFor('a', 'a')).toBe('niet_nodig');
    expect(acceptanceFor('mitros', 'loket')).toBe('gevraagd');
    expect(settlementBlockedReason('gevraagd')).toMatch(/nog niet geaccepteerd/);
    expect(settlementBlockedReason('geweigerd')).toMatch(/geweigerd/);
    expect(settlementBlockedReason('geaccepteerd')).toBeNull();
    expect(settlementBlockedReason('niet_nodig')).toBeNull();
  });
});

describe('the settlement ledger', () => {
  it('corrects by reversing what stands and booking the new shares; the net is the new shares', () => {
    const current = [{ funder: 'wmo', amountCents: 300 }, { funder: 'corp', amountCents: 150 }];
    const lines = correctionEntries(current, [{ funder: 'wmo', amountCents: 250 }, { funder: 'wlz', amountCents: 200 }], 2);
    expect(lines).toEqual([
      { entryNo: 2, kind: 'tegenboeking', funder: 'wmo', amountCents: -300 }, { entryNo: 2, kind: 'tegenboeking', funder: 'corp', amountCents: -150 },
      { entryNo: 3, kind: 'correctie', funder: 'wmo', amountCents: 250 }, { entryNo: 3, kind: 'correctie', funder: 'wlz', amountCents: 200 },
    ]);
    expect(netShares([...current, ...lines])).toEqual([{ funder: 'wmo', amountCents: 250 }, { funder: 'wlz', amountCents: 200 }]);
  });

  it('adds difference claims (either way), never changes the old ones', () => {
    const existing = [{ creditor: 'corp', debtor: 'wmo', amountCents: 300_000 }];
    expect(correctionClaims('corp', existing, [{ funder: 'corp', amountCents: 200_000 }, { funder: 'wmo', amountCents: 250_000 }]).map((c) => [c.creditor, c.debtor, c.amountCents])).toEqual([['wmo', 'corp', 50_000]]);
    expect(correctionClaims('corp', existing, [{ funder: 'wmo', amountCents: 350_000 }, { funder: 'wlz', amountCents: 10_000 }]).map((c) => [c.creditor, c.debtor, c.amountCents])).toEqual([['corp', 'wmo', 50_000], ['corp', 'wlz', 10_000]]);
    expect(correctionClaims('corp', existing, [{ funder: 'wmo', amountCents: 300_000 }])).toEqual([]);
    expect(correctionClaims('corp', existing, [{ funder: 'wmo', amountCents: 250_000 }])[0].explanation).toBe('correctie: corp betaalt € 500,00 terug aan wmo, dat eerder te veel verschuldigd was');
  });

  it('writes money in euros and sums open claims per funder', () => {
    expect(sharesLine([{ funder: 'wlz', amountCents: 200_000 }], { wlz: 'Wlz (zorgkantoor)' })).toBe('Wlz (zorgkantoor): € 2.000,00');
    expect(claimsPerFunder([
      { creditor: 'a', debtor: 'b', amountCents: 100, status: 'open' },
      { creditor: 'a', debtor: 'c', amountCents: 50, status: 'gesloten' },
    ])).toEqual([
      { funder: 'a', owedToItCents: 100, owedByItCents: 0, open: 1, closed: 1 },
      { funder: 'b', owedToItCents: 0, owedByItCents: 100, open: 1, closed: 0 },
      { funder: 'c', owedToItCents: 0, owedByItCents: 0, open: 0, closed: 1 },
    ]);
  });
});

describe('backdating', () => {
  const today = '2026-03-10';
  it('needs a reason, stays within two years and never lies in the future', () => {
    expect(backdateProblem('on', undefined, today, undefined)).toBeNull();
    expect(backdateProblem('on', today, today, undefined)).toBeNull();
    expect(backdateProblem('on', '2026-03-11', today, 'reden genoeg')).toEqual({ field: 'on', problem: 'mag niet in de toekomst liggen' });
    expect(backdateProblem('on', '2026-02-01', today, ' ')?.field).toBe('backdateReason');
    expect(backdateProblem('on', '2024-03-10', today, 'overgezet')).toBeNull(); // 730 days
    expect(backdateProblem('on', '2024-03-09', today, 'overgezet')?.field).toBe('on');
  });
});

describe('figures', () => {
  it('median, nearest-rank p90 and the share within the deadline per level, lowest level first', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 10])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([7], 90)).toBe(7);
    const f = levelFigures([
      { levelName: 'Loket', position: 2, knelpuntCreatedOn: '2026-01-01', escalatedOn: '2026-01-05', decidedOn: '2026-02-26', deadline: '2026-01-19' },
      { levelName: 'Tafel', position: 1, knelpuntCreatedOn: '2026-01-01', escalatedOn: '2026-01-02', decidedOn: '2026-01-05', deadline: '2026-01-09' },
      { levelName: 'Tafel', position: 1, knelpuntCreatedOn: '2026-01-01', escalatedOn: '2026-01-02', decidedOn: '2026-01-12', deadline: '2026-01-09' },
    ]);
    expect(f.map((x) => [x.levelName, x.decided, x.medianDays, x.p90Days, x.withinDeadline, x.withinDeadlinePct])).toEqual([['Tafel', 2, 7.5, 11, 1, 50], ['Loket', 1, 56, 56, 0, 0]]);
  });
});

describe('hand-over edits', () => {
  it('puts the edited text in place without touching the original', () => {
    const c = { knelpunt: { solutionNeeded: 'a', type: 'x' }, escalation: { reason: 'r' } };
    expect(applyHandoverEdits(c, { solutionNeeded: 'b', reason: 's' })).toEqual({ knelpunt: { solutionNeeded: 'b', type: 'x' }, escalation: { reason: 's' } });
    expect(c.knelpunt.solutionNeeded).toBe('a');
  });
});
