// SPDX-License-Identifier: EUPL-1.2
/**
 * The policy adviser's own municipal schemes (issue 15, ADR 0024): the version in force today and
 * its schemes, every version kept, a form to add or change one scheme and save the whole set as a
 * new version from a date, and export/import as JSON. The income checks and the
 * minima-effectrapportage use the version of their date; an illustrative version says so.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { useSession } from '../app';
import { downloadText } from '../components/charts';
import { HOUSEHOLD_KIND_LABELS, euroInput, formatDate, formatDateTime, formatEuro, parseEuro, todayIso } from '../format';
import { Alert, ButtonGroup, CheckboxField, ErrorSummary, H1, H2, Loading, P, PrimaryButton, SecondaryButton, SelectField, StatusBadge, Table, Td, TextField, fieldId, useFormId, useSubmit } from '../ui';

type Overzicht = Schemas['RegelingenOverzicht'];
type Regeling = Schemas['GemeentelijkeRegeling'];
type Versie = Schemas['RegelingenVersieInvoer'];

const SOORTEN: Record<Regeling['soort'], string> = {
  'individuele-inkomenstoeslag': 'Individuele inkomenstoeslag',
  'collectieve-zorgverzekering': 'Collectieve zorgverzekering (bijdrage)',
  kwijtschelding: 'Kwijtschelding gemeentelijke belastingen',
  kindpakket: 'Kindpakket',
  'bijzondere-bijstand': 'Bijzondere bijstand (budget)',
};
const KINDS = ['alleenstaande', 'alleenstaande-ouder', 'gehuwden'] as const;

/** How a scheme's amount reads on screen. */
function bedragTekst(b: Regeling['bedrag']): string {
  switch (b.type) {
    case 'per-jaar-per-huishouden':
      return `per jaar: ${KINDS.map((k) => `${HOUSEHOLD_KIND_LABELS[k].toLowerCase()} ${formatEuro(b.bedragen[k])}`).join(', ')}`;
    case 'per-maand-per-volwassene':
      return `${formatEuro(b.bedrag)} per maand per volwassene`;
    case 'per-jaar-per-kind':
      return `per kind per jaar: ${b.leeftijdsgroepen.map((g) => `${g.vanaf}-${g.totEnMet} jaar ${formatEuro(g.bedrag)}`).join(', ')}`;
    case 'kwijtschelding-per-jaar':
      return `per jaar: eenpersoons ${formatEuro(b.eenpersoons)}, meerpersoons ${formatEuro(b.meerpersoons)}`;
  }
}

function voorwaardenTekst(r: Regeling): string {
  const v = r.voorwaarden;
  const parts = [`inkomen tot ${v.maxInkomenProcentSociaalMinimum}% van het sociaal minimum`];
  if (v.minLeeftijd !== undefined) parts.push(`vanaf ${v.minLeeftijd} jaar`);
  if (v.maxLeeftijd !== undefined) parts.push(`tot en met ${v.maxLeeftijd} jaar`);
  if (v.onderAowLeeftijd) parts.push('onder de AOW-leeftijd');
  if (v.huishoudtypen) parts.push(`alleen ${v.huishoudtypen.map((k) => HOUSEHOLD_KIND_LABELS[k].toLowerCase()).join(', ')}`);
  if (v.minKinderen) parts.push(`minstens ${v.minKinderen} kind(eren)`);
  if (v.minMaandenLaagInkomen) parts.push(`minstens ${v.minMaandenLaagInkomen} maanden op het minimum`);
  return parts.join('; ');
}

/** The form's fields as text, as the user types them. */
interface Draft {
  soort: Regeling['soort'];
  naam: string;
  grens: string;
  minLeeftijd: string;
  maxLeeftijd: string;
  maanden: string;
  types: string[];
  a: string; // alleenstaande / per volwassene / eenpersoons / kind 0-3
  b: string; // alleenstaande ouder / meerpersoons / kind 4-11
  c: string; // gehuwden / kind 12-17
  validFrom: string;
  validTo: string;
  wet: string;
  artikel: string;
  cvdr: string;
  bron: string;
}

const emptyDraft = (): Draft => ({ soort: 'individuele-inkomenstoeslag', naam: '', grens: '120', minLeeftijd: '', maxLeeftijd: '', maanden: '', types: [], a: '', b: '', c: '', validFrom: todayIso().slice(0, 4) + '-01-01', validTo: '', wet: '', artikel: '', cvdr: '', bron: '' });

