// SPDX-License-Identifier: EUPL-1.2
/**
 * A corpus of realistic Dutch case texts written for the anonymiser's tests. Every identifier is
 * marked as ⟦kind|text⟧; everything outside the marks must survive unchanged. The people are the
 * household's members known to the platform. All names, numbers and addresses are invented; the BSNs
 * and IBANs are made-up numbers that pass their checks.
 */
import type { Person, RemovalKind } from './anonymise';

export interface CorpusText {
  people: Person[];
  text: string;
}

const devries: Person[] = [
  { name: 'Cindy de Vries', label: 'aanvrager' },
  { name: 'Jip de Vries', label: 'kind' },
];
const vandenberg: Person[] = [
  { name: 'Mark van den Berg', label: 'aanvrager' },
  { name: 'Ruud van den Berg', label: 'kind' },
];
const elamrani: Person[] = [
  { name: 'Nadia El Amrani', label: 'aanvrager' },
  { name: 'Yasmin El Amrani', label: 'kind' },
  { name: 'Sami El Amrani', label: 'kind' },
];
const bakker: Person[] = [{ name: 'Thijs Bakker', label: 'aanvrager' }];
const ozturk: Person[] = [
  { name: 'Emre Öztürk', label: 'aanvrager' },
  { name: 'Elif Öztürk-Yilmaz', label: 'partner' },
];

