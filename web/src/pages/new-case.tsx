// SPDX-License-Identifier: EUPL-1.2
/** Register a new household with its members and open a case for it, with the user as regisseur. */
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { MEMBER_ROLE_LABELS, ORIGIN_LABELS } from '../format';
import { navigate } from '../router';
import { ButtonGroup, ErrorSummary, H1, H2, P, PrimaryButton, SecondaryButton, SelectField, TextAreaField, TextField, useSubmit } from '../ui';

interface MemberDraft {
  name: string;
  birthDate: string;
  role: string;
  bsn: string;
}
const emptyMember = (role = 'aanvrager'): MemberDraft => ({ name: '', birthDate: '', role, bsn: '' });

export function NewCasePage() {
  const form = 'nieuw';
  const [h, setH] = useState({ name: '', address: '', postcode: '' });
  const [members, setMembers] = useState<MemberDraft[]>([emptyMember()]);
  const [c, setC] = useState({ title: '', summary: '', origin: 'inwoner' });
  const { busy, error, run, err } = useSubmit();
  useEffect(() => {
    document.title = 'Nieuw huishouden en casus · Maatwerk';
  }, []);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const body = {
      title: c.title,
      summary: c.summary || undefined,
      origin: c.origin as 'inwoner',
      household: {
        name: h.name,
        address: h.address.trim() || null,
        postcode: h.postcode.trim() || null,
        members: members.map((m) => ({ name: m.name, birthDate: m.birthDate, role: m.role as 'aanvrager', bsn: m.bsn.trim() || null })),
      },
    };
    const r = await run(() => api.post('/cases', { body }));
    if (r) navigate(`/casussen/${r.data.id}`);
  };

  const labels: Record<string, string> = { title: 'Titel van de casus', summary: 'Samenvatting', origin: 'Aanleiding', 'household.name': 'Naam van het huishouden', 'household.address': 'Adres', 'household.postcode': 'Postcode', 'household.members': 'Gezinsleden', householdId: 'Huishouden' };
  members.forEach((_, i) => {
    labels[`household.members.${i}.name`] = `Gezinslid ${i + 1}: naam`;
    labels[`household.members.${i}.birthDate`] = `Gezinslid ${i + 1}: geboortedatum`;
    labels[`household.members.${i}.role`] = `Gezinslid ${i + 1}: rol`;
    labels[`household.members.${i}.bsn`] = `Gezinslid ${i + 1}: BSN`;
  });
  const setMember = (i: number, patch: Partial<MemberDraft>) => setMembers(members.map((m, j) => (j === i ? { ...m, ...patch } : m)));

  return (
    <>
      <H1>Nieuw huishouden en casus</H1>
      <P>Leg het huishouden één keer vast; u wordt de regisseur van de casus. Vraag alleen wat de hulp nodig heeft.</P>
      <ErrorSummary form={form} error={error} labels={labels} />
      <form onSubmit={submit} noValidate aria-label="Nieuw huishouden en casus">
        <H2>Huishouden</H2>
        <TextField form={form} name="household.name" label="Naam van het huishouden" description="Bijvoorbeeld: Huishouden Jansen" value={h.name} maxLength={120} onChange={(e) => setH({ ...h, name: e.target.value })} error={err('household.name')} />
        <div className="mw-grid-2">
          <TextField form={form} name="household.address" label="Adres (niet verplicht)" autoComplete="off" value={h.address} maxLength={200} onChange={(e) => setH({ ...h, address: e.target.value })} error={err('household.address')} />
          <TextField form={form} name="household.postcode" label="Postcode (niet verplicht)" description="Zoals 3511 AB" value={h.postcode} maxLength={7} onChange={(e) => setH({ ...h, postcode: e.target.value })} error={err('household.postcode')} />
        </div>
        <fieldset className="utrecht-form-fieldset" id={`${form}-household-members`} tabIndex={-1}>
          <legend className="utrecht-form-fieldset__legend utrecht-heading-3">Gezinsleden</legend>
          {err('household.members') && <p className="utrecht-form-field-error-message">{err('household.members')}</p>}
          {members.map((m, i) => (
            <fieldset key={i} className="utrecht-form-fieldset mw-card">
              <legend className="utrecht-form-fieldset__legend">Gezinslid {i + 1}</legend>
              <div className="mw-grid-2">
                <TextField form={form} name={`household.members.${i}.name`} label="Naam" value={m.name} maxLength={120} onChange={(e) => setMember(i, { name: e.target.value })} error={err(`household.members.${i}.name`)} />
                <TextField form={form} name={`household.members.${i}.birthDate`} label="Geboortedatum" type="date" value={m.birthDate} onChange={(e) => setMember(i, { birthDate: e.target.value })} error={err(`household.members.${i}.birthDate`)} />
                <SelectField form={form} name={`household.members.${i}.role`} label="Rol in het huishouden" value={m.role} onChange={(e) => setMember(i, { role: e.target.value })} error={err(`household.members.${i}.role`)} options={Object.entries(MEMBER_ROLE_LABELS).map(([value, l]) => ({ value, label: l }))} />
                <TextField form={form} name={`household.members.${i}.bsn`} label="BSN (niet verplicht)" inputMode="numeric" value={m.bsn} maxLength={9} onChange={(e) => setMember(i, { bsn: e.target.value })} error={err(`household.members.${i}.bsn`)} />
              </div>
              {members.length > 1 && (
                <SecondaryButton onClick={() => setMembers(members.filter((_, j) => j !== i))}>
                  Gezinslid {i + 1} verwijderen
                </SecondaryButton>
              )}
            </fieldset>
          ))}
          {members.length < 20 && <SecondaryButton onClick={() => setMembers([...members, emptyMember(members.length === 1 ? 'partner' : 'kind')])}>Gezinslid toevoegen</SecondaryButton>}
        </fieldset>

        <H2>Casus</H2>
        <TextField form={form} name="title" label="Titel van de casus" description="Kort: waar gaat het om?" value={c.title} maxLength={160} onChange={(e) => setC({ ...c, title: e.target.value })} error={err('title')} />
        <TextAreaField form={form} name="summary" label="Samenvatting (niet verplicht)" value={c.summary} maxLength={4000} onChange={(e) => setC({ ...c, summary: e.target.value })} error={err('summary')} />
        <SelectField form={form} name="origin" label="Aanleiding" value={c.origin} onChange={(e) => setC({ ...c, origin: e.target.value })} error={err('origin')} options={Object.entries(ORIGIN_LABELS).map(([value, l]) => ({ value, label: l }))} />
        <ButtonGroup>
          <PrimaryButton busy={busy} disabled={busy}>Huishouden registreren en casus openen</PrimaryButton>
          <SecondaryButton onClick={() => navigate('/casussen')}>Annuleren</SecondaryButton>
        </ButtonGroup>
      </form>
    </>
  );
}
