// SPDX-License-Identifier: EUPL-1.2
/**
 * What the budgethouder manages on the budget pages: a pot (new, or changed with If-Match, also a
 * joint fund with a second funder and its split rule), the mandates per role or per employee (list,
 * set, change, end), one spend with its history (correct or cancel with a reason), and the
 * downloads (the status, all spends, the settlement per funder).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { euroInput, formatDate, formatDateTime, formatEuro, parseEuro } from '../format';
import { Alert, ButtonGroup, CheckboxField, ErrorSummary, Facts, H2, H3, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, Table, Td, TextAreaField, TextField, fieldId, useFormId, useSubmit } from '../ui';

type Pot = Schemas['BudgetPot'];
type Mandate = Schemas['BudgetMandate'];
type SpendDetail = Schemas['BudgetSpendDetail'];
type Category = { key: string; label: string };

const localError = (fields: Array<{ name: string; reason: string }>) => new ApiError(400, { title: 'Ongeldige invoer', detail: fields.map((f) => `${f.name}: ${f.reason}`).join('; '), invalidParams: fields });
/** Euros typed by a person → eurocents; a missing or unreadable amount is named for its field. */
function euros(text: string, field: string, fields: Array<{ name: string; reason: string }>): number | null {
  if (!text.trim()) {
    fields.push({ name: field, reason: 'vul een bedrag in, zoals 1.500' });
    return null;
  }
  const c = parseEuro(text);
  if (c === null) fields.push({ name: field, reason: 'is geen bedrag; schrijf het zoals 1.234,56' });
  return c;
}
function percent(text: string, field: string, fields: Array<{ name: string; reason: string }>): number | null {
  const t = text.replace(/%|\s/g, '');
  if (!t) {
    fields.push({ name: field, reason: 'vul een percentage in, zoals 50' });
    return null;
  }
  if (!/^\d{1,3}$/.test(t) || Number(t) > 100) {
    fields.push({ name: field, reason: 'is geen heel percentage van 0 tot en met 100' });
    return null;
  }
  return Number(t);
}

/** Opening an inline form puts the focus on its first field. */
function useFocus(form: string, name: string) {
  useEffect(() => document.getElementById(fieldId(form, name))?.focus(), [form, name]);
}

export function useCategories(): Category[] {
  const [cats, setCats] = useState<Category[]>([]);
  useEffect(() => {
    api.get('/budget-categories').then((r) => setCats(r.data.items), () => setCats([]));
  }, []);
  return cats;
}

function CategoryBoxes({ form, name, legend, description, all, chosen, onChange, error }: { form: string; name: string; legend: string; description?: string; all: Category[]; chosen: string[]; onChange: (c: string[]) => void; error?: string }) {
  const id = fieldId(form, name);
  return (
    <fieldset id={id} tabIndex={-1} className={`utrecht-form-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`} aria-describedby={error ? `${id}-fout` : undefined}>
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      {description && <P className="mw-muted">{description}</P>}
      {error && (
        <p id={`${id}-fout`} className="utrecht-form-field-error-message">
          {error}
        </p>
      )}
      {all.map((c) => (
        <CheckboxField key={c.key} form={form} name={`${name}-${c.key}`} label={c.label} checked={chosen.includes(c.key)} onChange={(on) => onChange(on ? [...chosen, c.key] : chosen.filter((x) => x !== c.key))} />
      ))}
    </fieldset>
  );
}

// ---- a pot: new or changed ----------------------------------------------------------------------------

const POT_LABELS: Record<string, string> = {
  name: 'Naam',
  goal: 'Doel',
  periodStart: 'Begindatum',
  periodEnd: 'Einddatum',
  amountCents: 'Bedrag',
  categories: 'Categorieën',
  status: 'Status',
  coFunderName: 'Tweede financier',
  'coFunder.name': 'Tweede financier',
  splitPercent: 'Aandeel tweede financier',
  'coFunder.splitRule.coFunderPercent': 'Aandeel tweede financier',
  'splitRule.coFunderPercent': 'Aandeel tweede financier',
  splitDefault: 'Aandeel in de overige categorieën',
  'coFunder.splitRule.defaultPercent': 'Aandeel in de overige categorieën',
  'splitRule.defaultPercent': 'Aandeel in de overige categorieën',
  splitRule: 'Verdeelregel',
};

/**
 * A pot's form. New: everything, optionally with a second funder and a split rule (one percentage,
 * or per category with a default). Changed: name, goal, amount, categories, below zero, open or
 * closed, and for a joint fund the second funder's name and split rule; only what changed is sent,
 * with If-Match.
 */