export const CORPUS: CorpusText[] = [
  { people: devries, text: 'De moeder, ⟦naam|Cindy⟧, woont met haar zoon ⟦naam|Jip⟧ op de ⟦adres|Kanaalstraat 12⟧ in Utrecht. Zij heeft schulden bij de Belastingdienst en van de energieleverancier.' },
  { people: devries, text: 'Mevrouw ⟦naam|De Vries⟧ (BSN ⟦bsn|111222333⟧) vraagt bijzondere bijstand aan voor de huur van de maand maart.' },
  { people: devries, text: 'Gesprek op ⟦datum|14-03-2026⟧ met ⟦naam|Cindy de Vries⟧ en de consulent van de woningcorporatie over de achterstand van drie maanden.' },
  { people: devries, text: 'Geboortedatum van ⟦naam|Jip⟧: ⟦datum|2 mei 2014⟧. Hij gaat naar de basisschool in de wijk en heeft een plek bij de naschoolse opvang.' },
  { people: devries, text: 'Bereikbaar op ⟦telefoon|06-12345678⟧ of via ⟦email|cindy.devries@example.nl⟧; liever niet bellen tussen de middag.' },
  { people: devries, text: 'Betaling van de huur naar ⟦iban|NL91ABNA0417164300⟧ gaat voortaan via de budgetbeheerder van de gemeente.' },
  { people: vandenberg, text: '⟦naam|Mark⟧ staat ingeschreven op ⟦postcode|3531 AB 45⟧ maar slaapt sinds de scheiding bij een vriend in de stad.' },
  { people: vandenberg, text: 'De vader, ⟦naam|Van den Berg⟧, wil een mantelzorgwoning in de tuin van zijn ouders plaatsen voor zijn zoon ⟦naam|Ruud⟧.' },
  { people: vandenberg, text: 'Volgens het bestemmingsplan mag dat niet; de gemeente van Houten ziet wel een oplossing met een tijdelijke vergunning van vijf jaar.' },
  { people: vandenberg, text: 'Zaaknummer ⟦zaaknummer|Z-2025-04711⟧: aanvraag Wmo-maatwerkvoorziening van ⟦naam|Mark van den Berg⟧, ingediend op ⟦datum|3 februari 2025⟧.' },
  { people: elamrani, text: '⟦naam|Nadia⟧ werkt als flexkracht met wisselende uren. Haar loon verschilt per maand van 600 tot 1.400 euro, daardoor wordt de bijstand steeds verrekend.' },
  { people: elamrani, text: 'Mevrouw ⟦naam|El Amrani⟧ heeft twee kinderen, ⟦naam|Yasmin⟧ (12) en ⟦naam|Sami⟧ (8), en woont aan de ⟦adres|Europalaan 3-bis⟧.' },
  { people: elamrani, text: 'Contact met de schuldhulpverlener, mevrouw ⟦naam|Jansen⟧, telefoon ⟦telefoon|030 - 123 45 67⟧, over de aanmelding bij de Wsnp.' },
  { people: elamrani, text: 'Haar BSN is ⟦bsn|1234.56.782⟧ en het BSN van ⟦naam|Yasmin⟧ is ⟦bsn|123456782⟧; het klantnummer ⟦zaaknummer|K-88123⟧ bij het UWV is nog onbekend bij de consulent.' },
  { people: bakker, text: '⟦naam|Thijs⟧ is 19 en woont in een jongerenhotel. Hij krijgt een uitkering en heeft een bijbaan van 8 uur per week in de supermarkt.' },
  { people: bakker, text: 'Huisarts dokter ⟦naam|Yilmaz⟧ ziet dat de stress over geld zijn gezondheid raakt; de ggz heeft een wachtlijst van 14 weken.' },
  { people: bakker, text: 'Vader ⟦naam|Bakker⟧ betaalt niets mee; het contact met de familie is slecht sinds ⟦datum|12/06/2023⟧.' },
  { people: bakker, text: 'Briefadres bij de Daklozenopvang, ⟦adres|Hoofdweg 110⟧ aangevraagd; zonder adres geen uitkering, zonder uitkering geen kamer.' },
  { people: ozturk, text: 'De heer ⟦naam|Öztürk⟧ gokt al jaren; hij zet per maand ongeveer 4.000 euro in en wint 3.800 euro terug.' },
  { people: ozturk, text: '⟦naam|Elif Öztürk-Yilmaz⟧ fokt puppy\'s en kittens. De opbrengst is verrekend zonder de kosten van voer en dierenarts.' },
  { people: ozturk, text: 'Per e-mail ⟦email|e.ozturk@hotmail.com⟧ liet ⟦naam|Emre⟧ weten dat hij de afspraak van ⟦datum|2026-04-09⟧ niet haalt.' },
  { people: ozturk, text: 'Bel het wijkteam op ⟦telefoon|+31 6 2345 6789⟧ of de regisseur op ⟦telefoon|0612345678⟧. Zij is er op maandag en donderdag.' },
  { people: [], text: 'De doorbraaktafel besloot dat de gemeente de huurachterstand van 2.350 euro voorschiet en later verrekent met de toeslag van de Belastingdienst.' },
  { people: [], text: 'In 2024 waren er 104 zaken bij het Landelijk Maatwerkloket; de doorlooptijd was ongeveer 8 weken per zaak.' },
  { people: [], text: 'Art. 31 lid 2 Participatiewet laat de vrijlating niet toe; het college gebruikt art. 18 lid 1 om af te wijken.' },
  { people: [], text: 'De bakfiets voor vervoer van de kinderen naar school valt niet onder de Wmo, wel onder het maatwerkbudget van het team.' },
  { people: [], text: 'Dossiernummer ⟦zaaknummer|2025/0934⟧ bij de rechtbank; kenmerk ⟦zaaknummer|ABC-77812⟧ bij de deurwaarder van de woningcorporatie.' },
  { people: [], text: 'Afspraak met dhr. ⟦naam|Pietersen⟧ van de sociale dienst en mevr. ⟦naam|Van der Linden⟧ van de corporatie in de week van ⟦datum|12 oktober⟧.' },
  { people: [], text: 'Buurvrouw ⟦naam|Fatima⟧ brengt de kinderen naar school; ⟦naam|Kees Hoekstra⟧ van de kerk helpt met de administratie.' },
  { people: [], text: 'Woonadres: ⟦adres|Van Heuven Goedhartlaan 57⟧, ⟦postcode|1181LE⟧ Amstelveen. Geboren op ⟦datum|30-11-1988⟧.' },
  { people: [], text: 'De rekening staat op naam van een broer, IBAN ⟦iban|NL44 RABO 0123 4567 89⟧; van de toeslag blijft per maand 120 euro over.' },
  { people: [], text: 'Het expansievat van de cv-ketel moest vervangen worden; de verhuurder weigerde, de kosten waren 380 euro, betaald op ⟦datum|5 jan. 2026⟧.' },
  // Harder cases, written before tuning the detectors: some are expected to be missed (the test prints them).
  { people: [], text: 'Gesprek met ⟦naam|Anouschka Verhoeven⟧ van Vluchtelingenwerk over de gezinshereniging.' },
  { people: devries, text: '⟦naam|Jip⟧ zit op de ⟦adres|Sint Jozefschool⟧ aan de ⟦adres|Lange Nieuwstraat 7⟧; de juf belt ⟦telefoon|06 - 1234 - 5678⟧ als hij ziek is.' },
  { people: vandenberg, text: '⟦naam|Ruud⟧ zijn verjaardag is op ⟦datum|17-8⟧, dan komt de hele familie ⟦naam|van den Berg⟧ bij elkaar.' },
  { people: [], text: 'Het kind van ⟦naam|Wilma⟧ logeert bij oma; ⟦naam|Sjaak⟧ van de voetbalclub betaalt de contributie.' },
];

export interface ParsedCorpusText {
  people: Person[];
  /** The text without the marks, as a professional would have typed it. */
  input: string;
  /** The identifiers: where they are in the input and what kind. */
  marks: Array<{ kind: RemovalKind; start: number; end: number; text: string }>;
}

export function parseCorpus(items: CorpusText[] = CORPUS): ParsedCorpusText[] {
  return items.map(({ people, text }) => {
    const marks: ParsedCorpusText['marks'] = [];
    let input = '';
    let rest = text;
    const re = /⟦(\w+)\|([^⟧]+)⟧/u;
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
      input += rest.slice(0, m.index);
      marks.push({ kind: m[1] as RemovalKind, start: input.length, end: input.length + m[2].length, text: m[2] });
      input += m[2];
      rest = rest.slice(m.index + m[0].length);
    }
    input += rest;
    return { people, input, marks };
  });
}
