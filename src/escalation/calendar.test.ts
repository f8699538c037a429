// SPDX-License-Identifier: EUPL-1.2
/** The organisation's escalation calendar (issue 16): own non-working days count in deadlines; If-Match guards ladder and calendar. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, makeTestApp, type TestApp } from '../platform/testing';
import { addWorkingDays } from './workdays';
import { nonWorkingDaysProblem } from './model';

describe('nonWorkingDaysProblem', () => {
  const cal = { bevrijdingsdagIsHoliday: true };
  it('accepts working days once', () => {
    expect(nonWorkingDaysProblem([{ date: '2026-12-28', name: 'Sluitingsdag' }, { date: '2026-12-29', name: 'Sluitingsdag' }], cal)).toBeNull();
  });
  it('refuses a doubled date, a weekend day and a public holiday, in Dutch with the date', () => {
    expect(nonWorkingDaysProblem([{ date: '2026-12-28', name: 'A' }, { date: '2026-12-28', name: 'B' }], cal)).toEqual({ field: 'nonWorkingDays.1.date', problem: '28 december 2026 staat er al in' });
    expect(nonWorkingDaysProblem([{ date: '2026-12-27', name: 'Zondag' }], cal)?.problem).toBe('27 december 2026 valt in het weekend en telt al niet als werkdag');
    expect(nonWorkingDaysProblem([{ date: '2026-12-25', name: 'Kerst' }], cal)?.problem).toBe('25 december 2026 is al een feestdag (Eerste Kerstdag) en telt al niet als werkdag');
    // Bevrijdingsdag 2026 is a Tuesday: a day of its own only when the calendar does not already count it.
    expect(nonWorkingDaysProblem([{ date: '2026-05-05', name: 'Vrij' }], cal)?.field).toBe('nonWorkingDays.0.date');
    expect(nonWorkingDaysProblem([{ date: '2026-05-05', name: 'Vrij' }], { bevrijdingsdagIsHoliday: false })).toBeNull();
  });
  it('skips own days in a deadline', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-28');
    expect(addWorkingDays('2026-12-24', 1, { bevrijdingsdagIsHoliday: true, ownDays: ['2026-12-28', '2026-12-29'] })).toBe('2026-12-30');
  });
});

describe.each(DB_KINDS)('escalation calendar API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp(kind);
  });
  afterAll(async () => t?.close());
  const levels = [{ name: 'Eigen team', deadlineWorkingDays: 2, deciderRole: 'teamleider' }];

  it('sets the ladder with If-Match, refuses a stale one, then the calendar; deadlines skip the own days', async () => {
    const admin = await t.as('admin');
    const g = await admin.get('/escalation-ladder');
    expect(g.status).toBe(200);
    const v0 = g.body.version;
    expect(g.headers.get('etag')).toBe(`"${v0}"`);
    const set = await admin.put('/escalation-ladder', { levels, bevrijdingsdagIsHoliday: true }, { 'If-Match': `"${v0}"` });
    expect(set.status).toBe(200);
    expect(set.body.version).toBe(v0 + 1);
    expect(set.body.levels.map((l: { deadlineWorkingDays: number }) => l.deadlineWorkingDays)).toEqual([2]);
    const stale = await admin.put('/escalation-ladder', { levels: [{ ...levels[0], deadlineWorkingDays: 3 }] }, { 'If-Match': `"${v0}"` });
    expect(stale.status).toBe(412);
    const v1 = set.body.version;

    const prof = await t.as('professional');
    expect((await prof.put('/escalation-calendar', { bevrijdingsdagIsHoliday: true, nonWorkingDays: [] })).status).toBe(403);
    expect((await admin.put('/escalation-calendar', { bevrijdingsdagIsHoliday: true, nonWorkingDays: [] })).status).toBe(428);
    const bad = await admin.put('/escalation-calendar', { bevrijdingsdagIsHoliday: true, nonWorkingDays: [{ date: '2026-12-26', name: 'Kerst' }] }, { 'If-Match': `"${v1}"` });
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams).toEqual([expect.objectContaining({ name: 'nonWorkingDays.0.date', reason: expect.stringContaining('26 december 2026 valt in het weekend') })]);
    const noName = await admin.put('/escalation-calendar', { bevrijdingsdagIsHoliday: true, nonWorkingDays: [{ date: '2026-12-28' }] }, { 'If-Match': `"${v1}"` });
    expect(noName.status).toBe(400);
    expect(noName.body.invalidParams[0].name).toBe('nonWorkingDays.0.name');
    const ok = await admin.put('/escalation-calendar', { bevrijdingsdagIsHoliday: true, nonWorkingDays: [{ date: '2026-12-29', name: 'Sluitingsdag' }, { date: '2026-12-28', name: 'Sluitingsdag' }] }, { 'If-Match': `"${v1}"` });
    expect(ok.status).toBe(200);
    expect(ok.body.nonWorkingDays).toEqual([{ date: '2026-12-28', name: 'Sluitingsdag' }, { date: '2026-12-29', name: 'Sluitingsdag' }]);
    expect(ok.body.version).toBe(v1 + 1);
    expect((await admin.put('/escalation-calendar', { bevrijdingsdagIsHoliday: true, nonWorkingDays: [] }, { 'If-Match': `"${v1}"` })).status).toBe(412);
    const d = await admin.get('/working-days/deadline?from=2026-12-24&days=1');
    expect(d.body.deadline).toBe('2026-12-30');
    // The ladder and the calendar share one version: a ladder read before the calendar changed is stale.
    expect((await admin.put('/escalation-ladder', { levels }, { 'If-Match': `"${v1}"` })).status).toBe(412);
    // Setting the ladder keeps the own days.
    const again = await admin.put('/escalation-ladder', { levels, bevrijdingsdagIsHoliday: true }, { 'If-Match': `"${v1 + 1}"` });
    expect(again.body.nonWorkingDays).toHaveLength(2);
  });
});
