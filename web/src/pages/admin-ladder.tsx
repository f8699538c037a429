// SPDX-License-Identifier: EUPL-1.2
/**
 * Beheer › Escalatieladder en kalender (issue 16): the organisation's ladder (levels in order, each
 * with a deadline in working days and who decides) and its working-day calendar (Bevrijdingsdag and
 * the organisation's own non-working days). Both are saved with If-Match on their shared version;
 * a save is confirmed in a message that takes focus.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, type Organisation, type Schemas } from '../api/client';
import { useSession } from '../app';
import { formatDate } from '../format';
import { Alert, ButtonGroup, CheckboxField, ErrorSummary, H2, H3, Loading, P, PrimaryButton, SecondaryButton, SelectField, Table, Td, TextField, useFormId, useSubmit } from '../ui';

type Ladder = Schemas['EscalationLadder'];
const ROLE_CHOICES: Array<[string, string]> = [
  ['teamleider', 'Teamleider (eigen organisatie)'],
  ['doorbraaktafel', 'Doorbraaktafel (eigen organisatie)'],
  ['budgethouder', 'Budgethouder (eigen organisatie)'],
];

/** A confirmation that takes focus, so a keyboard or screen-reader user hears that the save worked. */
export function SavedNotice({ children }: { children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="mw-confirm">
      <Alert type="ok" live>
        {children}
      </Alert>
    </div>
  );
}

export function LadderTab() {
  const [ladder, setLadder] = useState<Ladder | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [orgs, setOrgs] = useState<Organisation[]>([]);
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState<{ message: string; form: 'ladder' | 'kalender' } | null>(null);
  const load = useCallback(() => {
    api.get('/escalation-ladder').then((r) => setLadder(r.data), (e) => e instanceof ApiError && setError(e));
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    api.get('/organisations').then((r) => setOrgs(r.data.items), () => {});
  }, []);
  if (error) return <Alert type="error">{error.message}</Alert>;
  if (!ladder) return <Loading what="De escalatieladder" />;
  // The forms start afresh from the saved ladder (new key); the confirmation lives here, so it stays.
  const changed = (l: Ladder, message: string) => {
    setLadder(l);
    setRound((n) => n + 1);
    setSaved({ message, form: message.startsWith('De escalatieladder') ? 'ladder' : 'kalender' });
  };
  return (
    <section aria-labelledby="ladder">
      <H2 id="ladder">Escalatieladder en kalender</H2>
      <P className="mw-muted">Langs deze treden gaat een knelpunt omhoog. Per trede staat hoeveel werkdagen er zijn voor een besluit; weekends, feestdagen en de eigen vrije dagen van de kalender tellen niet mee.</P>
      {saved?.form === 'ladder' && <SavedNotice key={`ok-${round}`}>{saved.message}</SavedNotice>}
      <LadderForm key={`ladder-${round}`} ladder={ladder} orgs={orgs} onSaved={changed} onReload={load} />
      {saved?.form === 'kalender' && <SavedNotice key={`ok-${round}`}>{saved.message}</SavedNotice>}
      <CalendarForm key={`kalender-${round}`} ladder={ladder} onSaved={changed} onReload={load} />
    </section>
  );
}

interface LevelDraft {
  id?: string;
  name: string;
  days: string;
  decider: string; // 'rol:teamleider' or 'org:<id>'
}

