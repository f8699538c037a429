// SPDX-License-Identifier: EUPL-1.2
/**
 * The resident's own page (issue 17) as pure logic: the Dutch readability score, and every text the
 * resident reads, written for them in B1 Dutch with "u" — the processing log, the income check, the
 * decisions on their knelpunten, payments from the maatwerkbudget and the effect of consent.
 * No I/O, no clock: the callers give the dates.
 */
import { dutchNumber } from '../platform/dutch-count';

// ---- readability ----------------------------------------------------------------------------------

/**
 * Syllables of a Dutch word, counted as groups of vowels: a run of vowel letters is one syllable
 * (aa, ee, oo, uu, ie, oe, eu, ei, ij, ui, ou, au, and longer runs like "eeu", "ooi"), with "ij"
 * counted as a vowel. Good enough for a readability score; not a hyphenation dictionary.
 * A run that spans two syllables ("ea" in "theater", "ie" in "oliën") is undercounted; "ë"/"ï"
 * (trema) always start a new syllable.
 */
export function dutchSyllables(word: string): number {
  const w = word.toLowerCase().replace(/ij/g, 'y').replace(/[^a-zàáâäèéêëìíîïòóôöùúûüy]/g, '');
  if (!w) return 0;
  let count = 0;
  let inVowel = false;
  for (const ch of w) {
    const vowel = /[aeiouyàáâäèéêëìíîïòóôöùúûü]/.test(ch);
    if (vowel && (!inVowel || /[ëïü]/.test(ch))) count++;
    inVowel = vowel;
  }
  return Math.max(1, count);
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch-Douma reading ease: 206.835 − 0.93 × words per sentence − 77 × syllables per word. */
  score: number;
}

/**
 * The Flesch-Douma reading ease of a Dutch text (W.H. Douma, 1960: Flesch's formula fitted to Dutch).
 * Higher is easier: above 60 is plain language for most adults, 0-30 is academic text. Sentences end
 * at . ! ? : ; or a line break; an amount like "€ 1.234,56" or a date counts as one word.
 */
export function fleschDouma(text: string): Readability {
  const sentences = text.split(/[.!?;:\n]+(?:\s|$)/).filter((s) => /\p{L}/u.test(s)).length || 1;
  const tokens = text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
  const words = tokens.length || 1;
  const syllables = tokens.reduce((n, t) => n + (/\p{L}/u.test(t) ? dutchSyllables(t) : 1), 0);
  const score = 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
  return { sentences, words, syllables, score: Math.round(score * 10) / 10 };
}

// ---- small Dutch helpers -------------------------------------------------------------------------

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '2026-04-23' (or a timestamp) → '23 april 2026'. */
export function dutchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