function draftOf(r: Regeling): Draft {
  const b = r.bedrag;
  const amounts =
    b.type === 'per-jaar-per-huishouden' ? [b.bedragen.alleenstaande, b.bedragen['alleenstaande-ouder'], b.bedragen.gehuwden]
    : b.type === 'per-maand-per-volwassene' ? [b.bedrag]
    : b.type === 'kwijtschelding-per-jaar' ? [b.eenpersoons, b.meerpersoons]
    : b.leeftijdsgroepen.map((g) => g.bedrag);
  const [a, bb, c] = amounts.map((x) => (x === undefined ? '' : euroInput(x)));
  return {
    soort: r.soort, naam: r.naam, grens: String(r.voorwaarden.maxInkomenProcentSociaalMinimum), minLeeftijd: r.voorwaarden.minLeeftijd?.toString() ?? '', maxLeeftijd: r.voorwaarden.maxLeeftijd?.toString() ?? '',
    maanden: r.voorwaarden.minMaandenLaagInkomen?.toString() ?? '', types: r.voorwaarden.huishoudtypen ?? [], a: a ?? '', b: bb ?? '', c: c ?? '',
    validFrom: r.validFrom, validTo: r.validTo ?? '', wet: r.grondslag.law, artikel: r.grondslag.article, cvdr: r.grondslag.cvdrId ?? '', bron: r.grondslag.source,
  };
}

/** Labels of the amount fields per kind of scheme. */
function amountLabels(soort: Regeling['soort']): [string, string?, string?] {
  if (soort === 'collectieve-zorgverzekering') return ['Bijdrage per volwassene per maand (euro)'];
  if (soort === 'kwijtschelding') return ['Eenpersoonshuishouden per jaar (euro)', 'Meerpersoonshuishouden per jaar (euro)'];
  if (soort === 'kindpakket') return ['Per kind van 0 tot en met 3 jaar, per jaar (euro)', 'Per kind van 4 tot en met 11 jaar, per jaar (euro)', 'Per kind van 12 tot en met 17 jaar, per jaar (euro)'];
  return ['Alleenstaande, per jaar (euro)', 'Alleenstaande ouder, per jaar (euro)', 'Gehuwden of samenwonenden, per jaar (euro)'];
}

const slug = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'regeling';

/** The form's field name of each field of the scheme in the API (so its refusal lands on that field). */
const FIELD_OF: Record<string, keyof Draft> = {
  naam: 'naam', soort: 'soort', validFrom: 'validFrom', validTo: 'validTo', 'voorwaarden.maxInkomenProcentSociaalMinimum': 'grens', 'voorwaarden.minLeeftijd': 'minLeeftijd', 'voorwaarden.maxLeeftijd': 'maxLeeftijd',
  'voorwaarden.minMaandenLaagInkomen': 'maanden', 'voorwaarden.huishoudtypen': 'types', 'grondslag.law': 'wet', 'grondslag.article': 'artikel', 'grondslag.cvdrId': 'cvdr', 'grondslag.source': 'bron',
  'bedrag.bedragen.alleenstaande': 'a', 'bedrag.bedragen.alleenstaande-ouder': 'b', 'bedrag.bedragen.gehuwden': 'c', 'bedrag.bedrag': 'a', 'bedrag.eenpersoons': 'a', 'bedrag.meerpersoons': 'b',
  'bedrag.leeftijdsgroepen.0.bedrag': 'a', 'bedrag.leeftijdsgroepen.1.bedrag': 'b', 'bedrag.leeftijdsgroepen.2.bedrag': 'c',
};
const LABELS: Record<string, string> = {
  soort: 'Soort regeling', naam: 'Naam', grens: 'Inkomensgrens', minLeeftijd: 'Minimumleeftijd', maxLeeftijd: 'Maximumleeftijd', maanden: 'Duur op het minimum', types: 'Huishoudtypen',
  a: 'Bedrag', b: 'Tweede bedrag', c: 'Derde bedrag', validFrom: 'Geldig vanaf', validTo: 'Geldig tot en met', wet: 'Verordening', artikel: 'Artikel', cvdr: 'CVDR-nummer', bron: 'Vindplaats',
  geldigVanaf: 'Nieuwe versie geldt vanaf', illustratief: 'Illustratief',
};