function LadderForm({ ladder, orgs, onSaved, onReload }: { ladder: Ladder; orgs: Organisation[]; onSaved: (l: Ladder, message: string) => void; onReload: () => void }) {
  const form = useFormId('ladder');
  const { me } = useSession();
  const [levels, setLevels] = useState<LevelDraft[]>(
    ladder.levels.map((l) => ({ id: l.id, name: l.name, days: String(l.deadlineWorkingDays), decider: l.deciderOrganisationId ? `org:${l.deciderOrganisationId}` : `rol:${l.deciderRole ?? 'teamleider'}` })),
  );
  const [local, setLocal] = useState<Array<{ name: string; reason: string }>>([]);
  const { busy, error, run, err } = useSubmit();
  const set = (i: number, patch: Partial<LevelDraft>) => setLevels(levels.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const own = me.organisation.id;
  const deciderOptions = [...ROLE_CHOICES.map(([v, l]) => ({ value: `rol:${v}`, label: l })), ...orgs.filter((o) => o.id !== own).map((o) => ({ value: `org:${o.id}`, label: `${o.name} (andere organisatie)` }))];
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    // Ask for what is missing before sending: a deadline is a whole number of working days.
    const missing = levels.flatMap((l, i) => (/^\d{1,3}$/.test(l.days.trim()) ? [] : [{ name: `levels.${i}.deadlineWorkingDays`, reason: 'vul het aantal werkdagen in (een heel getal, 0 is dezelfde werkdag)' }]));
    setLocal(missing);
    if (missing.length) return;
    const body = {
      bevrijdingsdagIsHoliday: ladder.bevrijdingsdagIsHoliday,
      levels: levels.map((l) => ({
        ...(l.id ? { id: l.id } : {}),
        name: l.name.trim(),
        deadlineWorkingDays: Number(l.days),
        ...(l.decider.startsWith('org:') ? { deciderOrganisationId: l.decider.slice(4) } : { deciderRole: l.decider.slice(4) as 'teamleider' }),
      })),
    };
    const r = await run(() => api.put('/escalation-ladder', { body, ifMatch: ladder.version }));
    if (r) onSaved(r.data, `De escalatieladder is opgeslagen: ${r.data.levels.map((l) => `${l.name} (${l.deadlineWorkingDays} ${l.deadlineWorkingDays === 1 ? 'werkdag' : 'werkdagen'})`).join(', ')}.`);
  };
  const labels = Object.fromEntries(levels.flatMap((l, i) => [[`levels.${i}.name`, `Trede ${i + 1}: naam`], [`levels.${i}.deadlineWorkingDays`, `Trede ${i + 1}: termijn in werkdagen`], [`levels.${i}.deciderRole`, `Trede ${i + 1}: wie beslist`], [`levels.${i}.deciderOrganisationId`, `Trede ${i + 1}: wie beslist`], [`levels.${i}.id`, `Trede ${i + 1}`]]));
  const localError = local.length ? new ApiError(400, { title: 'Controleer de velden', invalidParams: local }) : null;
  const fieldErr = (name: string) => local.find((f) => f.name === name)?.reason ?? err(name);
  return (
    <form onSubmit={submit} noValidate className="mw-card" aria-labelledby={`${form}-kop`}>
      <H3 id={`${form}-kop`}>Treden van de ladder</H3>
      <ErrorSummary form={form} error={localError ?? error} labels={{ ...labels, levels: 'Treden' }} conflictWhat="de ladder" />
      {error?.isConflict && (
        <ButtonGroup>
          <SecondaryButton onClick={onReload}>Nieuwste versie laden</SecondaryButton>
        </ButtonGroup>
      )}
      <ol className="mw-plain-list">
        {levels.map((l, i) => (
          <li key={l.id ?? `nieuw-${i}`} className="mw-card">
            <fieldset className="utrecht-form-fieldset">
              <legend className="utrecht-form-fieldset__legend">Trede {i + 1}</legend>
              <div className="mw-row">
                <TextField form={form} name={`levels.${i}.name`} label="Naam van de trede" value={l.name} maxLength={120} onChange={(e) => set(i, { name: e.target.value })} error={fieldErr(`levels.${i}.name`)} />
                <TextField form={form} name={`levels.${i}.deadlineWorkingDays`} label="Termijn in werkdagen" description="0 is dezelfde werkdag" inputMode="numeric" value={l.days} maxLength={3} onChange={(e) => set(i, { days: e.target.value })} error={fieldErr(`levels.${i}.deadlineWorkingDays`)} />
                <SelectField form={form} name={`levels.${i}.deciderRole`} label="Wie beslist" value={l.decider} onChange={(e) => set(i, { decider: e.target.value })} error={err(`levels.${i}.deciderRole`) ?? err(`levels.${i}.deciderOrganisationId`)} options={deciderOptions} />
              </div>
              {levels.length > 1 && (
                <SecondaryButton onClick={() => setLevels(levels.filter((_, j) => j !== i))}>
                  Trede verwijderen<span className="mw-visually-hidden"> {l.name || i + 1}</span>
                </SecondaryButton>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <ButtonGroup>
        {levels.length < 12 && <SecondaryButton onClick={() => setLevels([...levels, { name: '', days: '', decider: 'rol:doorbraaktafel' }])}>Trede toevoegen</SecondaryButton>}
        <PrimaryButton busy={busy} disabled={busy}>
          Ladder opslaan
        </PrimaryButton>
      </ButtonGroup>
    </form>
  );
}

function CalendarForm({ ladder, onSaved, onReload }: { ladder: Ladder; onSaved: (l: Ladder, message: string) => void; onReload: () => void }) {
  const form = useFormId('kalender');
  const [bevrijdingsdag, setBevrijdingsdag] = useState(ladder.bevrijdingsdagIsHoliday);
  const [days, setDays] = useState(ladder.nonWorkingDays);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [local, setLocal] = useState<Array<{ name: string; reason: string }>>([]);
  const { busy, error, run, err } = useSubmit();
  const save = async (next: Array<{ date: string; name: string }>, what: string) => {
    const r = await run(() => api.put('/escalation-calendar', { body: { bevrijdingsdagIsHoliday: bevrijdingsdag, nonWorkingDays: next }, ifMatch: ladder.version }));
    if (r) onSaved(r.data, what);
  };
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    const missing = [...(date ? [] : [{ name: 'date', reason: 'vul een datum in' }]), ...(name.trim() ? [] : [{ name: 'name', reason: 'vul in waarom deze dag niet telt, bijvoorbeeld "Sluitingsdag"' }])];
    setLocal(missing);
    if (missing.length) return;
    await save([...days, { date, name: name.trim() }], `${formatDate(date)} (${name.trim()}) telt niet meer als werkdag. De kalender is opgeslagen.`);
  };
  // The server names the new day as the last in the list it was sent.
  const at = days.length;
  const fieldErr = (f: string) => local.find((x) => x.name === f)?.reason ?? err(`nonWorkingDays.${at}.${f}`);
  const serverFields = error ? new ApiError(error.status, { title: error.title, detail: error.message, code: error.code, invalidParams: error.fields.map((f) => ({ name: f.name.replace(`nonWorkingDays.${at}.`, ''), reason: f.reason })) }) : null;
  const localError = local.length ? new ApiError(400, { title: 'Controleer de velden', invalidParams: local }) : null;
  return (
    <section className="mw-card" aria-labelledby={`${form}-kop`}>
      <H3 id={`${form}-kop`}>Kalender: dagen die niet als werkdag tellen</H3>
      <P className="mw-muted">Weekends en de feestdagen tellen nooit mee. Voeg hier de eigen vrije dagen van de organisatie toe, zoals een sluitingsdag.</P>
      <ErrorSummary form={form} error={localError ?? serverFields} labels={{ date: 'Datum', name: 'Omschrijving', bevrijdingsdagIsHoliday: 'Bevrijdingsdag', nonWorkingDays: 'Eigen vrije dagen' }} conflictWhat="de kalender" />
      {error?.isConflict && (
        <ButtonGroup>
          <SecondaryButton onClick={onReload}>Nieuwste versie laden</SecondaryButton>
        </ButtonGroup>
      )}
      <CheckboxField form={form} name="bevrijdingsdagIsHoliday" label="Bevrijdingsdag (5 mei) telt niet als werkdag" checked={bevrijdingsdag} onChange={setBevrijdingsdag} />
      {bevrijdingsdag !== ladder.bevrijdingsdagIsHoliday && (
        <ButtonGroup>
          <PrimaryButton busy={busy} disabled={busy} onClick={() => save(days, bevrijdingsdag ? 'Bevrijdingsdag telt voortaan niet als werkdag. De kalender is opgeslagen.' : 'Bevrijdingsdag telt voortaan als werkdag. De kalender is opgeslagen.')}>
            Bevrijdingsdag opslaan
          </PrimaryButton>
        </ButtonGroup>
      )}
      {days.length === 0 ? (
        <P>Er zijn nog geen eigen vrije dagen.</P>
      ) : (
        <Table caption="Eigen vrije dagen" head={['Datum', 'Omschrijving', 'Verwijderen']}>
          {days.map((d) => (
            <tr key={d.date} className="utrecht-table__row">
              <Td>{formatDate(d.date)}</Td>
              <Td>{d.name}</Td>
              <Td>
                <SecondaryButton
                  disabled={busy}
                  onClick={() => {
                    const next = days.filter((x) => x.date !== d.date);
                    setDays(next);
                    void save(next, `${formatDate(d.date)} telt weer als werkdag. De kalender is opgeslagen.`);
                  }}
                >
                  Verwijderen<span className="mw-visually-hidden"> {formatDate(d.date)}</span>
                </SecondaryButton>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <form onSubmit={add} noValidate aria-label="Vrije dag toevoegen" className="mw-inline-form">
        <TextField form={form} name="date" label="Datum" type="date" value={date} onChange={(e) => setDate(e.target.value)} error={fieldErr('date')} />
        <TextField form={form} name="name" label="Omschrijving" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} error={fieldErr('name')} />
        <div className="mw-field">
          <PrimaryButton busy={busy} disabled={busy}>
            Vrije dag toevoegen
          </PrimaryButton>
        </div>
      </form>
      <details>
        <summary className="utrecht-link">Feestdagen van dit en volgend jaar</summary>
        <ul className="utrecht-unordered-list">
          {ladder.holidays.map((h) => (
            <li key={h.date} className="utrecht-unordered-list__item">
              {formatDate(h.date)}: {h.name}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
