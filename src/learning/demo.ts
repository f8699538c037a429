// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo entries for the Bibliotheek: the seed stories of DOMAIN.md (the mantelzorgwoning, the
 * low-budget hotel, the briefadres, the rent top-up for under-23s, Groningen's pupil with a room
 * and a benefit, the cargo bike, the gambling net offset, the puppy sales, the expansievat …) told
 * again in other municipalities and years with plausible variations. Every entry is marked as a demo
 * example (is_demo); amounts are illustrative story figures, rounded to whole thousands like real
 * entries. A few reuse links show how breakthroughs spread.
 */
import type { DemoLoader } from '../demo/context';
import type { EntryDraft, EntryOutcome } from './model';
import * as store from './store';

interface Story {
  title: string;
  situation: string;
  breakthrough: string;
  law: string;
  article: string;
  orgKind: string;
  type: string;
  level: string;
  outcome: EntryOutcome;
  days: number;
  domains: string[];
  shape: EntryDraft['householdShape'];
  costs: EntryDraft['costs'];
}

const K = 100_000; // one thousand euros, in cents

const STORIES: Story[] = [
  {
    title: 'Mantelzorgwoning in de tuin in plaats van een verpleeghuis',
    situation: 'Een ouder echtpaar met dementie kon niet meer alleen wonen. De dochter wilde een mantelzorgwoning in haar tuin, maar het bestemmingsplan stond geen tweede woning toe en niemand wilde de woning betalen.\n\nZonder oplossing: opname in een Wlz-instelling.',
    breakthrough: 'De gemeente verleende een tijdelijke omgevingsvergunning voor mantelzorg; de zorgverzekeraar en de gemeente deelden de kosten van de woning.',
    law: 'Omgevingswet', article: 'art. 5.1', orgKind: 'gemeente', type: 'regel_botst', level: 'Doorbraaktafel', outcome: 'toegekend', days: 12,
    domains: ['huisvesting', 'lichamelijke_gezondheid', 'sociaal_netwerk'], shape: [{ role: 'aanvrager', ageBand: '67+' }, { role: 'partner', ageBand: '67+' }],
    costs: [{ funder: 'zorgverzekeraar', regulierCents: 200 * K, maatwerkCents: 20 * K }, { funder: 'gemeente', regulierCents: 0, maatwerkCents: 20 * K }],
  },
  {
    title: 'Low-budget hotel in plaats van de nachtopvang',
    situation: 'Een jonge vrouw met een baan verloor haar kamer. In de nachtopvang kon zij niet slapen en dreigde zij haar werk te verliezen.\n\nZonder oplossing: ontslag, uitkering en een lange weg terug.',
    breakthrough: 'Het wijkteam betaalde drie maanden een kamer in een low-budget hotel uit het maatwerkbudget; intussen zocht zij met hulp een kamer.',
    law: 'Wmo 2015', article: 'art. 2.3.5', orgKind: 'gemeente', type: 'aanbod_ontbreekt', level: 'Eigen team', outcome: 'opgelost', days: 2,
    domains: ['huisvesting', 'werk_opleiding'], shape: [{ role: 'aanvrager', ageBand: '23-26' }],
    costs: [{ funder: 'gemeente', regulierCents: 30 * K, maatwerkCents: 2 * K }],
  },
  {
    title: 'Briefadres voor een dakloze jongere binnen een dag',
    situation: 'Een dakloze jongere kon zonder adres geen uitkering, zorgverzekering of schuldhulp aanvragen. Een briefadres kreeg hij niet, omdat hij niet kon aantonen waar hij verbleef.\n\nZonder oplossing: geen inkomen en steeds meer schulden.',
    breakthrough: 'De gemeente gaf na een korte intake een briefadres voor zes maanden, met een vaste contactpersoon die elke drie maanden belt.',
    law: 'Wet BRP', article: 'art. 2.40', orgKind: 'gemeente', type: 'regel_botst', level: 'Taskforce', outcome: 'toegekend', days: 1,
    domains: ['huisvesting', 'financien'], shape: [{ role: 'aanvrager', ageBand: '18-20' }],
    costs: [{ funder: 'gemeente', regulierCents: 25 * K, maatwerkCents: 1 * K }],
  },
  {
    title: 'Huur aanvullen tot de 23e verjaardag',
    situation: 'Een jongere van 21 kreeg minder huurtoeslag dan nodig voor zijn kamer, omdat de kwaliteitskortingsgrens voor onder-23-jarigen lager is. Hij dreigde de kamer te verliezen.\n\nZonder oplossing: huisuitzetting en opvang.',
    breakthrough: 'Het team vulde het verschil in huur aan uit het maatwerkbudget tot hij 23 werd; daarna gold de gewone grens.',
    law: 'Wet op de huurtoeslag', article: 'art. 20', orgKind: 'toeslagen', type: 'regel_botst', level: 'Eigen team', outcome: 'opgelost', days: 3,
    domains: ['huisvesting', 'financien'], shape: [{ role: 'aanvrager', ageBand: '21-22' }],
    costs: [{ funder: 'gemeente', regulierCents: 35 * K, maatwerkCents: 3 * K }],
  },
  {
    title: 'Kamer en uitkering voor een scholier die thuis niet kon blijven',
    situation: 'Een scholier van 17 kon door geweld thuis niet blijven. Een eigen kamer en een uitkering kreeg hij niet, omdat zijn ouders onderhoudsplichtig zijn.\n\nZonder oplossing: voortijdig schoolverlaten en dakloosheid.',
    breakthrough: 'De taskforce regelde dezelfde dag een kamer en een uitkering op grond van de hardheidsclausule; school bleef de focus.',
    law: 'Participatiewet', article: 'art. 13 lid 2', orgKind: 'gemeente', type: 'regel_botst', level: 'Taskforce 16-27', outcome: 'toegekend', days: 0,
    domains: ['huisvesting', 'huiselijke_relaties', 'werk_opleiding'], shape: [{ role: 'aanvrager', ageBand: '12-17' }],
    costs: [{ funder: 'gemeente', regulierCents: 60 * K, maatwerkCents: 12 * K }],
  },
  {
    title: 'Bakfiets voor een moeder met kinderen op twee scholen',
    situation: 'Een moeder zonder auto moest elke dag drie kinderen naar twee scholen brengen en kwam daardoor niet aan werk toe.\n\nZonder oplossing: geen baan en blijvend in de bijstand.',
    breakthrough: 'Het team kocht een tweedehands bakfiets uit het maatwerkbudget; zij begon een baan van twintig uur.',
    law: 'Participatiewet', article: 'art. 35', orgKind: 'gemeente', type: 'financiering_onduidelijk', level: 'Eigen team', outcome: 'opgelost', days: 2,
    domains: ['werk_opleiding', 'maatschappelijke_participatie'], shape: [{ role: 'aanvrager', ageBand: '27-44' }, { role: 'kind', ageBand: '4-11' }, { role: 'kind', ageBand: '4-11' }, { role: 'kind', ageBand: '0-3' }],
    costs: [{ funder: 'gemeente', regulierCents: 18 * K, maatwerkCents: 2 * K }],
  },
  {
    title: 'Gokwinst netto verrekenen en hulp bij de verslaving',
    situation: 'Een man met een gokverslaving zette elke maand ongeveer 4.000 euro in en won 3.800 euro terug. De volle winst werd als inkomen gezien; de terugvordering liep op tot tienduizenden euro\'s en stond schuldhulp in de weg.\n\nZonder oplossing: een schuld voor decennia en geen behandeling.',
    breakthrough: 'De gemeente vorderde alleen het netto voordeel terug, op voorwaarde dat hij hulp bij de verslaving accepteerde; de boete bleef achterwege.',
    law: 'Participatiewet', article: 'art. 58', orgKind: 'gemeente', type: 'regel_botst', level: 'Doorbraaktafel', outcome: 'toegekend', days: 15,
    domains: ['verslaving', 'financien'], shape: [{ role: 'aanvrager', ageBand: '45-66' }],
    costs: [{ funder: 'gemeente', regulierCents: 50 * K, maatwerkCents: 4 * K }],
  },
  {
    title: 'Opbrengst van verkochte puppy\'s verrekenen na aftrek van de kosten',
    situation: 'Een vrouw in de bijstand fokte puppy\'s en kittens. De opbrengst werd verrekend zonder de kosten van voer en dierenarts af te trekken, waardoor zij maanden zonder leefgeld zat.\n\nZonder oplossing: schulden en huurachterstand.',
    breakthrough: 'De afdeling handhaving rekende de netto opbrengst en hielp haar de activiteit als bijverdienste op te geven.',
    law: 'Participatiewet', article: 'art. 32', orgKind: 'gemeente', type: 'regel_botst', level: 'Doorbraaktafel', outcome: 'toegekend', days: 9,
    domains: ['financien'], shape: [{ role: 'aanvrager', ageBand: '45-66' }],
    costs: [{ funder: 'gemeente', regulierCents: 8 * K, maatwerkCents: 1 * K }],
  },
  {
    title: 'Altijd de volle uitkering op de eerste: het expansievat',
    situation: 'Een thuiszorgmedewerker met wisselende uren kreeg elke maand een andere uitkering en moest vaak terugbetalen. Zij wilde stoppen met werken.\n\nZonder oplossing: volledig in de bijstand.',
    breakthrough: 'Het loon ging naar de sociale dienst, zij kreeg elke eerste van de maand de volle uitkering en de verrekening volgde later: geen terugvorderingen meer.',
    law: 'Participatiewet', article: 'art. 31', orgKind: 'gemeente', type: 'regel_botst', level: 'Doorbraaktafel', outcome: 'opgelost', days: 20,
    domains: ['financien', 'werk_opleiding'], shape: [{ role: 'aanvrager', ageBand: '45-66' }, { role: 'kind', ageBand: '12-17' }],
    costs: [{ funder: 'gemeente', regulierCents: 12 * K, maatwerkCents: 1 * K }],
  },
  {
    title: 'Urgentie voor de volwassen zoon zodat de kinderen thuis kunnen blijven',
    situation: 'Een vader met drie kinderen kon de kinderen pas terug in huis krijgen als zijn volwassen zoon ergens anders ging wonen. De zoon kreeg geen urgentie, omdat inwonen bij ouders niet telt.\n\nZonder oplossing: de kinderen blijven uit huis geplaatst.',
    breakthrough: 'De urgentiecommissie gaf de zoon urgentie met begeleiding; de kinderen kwamen binnen twee maanden thuis.',
    law: 'Huisvestingsverordening', article: 'art. 2.6', orgKind: 'woningcorporatie', type: 'regel_botst', level: 'Doorbraaktafel', outcome: 'toegekend', days: 18,
    domains: ['huisvesting', 'huiselijke_relaties'], shape: [{ role: 'aanvrager', ageBand: '45-66' }, { role: 'medebewoner', ageBand: '23-26' }, { role: 'kind', ageBand: '12-17' }, { role: 'kind', ageBand: '4-11' }],
    costs: [{ funder: 'gemeente', regulierCents: 140 * K, maatwerkCents: 10 * K }],
  },
  {
    title: 'Huurschuld van een tienermoeder betaald om uitzetting te voorkomen',
    situation: 'Een moeder van 19 had twee maanden huurachterstand; de verhuurder startte de ontruiming.\n\nZonder oplossing: uitzetting met een baby, opvang en jeugdhulp.',
    breakthrough: 'Het team betaalde de achterstand uit het maatwerkbudget en regelde budgetbeheer.',
    law: 'Wet gemeentelijke schuldhulpverlening', article: 'art. 3', orgKind: 'woningcorporatie', type: 'wachtlijst', level: 'Eigen team', outcome: 'opgelost', days: 1,
    domains: ['financien', 'huisvesting'], shape: [{ role: 'aanvrager', ageBand: '18-20' }, { role: 'kind', ageBand: '0-3' }],
    costs: [{ funder: 'gemeente', regulierCents: 45 * K, maatwerkCents: 2 * K }],
  },
  {
    title: 'Respijtzorg eerst, daarna bepalen wie betaalt',
    situation: 'Een mantelzorger raakte overbelast. Respijtzorg viel tussen de Wmo en de Zorgverzekeringswet in en niemand wilde de aanvraag oppakken.\n\nZonder oplossing: crisisopname van de partner.',
    breakthrough: 'Uit het gezamenlijke fonds van gemeente en zorgverzekeraar werd een logeeropvang betaald; achteraf werd verrekend wie betaalt.',
    law: 'Zorgverzekeringswet', article: 'art. 10', orgKind: 'zorgverzekeraar', type: 'financiering_onduidelijk', level: 'Doorbraaktafel', outcome: 'overbrugd', days: 4,
    domains: ['lichamelijke_gezondheid', 'sociaal_netwerk'], shape: [{ role: 'aanvrager', ageBand: '67+' }, { role: 'partner', ageBand: '67+' }],
    costs: [{ funder: 'zorgverzekeraar', regulierCents: 40 * K, maatwerkCents: 3 * K }, { funder: 'gemeente', regulierCents: 5 * K, maatwerkCents: 2 * K }],
  },
  {
    title: 'Een kamer bij de oom zonder kostendelersnorm',
    situation: 'Een jongere kon bij zijn oom wonen, maar dan zou de kostendelersnorm de uitkering van de oom verlagen. De oom zag daarom af van de inwoning.\n\nZonder oplossing: dakloosheid van de jongere.',
    breakthrough: 'Het college paste de kostendelersnorm een jaar niet toe op grond van art. 18 lid 1.',
    law: 'Participatiewet', article: 'art. 22a', orgKind: 'gemeente', type: 'regel_botst', level: 'Doorbraaktafel', outcome: 'toegekend', days: 7,
    domains: ['huisvesting', 'financien'], shape: [{ role: 'aanvrager', ageBand: '18-20' }],
    costs: [{ funder: 'gemeente', regulierCents: 30 * K, maatwerkCents: 3 * K }],
  },
  {
    title: 'Zorg en schuldhulp tegelijk starten in plaats van na elkaar',
    situation: 'Een moeder met psychische klachten en schulden kwam op twee wachtlijsten; de ggz wilde eerst rust in de financiën, de schuldhulp eerst behandeling.\n\nZonder oplossing: beide trajecten stil en de kinderen in beeld bij jeugdbescherming.',
    breakthrough: 'De doorbraaktafel liet beide trajecten dezelfde week starten met één regisseur.',
    law: 'Wet gemeentelijke schuldhulpverlening', article: 'art. 4', orgKind: 'zorgaanbieder', type: 'wachtlijst', level: 'Doorbraaktafel', outcome: 'opgelost', days: 10,
    domains: ['geestelijke_gezondheid', 'financien', 'huiselijke_relaties'], shape: [{ role: 'aanvrager', ageBand: '27-44' }, { role: 'kind', ageBand: '4-11' }],
    costs: [{ funder: 'gemeente', regulierCents: 70 * K, maatwerkCents: 8 * K }, { funder: 'zorgverzekeraar', regulierCents: 20 * K, maatwerkCents: 10 * K }],
  },
];

