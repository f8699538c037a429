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