/** Integer eurocents → '€ 1.234,56'. */
export function euro(cents: number): string {
  const neg = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const euros = dutchNumber(Math.floor(abs / 100));
  return `${neg ? 'min ' : ''}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}

// ---- the plan --------------------------------------------------------------------------------------

export const GOAL_STATUS_B1: Record<string, string> = { open: 'Nog niet begonnen', loopt: 'Hier werken we aan', behaald: 'Gelukt', niet_behaald: 'Niet gelukt', vervallen: 'Niet meer nodig' };
export const ACTION_STATUS_B1: Record<string, string> = { open: 'Nog te doen', bezig: 'Bezig', gedaan: 'Klaar', vervallen: 'Niet meer nodig' };

/** Proposals the resident makes for their plan: a wish or a goal, in a life domain. */
export const PROPOSAL_STATUS_B1: Record<string, string> = { voorgesteld: 'Uw regisseur kijkt ernaar', aangenomen: 'Staat nu in uw plan', afgewezen: 'Niet overgenomen' };

/** What the resident can send: a message, a request to correct something, or the full inzage. */
export const MESSAGE_KINDS = ['bericht', 'correctie', 'inzage'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
export const MESSAGE_KIND_B1: Record<MessageKind, string> = { bericht: 'Bericht', correctie: 'Verzoek om iets te verbeteren', inzage: 'Verzoek om alle gegevens (inzage)' };

/** What the resident receives back at once, per kind of message. */
export function messageReceipt(kind: MessageKind, regisseur: string): string {
  if (kind === 'inzage') return `Uw verzoek is verstuurd. U krijgt binnen een maand al uw gegevens op papier of digitaal. Dat staat in de wet (AVG artikel 15). ${regisseur} neemt contact met u op.`;
  if (kind === 'correctie') return `Uw verzoek is verstuurd. ${regisseur} kijkt wat er niet klopt en past het aan. U hoort binnen een maand wat er is veranderd.`;
  return `Uw bericht is verstuurd naar ${regisseur}. U krijgt zo snel mogelijk antwoord.`;
}

// ---- decisions on knelpunten ---------------------------------------------------------------------

export interface KnelpuntForResident {
  solutionNeeded: string;
  status: string;
  createdOn: string;
  decisions: Array<{ outcome: string; decidedOn: string; help: string | null }>;
}

/**
 * What was decided on a knelpunt, in plain words: what the resident needed and the last decision,
 * without the professional's reasoning. Example: "U had dit nodig: een woning. Op 3 mei 2026 is
 * besloten: dit mag. Er komt een oplossing."
 */
export function knelpuntB1(k: KnelpuntForResident): string {
  const need = `U had dit nodig: ${lowerFirst(k.solutionNeeded.replace(/[.!]+$/, ''))}.`;
  const last = k.decisions[k.decisions.length - 1];
  if (k.status === 'ingetrokken') return `${need} Dit verzoek is gestopt. Het is niet meer nodig.`;
  if (!last) {
    if (k.status === 'in_escalatie') return `${need} Uw regisseur heeft dit voorgelegd aan mensen die mogen beslissen. Er is nog geen besluit.`;
    return `${need} Uw regisseur werkt hieraan. Er is nog geen besluit.`;
  }
  const on = `Op ${dutchDate(last.decidedOn)} is besloten`;
  switch (last.outcome) {
    case 'toegekend':
      return `${need} ${on}: dit mag. Er komt een oplossing.`;
    case 'overbrugd':
      return `${need} ${on}: u krijgt alvast hulp, ook al is de regel nog niet veranderd.${last.help ? ` De hulp is: ${lowerFirst(last.help.replace(/[.!]+$/, ''))}.` : ''}`;
    case 'doorverwezen':
      return `${need} ${on}: iemand anders moet dit beslissen. Uw regisseur heeft het doorgestuurd.`;
    case 'afgewezen':
      return `${need} ${on}: dit kan niet. Uw regisseur bespreekt met u wat er wel kan. U kunt bezwaar maken als u het er niet mee eens bent.`;
    default:
      return `${need} ${on}.`;
  }
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

// ---- money ------------------------------------------------------------------------------------------

export interface SpendForResident {
  amountCents: number;
  status: string;
  spentOn: string;
  description: string;
  justification: string;
  payee: string;
}

/** A payment from the maatwerkbudget for the household, and why. */
export function spendB1(s: SpendForResident): string {
  const what = `${s.description.replace(/[.!]+$/, '')}: ${euro(s.amountCents)}, betaald aan ${s.payee}.`;
  const status = s.status === 'toegekend' ? `Betaald op ${dutchDate(s.spentOn)}.` : s.status === 'wacht_op_akkoord' ? 'Dit moet nog worden goedgekeurd.' : s.status === 'afgewezen' ? 'Dit is niet goedgekeurd.' : 'Dit gaat niet door.';
  return `${what} ${status} Waarom? ${s.justification.replace(/[.!]+$/, '')}.`;
}

/** One scheme of the income check as the income room computed it (amounts in eurocents per month). */
export interface SchemeOutcome {
  regeling: string;
  naam: string;
  recht: boolean;
  bedragPerMaand: number;
  /** The income room's status: an estimate, or not computed for want of a yearly income. */
  status?: 'berekend' | 'schatting' | 'niet-berekend';
}

/** The facts of the income check the resident's text uses. */
export interface IncomeFacts {
  datum: string;
  sociaalMinimum: number;
  nettoInkomenPerMaand: number;
  bijstand: SchemeOutcome & { uitbetalingPerMaand: number };
  toeslagen: SchemeOutcome[];
  gemeentelijk: SchemeOutcome[];
  besteedbaarPerMaand: number;
}

const PAYER: Record<string, string> = {
  participatiewet: 'de gemeente',
  zorgtoeslag: 'Dienst Toeslagen',
  huurtoeslag: 'Dienst Toeslagen',
  'kindgebonden-budget': 'Dienst Toeslagen',
  kinderbijslag: 'de Sociale Verzekeringsbank (SVB)',
};
const WHY: Record<string, string> = {
  zorgtoeslag: 'Dit is hulp bij de kosten van uw zorgverzekering. Hoe hoog het is, hangt af van uw inkomen.',
  huurtoeslag: 'Dit is hulp bij het betalen van uw huur. Hoe hoog het is, hangt af van uw huur en uw inkomen.',
  'kindgebonden-budget': 'Dit is geld voor de kosten van uw kinderen. Hoe hoog het is, hangt af van uw inkomen en het aantal kinderen.',
  kinderbijslag: 'Dit geld krijgt u voor elk kind. Het hangt niet af van uw inkomen.',
};

/** One line of the resident's income check: the scheme, the amount and why, in plain words. */
export interface IncomeLineB1 {
  naam: string;
  recht: boolean;
  bedragPerMaand: number;
  tekst: string;
  /** The amount rests on an estimate of the yearly income (or could not be computed yet). */
  schatting: boolean;
}

const ESTIMATE_B1 = 'Dit is een schatting. We weten uw inkomen over het hele jaar nog niet precies.';
const NOT_COMPUTED_B1 = 'Dit kunnen we nog niet uitrekenen. We weten uw inkomen over het hele jaar nog niet. Uw regisseur vraagt ernaar.';

/**
 * The income check rewritten for the resident: per scheme whether they are entitled, about how much
 * per month and why, in plain words. The figures are the income room's (with its explanation for the
 * professional alongside); this only says them simply. It is a calculation, not a decision.
 */
export function incomeB1(f: IncomeFacts): { intro: string; regels: IncomeLineB1[]; slot: string } {
  const regels: IncomeLineB1[] = [];
  const b = f.bijstand;
  regels.push({
    naam: 'Bijstand',
    recht: b.recht,
    bedragPerMaand: b.uitbetalingPerMaand,
    schatting: false,
    tekst: b.recht
      ? `Uw inkomen is ${euro(f.nettoInkomenPerMaand)} per maand. Dat is minder dan het minimum voor uw gezin: ${euro(f.sociaalMinimum)} per maand. Daarom vult de gemeente het aan. U krijgt ongeveer ${euro(b.uitbetalingPerMaand)} per maand.`
      : `Uw inkomen is ${euro(f.nettoInkomenPerMaand)} per maand. Dat is niet minder dan het minimum voor uw gezin: ${euro(f.sociaalMinimum)} per maand. Daarom krijgt u geen bijstand.`,
  });
  for (const t of f.toeslagen) {
    const why = WHY[t.regeling] ?? 'Hoe hoog het is, hangt af van uw situatie.';
    const naam = t.naam.replace(/ \(maandgemiddelde\)$/, '');
    if (t.status === 'niet-berekend') {
      regels.push({ naam, recht: false, bedragPerMaand: 0, schatting: true, tekst: `${why} ${NOT_COMPUTED_B1}` });
      continue;
    }
    const est = t.status === 'schatting' && t.recht;
    regels.push({
      naam,
      recht: t.recht,
      bedragPerMaand: t.bedragPerMaand,
      schatting: est,
      tekst: (t.recht ? `U krijgt dit van ${PAYER[t.regeling] ?? 'de overheid'}: ongeveer ${euro(t.bedragPerMaand)} per maand. ${why}` : `U krijgt dit niet. ${why}`) + (est ? ` ${ESTIMATE_B1}` : ''),
    });
  }
  for (const g of f.gemeentelijk) {
    regels.push({
      naam: g.naam,
      schatting: false,
      recht: g.recht,
      bedragPerMaand: g.bedragPerMaand,
      tekst: g.recht ? `Dit is een regeling van uw gemeente. U kunt ongeveer ${euro(g.bedragPerMaand)} per maand krijgen. Vraag het aan als u het nog niet krijgt.` : 'Dit is een regeling van uw gemeente. U kunt deze nu niet krijgen.',
    });
  }
  return {
    intro: `Dit is een berekening van ${dutchDate(f.datum)}. Zo ziet u waar u recht op heeft en waarom.`,
    regels,
    slot: `Samen houdt u ongeveer ${euro(f.besteedbaarPerMaand)} per maand over om van te leven. Dit is een schatting. Het echte bedrag hoort u van de organisatie die het betaalt.`,
  };
}

/** One day of the huishoudboekje with money in or out, in plain words. */
export interface CashDay {
  datum: string;
  inCents: number;
  uitCents: number;
  saldoCents: number;
  posten: string[];
}
/**
 * Who the income check counted, in plain words: the members of the household as the case holds
 * them (the professional does not type the household a second time).
 */
export function householdB1(members: { naam: string; rol: string }[]): string {
  const kids = members.filter((m) => m.rol === 'kind').length;
  const partner = members.find((m) => m.rol === 'partner');
  const others = members.filter((m) => m.rol === 'medebewoner').length;
  const parts = ['u', ...(partner ? [`uw partner ${partner.naam}`] : []), ...(kids ? [kids === 1 ? 'uw kind' : `uw ${kids} kinderen`] : []), ...(others ? [others === 1 ? 'iemand anders die bij u woont' : `${others} anderen die bij u wonen`] : [])];
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}` : parts[0];
  return `We rekenen met uw gezin zoals het in uw dossier staat: ${list}.`;
}