const PLACES = ['Utrecht', 'Zaanstad', 'Tilburg', 'Den Haag', 'Groningen', 'Leeuwarden', 'Rotterdam', 'Eindhoven', 'Amersfoort', 'Zwolle', 'Nijmegen', 'Dordrecht', 'Breda', 'Almere'];

/** Variation: each story told in five places, in different years and with slightly different lead times and costs. */
export function demoEntries(): Array<EntryDraft & { sharedIn: string }> {
  const out: Array<EntryDraft & { sharedIn: string }> = [];
  STORIES.forEach((s, i) => {
    for (let v = 0; v < 5; v++) {
      const place = PLACES[(i * 3 + v * 5) % PLACES.length];
      const factor = [1, 1.2, 0.8, 1.5, 0.9][v];
      out.push({
        title: v === 0 ? s.title : `${s.title} (${place})`,
        situation: s.situation,
        breakthrough: s.breakthrough,
        blockingLaw: s.law,
        blockingArticle: s.article,
        organisationKind: s.orgKind,
        knelpuntType: s.type,
        decidedLevel: s.level,
        outcome: s.outcome,
        workingDays: Math.max(0, Math.round(s.days * factor)),
        costs: s.costs.map((c) => ({ funder: c.funder, regulierCents: Math.round((c.regulierCents * factor) / K) * K, maatwerkCents: Math.round((c.maatwerkCents * factor) / K) * K })),
        lifeDomains: s.domains,
        householdShape: s.shape,
        municipality: place,
        year: 2022 + ((i + v) % 5),
        sharedIn: place,
      });
    }
  });
  return out;
}

