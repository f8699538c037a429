// SPDX-License-Identifier: EUPL-1.2
/**
 * Anonymisation of free text that leaves an organisation: a hand-over to another organisation and a
 * breakthrough shared in the Bibliotheek. Pure: no I/O, no clock.
 *
 * What is removed, each replaced by a label in square brackets:
 *   - BSNs (nine digits passing the elfproef, or any nine digits right after the word BSN),
 *   - IBANs (passing the ISO 13616 mod-97 check),
 *   - e-mail addresses, Dutch phone numbers, postcodes (with the house number that follows),
 *     street addresses (a street name with a house number),
 *   - exact dates (12-03-1987, 1987-03-12, 12 maart 1987, 3 mrt.), never a bare year or a month with a year,
 *   - case and file numbers (after words like zaaknummer, dossiernummer, kenmerk, or shaped Z-2024-00123),
 *   - the names of the household's members, as whole words with their capitalisation: the full name,
 *     the surname with its particles, and each other part of the name; a particle on its own
 *     ("de", "van", "der") is never a name, and lowercase ordinary words are never touched,
 *   - other people's names after a form of address (mevrouw Jansen, dhr. De Boer, dokter Yilmaz) and
 *     common first names followed by a surname.
 *
 * The result keeps every removal with its position in the original text, so the author sees a
 * preview with each removal marked before anything is sent.
 */

export type RemovalKind = 'bsn' | 'iban' | 'email' | 'telefoon' | 'postcode' | 'adres' | 'datum' | 'zaaknummer' | 'naam';

export interface Removal {
  kind: RemovalKind;
  /** Offsets in the original text. */
  start: number;
  end: number;
  original: string;
  replacement: string;
}

export type Segment = { text: string } | { removed: string; replacement: string; kind: RemovalKind };

export interface AnonymisedText {
  text: string;
  removals: Removal[];
  /** The original text cut into kept and removed parts, in order: for a preview with each removal marked. */
  segments: Segment[];
}

export interface Person {
  /** The full name as registered, e.g. "Cindy de Vries". */
  name: string;
  /** The label that replaces it, e.g. "aanvrager", "kind". */
  label: string;
}

export interface AnonymiseOptions {
  /** The household's members (and other known people) whose names must go. */
  people?: Person[];
  /** With the resident's consent names may be shared: keep the people's names (other identifiers still go). */
  keepNames?: boolean;
  /** anonymiseValue: leave the strings under these keys alone (ids, ISO dates that are structure, enumerations). */
  skipKey?: (key: string) => boolean;
}

const KIND_LABEL: Record<Exclude<RemovalKind, 'naam'>, string> = {
  bsn: 'BSN',
  iban: 'IBAN',
  email: 'e-mailadres',
  telefoon: 'telefoonnummer',
  postcode: 'postcode',
  adres: 'adres',
  datum: 'datum',
  zaaknummer: 'zaaknummer',
};

/** Dutch surname particles (tussenvoegsels): never a name on their own. */
export const PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'het', "'t", 't', 'te', 'ter', 'ten', 'in', 'op', 'aan', 'bij', 'uit', 'onder', 'over', 'voor', 'tot',
  'la', 'le', 'du', 'des', 'da', 'di', 'del', 'della', 'dos', 'das', 'do', 'von', 'zu', 'vom', 'el', 'al', 'bin', 'ben', 'ibn', 'ul', 'lo', "d'", "l'", 'Van', 'De', 'Der', 'Den', 'Ter', 'Ten', 'Te', 'El', 'Al',
].map((p) => p.toLowerCase()));

// ---------------------------------------------------------------------------------------------
// Checks

/** The elfproef for a BSN: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and not all zeros). */
export function isValidBsn(input: string): boolean {
  const d = input.replace(/[\s.]/g, '');
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

/** ISO 13616: move the first four characters to the end, letters to numbers (A=10 … Z=35), the number mod 97 is 1. */
export function isValidIban(input: string): boolean {
  const s = input.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    rest = v >= 10 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest === 1;
}

// ---------------------------------------------------------------------------------------------
// Detectors: each returns spans in the original text.

interface Span { start: number; end: number; kind: RemovalKind; replacement?: string }

const L = '\\p{L}';
const NOT_WORD_BEFORE = `(?<![${L}\\p{N}@._%+-])`;
const NOT_WORD_AFTER = `(?![${L}\\p{N}])`;

function spans(re: RegExp, text: string, kind: RemovalKind, accept: (m: RegExpExecArray) => boolean | { start: number; end: number } = () => true): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(re)) {
    const ok = accept(m as RegExpExecArray);
    if (!ok) continue;
    if (ok === true) out.push({ start: m.index!, end: m.index! + m[0].length, kind });
    else out.push({ ...ok, kind });
  }
  return out;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