/** One payment of the Bestaansbalans buffer regime, in plain words. */
export interface BufferPayment {
  datum: string;
  soort: string;
  bedrag: number;
}
const BUFFER_B1: Record<string, (bedrag: string) => string> = {
  loon: (b) => `krijgt u uw loon: ${b}`,
  voorschot: (b) => `krijgt u bijstand van de gemeente: ${b}`,
  uitkering: (b) => `krijgt u bijstand van de gemeente: ${b}`,
  nabetaling: (b) => `krijgt u ${b} bijstand erbij, omdat u minder verdiende dan verwacht`,
  inhouding: (b) => `houdt de gemeente ${b} in, omdat u meer verdiende dan verwacht`,
  terugvordering: (b) => `moet u ${b} bijstand terugbetalen`,
  'buffer-dekking': (b) => `betaalt de buffer ${b} die u te veel kreeg. U hoeft dit niet terug te betalen`,
  'buffer-aanvulling': (b) => `gaat ${b} naar de buffer`,
  'buffer-uitkering': (b) => `krijgt u ${b} uit de buffer`,
  'loon-via-sociale-dienst': (b) => `gaat uw loon naar de gemeente: ${b}`,
  afrekening: (b) => `krijgt u de afrekening: ${b}`,
};
export function bufferPaymentB1(p: BufferPayment): string {
  const say = BUFFER_B1[p.soort] ?? ((b: string) => `is er een betaling van ${b}`);
  return `Op ${dutchDate(p.datum)} ${say(euro(Math.abs(p.bedrag)))}.`;
}