export function PotForm({ pot, onSaved, onCancel }: { pot?: Pot; onSaved: (p: Pot) => void; onCancel: () => void }) {
  const form = useFormId(pot ? 'budget-wijzigen' : 'budget-nieuw');
  const all = useCategories();
  const year = new Date().getFullYear();
  const rule = pot?.splitRule;
  const init = {
    name: pot?.name ?? '',
    goal: pot?.goal ?? '',
    periodStart: pot?.periodStart ?? `${year}-01-01`,
    periodEnd: pot?.periodEnd ?? `${year}-12-31`,
    amount: pot ? euroInput(pot.amountCents) : '',
    categories: pot?.categories ?? [],
    allowNegative: pot?.allowNegative ?? false,
    status: pot?.status ?? 'actief',
    joint: !!pot?.coFunderName,
    coFunderName: pot?.coFunderName ?? '',
    splitKind: rule?.kind ?? 'percentage',
    splitPercent: rule?.kind === 'percentage' ? String(rule.coFunderPercent) : '',
    splitDefault: rule?.kind === 'per_categorie' ? String(rule.defaultPercent) : '0',
    splitByCategory: rule?.kind === 'per_categorie' ? Object.fromEntries(Object.entries(rule.coFunderPercentByCategory).map(([k, v]) => [k, String(v)])) : ({} as Record<string, string>),
  };
  const [v, setV] = useState(init);
  const { busy, error, setError, run, err } = useSubmit();
  useFocus(form, 'name');
  const splitFieldOf = (k: string) => `splitByCategory.${k}`;

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const fields: Array<{ name: string; reason: string }> = [];
    const amountCents = euros(v.amount, 'amountCents', fields);
    if (!v.categories.length) fields.push({ name: 'categories', reason: 'kies minstens één categorie' });
    let splitRule: Schemas['BudgetSplitRule'] | undefined;
    if (v.joint) {
      if (!v.coFunderName.trim()) fields.push({ name: 'coFunderName', reason: 'vul de naam van de tweede financier in' });
      if (v.splitKind === 'percentage') {
        const p = percent(v.splitPercent, 'splitPercent', fields);
        if (p !== null) splitRule = { kind: 'percentage', coFunderPercent: p };
      } else {
        const byCat: Record<string, number> = {};
        for (const k of v.categories) {
          const t = v.splitByCategory[k]?.trim();
          if (!t) continue;
          const p = percent(t, splitFieldOf(k), fields);
          if (p !== null) byCat[k] = p;
        }
        const d = percent(v.splitDefault, 'splitDefault', fields);
        if (d !== null) splitRule = { kind: 'per_categorie', coFunderPercentByCategory: byCat, defaultPercent: d };
      }
    }
    if (fields.length) return setError(localError(fields));
    if (!pot) {
      const r = await run(() =>
        api.post('/budget-pots', {
          body: {
            name: v.name, goal: v.goal, periodStart: v.periodStart, periodEnd: v.periodEnd, amountCents: amountCents!, categories: v.categories as never, allowNegative: v.allowNegative,
            ...(v.joint && splitRule ? { coFunder: { name: v.coFunderName.trim(), splitRule } } : {}),
          },
        }),
      );
      if (r) onSaved(r.data);
      return;
    }
    const patch: Record<string, unknown> = {};
    if (v.name !== init.name) patch.name = v.name;
    if (v.goal !== init.goal) patch.goal = v.goal;
    if (amountCents !== pot.amountCents) patch.amountCents = amountCents;
    if ([...v.categories].sort().join() !== [...init.categories].sort().join()) patch.categories = v.categories;
    if (v.allowNegative !== init.allowNegative) patch.allowNegative = v.allowNegative;
    if (v.status !== init.status) patch.status = v.status;
    if (init.joint && v.coFunderName.trim() !== init.coFunderName) patch.coFunderName = v.coFunderName.trim();
    if (init.joint && splitRule && JSON.stringify(splitRule) !== JSON.stringify(rule)) patch.splitRule = splitRule;
    if (!Object.keys(patch).length) return setError(new ApiError(400, { title: 'Niets gewijzigd', detail: 'U heeft niets gewijzigd aan het budget.' }));
    const r = await run(() => api.patch('/budget-pots/{id}', { path: { id: pot.id }, body: patch as never, ifMatch: pot.version }));
    if (r) onSaved(r.data);
  };
  // The API names fields of the split rule by their place in the body; the form shows them at its own fields.
  const apiErr = (...names: string[]) => names.map((n) => err(n)).find(Boolean);
  const labels = { ...POT_LABELS, ...Object.fromEntries(all.map((c) => [splitFieldOf(c.key), `Aandeel voor ${c.label}`])), ...Object.fromEntries(all.map((c) => [`splitRule.coFunderPercentByCategory.${c.key}`, `Aandeel voor ${c.label}`])) };
  return (
    <form onSubmit={save} noValidate aria-label={pot ? 'Budget wijzigen' : 'Nieuw budget'} className="mw-card">
      <H3>{pot ? 'Budget wijzigen' : 'Nieuw budget'}</H3>
      <ErrorSummary form={form} error={error} labels={labels} conflictWhat="dit budget" />
      <TextField form={form} name="name" label="Naam" value={v.name} maxLength={120} onChange={(e) => setV({ ...v, name: e.target.value })} error={err('name')} />
      <TextAreaField form={form} name="goal" label="Doel" description="Waarvoor is dit budget? Dit is de maat bij de steekproef achteraf." value={v.goal} maxLength={1000} onChange={(e) => setV({ ...v, goal: e.target.value })} error={err('goal')} />
      <div className="mw-grid-2">
        {!pot && <TextField form={form} name="periodStart" label="Begindatum" type="date" value={v.periodStart} onChange={(e) => setV({ ...v, periodStart: e.target.value })} error={err('periodStart')} />}
        {!pot && <TextField form={form} name="periodEnd" label="Einddatum" type="date" value={v.periodEnd} onChange={(e) => setV({ ...v, periodEnd: e.target.value })} error={err('periodEnd')} />}
        <TextField form={form} name="amountCents" label="Bedrag in euro" description="Bijvoorbeeld 50.000" inputMode="decimal" value={v.amount} maxLength={16} onChange={(e) => setV({ ...v, amount: e.target.value })} error={err('amountCents')} />
        {pot && (
          <SelectField form={form} name="status" label="Status" value={v.status} onChange={(e) => setV({ ...v, status: e.target.value as 'actief' })} error={err('status')} options={[{ value: 'actief', label: 'Actief: er kan uit worden uitgegeven' }, { value: 'gesloten', label: 'Gesloten: geen nieuwe uitgaven meer' }]} />
        )}
      </div>
      <CategoryBoxes form={form} name="categories" legend="Categorieën" description="Waarvoor mag uit dit budget worden uitgegeven?" all={all} chosen={v.categories} onChange={(c) => setV({ ...v, categories: c })} error={apiErr('categories', ...v.categories.map((_, i) => `categories.${i}`))} />
      <CheckboxField form={form} name="allowNegative" label="Het budget mag onder nul komen" checked={v.allowNegative} onChange={(on) => setV({ ...v, allowNegative: on })} />
      {!pot && <CheckboxField form={form} name="joint" label="Gezamenlijk fonds met een tweede financier (bijvoorbeeld een zorgverzekeraar)" checked={v.joint} onChange={(on) => setV({ ...v, joint: on })} />}
      {v.joint && (
        <fieldset className="utrecht-form-fieldset mw-card">
          <legend className="utrecht-form-fieldset__legend">Tweede financier en verdeelregel</legend>
          <TextField form={form} name="coFunderName" label="Naam van de tweede financier" value={v.coFunderName} maxLength={160} onChange={(e) => setV({ ...v, coFunderName: e.target.value })} error={apiErr('coFunderName', 'coFunder.name')} />
          <SelectField form={form} name="splitKind" label="Hoe worden de uitgaven verdeeld?" value={v.splitKind} onChange={(e) => setV({ ...v, splitKind: e.target.value as 'percentage' })} options={[{ value: 'percentage', label: 'Eén percentage voor alle uitgaven' }, { value: 'per_categorie', label: 'Een percentage per categorie' }]} />
          {v.splitKind === 'percentage' ? (
            <TextField form={form} name="splitPercent" label="Aandeel van de tweede financier in procenten" description="Bijvoorbeeld 50; uw organisatie betaalt de rest" inputMode="numeric" value={v.splitPercent} maxLength={4} onChange={(e) => setV({ ...v, splitPercent: e.target.value })} error={apiErr('splitPercent', 'coFunder.splitRule.coFunderPercent', 'splitRule.coFunderPercent')} />
          ) : (
            <>
              {v.categories.map((k) => {
                const c = all.find((x) => x.key === k);
                return (
                  <TextField key={k} form={form} name={splitFieldOf(k)} label={`Aandeel voor ${c?.label ?? k} in procenten`} description="Leeg: het percentage voor de overige categorieën" inputMode="numeric" value={v.splitByCategory[k] ?? ''} maxLength={4} onChange={(e) => setV({ ...v, splitByCategory: { ...v.splitByCategory, [k]: e.target.value } })} error={apiErr(splitFieldOf(k), `coFunder.splitRule.coFunderPercentByCategory.${k}`, `splitRule.coFunderPercentByCategory.${k}`)} />
                );
              })}
              <TextField form={form} name="splitDefault" label="Aandeel in de overige categorieën in procenten" inputMode="numeric" value={v.splitDefault} maxLength={4} onChange={(e) => setV({ ...v, splitDefault: e.target.value })} error={apiErr('splitDefault', 'coFunder.splitRule.defaultPercent', 'splitRule.defaultPercent')} />
            </>
          )}
          <P className="mw-muted">Per categorie wordt het deel van de tweede financier op hele centen afgerond; uw organisatie betaalt het verschil, zodat de delen precies optellen tot wat is uitgegeven.</P>
        </fieldset>
      )}
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>{pot ? 'Wijzigingen opslaan' : 'Budget aanmaken'}</PrimaryButton>
        <SecondaryButton onClick={onCancel}>Annuleren</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

// ---- mandates -------------------------------------------------------------------------------------------

const ROLE_NAMES: Record<string, string> = { professional: 'Professional', teamleider: 'Teamleider' };
const MANDATE_LABELS: Record<string, string> = { role: 'Rol', userId: 'Medewerker', maxPerSpendCents: 'Maximum per uitgave', maxPerCaseCents: 'Maximum per casus', categories: 'Categorieën' };
const whoOf = (m: Mandate) => (m.userId ? `${m.userName ?? 'Medewerker'} (persoonlijk)` : `Iedere ${(ROLE_NAMES[m.role ?? ''] ?? m.role ?? '').toLowerCase()}`);

/** The mandates of a pot: who may spend how much without asking, set, changed (If-Match) and ended. */
export function MandatesSection({ pot }: { pot: Pot }) {
  const [items, setItems] = useState<Mandate[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const all = useCategories();
  const load = useCallback(() => {
    api.get('/budget-pots/{id}/mandates', { path: { id: pot.id } }).then((r) => setItems(r.data.items), (e) => e instanceof ApiError && setError(e));
  }, [pot.id]);
  useEffect(load, [load]);
  const catText = (cs: string[]) => (cs.length ? cs.map((k) => all.find((c) => c.key === k)?.label ?? k).join(', ') : 'Alle categorieën van het budget');
  const saved = (msg: string) => {
    setDone(msg);
    setAdding(false);
    setEditing(null);
    load();
  };
  return (
    <section className="mw-section" aria-labelledby="mandaten">
      <H2 id="mandaten">Mandaten</H2>
      <P className="mw-muted">Binnen het mandaat wordt een uitgave direct toegekend; daarboven wacht zij op uw akkoord. Een persoonlijk mandaat gaat voor het mandaat van de rol.</P>
      {done && <Alert type="ok" live>{done}</Alert>}
      {error && <Alert type="error">{error.message}</Alert>}
      {items && items.length === 0 && <P>Er zijn nog geen mandaten: elke uitgave wacht op akkoord.</P>}
      {items && items.length > 0 && (
        <Table caption={<span className="mw-visually-hidden">Mandaten op dit budget</span>} head={['Voor wie', 'Per uitgave', 'Per casus', 'Categorieën', 'Status', 'Wijzigen']}>
          {items.map((m) => (
            <tr key={m.id} className="utrecht-table__row">
              <Td>{whoOf(m)}</Td>
              <Td numeric>{formatEuro(m.maxPerSpendCents)}</Td>
              <Td numeric>{formatEuro(m.maxPerCaseCents)}</Td>
              <Td>{catText(m.categories)}</Td>
              <Td>{m.active ? <StatusBadge status="active">Actief</StatusBadge> : <StatusBadge status="inactive">Beëindigd op {formatDate(m.endedAt)}</StatusBadge>}</Td>
              <Td>
                {m.active && (
                  <SecondaryButton onClick={() => { setEditing(m.id); setAdding(false); setDone(null); }}>
                    Wijzigen<span className="mw-visually-hidden"> mandaat: {whoOf(m)}</span>
                  </SecondaryButton>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      {editing && items?.find((m) => m.id === editing) && <MandateForm key={editing} pot={pot} all={all} mandate={items.find((m) => m.id === editing)} onSaved={saved} onCancel={() => setEditing(null)} />}
      {adding ? (
        <MandateForm pot={pot} all={all} onSaved={saved} onCancel={() => setAdding(false)} />
      ) : (
        !editing && <SecondaryButton onClick={() => { setAdding(true); setDone(null); }}>Mandaat toevoegen</SecondaryButton>
      )}
    </section>
  );
}

function MandateForm({ pot, all, mandate, onSaved, onCancel }: { pot: Pot; all: Category[]; mandate?: Mandate; onSaved: (msg: string) => void; onCancel: () => void }) {
  const form = useFormId(mandate ? 'mandaat-wijzigen' : 'mandaat-nieuw');
  const [people, setPeople] = useState<Array<{ id: string; name: string; roles: string[]; teamName: string | null }>>([]);
  const [v, setV] = useState({ kind: 'rol', role: 'professional', userId: '', perSpend: mandate ? euroInput(mandate.maxPerSpendCents) : '', perCase: mandate ? euroInput(mandate.maxPerCaseCents) : '', categories: mandate?.categories ?? [] });
  const [ending, setEnding] = useState(false);
  const { busy, error, setError, run, err } = useSubmit();
  useEffect(() => {
    if (!mandate) api.get('/budget-spenders').then((r) => setPeople(r.data.items), () => setPeople([]));
  }, [mandate]);
  useFocus(form, mandate ? 'maxPerSpendCents' : 'kind');
  const cats = all.filter((c) => pot.categories.includes(c.key));
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const fields: Array<{ name: string; reason: string }> = [];
    const maxPerSpendCents = euros(v.perSpend, 'maxPerSpendCents', fields);
    const maxPerCaseCents = euros(v.perCase, 'maxPerCaseCents', fields);
    if (!mandate && v.kind === 'medewerker' && !v.userId) fields.push({ name: 'userId', reason: 'kies een medewerker' });
    if (fields.length) return setError(localError(fields));
    if (mandate) {
      const r = await run(() => api.patch('/budget-mandates/{id}', { path: { id: mandate.id }, body: { maxPerSpendCents: maxPerSpendCents!, maxPerCaseCents: maxPerCaseCents!, categories: v.categories as never }, ifMatch: mandate.version }));
      if (r) onSaved(`Mandaat gewijzigd: ${whoOf(r.data)}, ${formatEuro(r.data.maxPerSpendCents)} per uitgave en ${formatEuro(r.data.maxPerCaseCents)} per casus.`);
      return;
    }
    const who = v.kind === 'rol' ? { role: v.role as 'professional' } : { userId: v.userId };
    const r = await run(() => api.post('/budget-pots/{id}/mandates', { path: { id: pot.id }, body: { ...who, maxPerSpendCents: maxPerSpendCents!, maxPerCaseCents: maxPerCaseCents!, categories: v.categories as never } }));
    if (r) onSaved(`Mandaat toegevoegd: ${whoOf(r.data)}, ${formatEuro(r.data.maxPerSpendCents)} per uitgave en ${formatEuro(r.data.maxPerCaseCents)} per casus.`);
  };
  const end = async () => {
    const r = await run(() => api.delete('/budget-mandates/{id}', { path: { id: mandate!.id } }));
    if (r) onSaved(`Mandaat beëindigd: ${whoOf(r.data)}. Uitgaven van wie daaronder viel wachten voortaan op akkoord, tenzij een ander mandaat geldt.`);
  };
  return (
    <form onSubmit={save} noValidate aria-label={mandate ? `Mandaat wijzigen: ${whoOf(mandate)}` : 'Mandaat toevoegen'} className="mw-card">
      <H3>{mandate ? `Mandaat wijzigen: ${whoOf(mandate)}` : 'Mandaat toevoegen'}</H3>
      <ErrorSummary form={form} error={error} labels={MANDATE_LABELS} conflictWhat="dit mandaat" />
      {!mandate && (
        <div className="mw-grid-2">
          <SelectField form={form} name="kind" label="Voor wie" value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value })} options={[{ value: 'rol', label: 'Iedereen met een rol' }, { value: 'medewerker', label: 'Eén medewerker (persoonlijk mandaat)' }]} />
          {v.kind === 'rol' ? (
            <SelectField form={form} name="role" label="Rol" value={v.role} onChange={(e) => setV({ ...v, role: e.target.value })} error={err('role')} options={Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }))} />
          ) : (
            <SelectField form={form} name="userId" label="Medewerker" value={v.userId} onChange={(e) => setV({ ...v, userId: e.target.value })} error={err('userId')} options={[{ value: '', label: 'Kies een medewerker' }, ...people.map((p) => ({ value: p.id, label: `${p.name}${p.teamName ? ` (${p.teamName})` : ''}` }))]} />
          )}
        </div>
      )}
      <div className="mw-grid-2">
        <TextField form={form} name="maxPerSpendCents" label="Maximum per uitgave in euro" description="Bijvoorbeeld 1.000" inputMode="decimal" value={v.perSpend} maxLength={14} onChange={(e) => setV({ ...v, perSpend: e.target.value })} error={err('maxPerSpendCents')} />
        <TextField form={form} name="maxPerCaseCents" label="Maximum per casus in de periode, in euro" description="Minstens het maximum per uitgave" inputMode="decimal" value={v.perCase} maxLength={16} onChange={(e) => setV({ ...v, perCase: e.target.value })} error={err('maxPerCaseCents')} />
      </div>
      <CategoryBoxes form={form} name="categories" legend="Categorieën (niet verplicht)" description="Niets aangevinkt: alle categorieën van het budget." all={cats} chosen={v.categories} onChange={(c) => setV({ ...v, categories: c })} error={err('categories')} />
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>{mandate ? 'Mandaat opslaan' : 'Mandaat toevoegen'}</PrimaryButton>
        {mandate && !ending && <SecondaryButton onClick={() => setEnding(true)}>Mandaat beëindigen</SecondaryButton>}
        <SecondaryButton onClick={onCancel}>Annuleren</SecondaryButton>
      </ButtonGroup>
      {mandate && ending && (
        <div className="mw-card" role="group" aria-label="Beëindigen bevestigen">
          <P>Weet u het zeker? Het mandaat blijft zichtbaar in de geschiedenis, maar geldt niet meer voor nieuwe uitgaven.</P>
          <ButtonGroup>
            <PrimaryButton type="button" onClick={end} busy={busy} disabled={busy}>Ja, mandaat beëindigen</PrimaryButton>
            <SecondaryButton onClick={() => setEnding(false)}>Nee, niet beëindigen</SecondaryButton>
          </ButtonGroup>
        </div>
      )}
    </form>
  );
}

// ---- one spend: history, correct, cancel -------------------------------------------------------------

const EVENT_LABELS: Record<string, string> = { geregistreerd: 'Geregistreerd', gecorrigeerd: 'Gecorrigeerd', geannuleerd: 'Geannuleerd', goedgekeurd: 'Goedgekeurd', afgewezen: 'Afgewezen' };
const FIELD_LABELS: Record<string, string> = { amountCents: 'Bedrag', category: 'Categorie', payee: 'Betaald aan', spentOn: 'Datum', description: 'Omschrijving', justification: 'Onderbouwing', goalId: 'Doel in het plan', status: 'Status' };
const STATUS_WORDS: Record<string, string> = { toegekend: 'toegekend', wacht_op_akkoord: 'wacht op akkoord', afgewezen: 'afgewezen', geannuleerd: 'geannuleerd' };

function shown(field: string, value: unknown, all: Category[]): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'amountCents' && typeof value === 'number') return formatEuro(value);
  if (field === 'spentOn' && typeof value === 'string') return formatDate(value);
  if (field === 'category' && typeof value === 'string') return all.find((c) => c.key === value)?.label ?? value;
  if (field === 'status' && typeof value === 'string') return STATUS_WORDS[value] ?? value;
  if (field === 'goalId') return 'een doel';
  return String(value);
}