const IBAN = new RegExp(`${NOT_WORD_BEFORE}[A-Za-z]{2}\\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?${NOT_WORD_AFTER}`, 'gu');
const BSN_KEYWORD = /\b(?:BSN|bsn|burgerservicenummer|sofinummer|sofi-nummer)\b[\s:.-]*(?:nummer\s*)?((?:\d[\s.]?){8}\d)(?!\d)/gu;
const NINE_DIGITS = /(?<![\p{N}.,-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3})(?![\p{N}]|[.,-]\d)/gu;
const PHONE = /(?<![\p{N}+\p{L}])(?:\+31|0031|0)(?:[\s-]?\(0\))?[\s-]?(?:\(?\d[\d\s\-)]{7,14}\d)(?![\p{N}])/gu;
const POSTCODE = new RegExp(`${NOT_WORD_BEFORE}[1-9]\\d{3}[ ]?(?!SA|SD|SS)[A-Z]{2}(?:,?[ ]+\\d{1,5}(?:[ -]?[A-Za-z]{1,2}|-\\d{1,4})?)?${NOT_WORD_AFTER}`, 'gu');
const STREET_SUFFIX =
  'straat|laan|weg|plein|gracht|kade|singel|dijk|pad|steeg|hof|dreef|park|baan|markt|ring|plantsoen|wal|dam|veld|erf|haven|hoven|straatweg|kanaal|boulevard|allee|wijk|polder|tuin|gaarde|bosch|burcht|oord|akker|weide|zijde|donk|horst|hoek|brink|lei|loop|poort|ven|vaart|stee|stede|rode|kamp|berg';
