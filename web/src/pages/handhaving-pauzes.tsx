// SPDX-License-Identifier: EUPL-1.2
/**
 * The teamleider's pauses to decide (pauzeknop, four eyes): the household, the reason, the term, the
 * owner and the conditions; approve or reject. The enforcement file itself is not shown here.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { formatDate } from '../format';
import { Alert, ButtonGroup, Facts, H1, H2, Loading, P, PrimaryButton, SecondaryButton, TextField, useSubmit } from '../ui';

type Pause = Schemas['Handhavingspauze'] & { householdName: string };

export function HandhavingspauzesPage() {
  const [items, setItems] = useState<Pause[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const load = () => api.get('/handhavingspauzes').then((r) => setItems(r.data.items as Pause[]), (e) => e instanceof ApiError && setError(e));
  useEffect(() => {
    document.title = 'Pauzes van handhaving · Maatwerk';
    void load();
  }, []);
  return (
    <>
      <H1>Pauzes van handhaving</H1>
      <P className="mw-muted">Een handhaver of regisseur vraagt een sanctie te pauzeren zolang de situatie wordt gelegaliseerd. U beslist als tweede paar ogen; wie de pauze aanvroeg, keurt hem niet zelf goed.</P>
      {done && (
        <Alert type="ok" live>
          {done}
        </Alert>
      )}
      {error && <Alert type="error">{error.message}</Alert>}
      {!items && !error && <Loading what="De pauzes" />}
      {items && items.length === 0 && <P>Er wachten geen pauzes op uw besluit.</P>}
      {items?.map((p) => <PauseCard key={p.id} p={p} onDone={(t) => { setDone(t); void load(); }} />)}
    </>
  );
}

function PauseCard({ p, onDone }: { p: Pause; onDone: (text: string) => void }) {
  const [note, setNote] = useState('');
  const sub = useSubmit();
  const act = async (action: 'goedkeuren' | 'afwijzen') => {
    const path = action === 'goedkeuren' ? '/handhavingspauzes/{id}/goedkeuren' : '/handhavingspauzes/{id}/afwijzen';
    const r = await sub.run(() => api.post(path, { path: { id: p.id }, body: { note }, ifMatch: p.version }));
    if (r) onDone(action === 'goedkeuren' ? `De pauze voor ${p.householdName} loopt tot ${formatDate(p.until)}.` : `De pauze voor ${p.householdName} is afgewezen.`);
  };
  const form = `pauze-${p.id.slice(0, 8)}`;
  return (
    <article className="mw-card" aria-labelledby={`${form}-kop`}>
      <H2 id={`${form}-kop`}>{p.householdName}</H2>
      <Facts items={[['Aangevraagd door', `${p.requestedByName} op ${formatDate(p.requestedOn)}`], ['Tot en met', formatDate(p.until)], ['Reden', p.reason], ['Eigenaar', p.owner], ['Voorwaarden', p.conditions || '—']]} />
      {sub.error && <Alert type="error">{sub.error.message}</Alert>}
      <TextField form={form} name="note" label="Toelichting (optioneel)" value={note} onChange={(e) => setNote(e.target.value)} />
      <ButtonGroup>
        <PrimaryButton type="button" disabled={sub.busy} onClick={() => void act('goedkeuren')}>
          Pauze goedkeuren
        </PrimaryButton>
        <SecondaryButton disabled={sub.busy} onClick={() => void act('afwijzen')}>
          Afwijzen
        </SecondaryButton>
      </ButtonGroup>
    </article>
  );
}
