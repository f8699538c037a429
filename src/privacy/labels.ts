// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch names for what the processing log records (issue 16): the resource a line is about and the
 * fields it names are stored as the code's keys ("solutionNeeded", "inwoner_berichten"); the privacy
 * officer and a resident read "Benodigde oplossing", "Berichten van de inwoner". Pure: used by the
 * privacy screens and the printable inzage. A key without a name here is shown as words, never as
 * camelCase or with underscores (`keyAsWords`).
 */

export const RESOURCE_LABELS: Record<string, string> = {
  actions: 'Acties', budgetuitgave: 'Budgetuitgave', budgetuitgaven: 'Budgetuitgaven', businesscase: 'Businesscase', casus: 'Casus', casuslijst: 'Casuslijst',
  escalatiewachtrij: 'Escalatiewachtrij', fondsuitgave: 'Uitgave uit een fonds', gebruiker: 'Gebruiker', gezinslid: 'Gezinslid', handhavingspauze: 'Handhavingspauze',
  handhavingssignaal: 'Handhavingssignaal', handhavingszaak: 'Handhavingszaak', huishouden: 'Huishouden', inkomensgegevens: 'Inkomensgegevens', inwoner_berichten: 'Berichten van de inwoner',
  inwoner_voorstel: 'Voorstel van de inwoner', inwoneraccount: 'Account van de inwoner', inzage: 'Inzage', knelpunt: 'Knelpunt', knelpuntlijst: 'Lijst van knelpunten',
  levensgebeurtenis: 'Levensgebeurtenis', levensgebeurtenissen: 'Levensgebeurtenissen', notitie: 'Notitie', notities: 'Notities', overbrugging: 'Overbrugging', overdracht: 'Overdracht',
  partner_casus: 'Casus bij een partner', partner_overzicht: 'Overzicht voor een partner', partnerbericht: 'Bericht van een partner', partneruitnodiging: 'Uitnodiging van een partner',
  partneruitnodigingen: 'Uitnodigingen van partners', patronen: 'Patronen', persoon_zoeken: 'Persoon zoeken', plan: 'Plan', raadsrapportage: 'Raadsrapportage', signaal: 'Signaal',
  steekproefoordeel: 'Oordeel in een steekproef', toestemming: 'Toestemming', toestemmingen: 'Toestemmingen', zelfredzaamheid: 'Zelfredzaamheid',
};

