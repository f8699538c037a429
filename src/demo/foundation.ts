// SPDX-License-Identifier: EUPL-1.2
/**
 * The foundation demo: municipalities and partners, a wijkteam each, one user per role, and the
 * households of the seed stories with an assessment, a plan and notes. Names are the stories' own
 * (already fictional) first names; where a story gives none, an invented first name is used. No real
 * BSNs: demo members carry none.
 */
import type { Queryable } from '../platform/db';
import type { Actor, Role } from '../platform/authz';
import type { DemoContext, DemoOrgKey, DemoStoryKey } from './context';

const ORGS: Array<{ key: DemoOrgKey; name: string; kind: string; code?: string; province?: string; team?: string }> = [
  { key: 'utrecht', name: 'Gemeente Utrecht', kind: 'gemeente', code: 'GM0344', province: 'Utrecht', team: 'Buurtteam Overvecht' },
  { key: 'zaanstad', name: 'Gemeente Zaanstad', kind: 'gemeente', code: 'GM0479', province: 'Noord-Holland', team: 'Wijkteam Poelenburg' },
  { key: 'tilburg', name: 'Gemeente Tilburg', kind: 'gemeente', code: 'GM0855', province: 'Noord-Brabant', team: 'Wijkteam Tilburg-Noord' },
  { key: 'denhaag', name: 'Gemeente Den Haag', kind: 'gemeente', code: 'GM0518', province: 'Zuid-Holland', team: 'Dak- en thuislozenloket Binckhorst' },
  { key: 'groningen', name: 'Gemeente Groningen', kind: 'gemeente', code: 'GM0014', province: 'Groningen', team: 'WIJ-team Oosterpark' },
  { key: 'leeuwarden', name: 'Gemeente Leeuwarden', kind: 'gemeente', code: 'GM0080', province: 'Fryslân', team: 'Gebiedsteam Heechterp-Schieringen' },
  { key: 'defriesland', name: 'De Friesland Zorgverzekeraar', kind: 'zorgverzekeraar' },
  { key: 'pmm', name: 'Landelijk Maatwerkloket (PMM)', kind: 'regio' },
  { key: 'woonstad', name: 'Woningcorporatie Mitros', kind: 'woningcorporatie' },
  { key: 'schuldhulp', name: 'Schuldhulpverlening Utrecht', kind: 'other' },
  { key: 'ggz', name: 'Verslavingszorg Utrecht (ggz)', kind: 'zorgaanbieder' },
];

export interface DemoUser {
  username: string;
  name: string;
  org: DemoOrgKey;
  roles: Role[];
  team: boolean;
  description: string;
  listed: boolean;
}