/** What changed in one history event: "Bedrag: € 200,00 → € 150,50". */
export function changesOf(e: { kind: string; before?: unknown; after?: unknown }, all: Category[]): string[] {
  if (e.kind !== 'gecorrigeerd' && e.kind !== 'geannuleerd') return [];
  const before = (e.before ?? {}) as Record<string, unknown>;
  const after = (e.after ?? {}) as Record<string, unknown>;
  return Object.keys(after).map((k) => `${FIELD_LABELS[k] ?? k}: ${shown(k, before[k], all)} → ${shown(k, after[k], all)}`);
}

/** The history of a spend, oldest first: who, what, when, old → new, and the reason. */
export function SpendHistory({ history }: { history: SpendDetail['history'] }) {
  const all = useCategories();
  return (
    <ol className="mw-history" aria-label="Geschiedenis van de uitgave">
      {history.map((e, i) => (
        <li key={i} className="mw-history__item">
          <span className="mw-strong">{EVENT_LABELS[e.kind] ?? e.kind}</span> door {e.userName}, {formatDateTime(e.at)}
          {changesOf(e, all).map((c) => (
            <div key={c}>{c}</div>
          ))}
          {e.reason && <div className="mw-muted">{e.kind === 'geregistreerd' ? `Besluit: ${e.reason}` : `Reden: ${e.reason}`}</div>}
        </li>
      ))}
    </ol>
  );
}

