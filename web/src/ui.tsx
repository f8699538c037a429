// SPDX-License-Identifier: EUPL-1.2
/**
 * The building blocks every page uses: NL Design System (Utrecht) components and classes with the
 * accessibility wiring done once — labels tied to inputs, error messages next to the field and
 * announced, an error summary at the top of a form that links to each field (WCAG 3.3.1, 3.3.3).
 */
import { useEffect, useId, useRef, useState, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, type InputHTMLAttributes } from 'react';
import { Button, type ButtonProps } from '@utrecht/button-react';
import { FormField } from '@utrecht/form-field-react';
import { FormLabel } from '@utrecht/form-label-react';
import { FormFieldErrorMessage } from '@utrecht/form-field-error-message-react';
import { FormFieldDescription } from '@utrecht/form-field-description-react';
import { Textbox } from '@utrecht/textbox-react';
import { Checkbox } from '@utrecht/checkbox-react';
import { ApiError } from './api/client';

export { Button };

/** The DOM id of a field, from the form's id and the API's field name ('members.0.name'). */
export const fieldId = (form: string, name: string) => `${form}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

interface FieldBase {
  form: string;
  name: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
}

function FieldShell({ form, name, label, description, error, children, type }: FieldBase & { children: (p: { id: string; describedBy?: string; invalid: boolean }) => ReactNode; type?: string }) {
  const id = fieldId(form, name);
  const descId = description ? `${id}-omschrijving` : undefined;
  const errId = error ? `${id}-fout` : undefined;
  const describedBy = [errId, descId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField invalid={!!error} type={type} className="mw-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={descId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={errId} className="utrecht-form-field__error-message">
          <span className="mw-visually-hidden">Fout: </span>
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{children({ id, describedBy, invalid: !!error })}</div>
    </FormField>
  );
}

export function TextField({ form, name, label, description, error, ...input }: FieldBase & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'form'>) {
  return (
    <FieldShell form={form} name={name} label={label} description={description} error={error}>
      {({ id, describedBy, invalid }) => <Textbox id={id} name={name} invalid={invalid} aria-invalid={invalid || undefined} aria-describedby={describedBy} {...input} />}
    </FieldShell>
  );
}

export function TextAreaField({ form, name, label, description, error, ...input }: FieldBase & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'form'>) {
  return (
    <FieldShell form={form} name={name} label={label} description={description} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} name={name} className={`utrecht-textarea utrecht-textarea--html-textarea${invalid ? ' utrecht-textarea--invalid' : ''}`} aria-invalid={invalid || undefined} aria-describedby={describedBy} rows={4} {...input} />
      )}
    </FieldShell>
  );
}

export function SelectField({ form, name, label, description, error, options, ...input }: FieldBase & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'form'> & { options: Array<{ value: string; label: string }> }) {
  return (
    <FieldShell form={form} name={name} label={label} description={description} error={error}>
      {({ id, describedBy, invalid }) => (
        <select id={id} name={name} className={`utrecht-select utrecht-select--html-select${invalid ? ' utrecht-select--invalid' : ''}`} aria-invalid={invalid || undefined} aria-describedby={describedBy} {...input}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function CheckboxField({ form, name, label, checked, onChange }: { form: string; name: string; label: ReactNode; checked: boolean; onChange: (v: boolean) => void }) {
  const id = fieldId(form, name);
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox mw-checkbox">
      <Checkbox id={id} appearance="custom" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">
        {label}
      </label>
    </div>
  );
}

/**
 * The error summary at the top of a form: title, each field's reason as a link to the field, and
 * focus moved here so keyboard and screen-reader users learn what went wrong (GOV.UK/NL DS pattern).
 */
export function ErrorSummary({ form, error, labels, conflictWhat = 'deze casus' }: { form: string; error: ApiError | null; labels?: Record<string, string>; conflictWhat?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const conflict = error.status === 412;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className={`utrecht-alert utrecht-alert--${conflict ? 'warning' : 'error'} mw-error-summary`} aria-labelledby={`${form}-samenvatting`}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <p id={`${form}-samenvatting`} className="utrecht-paragraph mw-strong">
            {conflict ? `Iemand anders heeft ${conflictWhat} intussen gewijzigd.` : error.fields.length ? 'Controleer de volgende velden:' : error.title}
          </p>
          {error.fields.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {error.fields.map((f) => (
                <li key={f.name} className="utrecht-unordered-list__item">
                  <a className="utrecht-link" href={`#${fieldId(form, f.name)}`} onClick={(e) => { const el = document.getElementById(fieldId(form, f.name)); if (el) { e.preventDefault(); el.focus(); } }}>
                    {labels?.[f.name] ?? f.name}: {f.reason}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="utrecht-paragraph">{conflict ? 'Uw invoer staat nog in het formulier. Laad de nieuwste versie en sla daarna opnieuw op.' : error.message}</p>
          )}
        </div>
      </div>
    </div>
  );
}