const u = (username: string, name: string, org: DemoOrgKey, roles: Role[], description: string, listed = true, team = true): DemoUser => ({ username, name, org, roles, description, listed, team });
export const DEMO_USERS: DemoUser[] = [
  u('sanne', 'Sanne Bakker', 'utrecht', ['professional'], 'professional, Buurtteam Overvecht (Utrecht)'),
  u('ahmed', 'Ahmed El Idrissi', 'utrecht', ['professional'], 'professional, Buurtteam Overvecht (Utrecht)', false),
  u('marieke', 'Marieke de Wit', 'utrecht', ['teamleider'], 'teamleider, Buurtteam Overvecht (Utrecht)'),
  u('joost', 'Joost Verhoeven', 'utrecht', ['budgethouder'], 'budgethouder maatwerkbudget (Utrecht)', true, false),
  u('fatima', 'Fatima Ouali', 'utrecht', ['doorbraaktafel'], 'lid doorbraaktafel (Utrecht)', true, false),
  u('pieter', 'Pieter Jansen', 'utrecht', ['beleid'], 'beleidsadviseur sociaal domein (Utrecht)', true, false),
  u('henk', 'Henk Smit', 'utrecht', ['handhaving'], 'handhaver Werk en Inkomen (Utrecht)', true, false),
  u('priya', 'Priya Raghoe', 'utrecht', ['privacy'], 'privacyfunctionaris (Utrecht)', true, false),
  u('beheer', 'Beheerder Utrecht', 'utrecht', ['admin'], 'beheerder (Utrecht)', true, false),
  u('lotte', 'Lotte Visser', 'zaanstad', ['professional'], 'professional, Wijkteam Poelenburg (Zaanstad)'),
  u('kees', 'Kees Dekker', 'zaanstad', ['teamleider', 'budgethouder'], 'teamleider en budgethouder (Zaanstad)'),
  u('bram', 'Bram Mulder', 'tilburg', ['professional'], 'professional, Wijkteam Tilburg-Noord (Tilburg)'),
  u('ineke', 'Ineke Hendriks', 'tilburg', ['doorbraaktafel', 'budgethouder'], 'doorbraaktafel en budgethouder (Tilburg)', true, false),
  u('daan', 'Daan Dijkhuizen', 'denhaag', ['professional'], 'professional, dak- en thuislozenloket (Den Haag)'),
  u('lonneke', 'Lonneke Kamp', 'groningen', ['doorbraaktafel'], 'Taskforce 16-27 (Groningen)', true, false),
  u('wouter', 'Wouter Bos', 'groningen', ['professional'], 'professional, WIJ-team Oosterpark (Groningen)'),
  u('anna', 'Anna de Boer', 'leeuwarden', ['professional', 'budgethouder'], 'professional en budgethouder gezamenlijk fonds (Leeuwarden)'),
  u('sjoerd', 'Sjoerd Hoekstra', 'defriesland', ['budgethouder'], 'budgethouder gezamenlijk fonds (De Friesland)', true, false),
  u('loket', 'Medewerker Maatwerkloket', 'pmm', ['doorbraaktafel'], 'Landelijk Maatwerkloket', true, false),
  // Residents with their own page (issue 17): linked to their household by the resident room's demo.
  u('cindy', 'Cindy', 'utrecht', ['inwoner'], 'inwoner: Cindy, Mijn plan (Utrecht)', true, false),
  u('rick', 'Rick Vink', 'denhaag', ['inwoner'], 'inwoner: Rick, briefadres (Den Haag)', true, false),
  u('ruud', 'Ruud', 'tilburg', ['inwoner'], 'inwoner: Ruud, vader van drie (Tilburg)', true, false),
  // Partners in the plan (ADR 0017): professionals of partner organisations, without a team; they see a case only through an invitation.
  u('yvonne', 'Yvonne de Graaf', 'woonstad', ['professional'], 'wooncoach, partner in het plan (Woningcorporatie Mitros)', true, false),
  u('ruben', 'Ruben Oosterhout', 'schuldhulp', ['professional'], 'schuldhulpverlener, partner in het plan (Schuldhulpverlening Utrecht)', true, false),
  u('esther', 'Esther Kuipers', 'ggz', ['professional'], 'behandelaar, partner in het plan (Verslavingszorg Utrecht)', true, false),
  u('gerrit', 'Gerrit Postma', 'leeuwarden', ['budgethouder'], 'tweede budgethouder gezamenlijk fonds (Leeuwarden)', false, false),
  u('femke', 'Femke van den Berg', 'tilburg', ['beleid'], 'beleidsadviseur sociaal domein (Tilburg)', true, false),
  ...(['zaanstad', 'tilburg', 'denhaag', 'groningen', 'leeuwarden', 'defriesland', 'pmm', 'woonstad'] as DemoOrgKey[]).map((o) => u(`beheer-${o}`, `Beheerder ${o}`, o, ['admin'], `beheerder (${o})`, false, false)),
  // Issue 13: Mitros accepts (or refuses) to fund an overbrugging provisionally.
  u('mirjam', 'Mirjam Kuipers', 'woonstad', ['budgethouder', 'beleid'], 'budgethouder voorfinanciering en beleidsadviseur woonruimteverdeling (Woningcorporatie Mitros)', true, false),
  u('griffie', 'Griffie Utrecht', 'utrecht', ['raad'], 'griffie gemeenteraad, alleen de raadsrapportage (Utrecht)', true, false),
  u('griffie-tilburg', 'Griffie Tilburg', 'tilburg', ['raad'], 'griffie gemeenteraad, alleen de raadsrapportage (Tilburg)', true, false),
];