/** One spend opened from the pot's list: its facts, its history, and correcting or cancelling it with a reason. */
export function SpendPanel({ id, onChanged, onClose }: { id: string; onChanged: () => void; onClose: () => void }) {
  const [d, setD] = useState<SpendDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [mode, setMode] = useState<'' | 'corrigeren' | 'annuleren'>('');
  const [done, setDone] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const load = useCallback(() => {
    api.get('/budget-spends/{id}', { path: { id } }).then((r) => setD(r.data), (e) => e instanceof ApiError && setError(e));
  }, [id]);
  useEffect(load, [load]);
  useEffect(() => {
    if (d) heading.current?.focus();
  }, [d?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  if (error) return <Alert type="error">{error.message}</Alert>;
  if (!d) return null;
  const open = d.status === 'toegekend' || d.status === 'wacht_op_akkoord';
  const what = `${d.description} (${formatEuro(d.amountCents)})`;
  const changed = (msg: string) => {
    setDone(msg);
    setMode('');
    load();
    onChanged();
  };
  return (
    <div className="mw-card" role="region" aria-label={`Uitgave: ${d.description}`}>
      <h3 ref={heading} tabIndex={-1} className="utrecht-heading-3">
        {what}
      </h3>
      {done && <Alert type="ok" live>{done}</Alert>}
      <Facts
        items={[
          ['Status', d.statusLabel],
          ['Casus', d.caseTitle],
          ['Categorie', d.categoryLabel],
          ['Betaald aan', d.payee],
          ['Datum', formatDate(d.spentOn)],
          ['Waarom nodig', d.justification],
          ['Besluit', d.decisionReason],
        ]}
      />
      <H3>Geschiedenis</H3>
      <SpendHistory history={d.history} />
      {open && mode === '' && (
        <ButtonGroup>
          <SecondaryButton onClick={() => { setMode('corrigeren'); setDone(null); }}>Corrigeren<span className="mw-visually-hidden"> {what}</span></SecondaryButton>
          <SecondaryButton onClick={() => { setMode('annuleren'); setDone(null); }}>Annuleren<span className="mw-visually-hidden"> {what}</span></SecondaryButton>
          <SecondaryButton onClick={onClose}>Sluiten</SecondaryButton>
        </ButtonGroup>
      )}
      {!open && (
        <ButtonGroup>
          <SecondaryButton onClick={onClose}>Sluiten</SecondaryButton>
        </ButtonGroup>
      )}
      {mode === 'corrigeren' && <CorrectForm spend={d} onDone={changed} onCancel={() => setMode('')} />}
      {mode === 'annuleren' && <CancelForm spend={d} onDone={changed} onCancel={() => setMode('')} />}
    </div>
  );
}

function CorrectForm({ spend: s, onDone, onCancel }: { spend: SpendDetail; onDone: (msg: string) => void; onCancel: () => void }) {
  const form = useFormId('corrigeren');
  const [v, setV] = useState({ amount: euroInput(s.amountCents), payee: s.payee, spentOn: s.spentOn, description: s.description, reason: '' });
  const { busy, error, setError, run, err } = useSubmit();
  useFocus(form, 'amountCents');
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const fields: Array<{ name: string; reason: string }> = [];
    const amountCents = euros(v.amount, 'amountCents', fields);
    if (fields.length) return setError(localError(fields));
    const body: Record<string, unknown> = { reason: v.reason };
    if (amountCents !== s.amountCents) body.amountCents = amountCents;
    if (v.payee !== s.payee) body.payee = v.payee;
    if (v.spentOn !== s.spentOn) body.spentOn = v.spentOn;
    if (v.description !== s.description) body.description = v.description;
    const r = await run(() => api.patch('/budget-spends/{id}', { path: { id: s.id }, body: body as never, ifMatch: s.version }));
    if (r) onDone(`Gecorrigeerd: ${r.data.description} (${formatEuro(r.data.amountCents)}). De oude waarden staan in de geschiedenis.`);
  };
  return (
    <form onSubmit={save} noValidate aria-label="Uitgave corrigeren">
      <H3>Uitgave corrigeren</H3>
      <P className="mw-muted">Als budgethouder corrigeert u naar een lager of gelijk bedrag; een hoger bedrag of een andere categorie registreert de professional van de casus.</P>
      <ErrorSummary form={form} error={error} labels={{ ...FIELD_LABELS, reason: 'Reden van de correctie', body: 'Correctie' }} conflictWhat="deze uitgave" />
      <div className="mw-grid-2">
        <TextField form={form} name="amountCents" label="Bedrag in euro" inputMode="decimal" value={v.amount} maxLength={14} onChange={(e) => setV({ ...v, amount: e.target.value })} error={err('amountCents')} />
        <TextField form={form} name="spentOn" label="Datum" type="date" value={v.spentOn} onChange={(e) => setV({ ...v, spentOn: e.target.value })} error={err('spentOn')} />
        <TextField form={form} name="payee" label="Betaald aan" value={v.payee} maxLength={160} onChange={(e) => setV({ ...v, payee: e.target.value })} error={err('payee')} />
        <TextField form={form} name="description" label="Omschrijving" value={v.description} maxLength={500} onChange={(e) => setV({ ...v, description: e.target.value })} error={err('description')} />
      </div>
      <TextAreaField form={form} name="reason" label="Reden van de correctie" description="Komt in de geschiedenis van de uitgave." value={v.reason} maxLength={500} onChange={(e) => setV({ ...v, reason: e.target.value })} error={err('reason')} />
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Correctie opslaan</PrimaryButton>
        <SecondaryButton onClick={onCancel}>Terug</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

function CancelForm({ spend: s, onDone, onCancel }: { spend: SpendDetail; onDone: (msg: string) => void; onCancel: () => void }) {
  const form = useFormId('annuleren');
  const [reason, setReason] = useState('');
  const { busy, error, run, err } = useSubmit();
  useFocus(form, 'reason');
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await run(() => api.post('/budget-spends/{id}/cancel', { path: { id: s.id }, body: { reason }, ifMatch: s.version }));
    if (r) onDone(`Geannuleerd: ${r.data.description} (${formatEuro(r.data.amountCents)}). Het bedrag telt niet meer mee; de uitgave blijft zichtbaar met haar geschiedenis.`);
  };
  return (
    <form onSubmit={save} noValidate aria-label="Uitgave annuleren">
      <H3>Uitgave annuleren</H3>
      <ErrorSummary form={form} error={error} labels={{ reason: 'Reden van annuleren' }} conflictWhat="deze uitgave" />
      <TextAreaField form={form} name="reason" label="Reden van annuleren" description="Komt in de geschiedenis van de uitgave." value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} error={err('reason')} />
      <ButtonGroup>
        <PrimaryButton busy={busy} disabled={busy}>Uitgave annuleren</PrimaryButton>
        <SecondaryButton onClick={onCancel}>Terug</SecondaryButton>
      </ButtonGroup>
    </form>
  );
}

// ---- downloads and the settlement per funder ---------------------------------------------------------------

/** The downloads of a pot: its status, all spends, and for a joint fund the settlement per funder. */
export function DownloadsSection({ pot }: { pot: Pot }) {
  const base = `/api/v1/budget-pots/${pot.id}`;
  const links: Array<[string, string]> = [
    [`${base}/summary.csv`, 'Stand van het budget downloaden (CSV)'],
    [`${base}/summary.xlsx`, 'Stand van het budget downloaden (Excel)'],
    ...(pot.coFunderName
      ? ([
          [`${base}/settlement.csv`, 'Afrekening per financier downloaden (CSV)'],
          [`${base}/settlement.xlsx`, 'Afrekening per financier downloaden (Excel)'],
        ] as Array<[string, string]>)
      : []),
  ];
  return (
    <section className="mw-section" aria-labelledby="downloads">
      <H2 id="downloads">Downloaden</H2>
      <ul className="utrecht-unordered-list">
        {links.map(([href, text]) => (
          <li key={href} className="utrecht-unordered-list__item">
            <a className="utrecht-link" href={href} download>
              {text}
            </a>
          </li>
        ))}
      </ul>
      <P className="mw-muted">CSV is puntkomma-gescheiden met een decimale komma, voor Excel. De uitgaven zelf downloadt u bij Uitgaven.</P>
    </section>
  );
}

/** The settlement of a joint fund on the pot page: per category the total and each funder's share, with the rule. */
export function SettlementSection({ potId }: { potId: string }) {
  const [s, setS] = useState<Schemas['BudgetSettlement'] | null>(null);
  useEffect(() => {
    api.get('/budget-pots/{id}/settlement', { path: { id: potId } }).then((r) => setS(r.data), () => setS(null));
  }, [potId]);
  if (!s) return null;
  return (
    <section className="mw-section" aria-labelledby="afrekening">
      <H2 id="afrekening">Afrekening per financier</H2>
      <Table caption={<span className="mw-visually-hidden">Afrekening per financier</span>} head={['Categorie', 'Toegekend', `Aandeel ${s.coFunder}`, s.owner, s.coFunder]}>
        {s.lines.map((l) => (
          <tr key={l.category} className="utrecht-table__row">
            <Td>{l.label}</Td>
            <Td numeric>{formatEuro(l.totalCents)}</Td>
            <Td numeric>{l.coFunderPercent}%</Td>
            <Td numeric>{formatEuro(l.ownerCents)}</Td>
            <Td numeric>{formatEuro(l.coFunderCents)}</Td>
          </tr>
        ))}
        <tr className="utrecht-table__row">
          <Td>Totaal</Td>
          <Td numeric>{formatEuro(s.totals.totalCents)}</Td>
          <Td numeric>{''}</Td>
          <Td numeric>{formatEuro(s.totals.ownerCents)}</Td>
          <Td numeric>{formatEuro(s.totals.coFunderCents)}</Td>
        </tr>
      </Table>
      <details>
        <summary className="utrecht-link">Hoe is dit verdeeld?</summary>
        <ul className="utrecht-unordered-list">
          {s.explanation.map((e) => (
            <li key={e} className="utrecht-unordered-list__item">{e}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
