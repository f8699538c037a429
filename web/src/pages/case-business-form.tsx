// SPDX-License-Identifier: EUPL-1.2
/**
 * Create, edit and recalculate a business case in the browser (issue 16): cost lines chosen from the
 * organisation's cost catalogue (or an own price with its source), per path (doormodderen,
 * doorbreken), with the months and the probability in words people use ("vanaf maand 1",
 * "12 maanden", "kans 90 %"). "Doorrekenen" asks the API without saving; "Opslaan" stores it
 * (a change with If-Match on the version the professional started from).
 */
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { FUNDER_LABELS, UNIT_LABELS, type Funder, type Unit } from '../../../src/businesscase/model';
import { euroInput, formatEuro, parseEuro } from '../format';
import { Alert, ButtonGroup, ErrorSummary, P, PrimaryButton, SecondaryButton, SelectField, TextField, useFormId, useSubmit } from '../ui';

type BusinessCase = Schemas['BusinessCase'];
type Item = Schemas['CostCatalogueItem'];
type Result = Schemas['BusinessCaseResult'];
type PathKey = 'regulier' | 'maatwerk';

interface LineDraft {
  itemKey: string;
  ownPrice: string; // euro, empty = the catalogue's price
  source: string;
  quantity: string;
  startMonth: string;
  durationMonths: string;
  probabilityPct: string;
}
const PATH_NAMES: Record<PathKey, string> = { regulier: 'Doormodderen (regulier pad)', maatwerk: 'Doorbreken (maatwerkpad)' };
const newLine = (itemKey: string): LineDraft => ({ itemKey, ownPrice: '', source: '', quantity: '1', startMonth: '1', durationMonths: '12', probabilityPct: '100' });
const num = (s: string) => Number(s.trim().replace(',', '.'));

function linesOf(b: BusinessCase | undefined, path: PathKey, catalogue: Item[]): LineDraft[] {
  if (!b) return [];
  return b.result[path].lines
    .filter((l) => l.itemKey)
    .map((l) => {
      const item = catalogue.find((i) => i.key === l.itemKey);
      const own = item && (item.amountCents !== l.amountCents || item.source !== l.source);
      return { itemKey: l.itemKey!, ownPrice: own ? euroInput(l.amountCents) : '', source: own ? l.source : '', quantity: String(l.quantity).replace('.', ','), startMonth: String(l.startMonth), durationMonths: String(l.durationMonths), probabilityPct: String(l.probabilityPct) };
    });
}