interface StoryMember { name: string; born: string; role: 'aanvrager' | 'partner' | 'kind' | 'medebewoner' | 'overig' }
interface Story {
  key: DemoStoryKey;
  org: DemoOrgKey;
  regisseur: string;
  household: string;
  members: StoryMember[];
  title: string;
  summary: string;
  openedDaysAgo: number;
  phase: 'verkenning' | 'werkplan' | 'coordinatie';
  origin: 'inwoner' | 'professional' | 'melding';
  /** Two assessments over time: first, then later; only the domains the request needs. */
  scores: Array<[string, number, number | null, string]>;
  goals: Array<[string, string, number]>;
  actions: Array<[string, string, number, 'open' | 'bezig' | 'gedaan']>;
  parties: Array<[string, string, string]>;
  notes: Array<['hulpverlening' | 'toegang' | 'handhaving', string, string]>;
}

const STORIES: Story[] = [
  {
    key: 'cindy', org: 'utrecht', regisseur: 'sanne', household: 'Huishouden Cindy', origin: 'inwoner', openedDaysAgo: 120, phase: 'coordinatie',
    members: [{ name: 'Cindy', born: '1991-03-14', role: 'aanvrager' }, { name: 'Noah', born: '2013-06-02', role: 'kind' }, { name: 'Lisa', born: '2016-09-21', role: 'kind' }, { name: 'Daan', born: '2019-01-30', role: 'kind' }],
    title: 'Na de scheiding: schulden van de ex, inwonend bij moeder, woning nodig',
    summary: 'Cindy bleef na haar scheiding achter met drie kinderen en schulden die haar ex maakte. Ze trok in bij haar moeder; de urgentiecommissie vond dat ze daar zelf voor koos. Met een urgentiebewijs en steun van de corporatie krijgt ze een eigen woning.',
    scores: [['financien', 1, 2, 'Schulden van de ex op haar naam, beslag op toeslagen'], ['huisvesting', 1, 3, 'Inwonend bij moeder met drie kinderen; urgentie verkregen'], ['huiselijke_relaties', 2, 3, 'Spanning met moeder door de krappe woning']],
    goals: [['huisvesting', 'Eigen woning voor Cindy en de kinderen', 60], ['financien', 'Schulden in een minnelijke regeling', 180]],
    actions: [['Urgentieaanvraag opnieuw indienen met brede blik op het gezin', 'Sanne (buurtteam)', -60, 'gedaan'], ['Aanmelding schuldhulpverlening', 'Sanne (buurtteam)', -5, 'open'], ['Woning aanbieden in Overvecht', 'Mitros', 14, 'bezig']],
    parties: [['Woningcorporatie Mitros', 'wooncoach', 'biedt woning aan'], ['Schuldhulpverlening Utrecht', 'intake', 'schulden in kaart']],
    notes: [['hulpverlening', 'Cindy is moe maar strijdbaar. De kinderen slapen met z\'n vieren op één kamer bij oma.', 'sanne'], ['toegang', 'Urgentiecommissie heeft op heroverweging alsnog urgentie verleend.', 'sanne']],
  },
  {
    key: 'groningen-scholier', org: 'groningen', regisseur: 'wouter', household: 'Huishouden Thijs', origin: 'professional', openedDaysAgo: 400, phase: 'coordinatie',
    members: [{ name: 'Thijs', born: '2008-02-11', role: 'aanvrager' }],
    title: 'Scholier in 5 havo heeft een kamer en een uitkering nodig',
    summary: 'Thijs woont bij zijn moeder, die verslaafd is; zijn vader zit in de gevangenis. In plaats van een jeugdinstelling: een kamer in de stad met ambulante begeleiding. Bijstand kon pas vanaf 18; de Taskforce 16-27 gebruikte de noodsituatiebevoegdheid. Later: loon, WW en bijstand op verschillende dagen, samengebracht in één huishoudboekje.',
    scores: [['huisvesting', 2, 4, 'Onveilige thuissituatie; nu eigen kamer'], ['financien', 1, 3, 'Geen inkomen; nu bijstand en bijbaan'], ['werk_opleiding', 4, 4, 'Haalt goede cijfers, wil studeren']],
    goals: [['huisvesting', 'Zelfstandige kamer in een studentenhuis', -200], ['financien', 'Alle geldstromen op één rekening, vaste lasten automatisch betaald', 30]],
    actions: [['Ambulante begeleiding 4 uur per week', 'Jeugdhulpaanbieder', 90, 'bezig'], ['Huishoudboekje inrichten: loon, WW en bijstand op één rekening', 'Wouter (WIJ-team)', -3, 'open']],
    parties: [['Taskforce 16-27', 'Lonneke Kamp', 'beslist met mandaat'], ['Inkomensdienstverlening Groningen', 'consulent', 'bijstand en verrekening']],
    notes: [['hulpverlening', 'Thijs heeft zijn diploma gehaald en begint aan een hbo-opleiding.', 'wouter']],
  },
  {
    key: 'willemien', org: 'utrecht', regisseur: 'ahmed', household: 'Huishouden Willemien', origin: 'melding', openedDaysAgo: 75, phase: 'werkplan',
    members: [{ name: 'Willemien', born: '1986-07-08', role: 'aanvrager' }, { name: 'Sem', born: '2014-04-17', role: 'kind' }],
    title: 'Gezamenlijke huishouding zonder het te weten: legaliseren in plaats van een boete',
    summary: 'Willemien heeft een relatie met een vrachtwagenchauffeur die vier of vijf dagen per week op pad is en bij haar slaapt als hij in het land is. Omdat haar ex de alimentatie niet betaalt, pint ze soms met zijn pas. Ze wist niet dat dit als gezamenlijke huishouding telt. De gemeente gaf haar de kans haar uitkering op te zeggen en de zaak te legaliseren.',
    scores: [['financien', 2, 3, 'Alimentatie komt niet; onzekerheid over terugvordering'], ['huiselijke_relaties', 3, null, 'Nieuwe relatie, stabiel']],
    goals: [['financien', 'Uitkering beëindigd zonder terugvordering met boete; inkomen via partner en alimentatie', 45]],
    actions: [['Gesprek over gevolgen gezamenlijke huishouding', 'Ahmed (buurtteam)', -30, 'gedaan'], ['Alimentatie laten innen via het LBIO', 'Willemien', 20, 'open']],
    parties: [['Werk en Inkomen Utrecht', 'handhaver', 'beoordeelt terugvordering']],
    notes: [['hulpverlening', 'Willemien schrok erg; ze wil het goed regelen.', 'ahmed'], ['handhaving', 'Pauzeknop toegepast: geen boete zolang de situatie wordt gelegaliseerd.', 'henk']],
  },
  {
    key: 'mantelzorgwoning', org: 'zaanstad', regisseur: 'lotte', household: 'Huishouden Jansen-de Groot', origin: 'inwoner', openedDaysAgo: 50, phase: 'werkplan',
    members: [{ name: 'Gerda', born: '1976-05-19', role: 'aanvrager' }, { name: 'Wim', born: '1944-10-03', role: 'overig' }, { name: 'Truus', born: '1946-12-12', role: 'overig' }],
    title: 'Dochter wil een mantelzorgwoning in de tuin voor haar ouders met dementie',
    summary: 'Gerda wil haar ouders met dementie zelf verzorgen in een mantelzorgwoning in haar tuin (ongeveer € 40.000 eenmalig). Het alternatief is opname in een Wlz-instelling (ongeveer € 100.000 per jaar). De besparing valt bij de Wlz/zorgverzekeraar, de kosten bij de gemeente.',
    scores: [['adl', 2, null, 'Ouders hebben hulp nodig bij dagelijkse verzorging'], ['huisvesting', 2, null, 'Huidige woning ouders ongeschikt'], ['sociaal_netwerk', 4, null, 'Dochter wil en kan mantelzorg geven']],
    goals: [['huisvesting', 'Mantelzorgwoning geplaatst en vergund', 120]],
    actions: [['Gesprek met zorgverzekeraar over gezamenlijke financiering', 'Kees (teamleider)', -2, 'open'], ['Omgevingsvergunning vergunningvrij bouwen nagaan', 'Lotte (wijkteam)', 10, 'bezig']],
    parties: [['Zorgverzekeraar Zilveren Kruis', 'zorginkoper', 'mogelijke medefinancier'], ['Zorgkantoor', 'Wlz-adviseur', 'indicatie']],
    notes: [['hulpverlening', 'Gerda heeft al een offerte voor een mantelzorgwoning van € 40.000.', 'lotte']],
  },
  {
    key: 'jongen-auto', org: 'zaanstad', regisseur: 'lotte', household: 'Huishouden Kevin', origin: 'professional', openedDaysAgo: 30, phase: 'verkenning',
    members: [{ name: 'Kevin', born: '2003-08-25', role: 'aanvrager' }],
    title: 'Jonge man slaapt in zijn auto en heeft werk: hotel in plaats van nachtopvang',
    summary: 'Kevin (22) werkt, maar verloor zijn kamer en slaapt in zijn auto. In de nachtopvang verliest hij waarschijnlijk zijn baan. Voorstel: twee maanden een low-budget hotel (ongeveer € 700 per maand) uit het maatwerkbudget, tot hij een kamer heeft.',
    scores: [['huisvesting', 1, null, 'Slaapt in zijn auto'], ['werk_opleiding', 4, null, 'Vaste baan in de logistiek']],
    goals: [['huisvesting', 'Eigen kamer binnen drie maanden', 90]],
    actions: [['Hotelkamer boeken voor twee maanden', 'Lotte (wijkteam)', -1, 'open'], ['Inschrijven als woningzoekende', 'Kevin', 7, 'open']],
    parties: [],
    notes: [['hulpverlening', 'Kevin wil vooral zijn baan houden. Nachtopvang betekent om 8 uur buiten staan, zijn dienst begint om 6 uur.', 'lotte']],
  },
  {
    key: 'vader-drie-kinderen', org: 'tilburg', regisseur: 'bram', household: 'Huishouden Ruud', origin: 'professional', openedDaysAgo: 90, phase: 'werkplan',
    members: [{ name: 'Ruud', born: '1979-11-02', role: 'aanvrager' }, { name: 'Mark', born: '2001-04-09', role: 'medebewoner' }, { name: 'Jip', born: '2015-03-03', role: 'kind' }, { name: 'Fenna', born: '2017-08-15', role: 'kind' }, { name: 'Luuk', born: '2020-02-27', role: 'kind' }],
    title: 'Drie kinderen dreigen uit huis geplaatst: volwassen zoon met PTSS heeft een eigen woning nodig',
    summary: 'Ruud woont met zijn volwassen zoon Mark (24, PTSS) en drie jonge kinderen. De veiligheid van de kinderen is niet gegarandeerd zolang Mark thuis woont. Mark krijgt geen urgentie op eigen titel; wie naar het hele gezin kijkt ziet dat zonder woning voor Mark de drie kinderen uit huis geplaatst kunnen worden.',
    scores: [['huiselijke_relaties', 1, null, 'Onveilige situatie voor de kinderen'], ['geestelijke_gezondheid', 2, null, 'Mark heeft PTSS'], ['huisvesting', 2, null, 'Mark heeft een eigen woning nodig']],
    goals: [['huisvesting', 'Zelfstandige woonruimte voor Mark met begeleiding', 60], ['huiselijke_relaties', 'Veilige thuissituatie voor Jip, Fenna en Luuk', 90]],
    actions: [['Urgentieverzoek voor Mark met gezinsperspectief', 'Bram (wijkteam)', -10, 'bezig'], ['Traumabehandeling Mark', 'GGZ Breburg', 30, 'open']],
    parties: [['Veilig Thuis', 'casemanager', 'volgt de veiligheid'], ['GGZ Breburg', 'behandelaar', 'behandeling PTSS']],
    notes: [['hulpverlening', 'Ruud is bang de kinderen kwijt te raken. Mark wil zelf ook weg.', 'bram']],
  },
  {
    key: 'rick-briefadres', org: 'denhaag', regisseur: 'daan', household: 'Huishouden Rick Vink', origin: 'inwoner', openedDaysAgo: 200, phase: 'coordinatie',
    members: [{ name: 'Rick Vink', born: '2001-05-06', role: 'aanvrager' }],
    title: 'Briefadres voor een dakloze jongere: de sleutel tot uitkering, verzekering en werk',
    summary: 'Rick (24) kwam bij het dak- en thuislozenloket aan de Binckhorstlaan voor een briefadres. Intake van 20 minuten, geldig zes maanden, post ophalen om de twee weken, elke drie maanden een belafspraak. Met het briefadres kon hij een uitkering, een zorgverzekering en een baan krijgen.',
    scores: [['huisvesting', 1, 3, 'Dakloos; nu briefadres en tijdelijke kamer'], ['financien', 1, 3, 'Geen inkomen; nu uitkering en werk'], ['werk_opleiding', 2, 4, 'Nu een arbeidscontract']],
    goals: [['huisvesting', 'Briefadres verlengd tot er een woonadres is', 30], ['werk_opleiding', 'Vast contract', 150]],
    actions: [['Briefadres verlengen (na zes maanden)', 'Daan (loket)', -4, 'open'], ['Post ophalen en doornemen', 'Rick', 3, 'open']],
    parties: [['UWV', 'werkcoach', 'begeleiding naar werk']],
    notes: [['toegang', 'Briefadres toegekend na intake van 20 minuten.', 'daan'], ['hulpverlening', 'Rick is een succesverhaal: hij heeft werk en zoekt een kamer.', 'daan']],
  },
  {
    key: 'gokverslaving', org: 'utrecht', regisseur: 'sanne', household: 'Huishouden Erik', origin: 'melding', openedDaysAgo: 60, phase: 'werkplan',
    members: [{ name: 'Erik', born: '1975-09-23', role: 'aanvrager' }],
    title: 'Gokverslaving: € 3.800 per maand gewonnen, € 4.000 ingezet',
    summary: 'Bij een controle bleek dat Erik drie jaar lang online gokte: gemiddeld € 3.800 winst per maand bij € 4.000 inzet, per saldo € 200 verlies. Strikte toepassing vordert ongeveer € 50.000 terug plus boete en sluit schuldhulp uit. Maatwerk: de netto winst terugvorderen, op voorwaarde dat hij hulp aanvaardt voor zijn verslaving.',
    scores: [['verslaving', 1, null, 'Gokverslaving, drie jaar'], ['financien', 1, null, 'Maandelijks tekort en dreigende terugvordering']],
    goals: [['verslaving', 'Behandeling voor gokverslaving gestart', 30], ['financien', 'Terugvordering op netto basis en een haalbare betalingsregeling', 90]],
    actions: [['Aanmelding verslavingszorg', 'Sanne (buurtteam)', -7, 'open'], ['Berekening netto winst voorleggen aan handhaving', 'Sanne (buurtteam)', 5, 'open']],
    parties: [['Verslavingszorg Utrecht', 'intake', 'behandeling']],
    notes: [['hulpverlening', 'Erik schaamt zich en wil van het gokken af.', 'sanne'], ['handhaving', 'Onderzoek rechtmatigheid: bruto winsten over drie jaar vastgesteld; netto verlies € 200 per maand.', 'henk']],
  },
  {
    key: 'tienermoeder', org: 'zaanstad', regisseur: 'lotte', household: 'Huishouden Shanice', origin: 'inwoner', openedDaysAgo: 20, phase: 'verkenning',
    members: [{ name: 'Shanice', born: '2007-01-15', role: 'aanvrager' }, { name: 'Milan', born: '2025-06-01', role: 'kind' }],
    title: 'Tienermoeder met huurachterstand: huisuitzetting voorkomen',
    summary: 'Shanice (19) heeft twee maanden huurachterstand en een aangezegde ontruiming. Het wijkteam betaalt een maand huur uit het maatwerkbudget om de uitzetting te voorkomen en regelt budgetbeheer.',
    scores: [['financien', 1, null, 'Huurachterstand, ontruiming aangezegd'], ['huisvesting', 2, null, 'Dreigende huisuitzetting']],
    goals: [['huisvesting', 'Ontruiming van de baan', 14]],
    actions: [['Huur betalen aan corporatie', 'Lotte (wijkteam)', 2, 'open']],
    parties: [['Woningcorporatie Parteon', 'incasso', 'schort ontruiming op']],
    notes: [['hulpverlening', 'Ontruiming staat gepland over drie weken.', 'lotte']],
  },
  {
    key: 'thuiszorg-wisselend', org: 'utrecht', regisseur: 'ahmed', household: 'Huishouden Nadia', origin: 'inwoner', openedDaysAgo: 100, phase: 'coordinatie',
    members: [{ name: 'Nadia', born: '1984-12-01', role: 'aanvrager' }, { name: 'Yara', born: '2012-10-10', role: 'kind' }],
    title: 'Thuiszorgmedewerker met wisselende uren: stress door verrekening',
    summary: 'Nadia werkt in de thuiszorg met wisselende uren naast bijstand. Elke maand wordt verrekend, soms achteraf teruggevorderd. Ze overweegt te stoppen met werken. Deelname aan de Bestaansbalans (buffer) haalt de onzekerheid weg.',
    scores: [['financien', 2, 4, 'Terugvorderingen door wisselende uren; nu buffer'], ['werk_opleiding', 3, 4, 'Werkt 12-24 uur per week']],
    goals: [['financien', 'Een vast bedrag per maand zonder terugvorderingen', -20]],
    actions: [['Aanmelden Bestaansbalans', 'Ahmed (buurtteam)', -40, 'gedaan']],
    parties: [['Werk en Inkomen Utrecht', 'consulent', 'verrekening']],
    notes: [['hulpverlening', 'Sinds de buffer geen terugvorderingen meer; Nadia houdt haar baan.', 'ahmed']],
  },
  {
    key: 'bakfiets-moeder', org: 'utrecht', regisseur: 'sanne', household: 'Huishouden Esra', origin: 'inwoner', openedDaysAgo: 15, phase: 'verkenning',
    members: [{ name: 'Esra', born: '1990-02-02', role: 'aanvrager' }, { name: 'Ilyas', born: '2019-05-05', role: 'kind' }, { name: 'Mila', born: '2022-07-07', role: 'kind' }],
    title: 'Moeder met kinderen op twee plekken: een bakfiets',
    summary: 'Esra brengt haar kinderen elke ochtend naar twee verschillende plekken (school en kinderopvang) aan weerszijden van de wijk, zonder auto. Een bakfiets uit het maatwerkbudget maakt dat haalbaar.',
    scores: [['tijdsbesteding', 2, null, 'Elke ochtend twee uur onderweg'], ['werk_opleiding', 3, null, 'Wil een opleiding starten']],
    goals: [['tijdsbesteding', 'Ochtendroute onder een half uur', 30]],
    actions: [['Bakfiets bestellen', 'Sanne (buurtteam)', 5, 'open']],
    parties: [],
    notes: [['hulpverlening', 'Met een bakfiets kan Esra ook de opleiding starten.', 'sanne']],
  },
  {
    key: 'fokker', org: 'utrecht', regisseur: 'ahmed', household: 'Huishouden Gert', origin: 'melding', openedDaysAgo: 40, phase: 'verkenning',
    members: [{ name: 'Gert', born: '1968-04-04', role: 'aanvrager' }],
    title: 'Verkoop van puppy\'s naast de bijstand: opbrengst verrekend zonder kosten',
    summary: 'Gert verkocht puppy\'s en kittens en gaf de opbrengst niet op. Handhaving verrekent de bruto opbrengst zonder voer, dierenarts en inenting af te trekken. De vraag: kan de netto opbrengst worden verrekend?',
    scores: [['financien', 2, null, 'Dreigende terugvordering']],
    goals: [['financien', 'Terugvordering op basis van netto opbrengst', 60]],
    actions: [['Kostenoverzicht fokken opstellen', 'Gert', -12, 'open']],
    parties: [],
    notes: [['handhaving', 'Opbrengst verkoop € 6.400 over een jaar; kosten nog niet vastgesteld.', 'henk'], ['hulpverlening', 'Gert wist niet dat hij de verkoop moest melden.', 'ahmed']],
  },
];