export function cashDayB1(d: CashDay): string {
  const parts: string[] = [];
  if (d.inCents) parts.push(`komt er ${euro(d.inCents)} binnen`);
  if (d.uitCents) parts.push(`gaat er ${euro(d.uitCents)} af`);
  // The engine marks each item with + or -; the sentence already says in or out.
  const what = d.posten.length ? ` (${d.posten.map((p) => p.replace(/^[+-]\s*/, '')).join(', ')})` : '';
  return `Op ${dutchDate(d.datum)} ${parts.join(' en ')}${what}. Daarna staat er ${euro(d.saldoCents)} op de rekening.`;
}

// ---- who looks along: the processing log and consent -----------------------------------------------

const RESOURCE_B1: Record<string, string> = {
  casus: 'uw dossier',
  casuslijst: 'uw naam in een lijst met dossiers',
  gezinslid: 'de gegevens van iemand uit uw gezin',
  plan: 'uw plan',
  goals: 'een doel in uw plan',
  actions: 'een afspraak in uw plan',
  parties: 'de lijst met wie er meedoet',
  plan_points: 'wat goed gaat en uw zorgen',
  perspectief: 'uw eigen doel',
  notitie: 'een aantekening',
  notities: 'de aantekeningen',
  zelfredzaamheid: 'hoe het met u gaat',
  inkomensgegevens: 'uw inkomen',
  uitgave: 'een betaling uit het maatwerkbudget',
  knelpunt: 'een probleem dat uw regisseur wil oplossen',
  knelpunten: 'de problemen die uw regisseur wil oplossen',
  inzage: 'al uw gegevens (inzage)',
  persoon_zoeken: 'uw naam (bij het zoeken)',
  toestemming: 'uw toestemming',
  inwoner_berichten: 'uw berichten',
  inwoneraccount: 'uw account',
};
const ACTION_B1: Record<string, string> = { lezen: 'bekeek', aanmaken: 'schreef', wijzigen: 'veranderde', verwijderen: 'verwijderde', exporteren: 'maakte een kopie van', delen: 'deelde' };
const PURPOSE_B1: Record<string, string> = {
  hulpverlening: 'om u te helpen',
  toegang: 'om te beslissen over hulp of een voorziening',
  handhaving: 'om te controleren of een uitkering klopt',
  escalatie: 'om een besluit te nemen over een probleem',
  verantwoording: 'om te controleren hoe geld is besteed',
  inzage: 'omdat iemand inzage vroeg',
  beheer: 'voor het beheer van het systeem',
};

