// SPDX-License-Identifier: EUPL-1.2
/**
 * Handhaving on the case, for the regisseur and the team: only that a pause of a sanction runs and
 * until when, the questions of handhaving to answer (the answer is shared for enforcement with its
 * legal ground), a stopped benefit with what is needed to restart it, and a way to ask for a pause.
 * Nothing of the enforcement file itself.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, type Schemas } from '../api/client';
import { countText, formatDate } from '../format';
import { Alert, H2, P, PrimaryButton, TextAreaField, TextField, ErrorSummary, useFormId, useSubmit } from '../ui';
import type { CaseCtx } from './case';

type Piece = Schemas['HandhavingOpDeCasus'];

export function CaseEnforcementSection({ ctx }: { ctx: CaseCtx }) {
  const id = ctx.file.case.id;
  const [piece, setPiece] = useState<Piece | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = () => api.get('/cases/{id}/handhaving', { path: { id } }).then((r) => setPiece(r.data), (e) => e instanceof ApiError && e.status !== 403 && setError(e));
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  if (error) return <Alert type="error">{error.message}</Alert>;
  if (!piece) return null;
  // Nothing from enforcement on this household: the case page stays as it was.
  if (!piece.pause.running && !piece.pause.requested && piece.questions.length === 0 && !piece.benefit) return null;
  return (
    <section className="mw-section" aria-labelledby="handhaving-casus">
      <H2 id="handhaving-casus">Handhaving</H2>
      {piece.pause.running && piece.pause.until && <Alert type="info">Er loopt een pauze van de sanctie tot en met {formatDate(piece.pause.until)}.</Alert>}
      {!piece.pause.running && piece.pause.requested && <P>Er is een pauze van de sanctie aangevraagd; een teamleider beslist.</P>}
      {piece.benefit && (
        <Alert type={piece.benefit.restartedOn ? 'ok' : 'warning'}>
          De uitkering is gestopt op {formatDate(piece.benefit.stoppedOn)}. Nodig om haar te herstarten: {piece.benefit.restartNeeds}
          {piece.benefit.restartedOn ? ` Herstart op ${formatDate(piece.benefit.restartedOn)}${piece.benefit.restartDays !== null ? ` (na ${countText(piece.benefit.restartDays, 'dag', 'dagen')})` : ''}.` : ''}
        </Alert>
      )}
      {piece.questions.map((q) => (
        <QuestionItem key={q.id} q={q} onAnswered={load} />
      ))}
      {ctx.canEdit && !piece.pause.running && !piece.pause.requested && <PauseRequest caseId={id} onDone={load} />}
    </section>
  );
}

function QuestionItem({ q, onAnswered }: { q: Piece['questions'][number]; onAnswered: () => void }) {
  const form = useFormId('antwoord');
  const [answer, setAnswer] = useState('');
  const sub = useSubmit();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const r = await sub.run(() => api.post('/handhavingsvragen/{id}/antwoord', { path: { id: q.id }, body: { answer } }));
    if (r) onAnswered();
  };
  return (
    <div className="mw-card">
      <P>
        {q.askedByName} (handhaving) vroeg op {formatDate(q.askedOn)} of dit huishouden bij een regisseur bekend is. Handhaving kreeg alleen "ja" en uw naam en contact.
      </P>
      {q.answered ? (
        <P>Uw antwoord, gedeeld voor handhaving: {q.answer}</P>
      ) : q.mayAnswer ? (
        <form onSubmit={send} noValidate>
          <ErrorSummary form={form} error={sub.error} labels={{ answer: 'Kort antwoord' }} />
          <TextAreaField form={form} name="answer" label="Kort antwoord aan handhaving" description="Dit wordt gedeeld met handhaving (Participatiewet art. 53a). Deel alleen wat nodig is; uw notities blijven onzichtbaar." error={sub.err('answer')} value={answer} onChange={(e) => setAnswer(e.target.value)} maxLength={500} />
          <PrimaryButton disabled={sub.busy}>Antwoord delen met handhaving</PrimaryButton>
        </form>
      ) : (
        <P className="mw-muted">Nog niet beantwoord door de regisseur.</P>
      )}
    </div>
  );
}

function PauseRequest({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const form = useFormId('pauzeverzoek');
  const [d, setD] = useState({ reason: '', until: '', owner: '', conditions: '' });
  const sub = useSubmit();
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const r = await sub.run(() => api.post('/cases/{id}/handhaving/pauze', { path: { id: caseId }, body: d }));
    if (r) onDone();
  };
  return (
    <details>
      <summary className="utrecht-link">Pauze van een sanctie aanvragen</summary>
      <form onSubmit={send} noValidate>
        <ErrorSummary form={form} error={sub.error} labels={{ reason: 'Reden', until: 'Tot en met', owner: 'Eigenaar', conditions: 'Voorwaarden' }} />
        <TextAreaField form={form} name="reason" label="Reden" error={sub.err('reason')} value={d.reason} onChange={(e) => setD({ ...d, reason: e.target.value })} />
        <TextField form={form} name="until" type="date" label="Tot en met" error={sub.err('until')} value={d.until} onChange={(e) => setD({ ...d, until: e.target.value })} />
        <TextField form={form} name="owner" label="Eigenaar" error={sub.err('owner')} value={d.owner} onChange={(e) => setD({ ...d, owner: e.target.value })} />
        <TextAreaField form={form} name="conditions" label="Voorwaarden" error={sub.err('conditions')} value={d.conditions} onChange={(e) => setD({ ...d, conditions: e.target.value })} />
        <PrimaryButton disabled={sub.busy}>Pauze aanvragen</PrimaryButton>
      </form>
    </details>
  );
}