const daysFrom = (today: string, n: number) => {
  const d = new Date(today + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export async function loadFoundation(tx: Queryable, pwHash: string, today: string): Promise<DemoContext> {
  const orgs = {} as Record<DemoOrgKey, string>;
  const teams: DemoContext['teams'] = {};
  for (const o of ORGS) {
    orgs[o.key] = (await tx.query<{ id: string }>(`INSERT INTO organisations (name, kind, municipality_code, province) VALUES ($1,$2,$3,$4) RETURNING id`, [o.name, o.kind, o.code ?? null, o.province ?? null])).rows[0].id;
    if (o.team) teams[o.key] = (await tx.query<{ id: string }>(`INSERT INTO teams (organisation_id, name) VALUES ($1,$2) RETURNING id`, [orgs[o.key], o.team])).rows[0].id;
  }
  const users: Record<string, string> = {};
  const actors: Record<string, Actor> = {};
  for (const du of DEMO_USERS) {
    const teamId = du.team ? teams[du.org] ?? null : null;
    users[du.username] = (
      await tx.query<{ id: string }>(`INSERT INTO users (organisation_id, team_id, username, display_name, password_hash, roles) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`, [orgs[du.org], teamId, du.username, du.name, pwHash, du.roles])
    ).rows[0].id;
    actors[du.username] = { userId: users[du.username], userName: du.name, username: du.username, organisationId: orgs[du.org], teamId, roles: du.roles };
  }

  const cases = {} as DemoContext['cases'];
  for (const s of STORIES) {
    const org = orgs[s.org];
    const team = teams[s.org]!;
    const hh = (await tx.query<{ id: string }>(`INSERT INTO households (organisation_id, name) VALUES ($1,$2) RETURNING id`, [org, s.household])).rows[0].id;
    const members: Record<string, string> = {};
    for (const m of s.members) {
      members[m.name.split(' ')[0]] = (await tx.query<{ id: string }>(`INSERT INTO members (organisation_id, household_id, name, birth_date, role) VALUES ($1,$2,$3,$4,$5) RETURNING id`, [org, hh, m.name, m.born, m.role])).rows[0].id;
    }
    const opened = daysFrom(today, -s.openedDaysAgo);
    const reg = users[s.regisseur];
    const id = (
      await tx.query<{ id: string }>(`INSERT INTO cases (organisation_id, team_id, household_id, regisseur_id, title, summary, origin, wams_phase, opened_on) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) RETURNING id`, [org, team, hh, reg, s.title, s.summary, s.origin, s.phase, opened])
    ).rows[0].id;
    await tx.query(`INSERT INTO case_events (organisation_id, case_id, kind, detail, user_id, at) VALUES ($1,$2,'geopend',$3,$4,$5)`, [org, id, s.origin, reg, opened + 'T09:00:00Z']);
    const phases = ['verkenning', 'werkplan', 'coordinatie'].slice(0, ['verkenning', 'werkplan', 'coordinatie'].indexOf(s.phase) + 1);
    for (const [i, p] of phases.entries()) {
      await tx.query(`INSERT INTO case_phases (organisation_id, case_id, phase, started_on, recorded_by) VALUES ($1,$2,$3,$4,$5)`, [org, id, p, daysFrom(opened, Math.floor((i * s.openedDaysAgo) / 3)), reg]);
    }
    for (const [domain, first, later, reason] of s.scores) {
      await tx.query(`INSERT INTO assessment_scores (organisation_id, case_id, domain, score, assessed_on, reason, assessed_by) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [org, id, domain, first, daysFrom(opened, 3), reason, reg]);
      if (later !== null) await tx.query(`INSERT INTO assessment_scores (organisation_id, case_id, domain, score, assessed_on, reason, assessed_by) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [org, id, domain, later, daysFrom(today, -7), reason, reg]);
    }
    const goalIds: string[] = [];
    for (const [domain, description, due] of s.goals) {
      goalIds.push((await tx.query<{ id: string }>(`INSERT INTO goals (organisation_id, case_id, domain, description, target_date, status) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`, [org, id, domain, description, daysFrom(today, due), due < 0 ? 'behaald' : 'loopt'])).rows[0].id);
    }
    for (const [organisationName, contactName, role] of s.parties) {
      // A party that is an organisation in the register is linked to it (so the resident's consent on "Wie kijkt mee" reaches its partners, ADR 0028).
      await tx.query(`INSERT INTO parties (organisation_id, case_id, organisation_name, contact_name, role, party_organisation_id) VALUES ($1,$2,$3,$4,$5,(SELECT o.id FROM organisations o WHERE o.name = $3 LIMIT 1))`, [org, id, organisationName, contactName, role]);
    }
    for (const [description, owner, due, status] of s.actions) {
      await tx.query(`INSERT INTO actions (organisation_id, case_id, goal_id, description, owner_label, owner_user_id, due_date, status) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`, [org, id, goalIds[0] ?? null, description, owner, owner.startsWith(DEMO_USERS.find((x) => x.username === s.regisseur)!.name.split(' ')[0]) ? reg : null, daysFrom(today, due), status]);
    }
    for (const [purpose, body, author] of s.notes) {
      await tx.query(`INSERT INTO notes (organisation_id, case_id, purpose, body, author_id, author_name, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [org, id, purpose, body, users[author], actors[author].userName, daysFrom(today, -Math.floor(s.openedDaysAgo / 2)) + 'T10:30:00Z']);
    }
    cases[s.key] = { id, householdId: hh, org: s.org, members };
  }

  return {
    tx,
    today,
    orgs,
    teams,
    users,
    cases,
    actor: (username) => {
      const a = actors[username];
      if (!a) throw new Error(`demo: onbekende gebruiker ${username}`);
      return a;
    },
  };
}
