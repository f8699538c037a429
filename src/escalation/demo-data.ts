// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo knelpunten on the seed stories' cases. Housing is the crux; the four "giftige cocktails"
 * (mental health / youth care / debts + housing + children, mental health + housing + no income)
 * recur. Each entry says how far it got on the ladder: `path` is a list of levels it climbed (1-based
 * positions in its municipality's ladder) with the decision taken there, if any.
 */
import type { DemoStoryKey } from '../demo/context';
import type { KnelpuntType, Outcome, SignalKind } from './model';
import type { Funder } from '../businesscase/model';

export interface DemoStep {
  level: number;
  outcome?: Outcome;
  text?: string;
  referTo?: number;
  signal?: { kind: SignalKind; rule: string; proposal: string };
  overbrugging?: {
    help: string; provisionalFunder: Funder; provisionalAmountCents: number; settle?: Array<[Funder, number]>;
    /** Another organisation funds provisionally: it is asked and (in the demo) has not yet answered. */
    funderOrg?: 'woonstad';
    /** A correction of the settlement: reversing entry and new shares, with the reason. */
    correct?: { shares: Array<[Funder, number]>; reason: string };
  };
}
export interface DemoKnelpunt {
  key?: string;
  story: DemoStoryKey;
  daysAgo: number;
  solution: string;
  law: string;
  article: string;
  org: string;
  rule: string;
  type: KnelpuntType;
  toets: [string, string, string];
  wait: string;
  waitEuro: number | null;
  consent?: boolean;
  path: DemoStep[];
  contacts?: string[];
}

export const DEMO_LADDERS: Record<string, Array<{ name: string; days: number; role?: 'teamleider' | 'doorbraaktafel' | 'budgethouder'; pmm?: boolean }>> = {
  utrecht: [
    { name: 'Eigen buurtteam (teamleider)', days: 2, role: 'teamleider' },
    { name: 'Doorbraaktafel Utrecht', days: 5, role: 'doorbraaktafel' },
    { name: 'Regionale tafel U16', days: 10, role: 'doorbraaktafel' },
    { name: 'Landelijk Maatwerkloket', days: 10, pmm: true },
    { name: 'Landelijk Escalatie Team', days: 20, pmm: true },
  ],
  zaanstad: [
    { name: 'Eigen wijkteam (teamleider)', days: 2, role: 'teamleider' },
    { name: 'Casusregie-overleg Zaanstad', days: 5, role: 'teamleider' },
    { name: 'Landelijk Maatwerkloket', days: 10, pmm: true },
    { name: 'Landelijk Escalatie Team', days: 20, pmm: true },
  ],
  tilburg: [
    { name: 'Doorbraaktafel Tilburg', days: 5, role: 'doorbraaktafel' },
    { name: 'Regionale tafel Hart van Brabant', days: 10, role: 'doorbraaktafel' },
    { name: 'Landelijk Maatwerkloket', days: 10, pmm: true },
    { name: 'Landelijk Escalatie Team', days: 20, pmm: true },
  ],
  denhaag: [
    { name: 'Doorbraaktafel Den Haag', days: 5, role: 'doorbraaktafel' },
    { name: 'Landelijk Maatwerkloket', days: 10, pmm: true },
    { name: 'Landelijk Escalatie Team', days: 20, pmm: true },
  ],
  // The Taskforce 16-27 answers the same working day (deadline 0).
  groningen: [
    { name: 'Taskforce 16-27', days: 0, role: 'doorbraaktafel' },
    { name: 'Regionale tafel Groningen', days: 10, role: 'doorbraaktafel' },
    { name: 'Landelijk Maatwerkloket', days: 10, pmm: true },
    { name: 'Landelijk Escalatie Team', days: 20, pmm: true },
  ],
  leeuwarden: [
    { name: 'Doorbraaktafel Leeuwarden', days: 5, role: 'doorbraaktafel' },
    { name: 'Landelijk Maatwerkloket', days: 10, pmm: true },
    { name: 'Landelijk Escalatie Team', days: 20, pmm: true },
  ],
};

const PW31 = 'Participatiewet art. 31 (middelen)';
const HV_URG = 'Huisvestingsverordening (urgentie)';

export const DEMO_KNELPUNTEN: DemoKnelpunt[] = [
  // ---- Utrecht: Cindy (debts + housing + children) ----
  { story: 'cindy', daysAgo: 110, solution: 'Urgentie voor Cindy en haar drie kinderen, die bij oma op één kamer slapen', law: 'Huisvestingsverordening Utrecht', article: 'art. 2.5.2 (urgentie)', org: 'Urgentiecommissie', rule: 'Inwoning bij familie geldt als eigen keuze: geen urgentie', type: 'regel_botst',
    toets: ['Schaarse woningen gaan naar wie het meest in nood is', 'Vier mensen op één kamer met spanning in huis is juist die nood; de regel sluit haar uit omdat ze eerst zelf een oplossing zocht', 'Urgentie op heroverweging met een brede blik op het gezin'],
    wait: 'Kinderen op één kamer; risico op jeugdhulp door spanningen', waitEuro: 11000, contacts: ['Mitros'],
    path: [{ level: 2, outcome: 'toegekend', text: 'Heroverweging door de urgentiecommissie met het gezinsperspectief; urgentie verleend', signal: { kind: 'regel_wijzigen', rule: HV_URG, proposal: 'Inwoning bij familie na een scheiding niet langer als eigen keuze uitsluiten van urgentie wanneer er kinderen zijn' } }] },
  { story: 'cindy', daysAgo: 90, solution: 'Verrekening van de toeslagschuld van de ex met Cindy\'s huurtoeslag stoppen', law: 'Algemene wet inkomensafhankelijke regelingen', article: 'art. 30 (verrekening)', org: 'Dienst Toeslagen', rule: 'Hoofdelijke aansprakelijkheid van toeslagpartners', type: 'regel_botst',
    toets: ['Terugbetalen wat ten onrechte is ontvangen', 'De schuld is door de ex gemaakt; verrekenen duwt een moeder met drie kinderen onder het bestaansminimum', 'Verrekening opschorten en de vordering bij de ex leggen'],
    wait: 'Huurachterstand en nieuwe schulden', waitEuro: 1800, contacts: ['Dienst Toeslagen'], path: [{ level: 2 }] },
  { story: 'cindy', daysAgo: 60, solution: 'Schuldhulpverlening binnen vier weken starten in plaats van na drie maanden wachten', law: 'Wet gemeentelijke schuldhulpverlening', article: 'art. 4a (termijnen)', org: 'Schuldhulpverlening Utrecht', rule: 'Wachtlijst intake', type: 'wachtlijst',
    toets: ['Snel perspectief bieden bij schulden', 'Wachten laat de schulden en de stress oplopen', 'Voorrang voor huishoudens met kinderen en een beslag'],
    wait: 'Oplopende incassokosten', waitEuro: 400, path: [{ level: 1, outcome: 'afgewezen', text: 'Het team kan geen voorrang afdwingen; eerst de wettelijke termijn van vier weken afwachten' }] },
  { story: 'cindy', daysAgo: 45, solution: 'Een tijdelijke woning in Overvecht voor Cindy en de kinderen tot de urgentie tot een vaste woning leidt', law: 'Huisvestingswet 2014', article: 'art. 12 (voorrang)', org: 'Woningcorporatie Mitros', rule: 'Tijdelijke verhuur alleen via het convenant bijzondere doelgroepen', type: 'financiering_onduidelijk',
    toets: ['Woningen eerlijk verdelen via het woonruimteverdeelsysteem', 'Het gezin heeft al urgentie; wachten op een vaste woning houdt vier mensen op één kamer', 'Tijdelijke woning met voorfinanciering door de corporatie, verrekend als de vaste woning er is'],
    wait: 'Spanning in huis bij oma; jeugdhulp dreigt', waitEuro: 6000, consent: true, contacts: ['Mitros'],
    path: [
      { level: 2, outcome: 'doorverwezen', referTo: 4, text: 'Wie betaalt de tijdelijke woning: landelijk maatwerkloket' },
      { level: 4, outcome: 'overbrugd', text: 'Tijdelijke woning nu; Mitros financiert voor, verdeling volgt',
        overbrugging: { help: 'Tijdelijke woning in Overvecht, huur en inrichting voor drie maanden', provisionalFunder: 'woningcorporatie', provisionalAmountCents: 450_000, funderOrg: 'woonstad' } },
    ] },
  { story: 'cindy', daysAgo: 20, solution: 'Kinderopvangtoeslag behouden tijdens het zoeken naar werk', law: 'Wet kinderopvang', article: 'art. 1.6', org: 'Dienst Toeslagen', rule: 'Geen toeslag zonder gewerkte uren', type: 'regel_botst',
    toets: ['Toeslag alleen voor werkende ouders', 'Zonder opvang kan Cindy geen werk zoeken', 'Overbruggingsperiode van drie maanden'], wait: 'Werk zoeken stokt', waitEuro: null, path: [] },
  // ---- Utrecht: Willemien (proportional enforcement) ----
  { story: 'willemien', daysAgo: 70, solution: 'Legaliseren zonder terugvordering met boete: uitkering beëindigen vanaf nu', law: 'Participatiewet', article: 'art. 58 (terugvordering)', org: 'Werk en Inkomen Utrecht', rule: 'Terugvordering over de hele periode van gezamenlijke huishouding', type: 'regel_botst',
    toets: ['Bijstand alleen voor wie het nodig heeft', 'Willemien wist niet dat dit als gezamenlijke huishouding telt; een vordering van jaren duwt haar en Sem in armoede', 'Pauzeknop: legaliseren, beëindigen, geen boete'],
    wait: 'Schuld van tienduizenden euro\'s en een fraudelabel', waitEuro: 25000,
    path: [{ level: 2, outcome: 'toegekend', text: 'Pauzeknop toegepast; afzien van terugvordering over het verleden (Awb art. 3:4)', signal: { kind: 'vaste_afspraak', rule: 'Participatiewet art. 58 (terugvordering)', proposal: 'Vaste afspraak: bij onbewuste gezamenlijke huishouding eerst legaliseren, dan pas terugvorderen' } }] },
  { story: 'willemien', daysAgo: 50, solution: 'Alimentatie van de ex sneller innen', law: 'Burgerlijk Wetboek', article: 'art. 1:408', org: 'LBIO', rule: 'Inning pas na verzoek en verificatie', type: 'wachtlijst',
    toets: ['Alimentatie komt bij de ouder die voor het kind zorgt', 'Zonder alimentatie blijft Willemien afhankelijk van bijstand', 'Voorrang bij dreigende armoede'], wait: 'Inkomensgat € 300 per maand', waitEuro: 300, path: [] },
  { story: 'willemien', daysAgo: 45, solution: 'Geen bestuurlijke boete bij schending inlichtingenplicht zonder opzet', law: 'Participatiewet', article: 'art. 18a (bestuurlijke boete)', org: 'Werk en Inkomen Utrecht', rule: 'Boete is verplicht', type: 'regel_botst',
    toets: ['Naleving van de inlichtingenplicht', 'Boete zonder verwijtbaarheid ondermijnt vertrouwen en hulpvraag', 'Waarschuwing in plaats van boete'], wait: 'Boete van € 1.500', waitEuro: 1500,
    path: [{ level: 1, outcome: 'afgewezen', text: 'Het team kan niet afwijken van de boeteplicht' }, { level: 2 }] },
  // ---- Utrecht: Erik (gambling) ----
  { story: 'gokverslaving', daysAgo: 58, solution: 'De netto winst terugvorderen (€ 200 per maand verlies), niet de bruto winsten van € 3.800 per maand', law: 'Participatiewet', article: 'art. 31 (middelen) en art. 58', org: 'Werk en Inkomen Utrecht', rule: 'Inkomsten uit gokken worden bruto als middelen aangemerkt', type: 'regel_botst',
    toets: ['Geen bijstand naast eigen middelen', 'Erik had per saldo verlies; een vordering van € 50.000 plus boete sluit schuldhulp uit en duwt hem dieper in de verslaving', 'Netto vorderen op voorwaarde dat hij hulp aanvaardt'],
    wait: 'Vordering van ongeveer € 50.000 en geen schuldhulp', waitEuro: 50000,
    path: [{ level: 2, outcome: 'toegekend', text: 'Netto terugvordering, gekoppeld aan behandeling bij verslavingszorg', signal: { kind: 'regel_wijzigen', rule: PW31, proposal: 'Toestaan dat kosten (inzet bij gokken, kosten van fokken) worden afgetrokken van de opbrengst, zodat alleen de netto opbrengst als middel telt' } }] },
  { story: 'gokverslaving', daysAgo: 40, solution: 'Toegang tot schuldhulp ondanks fraudevordering', law: 'Wet schuldsanering natuurlijke personen', article: 'art. 288 (goede trouw)', org: 'Rechtbank / Schuldhulpverlening', rule: 'Fraudeschulden staan toelating in de weg', type: 'regel_botst',
    toets: ['Schuldsanering alleen bij goede trouw', 'De gokverslaving is een ziekte; zonder schuldhulp geen uitweg', 'Toelating bij lopende behandeling'], wait: 'Uitzichtloze schuld', waitEuro: 10000, path: [{ level: 4 }] },
  { story: 'gokverslaving', daysAgo: 30, solution: 'Verslavingszorg binnen twee weken in plaats van tien', law: 'Zorgverzekeringswet', article: 'art. 10', org: 'Verslavingszorg Utrecht', rule: 'Wachtlijst', type: 'wachtlijst',
    toets: ['Zorg op volgorde van aanmelding', 'De netto-afspraak hangt aan behandeling; wachten laat het gokken doorgaan', 'Voorrang voor een behandeling die aan een maatregel gekoppeld is'], wait: 'Doorgaand verlies', waitEuro: 800, path: [{ level: 1 }] },
  // ---- Utrecht: Nadia (fluctuating income) ----
  { story: 'thuiszorg-wisselend', daysAgo: 95, solution: 'Een vast bedrag per maand zonder verrekening achteraf (Bestaansbalans)', law: 'Participatiewet', article: 'art. 31 en 45 (verrekening)', org: 'Werk en Inkomen Utrecht', rule: 'Maandelijkse verrekening van wisselende inkomsten', type: 'regel_botst',
    toets: ['Bijstand vult aan tot het minimum', 'Maandelijks verrekenen met terugvorderingen maakt werken onzeker; Nadia overweegt te stoppen', 'Buffer die schommelingen opvangt'], wait: 'Stoppen met werken', waitEuro: 18768,
    path: [{ level: 2, outcome: 'toegekend', text: 'Deelname aan de Bestaansbalans', signal: { kind: 'vaste_afspraak', rule: 'Participatiewet art. 45 (verrekening)', proposal: 'Bestaansbalans als vaste voorziening voor werkenden met wisselende uren' } }] },
  { story: 'thuiszorg-wisselend', daysAgo: 40, solution: 'Geen terugvordering zorgtoeslag over twee jaar terug', law: 'Algemene wet inkomensafhankelijke regelingen', article: 'art. 19', org: 'Dienst Toeslagen', rule: 'Definitieve berekening achteraf', type: 'regel_botst',
    toets: ['Toeslag naar werkelijk inkomen', 'Terugvorderen jaren later ontregelt een huishouden dat net stabiel is', 'Betalingsregeling naar draagkracht'], wait: 'Vordering € 1.100', waitEuro: 1100, path: [] },
  { story: 'thuiszorg-wisselend', daysAgo: 35, solution: 'Kinderopvang voor Yara op wisselende dagen', law: 'Wet kinderopvang', article: 'art. 1.7', org: 'Kinderopvang', rule: 'Vaste contractdagen', type: 'aanbod_ontbreekt',
    toets: ['Betaalbare opvang voor werkende ouders', 'Vaste dagen passen niet bij een rooster', 'Flexibel contract'], wait: 'Minder uren werken', waitEuro: 2400, path: [{ level: 1, outcome: 'afgewezen', text: 'Geen flexibel aanbod in de wijk; doorverwijzing naar de gastouderopvang' }] },
  // ---- Utrecht: Esra ----
  { story: 'bakfiets-moeder', daysAgo: 14, solution: 'Een bakfiets zodat Esra haar kinderen naar twee plekken brengt', law: 'Participatiewet', article: 'art. 35 (bijzondere bijstand)', org: 'Werk en Inkomen Utrecht', rule: 'Vervoermiddel is geen noodzakelijke kostenpost', type: 'regel_botst',
    toets: ['Bijzondere bijstand voor noodzakelijke kosten', 'Zonder vervoer verliest Esra twee uur per ochtend en kan ze geen opleiding volgen', 'Eenmalig uit het maatwerkbudget'], wait: 'Opleiding start niet', waitEuro: null,
    path: [{ level: 1, outcome: 'toegekend', text: 'Bakfiets uit het maatwerkbudget (€ 2.400)' }] },
  { story: 'bakfiets-moeder', daysAgo: 10, solution: 'Kinderopvangplek dichter bij school', law: 'Wet kinderopvang', article: '', org: 'Kinderopvang Utrecht', rule: 'Wachtlijst per locatie', type: 'wachtlijst',
    toets: ['Plaatsing op volgorde', 'Twee plekken aan weerszijden van de wijk', 'Voorrang bij broertjes en zusjes'], wait: 'Reistijd', waitEuro: null, path: [] },
  // ---- Utrecht: Gert (breeding) ----
  { story: 'fokker', daysAgo: 38, solution: 'Kosten van voer, dierenarts en inenting aftrekken van de opbrengst van de puppy\'s', law: 'Participatiewet', article: 'art. 31 (middelen)', org: 'Werk en Inkomen Utrecht', rule: 'Opbrengst verkoop dieren telt bruto als middel', type: 'regel_botst',
    toets: ['Geen bijstand naast eigen middelen', 'Verrekenen zonder kosten vordert meer terug dan Gert ooit verdiende', 'Netto opbrengst verrekenen'], wait: 'Vordering € 6.400', waitEuro: 6400,
    path: [{ level: 2, outcome: 'afgewezen', text: 'De wet laat lokaal geen aftrek van kosten toe', signal: { kind: 'regel_wijzigen', rule: PW31, proposal: 'Kosten van verwerving aftrekbaar maken bij inkomsten uit hobbymatige verkoop' } }, { level: 4 }] },
  { story: 'fokker', daysAgo: 25, solution: 'Duidelijkheid of hobbyfokken een onderneming is', law: 'Handelsregisterwet', article: 'art. 5', org: 'KvK', rule: '', type: 'anders',
    toets: ['Registratie van ondernemingen', 'Onduidelijkheid leidt tot een fraudelabel', 'Voorlichting vooraf'], wait: '', waitEuro: null, path: [] },
  // ---- Zaanstad: the mantelzorgwoning ----
  { key: 'mantelzorgwoning', story: 'mantelzorgwoning', daysAgo: 45, solution: 'Een mantelzorgwoning in Gerda\'s tuin (€ 40.000 eenmalig) in plaats van opname van beide ouders in een Wlz-instelling (ongeveer € 100.000 per jaar)', law: 'Wet maatschappelijke ondersteuning 2015 / Wet langdurige zorg', article: 'Wmo 2015 art. 2.3.5; Wlz art. 3.3.1', org: 'Gemeente Zaanstad en Zorgkantoor', rule: 'Woonvoorziening alleen voor de eigen woning van de cliënt', type: 'financiering_onduidelijk',
    toets: ['Passende zorg tegen zo laag mogelijke kosten', 'De besparing valt bij de Wlz, de kosten bij de gemeente; zo komt de goedkopere en betere oplossing er niet', 'Overbrugging: nu plaatsen, daarna verdelen naar wie bespaart'],
    wait: 'Opname van beide ouders', waitEuro: 100000, consent: true, contacts: ['Zorgkantoor', 'Maatwerkloket'],
    path: [
      { level: 1, outcome: 'doorverwezen', referTo: 3, text: 'Financiering over twee wetten heen: landelijk maatwerkloket' },
      { level: 3, outcome: 'overbrugd', text: 'Mantelzorgwoning nu plaatsen; gemeente financiert voor, daarna verdeling met het zorgkantoor',
        overbrugging: { help: 'Mantelzorgwoning plaatsen en inrichten', provisionalFunder: 'gemeente-wmo', provisionalAmountCents: 4_000_000, settle: [['gemeente-wmo', 1_500_000], ['wlz', 2_500_000]],
          correct: { shares: [['gemeente-wmo', 1_300_000], ['wlz', 2_700_000]], reason: 'Het zorgkantoor neemt ook de inrichting voor de zorg (hoog-laagbed, tillift) voor zijn rekening' } },
        signal: { kind: 'vaste_afspraak', rule: 'Wlz/Wmo 2015: mantelzorgwoning als alternatief voor opname', proposal: 'Vaste afspraak zorgkantoor-gemeente: bij een mantelzorgwoning die Wlz-opname voorkomt, betaalt de Wlz naar rato mee' } },
    ] },
  { story: 'mantelzorgwoning', daysAgo: 40, solution: 'Vergunningvrij plaatsen van de mantelzorgwoning bevestigen', law: 'Omgevingswet / Besluit bouwwerken leefomgeving', article: 'vergunningvrij bouwen mantelzorg', org: 'Omgevingsloket Zaanstad', rule: 'Maximale oppervlakte bijbehorend bouwwerk', type: 'regel_botst',
    toets: ['Ruimtelijke kwaliteit', 'Zonder zekerheid bestelt Gerda niet', 'Schriftelijke bevestiging binnen een week'], wait: 'Levertijd loopt op', waitEuro: null, path: [{ level: 1, outcome: 'toegekend', text: 'Bevestigd dat plaatsing vergunningvrij is' }] },
  { story: 'mantelzorgwoning', daysAgo: 30, solution: 'Dagbesteding voor dementie in de buurt', law: 'Wet maatschappelijke ondersteuning 2015', article: 'art. 2.3.5', org: 'Zorgaanbieder', rule: 'Wachtlijst', type: 'wachtlijst',
    toets: ['Ontlasten van de mantelzorger', 'Zonder dagbesteding houdt Gerda het niet vol', 'Tijdelijk andere locatie'], wait: 'Overbelasting mantelzorger', waitEuro: 4615, path: [] },
  // ---- Zaanstad: Kevin in his car ----
  { key: 'jongen-auto', story: 'jongen-auto', daysAgo: 28, solution: 'Twee maanden een low-budget hotel (ongeveer € 700 per maand) in plaats van de nachtopvang', law: 'Wet maatschappelijke ondersteuning 2015', article: 'art. 2.3.5 (maatschappelijke opvang)', org: 'Gemeente Zaanstad / opvang', rule: 'Opvang is nachtopvang', type: 'aanbod_ontbreekt',
    toets: ['Een dak boven het hoofd', 'In de nachtopvang verliest Kevin zijn baan: zijn dienst begint om 6 uur, de opvang sluit om 8', 'Hotel uit het maatwerkbudget, goedkoper dan de nachtopvang'], wait: 'Baanverlies en een bijstandsuitkering', waitEuro: 18768,
    path: [{ level: 1, outcome: 'toegekend', text: 'Hotel voor twee maanden uit het maatwerkbudget' }] },
  { story: 'jongen-auto', daysAgo: 26, solution: 'Urgentie voor een werkende dakloze jongere', law: 'Huisvestingsverordening Zaanstad', article: 'urgentie', org: 'Urgentiecommissie', rule: 'Dakloosheid alleen met opvangindicatie', type: 'regel_botst',
    toets: ['Urgentie voor acute nood', 'Wie werkt en in zijn auto slaapt, valt buiten de indicatie', 'Urgentie met begeleiding'], wait: 'Terug naar de auto na het hotel', waitEuro: 5400, path: [{ level: 2 }] },
  { story: 'jongen-auto', daysAgo: 25, solution: 'Briefadres zodat loonstroken en zorgverzekering aankomen', law: 'Wet basisregistratie personen', article: 'art. 2.40 (briefadres)', org: 'Burgerzaken Zaanstad', rule: 'Briefadres alleen via een instelling', type: 'regel_botst',
    toets: ['Een betrouwbare registratie', 'Zonder adres raakt Kevin zijn baan en verzekering kwijt', 'Briefadres bij het wijkteam'], wait: 'Baan en verzekering', waitEuro: null, path: [{ level: 1, outcome: 'toegekend', text: 'Briefadres bij het wijkteam' }] },
  // ---- Zaanstad: Shanice ----
  { story: 'tienermoeder', daysAgo: 18, solution: 'Een maand huur betalen om de ontruiming te voorkomen', law: 'Participatiewet', article: 'art. 35', org: 'Woningcorporatie Parteon', rule: 'Geen bijzondere bijstand voor huurschulden', type: 'financiering_onduidelijk',
    toets: ['Geen bijstand voor schulden', 'Een ontruiming van een moeder met baby kost de gemeente veel meer', 'Eenmalig uit het maatwerkbudget met budgetbeheer'], wait: 'Huisuitzetting', waitEuro: 10000,
    path: [{ level: 1, outcome: 'toegekend', text: 'Eén maand huur uit het maatwerkbudget; budgetbeheer gestart' }] },
  { story: 'tienermoeder', daysAgo: 16, solution: 'Aanvullen van de lagere huurtoeslag tot Shanice 23 is', law: 'Wet op de huurtoeslag', article: 'art. 20 (jongeren onder 23)', org: 'Dienst Toeslagen', rule: 'Lagere maximale huur voor jongeren', type: 'regel_botst',
    toets: ['Jongeren niet te duur laten wonen', 'Shanice woont al; het verschil duwt haar weer in de achterstand', 'Aanvullen tot 23'], wait: 'Nieuwe huurachterstand', waitEuro: 1800,
    path: [{ level: 2, outcome: 'toegekend', text: 'Aanvulling uit het maatwerkbudget tot haar 23e', signal: { kind: 'regel_wijzigen', rule: 'Wet op de huurtoeslag art. 20', proposal: 'Geen lagere huurgrens voor jonge ouders met een kind' } }] },
  { story: 'tienermoeder', daysAgo: 12, solution: 'Kinderopvang zodat Shanice haar opleiding afmaakt', law: 'Wet kinderopvang', article: 'art. 1.6 (doelgroepouders)', org: 'Gemeente Zaanstad', rule: '', type: 'financiering_onduidelijk',
    toets: ['Opvang voor werk of opleiding', 'Zonder diploma blijft ze afhankelijk', 'Doelgroepregeling'], wait: 'Schooluitval', waitEuro: null, path: [] },
  { story: 'tienermoeder', daysAgo: 10, solution: 'Bijstand boven de jongerennorm voor een moeder van 19', law: 'Participatiewet', article: 'art. 20 (jongerennorm)', org: 'Werk en Inkomen Zaanstad', rule: 'Jongerennorm tot 21', type: 'regel_botst',
    toets: ['Jongeren worden door ouders onderhouden', 'Shanice woont zelfstandig met een baby', 'Aanvullende bijzondere bijstand'], wait: 'Tekort € 350 per maand', waitEuro: 350,
    path: [{ level: 1, outcome: 'afgewezen', text: 'Het team kan niet afwijken' }, { level: 2 }] },
  // ---- Tilburg: father with three children (mental health + housing + children) ----
  { key: 'vader', story: 'vader-drie-kinderen', daysAgo: 85, solution: 'Urgentie en een eigen woning voor de volwassen zoon Mark, zodat de drie kinderen thuis kunnen blijven', law: 'Huisvestingsverordening Tilburg', article: 'urgentie', org: 'Urgentiecommissie / WonenBreburg', rule: 'Geen urgentie op eigen titel voor een inwonend meerderjarig kind', type: 'regel_botst',
    toets: ['Schaarse woningen voor wie het meest in nood is', 'Zonder woning voor Mark worden drie kinderen uit huis geplaatst', 'Urgentie voor Mark met begeleiding'],
    wait: 'Uithuisplaatsing van drie kinderen', waitEuro: 135000, contacts: ['WonenBreburg'],
    path: [{ level: 1, outcome: 'toegekend', text: 'Urgentie voor Mark op gezinsperspectief; WonenBreburg biedt binnen zes weken aan', signal: { kind: 'vaste_afspraak', rule: HV_URG, proposal: 'Urgentie voor een volwassen zoon of dochter wanneer dat uithuisplaatsing van jongere kinderen voorkomt' } }] },
  { story: 'vader-drie-kinderen', daysAgo: 70, solution: 'Traumabehandeling voor Mark binnen vier weken', law: 'Zorgverzekeringswet', article: 'art. 10', org: 'GGZ Breburg', rule: 'Wachtlijst specialistische ggz', type: 'wachtlijst',
    toets: ['Zorg op volgorde van aanmelding', 'Zonder behandeling blijft de thuissituatie onveilig', 'Voorrang bij gezinnen met kinderen in gevaar'], wait: 'Onveiligheid', waitEuro: 21000, path: [{ level: 2 }] },
  { story: 'vader-drie-kinderen', daysAgo: 60, solution: 'Veilig Thuis mag de corporatie informeren over de noodzaak', law: 'Algemene verordening gegevensbescherming', article: 'art. 6 lid 1 sub e', org: 'Veilig Thuis', rule: 'Geen gegevens delen zonder toestemming', type: 'gegevens_delen',
    toets: ['Bescherming van persoonsgegevens', 'De corporatie besluit zonder het hele verhaal', 'Alleen de noodzaak delen, met toestemming van Ruud'], wait: 'Vertraging woningtoewijzing', waitEuro: null, path: [{ level: 1, outcome: 'toegekend', text: 'Met toestemming van Ruud deelt Veilig Thuis een korte verklaring' }] },
  { story: 'vader-drie-kinderen', daysAgo: 40, solution: 'Ambulante jeugdhulp thuis in plaats van uithuisplaatsing', law: 'Jeugdwet', article: 'art. 2.3', org: 'Gemeente Tilburg', rule: 'Onduidelijk of het jeugdhulpbudget ambulante hulp voor de zoon betaalt', type: 'financiering_onduidelijk',
    toets: ['Passende jeugdhulp', 'Terwijl partijen discussiëren over wie betaalt, escaleert de situatie', 'Nu starten, later verdelen'], wait: 'Uithuisplaatsing', waitEuro: 45000,
    path: [{ level: 1, outcome: 'overbrugd', text: 'Start ambulante hulp; de gemeente financiert voor', overbrugging: { help: 'Ambulante gezinsbegeleiding, 12 weken', provisionalFunder: 'gemeente-jeugd', provisionalAmountCents: 600_000 } }] },
  { story: 'vader-drie-kinderen', daysAgo: 30, solution: 'Geen kostendelersnorm voor Ruud zolang Mark noodgedwongen thuis woont', law: 'Participatiewet', article: 'art. 22a (kostendelersnorm)', org: 'Werk en Inkomen Tilburg', rule: 'Kostendelersnorm bij inwonende meerderjarige', type: 'regel_botst',
    toets: ['Woonkosten delen verlaagt de norm', 'Mark kan niet weg; de korting maakt het gezin armer en de spanning groter', 'Tijdelijk afzien van de kostendelersnorm'], wait: 'Korting € 400 per maand', waitEuro: 400, path: [{ level: 3 }] },
  { story: 'vader-drie-kinderen', daysAgo: 20, solution: 'Snelle beoordeling arbeidsvermogen van Mark', law: 'Wet Wajong', article: '', org: 'UWV', rule: 'Beslistermijn', type: 'wachtlijst',
    toets: ['Zorgvuldige beoordeling', 'Zonder inkomen geen eigen woning', 'Voorrang'], wait: 'Geen inkomen', waitEuro: null, path: [] },
  // ---- Den Haag: Rick (mental health + housing + no income) ----
  { story: 'rick-briefadres', daysAgo: 190, solution: 'Briefadres voor een dakloze jongere zonder instelling', law: 'Wet basisregistratie personen', article: 'art. 2.40', org: 'Burgerzaken Den Haag', rule: 'Briefadres alleen bij een hoofdbewoner', type: 'regel_botst',
    toets: ['Betrouwbare registratie', 'Zonder adres geen uitkering, verzekering of werk', 'Briefadres bij het loket'], wait: 'Geen uitkering', waitEuro: 18768, path: [{ level: 1 }] },
  { story: 'rick-briefadres', daysAgo: 150, solution: 'Zorgverzekering zonder premieachterstand uit de dakloze periode', law: 'Zorgverzekeringswet', article: 'art. 18b (bestuursrechtelijke premie)', org: 'CAK', rule: 'Wanbetalersregeling', type: 'regel_botst',
    toets: ['Premie wordt betaald', 'De achterstand ontstond toen Rick geen adres had; de regeling houdt hem in de schulden', 'Uitstroom uit de regeling bij een schuldregeling'], wait: 'Beslag op loon', waitEuro: 2000,
    path: [{ level: 2, outcome: 'toegekend', text: 'CAK laat Rick uitstromen uit de wanbetalersregeling nu hij een betalingsregeling heeft' }] },
  { story: 'rick-briefadres', daysAgo: 120, solution: 'Geen vier weken zoektermijn voor een dakloze jongere', law: 'Participatiewet', article: 'art. 41 lid 4', org: 'Werk en Inkomen Den Haag', rule: 'Zoektermijn jongeren', type: 'regel_botst',
    toets: ['Jongeren eerst zelf werk of school laten zoeken', 'Zonder inkomen en adres is zoeken onmogelijk', 'Afzien van de zoektermijn'], wait: 'Vier weken zonder inkomen', waitEuro: 1500, path: [] },
  { story: 'rick-briefadres', daysAgo: 60, solution: 'Een kamer ondanks korte inschrijfduur', law: 'Huisvestingsverordening Haaglanden', article: 'inschrijfduur', org: 'Woonnet Haaglanden', rule: 'Toewijzing op inschrijfduur', type: 'wachtlijst',
    toets: ['Eerlijke verdeling', 'Rick heeft werk maar geen woonadres', 'Tijdelijk huurcontract (Housing First)'], wait: 'Terugval', waitEuro: 30000, path: [{ level: 1 }] },
  // ---- Groningen: Thijs (youth care + housing + children) ----
  { story: 'groningen-scholier', daysAgo: 390, solution: 'Bijstand voor een 17-jarige scholier in een noodsituatie', law: 'Participatiewet', article: 'art. 13 lid 2 (scholieren) en art. 16 (noodsituatie)', org: 'Inkomensdienstverlening Groningen', rule: 'Geen bijstand onder 18 en voor scholieren', type: 'regel_botst',
    toets: ['Jongeren onder 18 worden door ouders onderhouden', 'Zijn moeder is verslaafd en zijn vader zit vast: niemand onderhoudt hem', 'Noodsituatiebevoegdheid tot zijn 18e'], wait: 'Jeugdinstelling', waitEuro: 110000,
    path: [{ level: 1, outcome: 'toegekend', text: 'Taskforce 16-27: noodsituatiebevoegdheid, dezelfde dag besloten', signal: { kind: 'regel_wijzigen', rule: 'Participatiewet art. 13 lid 2 (scholieren)', proposal: 'Uitzondering voor scholieren zonder onderhoudsplichtige ouders' } }] },
  { story: 'groningen-scholier', daysAgo: 380, solution: 'Een kamer in de stad met ambulante begeleiding in plaats van een jeugdinstelling', law: 'Jeugdwet', article: 'art. 2.3', org: 'Gemeente Groningen', rule: 'Onduidelijk welk budget de kamer betaalt', type: 'financiering_onduidelijk',
    toets: ['Passende jeugdhulp', 'Een instelling is duurder en minder passend', 'Nu starten, daarna verdelen'], wait: 'Jeugdinstelling', waitEuro: 110000,
    path: [{ level: 1, outcome: 'overbrugd', text: 'Kamer en begeleiding starten direct', overbrugging: { help: 'Kamer in de stad, zes maanden huur en inrichting', provisionalFunder: 'gemeente-jeugd', provisionalAmountCents: 480_000, settle: [['gemeente-jeugd', 240_000], ['gemeente-participatiewet', 240_000]] } }] },
  { story: 'groningen-scholier', daysAgo: 60, solution: 'Loon, WW en bijstand op één rekening en één betaaldag', law: 'Participatiewet', article: 'art. 45', org: 'UWV / Inkomensdienstverlening', rule: 'Betaling per instantie op eigen dag', type: 'regel_botst',
    toets: ['Juiste betaling', 'Drie betaaldagen maken vaste lasten onbetaalbaar', 'Huishoudboekje'], wait: 'Achterstanden', waitEuro: 600, path: [{ level: 1, outcome: 'toegekend', text: 'Huishoudboekje ingericht' }] },
  { story: 'groningen-scholier', daysAgo: 40, solution: 'Studiefinanciering en aanvullende bijstand tijdens het hbo', law: 'Participatiewet', article: 'art. 13 lid 2 sub c (studenten)', org: 'DUO / Gemeente Groningen', rule: 'Geen bijstand voor studenten', type: 'regel_botst',
    toets: ['Studenten via studiefinanciering', 'Zonder ouderlijke bijdrage haakt Thijs af', 'Aanvullende beurs aanvragen, tot dan overbruggen'], wait: 'Studie-uitval', waitEuro: 5000, path: [{ level: 2 }] },
  { story: 'groningen-scholier', daysAgo: 35, solution: 'Toeslagen zonder gegevens van de vader in detentie', law: 'Algemene wet inkomensafhankelijke regelingen', article: 'art. 3', org: 'Dienst Toeslagen', rule: 'Gegevens ouder nodig', type: 'gegevens_delen',
    toets: ['Juiste toeslag', 'De vader is niet bereikbaar', 'Verklaring van de Taskforce volstaat'], wait: '', waitEuro: null, path: [] },
  { story: 'groningen-scholier', daysAgo: 30, solution: 'Zorgverzekering afsluiten zonder handtekening van een ouder', law: 'Zorgverzekeringswet', article: 'art. 2', org: 'Zorgverzekeraar', rule: 'Minderjarige bij ouder verzekerd', type: 'anders',
    toets: ['Verzekering via de ouder', 'De moeder regelt niets', 'Eigen polis op 18'], wait: 'Onverzekerd', waitEuro: null,
    path: [{ level: 3, outcome: 'afgewezen', text: 'Maatwerkloket: geen ruimte tot zijn 18e; de verzekeraar houdt hem bij de moeder verzekerd' }] },
];

export const DEMO_CONTACTS: Array<{ key: string; owner: 'pmm' | 'utrecht' | 'zaanstad' | 'tilburg' | 'groningen' | 'denhaag'; contactOrganisation: string; name: string; role: string; phone?: string; email?: string; topics: string[]; region: string }> = [
  { key: 'Maatwerkloket', owner: 'pmm', contactOrganisation: 'Landelijk Maatwerkloket (PMM)', name: 'Medewerker Maatwerkloket', role: 'projectadviseur', phone: '+31 70 000 0101', email: 'maatwerkloket@example.nl', topics: ['multiproblematiek', 'overbrugging', 'Participatiewet', 'Wlz', 'Zvw'], region: 'landelijk' },
  { key: 'UWV', owner: 'pmm', contactOrganisation: 'UWV', name: 'Jan de Vries', role: 'maatwerkfunctionaris', phone: '+31 88 000 0202', topics: ['WW', 'Wajong', 'Ziektewet'], region: 'landelijk' },
  { key: 'Dienst Toeslagen', owner: 'pmm', contactOrganisation: 'Belastingdienst/Toeslagen', name: 'Petra Smit', role: 'escalatiemedewerker', email: 'toeslagen-maatwerk@example.nl', topics: ['huurtoeslag', 'zorgtoeslag', 'kinderopvangtoeslag', 'Awir'], region: 'landelijk' },
  { key: 'CAK', owner: 'pmm', contactOrganisation: 'CAK', name: 'Ruben Meijer', role: 'casusregisseur wanbetalers', phone: '+31 70 000 0303', topics: ['Zvw', 'wanbetalersregeling'], region: 'landelijk' },
  { key: 'DUO', owner: 'pmm', contactOrganisation: 'DUO', name: 'Sanne Kok', role: 'maatwerkcoördinator', email: 'duo-maatwerk@example.nl', topics: ['studiefinanciering'], region: 'landelijk' },
  { key: 'Zorgkantoor', owner: 'zaanstad', contactOrganisation: 'Zorgkantoor Zaanstreek-Waterland', name: 'Monique Bakker', role: 'Wlz-adviseur', phone: '+31 75 000 0404', topics: ['Wlz', 'mantelzorg'], region: 'Zaanstreek-Waterland' },
  { key: 'Mitros', owner: 'utrecht', contactOrganisation: 'Woningcorporatie Mitros', name: 'Erik Willems', role: 'wooncoach', phone: '+31 30 000 0505', topics: ['huisvesting', 'urgentie'], region: 'Utrecht' },
  { key: 'WonenBreburg', owner: 'tilburg', contactOrganisation: 'WonenBreburg', name: 'Linda van Dam', role: 'bijzondere bemiddeling', phone: '+31 13 000 0606', topics: ['huisvesting', 'urgentie'], region: 'Hart van Brabant' },
  { key: 'Taskforce', owner: 'groningen', contactOrganisation: 'Gemeente Groningen', name: 'Lonneke Kamp', role: 'Taskforce 16-27', phone: '+31 50 000 0707', topics: ['jongeren', 'Participatiewet', 'huisvesting'], region: 'Groningen' },
  { key: 'Briefadres', owner: 'denhaag', contactOrganisation: 'Gemeente Den Haag', name: 'Loket Binckhorst', role: 'briefadressen dak- en thuislozen', phone: '+31 70 000 0808', topics: ['briefadres', 'Wet BRP'], region: 'Haaglanden' },
];