export const loadLearningDemo: DemoLoader = async (ctx) => {
  const orgByPlace: Record<string, string> = { Utrecht: ctx.orgs.utrecht, Zaanstad: ctx.orgs.zaanstad, Tilburg: ctx.orgs.tilburg, 'Den Haag': ctx.orgs.denhaag, Groningen: ctx.orgs.groningen, Leeuwarden: ctx.orgs.leeuwarden };
  const ids: string[] = [];
  for (const e of demoEntries()) {
    // Entries of places without a demo organisation are held by the Landelijk Maatwerkloket, which gathers them nationally.
    const organisationId = orgByPlace[e.sharedIn] ?? ctx.orgs.pmm;
    const id = await store.insertEntry(ctx.tx, { organisationId, knelpuntId: null, authorId: null, isDemo: true });
    const { sharedIn: _s, ...draft } = e;
    await store.insertVersion(ctx.tx, id, 1, draft, {}, '', null);
    await store.setEntryState(ctx.tx, id, 1, { status: 'gepubliceerd', publishedVersion: 1, draftVersion: null, approvedAt: 'now' });
    ids.push(id);
  }
  // Reuse: the briefadres, the hotel and the kostendelersnorm breakthroughs spread to other municipalities.
  const reuse: Array<[number, string]> = [[10, 'Utrecht'], [10, 'Tilburg'], [10, 'Zaanstad'], [5, 'Groningen'], [5, 'Den Haag'], [60, 'Utrecht'], [60, 'Leeuwarden'], [15, 'Zaanstad']];
  for (const [index, place] of reuse) {
    await store.insertReuseWithoutKnelpunt(ctx.tx, { entryId: ids[index], organisationId: orgByPlace[place] ?? ctx.orgs.pmm, municipality: place });
  }
};