export interface LogRowForResident {
  at: string;
  userName: string;
  role: string | null;
  action: string;
  resource: string;
  purpose: string;
}

/** One line of the processing log in plain Dutch: who looked at what, why, when. */
export function logLineB1(r: LogRowForResident, roleLabel: (role: string) => string): string {
  const who = r.role ? `${r.userName} (${r.role.split(',').map(roleLabel).join(', ').toLowerCase()})` : r.userName;
  const what = RESOURCE_B1[r.resource] ?? 'gegevens over u';
  return `Op ${dutchDate(r.at)} ${ACTION_B1[r.action] ?? 'gebruikte'} ${who} ${what}, ${PURPOSE_B1[r.purpose] ?? 'voor zijn of haar werk'}.`;
}

/** Consent the resident gives per involved organisation and purpose. */
export const CONSENT_PURPOSES = ['plan_delen', 'contact_opnemen'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_PURPOSE_B1: Record<ConsentPurpose, string> = {
  plan_delen: 'uw plan en de afspraken lezen',
  contact_opnemen: 'met uw regisseur over u praten',
};

/** What changes when the resident gives or withdraws a consent, shown before they confirm. */
export function consentEffect(party: string, purpose: ConsentPurpose, give: boolean): string {
  const what = CONSENT_PURPOSE_B1[purpose];
  if (give) return `Als u ja zegt, mag ${party} vanaf nu ${what}. Dat geldt meteen. U kunt dit altijd weer intrekken.`;
  return `Als u uw toestemming intrekt, mag ${party} vanaf nu niet meer ${what}. Dat geldt meteen. Wat al gedeeld is, blijft bij ${party}. Uw regisseur ziet dat u de toestemming heeft ingetrokken.`;
}

/**
 * Who of an organisation starts or stops reading the plan when the resident gives or withdraws
 * "plan delen" (ADR 0028), in plain words, shown before the resident confirms. A partner reads the
 * plan only through an invitation of the regisseur that is still running: giving consent brings back
 * the partners of running invitations, never of an invitation the regisseur ended.
 */
export function partnerAccessEffect(party: string, partners: Array<{ partnerUserName: string; active: boolean; access: string }>, give: boolean): string {
  const running = partners.filter((p) => p.active);
  const names = (list: typeof partners) => [...new Set(list.map((p) => p.partnerUserName))].join(' en ');
  if (give) {
    const back = running.filter((p) => p.access !== 'toegang' && p.access !== 'casus_gesloten');
    const already = running.filter((p) => p.access === 'toegang');
    if (back.length) return `${names(back)} van ${party} kan dan meteen weer meekijken in uw plan.`;
    if (already.length) return `${names(already)} van ${party} kijkt al mee in uw plan.`;
    return `Nu kijkt niemand van ${party} mee in uw plan. Dat gebeurt pas als uw regisseur iemand van ${party} uitnodigt.`;
  }
  const now = running.filter((p) => p.access === 'toegang');
  return now.length ? `${names(now)} van ${party} kan dan meteen niet meer meekijken in uw plan.` : '';
}

/** The ground on which an involved party takes part, in plain words. */
export function groundB1(p: { informal: boolean; byResident: boolean; consent: boolean | null }): string {
  if (p.informal) return p.byResident ? 'U heeft deze persoon zelf toegevoegd.' : 'Iemand uit uw eigen omgeving.';
  if (p.consent === true) return 'Met uw toestemming.';
  if (p.consent === false) return 'U heeft uw toestemming ingetrokken.';
  return 'Omdat de gemeente u moet helpen (een taak uit de wet, AVG artikel 6 lid 1 onder e).';
}