const ADDRESS = new RegExp(
  `(?<![${L}])(?:(?:[\\p{Lu}][${L}'.-]*|van|de|der|den|het|'t|ter|ten|te)[ ]+){0,4}[\\p{Lu}][${L}'-]*(?:${STREET_SUFFIX})[ ]+\\d{1,5}(?:[ -]?(?:bis|hs|huis)|-?[a-z]{1,2}|[ ]?[A-Z]|-\\d{1,4})?${NOT_WORD_AFTER}`,
  'gu',
);
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|(?:jan|feb|febr|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\.?';
const DATE_NUMERIC = /(?<![\p{N}\p{L}/.-])(?:(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:\d{4}|\d{2})|\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\p{N}]|[-/.]\d)/gu;
const DATE_WORDS = new RegExp(`(?<![\\p{N}\\p{L}])(?:0?[1-9]|[12]\\d|3[01])(?:e|ste|de)?[ ]+(?:${MONTHS})(?:[ ]+\\d{4}|[ ]+'\\d{2})?(?![\\p{L}])`, 'giu');
const CASE_NUMBER_KEYWORD = /\b(?:zaaknummer|dossiernummer|casusnummer|klantnummer|registratienummer|cliëntnummer|clientnummer|kenmerk|referentie|ons kenmerk|uw kenmerk)\b[\s:.#-]*(?:nr\.?\s*)?([A-Za-z]{0,4}[-/]?\d[\w/-]{2,})/giu;
const CASE_NUMBER_SHAPE = /(?<![\p{L}\p{N}-])[A-Z]{1,4}-\d{4}-\d{3,}(?![\p{L}\p{N}])/gu;
const capitalisable = (words: string[]) => words.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|');
/** Forms of address: the surname after them may start with a particle ("mevrouw van der Linden"). */
const ADDRESS_WORDS = capitalisable(['mevrouw', 'mevr\\.?', 'mw\\.?', 'meneer', 'mijnheer', 'mr\\.?', 'dhr\\.?', 'heer', 'juffrouw', 'dokter', 'dr\\.?', 'huisarts']);
/** Relations: a name follows directly ("zoon Jip"); "zoon van Ruud" is "the son of", so no particle may start it. */
const RELATION_WORDS = capitalisable(['buurman', 'buurvrouw', 'collega', 'zus', 'broer', 'oom', 'tante', 'opa', 'oma', 'vader', 'moeder', 'zoon', 'dochter', 'ex-partner', 'schoonmoeder', 'schoonvader']);
const NAME_WORD = `[\\p{Lu}][\\p{Ll}'-]+(?:-[\\p{Lu}][\\p{Ll}'-]+)?`;
// Without "in" and "op": "zoon Jip op de Kanaalstraat" is not a surname.
const PARTICLE_GROUP = `(?:(?:van|de|der|den|het|'t|ter|ten|te|Van|De|Der|Den|Ter|Ten|El|el|Al|al)[ ]+){0,3}`;
const HONORIFIC_NAME = new RegExp(
  `(?<![${L}])(?:(?:${ADDRESS_WORDS})[ ]+(${PARTICLE_GROUP}${NAME_WORD}(?:[ ]+${PARTICLE_GROUP}${NAME_WORD})?)|(?:${RELATION_WORDS})[ ]+(${NAME_WORD}(?:[ ]+${PARTICLE_GROUP}${NAME_WORD})?))`,
  'gu',
);

/** A small list of common first names in the Netherlands (facts, not an exhaustive register). */
const FIRST_NAMES = new Set(
  (
    'Anna Emma Julia Sophie Tess Zoë Sara Eva Lotte Fleur Lisa Noor Mila Saar Evi Lieke Sanne Anouk Iris Femke Linda Sandra Monique Marieke Petra Ingrid Esther Karin Marloes Annemarie Wendy Chantal Priscilla Kim Naomi Cindy Nadia Fatima Aisha Yasmina Samira Khadija Meryem Elif Zeynep Ayşe Priya Jamila Latifa Rachida Sevda Maria Johanna Cornelia Wilhelmina Elisabeth Hendrika Gerda Ria Tineke Joke Willemijn Marjolein Ilse Hanneke Janneke Renske Merel Roos Sofie Lena Nina Yara Amira Jip Ruud ' +
    'Jan Piet Kees Henk Gerrit Willem Johannes Hendrik Cornelis Pieter Dirk Bram Thijs Daan Sem Lucas Levi Finn Milan Noah Luuk Jesse Tim Thomas Lars Ruben Stijn Bas Joost Jeroen Martijn Mark Sander Niels Rob Erik Dennis Patrick Marco Frank Peter Paul Richard Robert Michel Wouter Sjoerd Maarten Jasper Koen Rik Tom Mo Mohamed Mohammed Ahmed Ali Mustafa Youssef Hamza Omar Ibrahim Hassan Mehmet Emre Yusuf Kevin Dylan Jayden Rayan Adam Sam Max Ties Mats Guus Teun Jurre Hugo Olivier Wessel Stefan Arjen Jelle Jelmer Sietse Harm Klaas Jaap Arie Teun Ruud Ton Theo Hans Ad Wim Marcel Erwin Remco Vincent Bart Hidde'
  ).split(/\s+/),
);

function honorificNames(text: string): Span[] {
  return spans(HONORIFIC_NAME, text, 'naam', (m) => {
    const name = m[1] ?? m[2];
    const start = m.index! + m[0].length - name.length;
    return { start, end: start + name.length };
  });
}

const FIRST_NAME_SURNAME = new RegExp(`(?<![${L}])(${NAME_WORD})(?:[ ]+${PARTICLE_GROUP}(${NAME_WORD}))?(?![${L}])`, 'gu');

function knownFirstNames(text: string): Span[] {
  return spans(FIRST_NAME_SURNAME, text, 'naam', (m) => FIRST_NAMES.has(m[1]));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The people's names: the full name, the surname with its particles (with a capitalised particle
 * too: "De Vries"), and each part that is not a particle, as whole words, case-sensitive except for
 * the first letter of a particle. "de" on its own is never touched.
 */
function peopleNames(text: string, people: Person[]): Span[] {
  const out: Span[] = [];
  for (const p of people) {
    const words = p.name.trim().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    const variants = new Set<string>();
    variants.add(words.join(' '));
    const firstParticle = words.findIndex((w, i) => i > 0 && PARTICLES.has(w.toLowerCase()));
    if (firstParticle > 0) {
      const surname = words.slice(firstParticle).join(' ');
      variants.add(surname);
      variants.add(surname[0].toUpperCase() + surname.slice(1));
    }
    for (const w of words) {
      if (PARTICLES.has(w.toLowerCase()) || w.length < 2) continue;
      variants.add(w);
      // A double surname: each part on its own too ("Öztürk-Yilmaz" → "Öztürk", "Yilmaz").
      for (const part of w.split('-')) if (part.length >= 2 && part !== w) variants.add(part);
    }
    // Longest first, so "Cindy de Vries" wins over "Cindy".
    const sorted = [...variants].sort((a, b) => b.length - a.length);
    for (const v of sorted) {
      const re = new RegExp(`(?<![${L}\\p{N}])${escapeRe(v)}(?:'s|’s|s)?(?![${L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length, kind: 'naam', replacement: `[${p.label}]` });
    }
  }
  return out;
}

function phones(text: string): Span[] {
  return spans(PHONE, text, 'telefoon', (m) => {
    const raw = m[0].replace(/[\s)]+$/, '');
    const digits = raw.replace(/\(0\)/, '').replace(/\D/g, '');
    const national = raw.startsWith('+31') ? digits.slice(2) : raw.startsWith('0031') ? digits.slice(4) : digits.slice(1);
    if (national.length !== 9 && !(national.length === 10 && /^(800|900|90)/.test(national))) return false;
    if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false; // an ISO date is not a phone number
    return { start: m.index!, end: m.index! + raw.length };
  });
}

/** Every identifier span in the text, before overlaps are resolved. */
function detect(text: string, opts: AnonymiseOptions): Span[] {
  const all: Span[] = [
    ...spans(EMAIL, text, 'email'),
    ...spans(IBAN, text, 'iban', (m) => isValidIban(m[0])),
    ...spans(BSN_KEYWORD, text, 'bsn', (m) => {
      const num = m[1];
      const start = m.index! + m[0].lastIndexOf(num);
      return { start, end: start + num.length };
    }),
    ...spans(NINE_DIGITS, text, 'bsn', (m) => isValidBsn(m[0])),
    ...spans(CASE_NUMBER_KEYWORD, text, 'zaaknummer', (m) => {
      const num = m[1];
      const start = m.index! + m[0].lastIndexOf(num);
      return { start, end: start + num.length };
    }),
    ...spans(CASE_NUMBER_SHAPE, text, 'zaaknummer'),
    ...spans(POSTCODE, text, 'postcode'),
    ...spans(ADDRESS, text, 'adres', (m) => {
      // Leading particles/lowercase words are context, not part of the street: trim "de" in "op de Kanaalstraat 12"
      const lead = /^(?:(?:van|de|der|den|het|'t|ter|ten|te)[ ]+)+/.exec(m[0]);
      const off = lead ? lead[0].length : 0;
      return { start: m.index! + off, end: m.index! + m[0].length };
    }),
    ...spans(DATE_NUMERIC, text, 'datum'),
    ...spans(DATE_WORDS, text, 'datum'),
    ...phones(text),
  ];
  if (!opts.keepNames) {
    all.push(...peopleNames(text, opts.people ?? []), ...honorificNames(text), ...knownFirstNames(text));
  }
  return all;
}

const PRIORITY: Record<RemovalKind, number> = { email: 0, iban: 1, bsn: 2, zaaknummer: 3, telefoon: 4, postcode: 5, adres: 6, datum: 7, naam: 8 };

/** Overlaps: the longer span wins, then the more specific kind; the result is sorted and disjoint. */
function resolve(found: Span[]): Span[] {
  const sorted = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start);
  const taken: Span[] = [];
  for (const s of sorted) {
    if (s.end <= s.start) continue;
    if (taken.some((t) => s.start < t.end && t.start < s.end)) continue;
    taken.push(s);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Anonymise one text. */
export function anonymiseText(text: string, opts: AnonymiseOptions = {}): AnonymisedText {
  const chosen = resolve(detect(text, opts));
  const removals: Removal[] = [];
  const segments: Segment[] = [];
  let out = '';
  let pos = 0;
  for (const s of chosen) {
    if (s.start > pos) {
      segments.push({ text: text.slice(pos, s.start) });
      out += text.slice(pos, s.start);
    }
    const replacement = s.replacement ?? (s.kind === 'naam' ? '[naam]' : `[${KIND_LABEL[s.kind]}]`);
    const original = text.slice(s.start, s.end);
    removals.push({ kind: s.kind, start: s.start, end: s.end, original, replacement });
    segments.push({ removed: original, replacement, kind: s.kind });
    out += replacement;
    pos = s.end;
  }
  if (pos < text.length) {
    segments.push({ text: text.slice(pos) });
    out += text.slice(pos);
  }
  return { text: out, removals, segments };
}

export interface DeepRemoval extends Removal {
  /** The dotted path of the string in the value, e.g. "knelpunt.solutionNeeded". */
  path: string;
}

/** Anonymise every string in a JSON-like value (object keys are kept). */
export function anonymiseValue<T>(value: T, opts: AnonymiseOptions = {}): { value: T; removals: DeepRemoval[] } {
  const removals: DeepRemoval[] = [];
  const walk = (v: unknown, path: string[]): unknown => {
    if (typeof v === 'string') {
      const r = anonymiseText(v, opts);
      for (const x of r.removals) removals.push({ ...x, path: path.join('.') });
      return r.text;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, String(i)]));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, opts.skipKey?.(k) ? x : walk(x, [...path, k])]));
    return v;
  };
  return { value: walk(value, []) as T, removals };
}

/** A count per kind, for a summary line in the preview ("2 namen, 1 BSN"). */
export function removalCounts(removals: Array<{ kind: RemovalKind }>): Partial<Record<RemovalKind, number>> {
  const c: Partial<Record<RemovalKind, number>> = {};
  for (const r of removals) c[r.kind] = (c[r.kind] ?? 0) + 1;
  return c;
}