export function BusinessCaseForm({ caseId, existing, onDone }: { caseId: string; existing?: BusinessCase; onDone: (saved: BusinessCase | null) => void }) {
  const form = useFormId(existing ? 'businesscase-wijzigen' : 'businesscase-nieuw');
  const [catalogue, setCatalogue] = useState<Item[] | null>(null);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [horizon, setHorizon] = useState(String(existing?.horizonMonths ?? 24));
  const [paths, setPaths] = useState<Record<PathKey, LineDraft[]>>({ regulier: [], maatwerk: [] });
  const [choice, setChoice] = useState<Record<PathKey, string>>({ regulier: '', maatwerk: '' });
  const [preview, setPreview] = useState<Result | null>(null);
  const [local, setLocal] = useState<Array<{ name: string; reason: string }>>([]);
  const { busy, error, run, err } = useSubmit();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    api.get('/cost-catalogue').then((r) => {
      setCatalogue(r.data.items);
      setPaths({ regulier: linesOf(existing, 'regulier', r.data.items), maatwerk: linesOf(existing, 'maatwerk', r.data.items) });
    }, () => setCatalogue([]));
  }, [existing]);

  const setLine = (p: PathKey, i: number, patch: Partial<LineDraft>) => setPaths({ ...paths, [p]: paths[p].map((l, j) => (j === i ? { ...l, ...patch } : l)) });
  const item = (key: string) => catalogue?.find((i) => i.key === key);

  /** The body, or the fields that are missing (asked for in words, before anything is sent). */
  const build = () => {
    const problems: Array<{ name: string; reason: string }> = [];
    if (!/^\d{1,3}$/.test(horizon.trim())) problems.push({ name: 'horizonMonths', reason: 'vul het aantal maanden in waarover u rekent' });
    const lines = (p: PathKey) =>
      paths[p].map((l, i) => {
        const f = (k: string) => `${p}.${i}.${k}`;
        const own = l.ownPrice.trim() ? parseEuro(l.ownPrice) : undefined;
        if (own === null) problems.push({ name: f('amountCents'), reason: 'vul een bedrag in euro in, zoals 125,50' });
        if (own !== undefined && own !== null && !l.source.trim()) problems.push({ name: f('source'), reason: 'vul de bron van uw eigen prijs in' });
        for (const [k, v, why] of [['quantity', l.quantity, 'vul een aantal in'], ['startMonth', l.startMonth, 'vul de maand in waarin het begint'], ['durationMonths', l.durationMonths, 'vul in hoeveel maanden het duurt'], ['probabilityPct', l.probabilityPct, 'vul de kans in procent in']] as const) {
          if (!v.trim() || Number.isNaN(num(v))) problems.push({ name: f(k), reason: why });
        }
        return {
          itemKey: l.itemKey,
          ...(own !== undefined && own !== null ? { amountCents: own, source: l.source.trim(), year: new Date().getFullYear() } : {}),
          quantity: num(l.quantity),
          startMonth: num(l.startMonth),
          durationMonths: num(l.durationMonths),
          probabilityPct: num(l.probabilityPct),
        };
      });
    const body = { horizonMonths: num(horizon), regulier: lines('regulier'), maatwerk: lines('maatwerk') };
    return { body, problems };
  };

  const calculate = async () => {
    const { body, problems } = build();
    setLocal(problems);
    setPreview(null);
    if (problems.length) return;
    const r = await run(() => api.post('/business-cases/calculate', { body }));
    if (r) setPreview(r.data);
  };
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const { body, problems } = build();
    if (!title.trim()) problems.unshift({ name: 'title', reason: 'vul een titel in, zoals "Woning voor de zoon"' });
    setLocal(problems);
    if (problems.length) return;
    const full = { ...body, title: title.trim(), knelpuntId: existing?.knelpuntId ?? null };
    const r = existing ? await run(() => api.put('/business-cases/{id}', { path: { id: existing.id }, body: full, ifMatch: existing.version })) : await run(() => api.post('/cases/{id}/business-cases', { path: { id: caseId }, body: full }));
    if (r) onDone(r.data);
  };

  const labels: Record<string, string> = { title: 'Titel', horizonMonths: 'Looptijd in maanden', regulier: PATH_NAMES.regulier, maatwerk: PATH_NAMES.maatwerk };
  for (const p of ['regulier', 'maatwerk'] as const)
    paths[p].forEach((l, i) => {
      const name = `${item(l.itemKey)?.label ?? 'Post'} (${p === 'regulier' ? 'doormodderen' : 'doorbreken'})`;
      Object.assign(labels, { [`${p}.${i}.amountCents`]: `${name}: eigen prijs`, [`${p}.${i}.source`]: `${name}: bron`, [`${p}.${i}.quantity`]: `${name}: aantal`, [`${p}.${i}.startMonth`]: `${name}: vanaf maand`, [`${p}.${i}.durationMonths`]: `${name}: aantal maanden`, [`${p}.${i}.probabilityPct`]: `${name}: kans` });
    });
  const localError = local.length ? new ApiError(400, { title: 'Controleer de velden', invalidParams: local }) : null;
  const fieldErr = (n: string) => local.find((x) => x.name === n)?.reason ?? err(n);

  return (
    <form onSubmit={save} noValidate className="mw-card" aria-labelledby={`${form}-kop`}>
      <h3 id={`${form}-kop`} ref={heading} tabIndex={-1} className="utrecht-heading-3">
        {existing ? `${existing.title} wijzigen` : 'Nieuwe businesscase'}
      </h3>
      <ErrorSummary form={form} error={localError ?? error} labels={labels} conflictWhat="deze businesscase" />
      {!catalogue ? (
        <P>De kostencatalogus wordt geladen…</P>
      ) : (
        <>
          <div className="mw-grid-2">
            <TextField form={form} name="title" label="Titel" value={title} maxLength={160} onChange={(e) => setTitle(e.target.value)} error={fieldErr('title')} />
            <TextField form={form} name="horizonMonths" label="Looptijd in maanden" description="Over hoeveel maanden u de kosten vergelijkt, bijvoorbeeld 24" inputMode="numeric" value={horizon} maxLength={3} onChange={(e) => setHorizon(e.target.value)} error={fieldErr('horizonMonths')} />
          </div>
          {(['regulier', 'maatwerk'] as const).map((p) => (
            <fieldset key={p} className="utrecht-form-fieldset mw-section">
              <legend className="utrecht-form-fieldset__legend">{PATH_NAMES[p]}</legend>
              {paths[p].length === 0 && <P>Nog geen kostenposten.</P>}
              <ol className="mw-plain-list">
                {paths[p].map((l, i) => {
                  const it = item(l.itemKey);
                  const f = (k: string) => `${p}.${i}.${k}`;
                  return (
                    <li key={i} className="mw-card">
                      <p className="utrecht-paragraph mw-strong">{it?.label ?? l.itemKey}</p>
                      {it && (
                        <P className="mw-muted">
                          Catalogusprijs {formatEuro(it.amountCents)} {UNIT_LABELS[it.unit as Unit]}, betaald door {FUNDER_LABELS[it.funder as Funder]} (bron: {it.source}, {it.year}).
                        </P>
                      )}
                      <div className="mw-row">
                        <TextField form={form} name={f('quantity')} label="Aantal" inputMode="decimal" value={l.quantity} onChange={(e) => setLine(p, i, { quantity: e.target.value })} error={fieldErr(f('quantity'))} />
                        <TextField form={form} name={f('startMonth')} label="Vanaf maand" description="1 is de eerste maand" inputMode="numeric" value={l.startMonth} onChange={(e) => setLine(p, i, { startMonth: e.target.value })} error={fieldErr(f('startMonth'))} />
                        <TextField form={form} name={f('durationMonths')} label="Aantal maanden" inputMode="numeric" value={l.durationMonths} onChange={(e) => setLine(p, i, { durationMonths: e.target.value })} error={fieldErr(f('durationMonths'))} />
                        <TextField form={form} name={f('probabilityPct')} label="Kans (%)" description="Hoe waarschijnlijk deze kosten zijn; 100 is zeker" inputMode="numeric" value={l.probabilityPct} onChange={(e) => setLine(p, i, { probabilityPct: e.target.value })} error={fieldErr(f('probabilityPct'))} />
                      </div>
                      <div className="mw-row">
                        <TextField form={form} name={f('amountCents')} label="Eigen prijs in euro (niet verplicht)" description="Leeg laten voor de catalogusprijs" inputMode="decimal" value={l.ownPrice} onChange={(e) => setLine(p, i, { ownPrice: e.target.value })} error={fieldErr(f('amountCents'))} />
                        <TextField form={form} name={f('source')} label="Bron van de eigen prijs" value={l.source} maxLength={500} onChange={(e) => setLine(p, i, { source: e.target.value })} error={fieldErr(f('source'))} />
                      </div>
                      <P className="mw-muted">{describe(l)}</P>
                      <SecondaryButton onClick={() => setPaths({ ...paths, [p]: paths[p].filter((_, j) => j !== i) })}>
                        Post verwijderen<span className="mw-visually-hidden"> {it?.label}</span>
                      </SecondaryButton>
                    </li>
                  );
                })}
              </ol>
              <div className="mw-inline-form">
                <SelectField
                  form={form}
                  name={`${p}-kies`}
                  label={`Kostenpost uit de catalogus (${p === 'regulier' ? 'doormodderen' : 'doorbreken'})`}
                  value={choice[p]}
                  onChange={(e) => setChoice({ ...choice, [p]: e.target.value })}
                  options={[{ value: '', label: 'Kies een kostenpost' }, ...catalogue.map((i) => ({ value: i.key, label: `${i.label} (${formatEuro(i.amountCents)} ${UNIT_LABELS[i.unit as Unit]})` }))]}
                />
                <div className="mw-field">
                  <SecondaryButton
                    disabled={!choice[p]}
                    onClick={() => {
                      setPaths({ ...paths, [p]: [...paths[p], newLine(choice[p])] });
                      setChoice({ ...choice, [p]: '' });
                    }}
                  >
                    Post toevoegen<span className="mw-visually-hidden"> aan {PATH_NAMES[p]}</span>
                  </SecondaryButton>
                </div>
              </div>
            </fieldset>
          ))}
          {preview && (
            <div role="status" className="mw-card">
              <p className="utrecht-paragraph mw-strong">Doorgerekend (nog niet opgeslagen)</p>
              <P>
                Doormodderen {formatEuro(preview.regulier.totalCents)}, doorbreken {formatEuro(preview.maatwerk.totalCents)}: {preview.differenceCents >= 0 ? `een besparing van ${formatEuro(preview.differenceCents)}` : `meerkosten van ${formatEuro(-preview.differenceCents)}`} over {preview.horizonMonths} maanden.
              </P>
              <P>{preview.summary}</P>
            </div>
          )}
          {error && !error.fields.length && !error.isConflict && <Alert type="error">{error.message}</Alert>}
          <ButtonGroup>
            <SecondaryButton busy={busy} disabled={busy} onClick={calculate}>
              Doorrekenen
            </SecondaryButton>
            <PrimaryButton busy={busy} disabled={busy}>
              Opslaan
            </PrimaryButton>
            <SecondaryButton onClick={() => onDone(null)}>Annuleren</SecondaryButton>
          </ButtonGroup>
        </>
      )}
    </form>
  );
}

/** "vanaf maand 1, 12 maanden, kans 90 %". */
export function describe(l: { startMonth: string | number; durationMonths: string | number; probabilityPct: string | number }): string {
  const d = Number(l.durationMonths);
  return `Vanaf maand ${l.startMonth}, ${d === 1 ? '1 maand' : `${l.durationMonths} maanden`}, kans ${l.probabilityPct} %.`;
}