export function RegelingenPage() {
  const { has } = useSession();
  const allowed = has('beleid');
  const form = useFormId('regeling');
  const [data, setData] = useState<Overzicht | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [d, setD] = useState<Draft>(emptyDraft());
  const [editing, setEditing] = useState<string | null>(null);
  const [vanaf, setVanaf] = useState(todayIso());
  const [illustratief, setIllustratief] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, setError, run, err } = useSubmit();
  const io = useSubmit();

  const load = useCallback(async () => {
    try {
      const r = await api.get('/income/regelingen');
      setData(r.data);
      setIllustratief(r.data.inWerking?.illustratief ?? false);
    } catch (e) {
      if (e instanceof ApiError) setLoadError(e);
    }
  }, []);
  useEffect(() => {
    document.title = 'Gemeentelijke regelingen · Maatwerk';
    if (allowed) void load();
  }, [allowed, load]);

  if (!allowed) return (<><H1>Gemeentelijke regelingen</H1><Alert type="error">Alleen een beleidsadviseur beheert de gemeentelijke regelingen.</Alert></>);
  if (loadError) return (<><H1>Gemeentelijke regelingen</H1><Alert type="error">{loadError.message}</Alert></>);
  if (!data) return <Loading what="De regelingen" />;

  const current = data.inWerking;
  const schemes = (current?.regelingen ?? []) as Regeling[];
  const labels = amountLabels(d.soort);
  const set = (k: keyof Draft) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setD({ ...d, [k]: e.target.value });

  /** The scheme as the API takes it; a typo in a number is named here, the rules are the API's. */
  const build = (): { regeling: Regeling | null; fields: Array<{ name: string; reason: string }> } => {
    const fields: Array<{ name: string; reason: string }> = [];
    const num = (text: string, name: keyof Draft, optional: boolean) => {
      if (text.trim() === '') {
        if (!optional) fields.push({ name, reason: 'is verplicht' });
        return undefined;
      }
      const n = Number(text.trim().replace(',', '.'));
      if (!Number.isFinite(n)) fields.push({ name, reason: 'is geen getal' });
      return n;
    };
    const euro = (text: string, name: keyof Draft) => {
      const c = parseEuro(text);
      if (c === null) fields.push({ name, reason: text.trim() === '' ? 'is verplicht' : 'is geen bedrag; schrijf het zoals 612,50' });
      return c ?? 0;
    };
    const voorwaarden = {
      maxInkomenProcentSociaalMinimum: num(d.grens, 'grens', false) ?? 0,
      ...(d.minLeeftijd.trim() ? { minLeeftijd: num(d.minLeeftijd, 'minLeeftijd', true) } : {}),
      ...(d.maxLeeftijd.trim() ? { maxLeeftijd: num(d.maxLeeftijd, 'maxLeeftijd', true) } : {}),
      ...(d.maanden.trim() ? { minMaandenLaagInkomen: num(d.maanden, 'maanden', true) } : {}),
      ...(d.types.length ? { huishoudtypen: d.types as Array<(typeof KINDS)[number]> } : {}),
      ...(d.soort === 'kindpakket' ? { minKinderen: 1 } : {}),
    };
    const bedrag: Regeling['bedrag'] =
      d.soort === 'collectieve-zorgverzekering' ? { type: 'per-maand-per-volwassene', bedrag: euro(d.a, 'a') }
      : d.soort === 'kwijtschelding' ? { type: 'kwijtschelding-per-jaar', eenpersoons: euro(d.a, 'a'), meerpersoons: euro(d.b, 'b') }
      : d.soort === 'kindpakket' ? { type: 'per-jaar-per-kind', leeftijdsgroepen: [{ vanaf: 0, totEnMet: 3, bedrag: euro(d.a, 'a') }, { vanaf: 4, totEnMet: 11, bedrag: euro(d.b, 'b') }, { vanaf: 12, totEnMet: 17, bedrag: euro(d.c, 'c') }] }
      : { type: 'per-jaar-per-huishouden', bedragen: { alleenstaande: euro(d.a, 'a'), 'alleenstaande-ouder': euro(d.b, 'b'), gehuwden: euro(d.c, 'c') } };
    const regeling = {
      id: editing ?? slug(d.naam || SOORTEN[d.soort]),
      soort: d.soort,
      naam: d.naam,
      validFrom: d.validFrom,
      ...(d.validTo ? { validTo: d.validTo } : {}),
      grondslag: { law: d.wet, article: d.artikel, ...(d.cvdr.trim() ? { cvdrId: d.cvdr.trim() } : {}), source: d.bron, confidence: illustratief ? 'illustrative' : 'official' },
      voorwaarden,
      bedrag,
    } as Regeling;
    return { regeling: fields.length ? null : regeling, fields };
  };

  const saveVersion = async (regelingen: Regeling[], editedIndex: number | null) => {
    const body: Versie = { geldigVanaf: vanaf, illustratief, ...(current?.toelichting && current.illustratief === illustratief ? { toelichting: current.toelichting } : {}), regelingen };
    setSaved(null);
    try {
      await api.post('/income/regelingen', { body });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // A refusal of the edited scheme lands on its field in the form; others are named as they are.
      const prefix = editedIndex === null ? null : `regelingen.${editedIndex}.`;
      const fields = e.fields.map((f) => {
        if (f.name === 'geldigVanaf' || f.name === 'illustratief') return f;
        if (prefix && f.name.startsWith(prefix) && FIELD_OF[f.name.slice(prefix.length)]) return { name: FIELD_OF[f.name.slice(prefix.length)], reason: f.reason };
        const m = /^regelingen\.(\d+)\.(.*)$/.exec(f.name);
        const r = m ? regelingen[Number(m[1])] : undefined;
        return { name: r ? `${r.naam}: ${m![2]}` : f.name, reason: f.reason };
      });
      throw new ApiError(e.status, { title: e.title, detail: e.message, invalidParams: fields });
    }
    setSaved(`De nieuwe versie geldt vanaf ${formatDate(vanaf)}. Eerdere versies blijven bewaard.`);
    setEditing(null);
    setD(emptyDraft());
    await load();
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const { regeling, fields } = build();
    if (!regeling) return setError(new ApiError(400, { title: 'Ongeldige invoer', detail: fields.map((f) => `${f.name}: ${f.reason}`).join('; '), invalidParams: fields }));
    const list = [...schemes];
    let i = list.findIndex((r) => r.id === regeling.id);
    if (i === -1) {
      // A new scheme whose short name is taken gets a number.
      let id = regeling.id;
      for (let n = 2; list.some((r) => r.id === id); n++) id = `${regeling.id}-${n}`;
      regeling.id = id;
      list.push(regeling);
      i = list.length - 1;
    } else list[i] = regeling;
    await run(() => saveVersion(list, i));
  };

  const remove = async (id: string) => {
    await run(() => saveVersion(schemes.filter((r) => r.id !== id), null));
  };

  const exportFile = async () => {
    const r = await io.run(() => api.get('/income/regelingen/export'));
    if (r) downloadText(JSON.stringify(r.data, null, 2), `gemeentelijke-regelingen-vanaf-${r.data.geldigVanaf}.json`, 'application/json');
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setSaved(null);
    const text = await file.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      io.setError(new ApiError(400, { title: 'Ongeldig bestand', detail: `${file.name} is geen JSON-bestand.` }));
      return;
    }
    const r = await io.run(() => api.post('/income/regelingen', { body: parsed as Versie }));
    if (r) {
      setSaved(`${file.name} is ingelezen: een nieuwe versie vanaf ${formatDate(r.data.geldigVanaf)}.`);
      await load();
    }
  };

  return (
    <>
      <H1>Gemeentelijke regelingen</H1>
      <P className="mw-muted">
        De regelingen van {data.organisatie}: voorwaarden, bedragen, geldigheid en de verordening in het CVDR. De inkomenscheck van een casus en de minima-effectrapportage rekenen met de versie die op hun datum geldt. Een nieuwe versie geldt vanaf een datum; eerdere versies blijven bewaard.
      </P>
      {saved && <Alert type="ok" live>{saved}</Alert>}
      <section className="mw-section" aria-labelledby={`${form}-nu`}>
        <H2 id={`${form}-nu`}>Geldt vandaag</H2>
        {!current ? (
          <Alert type="info">Er is nog geen versie die vandaag geldt. Tot dan rekenen de inkomenscheck en het rapport met de ingebouwde voorbeeldregelingen van de gemeente (illustratief) of alleen met de landelijke regels.</Alert>
        ) : (
          <>
            <P>
              Versie vanaf {formatDate(current.geldigVanaf)}, vastgelegd {formatDateTime(current.opgeslagenOp)}
              {current.opgeslagenDoor ? ` door ${current.opgeslagenDoor}` : ''}. {current.illustratief && <StatusBadge status="warning">Illustratief</StatusBadge>}
            </P>
            {current.illustratief && <Alert type="warning">Illustratief: de bedragen zijn voorbeelden om het rekenen te tonen, niet de bedragen uit de verordening van de gemeente.</Alert>}
            <Table caption="Regelingen in deze versie" head={['Regeling', 'Voorwaarden', 'Bedrag', 'Geldig', 'Grondslag', 'Acties']}>
              {schemes.map((r) => (
                <tr key={r.id} className="utrecht-table__row">
                  <Td>
                    <span className="mw-strong">{r.naam}</span>
                    <br />
                    {SOORTEN[r.soort]}
                  </Td>
                  <Td>{voorwaardenTekst(r)}</Td>
                  <Td>{bedragTekst(r.bedrag)}</Td>
                  <Td>{r.validTo ? `${formatDate(r.validFrom)} tot en met ${formatDate(r.validTo)}` : `vanaf ${formatDate(r.validFrom)}`}</Td>
                  <Td>
                    {r.grondslag.law}, {r.grondslag.article}
                    {r.grondslag.cvdrId ? ` (${r.grondslag.cvdrId})` : ''}
                  </Td>
                  <Td>
                    <ButtonGroup>
                      <SecondaryButton onClick={() => { setEditing(r.id); setD(draftOf(r)); setIllustratief(current.illustratief); document.getElementById(fieldId(form, 'soort'))?.focus(); }}>Wijzigen<span className="mw-visually-hidden"> {r.naam}</span></SecondaryButton>
                      <SecondaryButton onClick={() => void remove(r.id)} disabled={busy}>Schrappen<span className="mw-visually-hidden"> {r.naam}</span></SecondaryButton>
                    </ButtonGroup>
                  </Td>
                </tr>
              ))}
            </Table>
          </>
        )}
        <P>
          <a className="utrecht-link" href="/beleid/minima-effect">Minima-effectrapportage met deze regelingen</a>
        </P>
      </section>

      <section className="mw-section" aria-labelledby={`${form}-form`}>
        <H2 id={`${form}-form`}>{editing ? 'Regeling wijzigen' : 'Regeling toevoegen'}</H2>
        <form onSubmit={submit} noValidate aria-label={editing ? 'Regeling wijzigen' : 'Regeling toevoegen'}>
          <ErrorSummary form={form} error={error} labels={LABELS} conflictWhat="de regelingen" />
          <div className="mw-grid-2">
            <SelectField form={form} name="soort" label="Soort regeling" value={d.soort} onChange={(e) => setD({ ...d, soort: e.target.value as Regeling['soort'] })} error={err('soort')} options={Object.entries(SOORTEN).map(([value, label]) => ({ value, label }))} />
            <TextField form={form} name="naam" label="Naam" value={d.naam} maxLength={120} onChange={set('naam')} error={err('naam')} />
            <TextField form={form} name="grens" label="Inkomensgrens (% van het sociaal minimum)" inputMode="numeric" value={d.grens} maxLength={4} onChange={set('grens')} error={err('grens')} description="100 tot en met 200" />
            <TextField form={form} name="maanden" label="Duur op het minimum (maanden, optioneel)" inputMode="numeric" value={d.maanden} maxLength={4} onChange={set('maanden')} error={err('maanden')} />
            <TextField form={form} name="minLeeftijd" label="Minimumleeftijd (optioneel)" inputMode="numeric" value={d.minLeeftijd} maxLength={3} onChange={set('minLeeftijd')} error={err('minLeeftijd')} />
            <TextField form={form} name="maxLeeftijd" label="Maximumleeftijd (optioneel)" inputMode="numeric" value={d.maxLeeftijd} maxLength={3} onChange={set('maxLeeftijd')} error={err('maxLeeftijd')} />
          </div>
          <fieldset id={fieldId(form, 'types')} tabIndex={-1} className="utrecht-form-fieldset mw-card">
            <legend className="utrecht-form-fieldset__legend">Alleen voor deze huishoudtypen (geen vinkje: alle)</legend>
            {err('types') && <p className="utrecht-form-field-error-message">{err('types')}</p>}
            {KINDS.map((k) => (
              <CheckboxField key={k} form={form} name={`type-${k}`} label={HOUSEHOLD_KIND_LABELS[k]} checked={d.types.includes(k)} onChange={(on) => setD({ ...d, types: on ? [...d.types, k] : d.types.filter((x) => x !== k) })} />
            ))}
          </fieldset>
          <div className="mw-grid-2">
            <TextField form={form} name="a" label={labels[0]} inputMode="decimal" value={d.a} maxLength={12} onChange={set('a')} error={err('a')} />
            {labels[1] && <TextField form={form} name="b" label={labels[1]} inputMode="decimal" value={d.b} maxLength={12} onChange={set('b')} error={err('b')} />}
            {labels[2] && <TextField form={form} name="c" label={labels[2]} inputMode="decimal" value={d.c} maxLength={12} onChange={set('c')} error={err('c')} />}
            <TextField form={form} name="validFrom" label="Regeling geldig vanaf" type="date" value={d.validFrom} onChange={set('validFrom')} error={err('validFrom')} />
            <TextField form={form} name="validTo" label="Regeling geldig tot en met (optioneel)" type="date" value={d.validTo} onChange={set('validTo')} error={err('validTo')} />
            <TextField form={form} name="wet" label="Verordening" value={d.wet} maxLength={200} onChange={set('wet')} error={err('wet')} />
            <TextField form={form} name="artikel" label="Artikel" value={d.artikel} maxLength={100} onChange={set('artikel')} error={err('artikel')} />
            <TextField form={form} name="cvdr" label="CVDR-nummer" value={d.cvdr} maxLength={14} onChange={set('cvdr')} error={err('cvdr')} description="Zoals CVDR712345; verplicht als de versie niet illustratief is" />
            <TextField form={form} name="bron" label="Vindplaats van de bedragen" value={d.bron} maxLength={500} onChange={set('bron')} error={err('bron')} />
            <TextField form={form} name="geldigVanaf" label="Nieuwe versie geldt vanaf" type="date" value={vanaf} onChange={(e) => setVanaf(e.target.value)} error={err('geldigVanaf')} />
          </div>
          <CheckboxField form={form} name="illustratief" label="Illustratief (voorbeeldbedragen, niet de verordening)" checked={illustratief} onChange={setIllustratief} />
          <ButtonGroup>
            <PrimaryButton busy={busy} disabled={busy}>Opslaan als nieuwe versie</PrimaryButton>
            {editing && <SecondaryButton onClick={() => { setEditing(null); setD(emptyDraft()); setError(null); }}>Annuleren</SecondaryButton>}
          </ButtonGroup>
        </form>
      </section>

      <section className="mw-section" aria-labelledby={`${form}-io`}>
        <H2 id={`${form}-io`}>Exporteren en importeren</H2>
        <P>Het exportbestand (JSON) is de versie die vandaag geldt; een ingelezen bestand wordt een nieuwe versie, na dezelfde controle als het formulier.</P>
        <ButtonGroup>
          <SecondaryButton onClick={exportFile} disabled={io.busy || !current}>Exporteren als JSON</SecondaryButton>
        </ButtonGroup>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={fieldId(form, 'import')}>JSON-bestand importeren</label>
          <input id={fieldId(form, 'import')} className="utrecht-textbox" type="file" accept="application/json,.json" onChange={(e) => void importFile(e.target.files?.[0])} />
        </div>
        {io.error && (
          <Alert type="error" live>
            {io.error.fields.length ? (
              <>
                Het bestand is geweigerd:
                <ul className="utrecht-unordered-list">
                  {io.error.fields.map((f) => (
                    <li key={f.name} className="utrecht-unordered-list__item">{f.name}: {f.reason}</li>
                  ))}
                </ul>
              </>
            ) : (
              io.error.message
            )}
          </Alert>
        )}
      </section>

      <section className="mw-section" aria-labelledby={`${form}-versies`}>
        <H2 id={`${form}-versies`}>Alle versies</H2>
        {data.versies.length === 0 ? (
          <P>Nog geen versies.</P>
        ) : (
          <Table caption="Versies van de gemeentelijke regelingen" head={['Geldt vanaf', 'Regelingen', 'Soort', 'Vastgelegd']}>
            {[...data.versies].reverse().map((v) => (
              <tr key={v.id} className="utrecht-table__row">
                <Td>{formatDate(v.geldigVanaf)}{v.id === current?.id ? ' (geldt vandaag)' : ''}</Td>
                <Td>{(v.regelingen as Regeling[]).map((r) => r.naam).join(', ') || 'geen'}</Td>
                <Td>{v.illustratief ? 'Illustratief' : 'Verordening'}</Td>
                <Td>{formatDateTime(v.opgeslagenOp)}{v.opgeslagenDoor ? `, ${v.opgeslagenDoor}` : ''}</Td>
              </tr>
            ))}
          </Table>
        )}
      </section>
    </>
  );
}