export function Alert({ type = 'info', children, live }: { type?: 'info' | 'ok' | 'warning' | 'error'; children: ReactNode; live?: boolean }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={live ? (type === 'error' ? 'alert' : 'status') : undefined}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function H1({ children, id }: { children: ReactNode; id?: string }) {
  return <h1 id={id} className="utrecht-heading-1">{children}</h1>;
}
export function H2({ children, id }: { children: ReactNode; id?: string }) {
  return <h2 id={id} className="utrecht-heading-2">{children}</h2>;
}
export function H3({ children, id }: { children: ReactNode; id?: string }) {
  return <h3 id={id} className="utrecht-heading-3">{children}</h3>;
}
export function P({ children, className }: { children: ReactNode; className?: string }) {
  return <p className={['utrecht-paragraph', className].filter(Boolean).join(' ')}>{children}</p>;
}

export function StatusBadge({ status = 'neutral', children }: { status?: 'neutral' | 'safe' | 'warning' | 'danger' | 'active' | 'inactive'; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${status}`}>{children}</span>;
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group">{children}</div>;
}

export function PrimaryButton(props: ButtonProps) {
  return <Button appearance="primary-action-button" type="submit" {...props} />;
}
export function SecondaryButton(props: ButtonProps) {
  return <Button appearance="secondary-action-button" type="button" {...props} />;
}

/** A data list of label/value pairs (dl), for read-only facts. */
export function Facts({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <dl className="utrecht-data-list mw-facts">
      {items.map(([k, v]) => (
        <div key={k} className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{k}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** `scrollLabel`: names the scroll frame as a region (for a table without links or buttons that may scroll sideways on a phone). */
export function Table({ caption, head, children, className, scrollLabel }: { caption: ReactNode; head: ReactNode[]; children: ReactNode; className?: string; scrollLabel?: string }) {
  // A wide table scrolls inside its own frame (never the page); then the frame takes keyboard focus so
  // it can be scrolled with the arrow keys.
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    const ro = new ResizeObserver(check);
    ro.observe(el);
    check();
    return () => ro.disconnect();
  }, []);
  return (
    <div className="mw-table-scroll" ref={ref} tabIndex={scrolls ? 0 : undefined} {...(scrollLabel ? { role: 'region', 'aria-label': scrollLabel } : {})}>
      <table className={['utrecht-table utrecht-table--html-table', className].filter(Boolean).join(' ')}>
        <caption className="utrecht-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {head.map((h, i) => (
              <th key={i} scope="col" className="utrecht-table__header-cell">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
/** A row's header cell (the first cell that names the row). */
export function Th({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className="utrecht-table__header-cell">
      {children}
    </th>
  );
}

export function Td({ children, numeric }: { children: ReactNode; numeric?: boolean }) {
  return <td className={`utrecht-table__cell${numeric ? ' utrecht-table__cell--numeric' : ''}`}>{children}</td>;
}

export function Pagination({ page, pageSize, total, onPage }: { page: number; pageSize: number; total: number; onPage: (p: number) => void }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="utrecht-pagination" aria-label="Paginering">
      <span className="utrecht-pagination__before">
        <button type="button" className="utrecht-button utrecht-button--subtle" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Vorige<span className="mw-visually-hidden"> pagina</span>
        </button>
      </span>
      <span className="utrecht-pagination__pages mw-pagination-pages">
        Pagina {page} van {pages}
      </span>
      <span className="utrecht-pagination__after">
        <button type="button" className="utrecht-button utrecht-button--subtle" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Volgende<span className="mw-visually-hidden"> pagina</span>
        </button>
      </span>
    </nav>
  );
}

/** Loading state, announced politely. */
export function Loading({ what = 'Gegevens' }: { what?: string }) {
  return (
    <p className="utrecht-paragraph" role="status">
      {what} worden geladen…
    </p>
  );
}

/**
 * Run a request from a form: tracks busy state and the ApiError (whose fields go next to the
 * inputs and into the summary). The form's values stay untouched on failure, so nothing typed is lost.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async <T,>(fn: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else setError(new ApiError(0, { title: 'Onverwachte fout', detail: (e as Error).message }));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run, err: (name: string) => error?.field(name) };
}

export function useFormId(prefix: string) {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
}

/**
 * A form's draft next to the version it started from. `changed()` is what the user edited (only
 * that is sent); `rebase(latest)` after a 412 keeps those edits and takes the latest values for the
 * fields the user left alone, so saving again never silently undoes someone else's change.
 */
export function useDraft<T extends Record<string, string>>(initial: T) {
  const [base, setBase] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const changed = (): Partial<T> => Object.fromEntries(Object.entries(draft).filter(([k, v]) => v !== base[k])) as Partial<T>;
  const rebase = (latest: T) => {
    const merged = { ...draft };
    for (const k of Object.keys(latest) as Array<keyof T>) if (draft[k] === base[k]) merged[k] = latest[k];
    setDraft(merged);
    setBase(latest);
  };
  return { draft, setDraft, changed, rebase };
}

/** The 412 message with the way out: load the latest version, keep what was typed. */
export function ConflictNotice({ what, onLoad }: { what: string; onLoad: () => void }) {
  return (
    <div className="mw-card" role="region" aria-label="Intussen gewijzigd">
      <P>Iemand anders heeft {what} intussen gewijzigd. Uw invoer staat hieronder nog in het formulier en is niet opgeslagen.</P>
      <SecondaryButton onClick={onLoad}>Nieuwste versie laden</SecondaryButton>
    </div>
  );
}