export const FIELD_LABELS: Record<string, string> = {
  acceptatie: 'acceptatie', actions: 'acties', active: 'actief', address: 'adres', amountCents: 'bedrag', antwoord: 'antwoord', assessment: 'beoordeling', bekend: 'bekend',
  berekening: 'berekening', berichten: 'berichten', besluit: 'besluit', birthDate: 'geboortedatum', blocking: 'wat blokkeert', blockingLaw: 'blokkerende wet', body: 'tekst',
  bsn: 'BSN', businesscase: 'businesscase', businesscases: 'businesscases', case: 'casus', category: 'categorie', claims: 'vorderingen', closeReason: 'reden van sluiten',
  consentToShare: 'toestemming om te delen', contact: 'contactgegevens', contacts: 'contactpersonen', correctie: 'correctie', dataCategories: 'soorten gegevens', deadline: 'termijn',
  description: 'omschrijving', displayName: 'naam', domain: 'leefgebied', eigenaar: 'eigenaar', email: 'e-mailadres', endReason: 'reden van beëindigen', escalatie: 'escalatie',
  financiers: 'financiers', firstName: 'voornaam', geboortedatum: 'geboortedatum', gegeven: 'gegeven', gevolgen: 'gevolgen', goals: 'doelen', help: 'hulp',
  horizonMonths: 'looptijd in maanden', household: 'huishouden', householdName: 'naam van het huishouden', huishouden: 'huishouden', ingetrokken: 'ingetrokken', inkomen: 'inkomen',
  kind: 'soort', knelpunt: 'knelpunt', maatwerk: 'maatwerk', memberId: 'gezinslid', members: 'gezinsleden', 'members.ageBand': 'leeftijdsgroep van de gezinsleden',
  'members.firstName': 'voornamen van de gezinsleden', messages: 'berichten', name: 'naam', note: 'notitie', occurredOn: 'datum van de gebeurtenis', origin: 'herkomst',
  overbrugging: 'overbrugging', parties: 'betrokken partijen', partner: 'partner', password: 'wachtwoord', pauzes: 'pauzes', personName: 'naam van de persoon', phone: 'telefoonnummer',
  plan: 'plan', postcode: 'postcode', purpose: 'doel', reason: 'reden', recipient: 'ontvanger', reden: 'reden', regisseur: 'regisseur', regisseurId: 'regisseur', regulier: 'regulier pad',
  rol: 'rol', role: 'rol', roles: 'rollen', shares: 'verdeling', signaalregel: 'signaalregel', solutionNeeded: 'benodigde oplossing', spentOn: 'datum van de uitgave', status: 'status',
  summary: 'samenvatting', team: 'team', teamId: 'team', tellingen: 'tellingen', termijn: 'termijn', teruggedateerd: 'teruggedateerd', title: 'titel', toestemmingen: 'toestemmingen',
  toets: 'Omgekeerde Toets', type: 'soort', username: 'gebruikersnaam', validUntil: 'geldig tot', verdict: 'oordeel', voorstellen: 'voorstellen', voorwaarden: 'voorwaarden',
  vragen: 'vragen', wachtwoord: 'wachtwoord', withdrawReason: 'reden van intrekken', withdrawnAt: 'moment van intrekken', zaak: 'zaak', omgekeerdeToets: 'Omgekeerde Toets',
  costOfWaiting: 'kosten van wachten', scores: 'scores', wamsPhase: 'Wams-fase', members_: 'gezinsleden',
  // The inzage document's fields (issue 16; src/privacy/inzage-document.test.ts checks every one the demo shows).
  person: 'persoon', cases: 'casussen', openedOn: 'geopend op', closedOn: 'gesloten op', phases: 'fasen', phase: 'fase', startedOn: 'begonnen op', events: 'gebeurtenissen',
  detail: 'toelichting', text: 'tekst', at: 'moment', userName: 'medewerker', score: 'score', assessedOn: 'beoordeeld op', assessedBy: 'beoordeeld door', targetDate: 'streefdatum',
  ownerUserName: 'uitvoerder', ownerLabel: 'wie het doet', dueDate: 'uiterlijk op', organisationName: 'organisatie', contactName: 'contactpersoon', informal: 'uit het eigen netwerk',
  byResident: 'door de inwoner zelf', points: 'punten', createdAt: 'gemaakt op', perspective: 'eigen doel voor het komende jaar', perspectiveUpdatedAt: 'eigen doel bijgewerkt op',
  notes: 'notities', authorName: 'geschreven door', editedAt: 'gecorrigeerd op', sharedWithResident: 'gedeeld met de inwoner', revisions: 'eerdere versies', lifeEvents: 'levensgebeurtenissen',
  recipientName: 'ontvanger', recipientPerson: 'ontvangende persoon', givenOn: 'gegeven op', recordedByName: 'vastgelegd door', recordedAt: 'vastgelegd op', withdrawnOn: 'ingetrokken op',
  withdrawnByName: 'ingetrokken door', state: 'stand', stateLabel: 'stand', dataLabels: 'gedeelde gegevens', spends: 'uitgaven', budget: 'budget', amount: 'bedrag', payee: 'betaald aan',
  justification: 'onderbouwing', decisionReason: 'reden van het besluit', history: 'geschiedenis', statusAfter: 'status daarna', before: 'voor', after: 'na', reviews: 'beoordelingen',
  knelpunten: 'knelpunten', blockingArticle: 'blokkerend artikel', blockingOrganisation: 'blokkerende organisatie', policyRule: 'beleidsregel', toetsRuleGoal: 'doel van de regel (Omgekeerde Toets)',
  toetsCounterproductive: 'werkt de regel hier tegen? (Omgekeerde Toets)', toetsProportionate: 'is de uitkomst evenredig? (Omgekeerde Toets)', currentLevelName: 'huidige trede', currentDeadline: 'huidige termijn',
  consentRecordedOn: 'toestemming vastgelegd op', consentRecordedBy: 'toestemming vastgelegd door', createdOn: 'gemaakt op', backdateReason: 'reden van terugdateren', createdByName: 'gemaakt door',
  updatedAt: 'bijgewerkt op', fromStatus: 'van status', toStatus: 'naar status', userOrganisation: 'organisatie van de medewerker', steps: 'stappen', levelName: 'trede', levelPosition: 'nummer van de trede',
  deciderRole: 'wie beslist', deciderOrganisationName: 'organisatie die beslist', escalatedOn: 'opgeschaald op', escalatedByName: 'opgeschaald door', outcome: 'uitkomst', decisionText: 'besluit',
  referredToOrganisation: 'doorverwezen naar', decidedOn: 'besloten op', decidedByName: 'besloten door', overbruggingen: 'overbruggingen', provisionalFunder: 'voorlopige betaler',
  provisionalAmount: 'voorlopig bedrag', settledOn: 'afgerekend op', settledTotal: 'afgerekend totaal', settlementNote: 'toelichting bij de afrekening', decidedByOrganisationName: 'besloten door de organisatie',
  funderOrganisationName: 'betalende organisatie', acceptance: 'akkoord van de betaler', acceptanceNote: 'toelichting bij het akkoord', acceptedOn: 'akkoord op', acceptedByName: 'akkoord gegeven door',
  ledger: 'boekingen', sharedWith: 'gedeeld met', organisation: 'organisatie', level: 'trede', sharedAt: 'gedeeld op', withIdentifiers: 'met namen en nummers', content: 'wat is gedeeld', from: 'van',
  recordedOn: 'vastgelegd op', size: 'aantal personen', age: 'leeftijd', birthYear: 'geboortejaar', escalation: 'escalatie', ladder: 'escalatieladder', position: 'nummer', previousSteps: 'eerdere stappen',
  decision: 'besluit', businessCase: 'businesscase', ruleGoal: 'doel van de regel', proportionate: 'evenredig', counterproductive: 'werkt tegen', partyName: 'betrokken partij',
  partnerOrganisationName: 'organisatie van de partner', partnerUserName: 'partner', invitedByName: 'uitgenodigd door', invitedAt: 'uitgenodigd op', endedAt: 'beëindigd op', readAt: 'gelezen op',
  proposals: 'voorstellen', decidedAt: 'besloten op', decisionNote: 'toelichting bij het besluit', consents: 'toestemmingen', given: 'gegeven',
};

/** "solutionNeeded" → "solution needed", "inwoner_berichten" → "inwoner berichten": never a raw key. */
export function keyAsWords(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.]+/g, ' ')
    .toLowerCase()
    .trim();
}

export const resourceLabel = (key: string): string => RESOURCE_LABELS[key] ?? keyAsWords(key).replace(/^./, (c) => c.toUpperCase());
export const fieldLabel = (key: string): string => FIELD_LABELS[key] ?? keyAsWords(key);
/** The fields of a log line as one Dutch enumeration: "naam, geboortedatum en BSN". */
export function fieldsAsDutch(keys: string[]): string {
  const names = [...new Set(keys.map(fieldLabel))];
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

/**
 * Identifiers and internal bookkeeping mean nothing to a resident: the printable inzage leaves them
 * out (they stay in the JSON). An event that carries its sentence (`text`, written by the server in
 * Dutch) shows that sentence, not the code of its kind and detail.
 */
export const hiddenInInzage = (key: string, siblings: Record<string, unknown> = {}): boolean =>
  key === 'id' || /Ids?$/.test(key) || key === 'version' || ((key === 'kind' || key === 'detail') && typeof siblings.text === 'string');
