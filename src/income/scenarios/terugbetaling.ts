// SPDX-License-Identifier: EUPL-1.2
/**
 * Forecast of toeslagen to be paid back (or paid on) after the year when the income changes during
 * the year: the monthly advance (voorschot) against the definitive amount (toekenning).
 *
 * The rule (Algemene wet inkomensafhankelijke regelingen, BWBR0018472):
 *  - art. 16 lid 1: the Belastingdienst/Toeslagen pays an advance up to the amount the toeslag will
 *    presumably be fixed at, i.e. on the toetsingsinkomen expected for the whole year (art. 8);
 *    art. 22 lid 1: an advance granted before the year is paid in 12 monthly termijnen;
 *  - art. 17 lid 1: a change of circumstances must be reported; art. 16 lid 5-6: the advance may then
 *    be revised, which can lead to an amount to pay back;
 *  - art. 19: after the year the toeslag is granted definitively on the real yearly income;
 *    art. 24 lid 2-3: the advances are set off against it, which can lead to a terugvordering;
 *    art. 26: that amount is owed in full.
 *
 * Method (a forecast, documented in `aannames`): the engine computes each month of the year (on the
 * 1st, with the parameters valid then) twice: on the yearly toetsingsinkomen the advance rested on
 * (the one entered per member), and on the real yearly income, taken as the old yearly amount for the
 * months before the change and the new one from the change on:
 *   jaarinkomen = round(((vanafMaand - 1) x oud + (13 - vanafMaand) x nieuw) / 12).
 * Zorgtoeslag and kindgebonden budget are yearly amounts (definitive = the mean of the months'
 * yearly amounts, to the cent); huurtoeslag is a monthly amount (definitive = the sum of the months).
 * Not reported: every advance rests on the old income. Reported in month D: the advances from D on
 * rest on the new expected yearly income; what was paid too much before D is still owed.
 * Interest (art. 27) is not computed: its rate is not in the reference data.
 * Pure; amounts in eurocents.
 */
import { invalid, invalidMany, Problem } from '../../platform/errors';
import { formatEuro } from '../../platform/money';
import { evaluateHousehold, type HouseholdEvaluation, type Uitkomst, type UitkomstStatus } from '../household';
import type { HouseholdProfile } from '../profile';
import type { ArticleRef, Step } from '../types';

export const AWIR: Omit<ArticleRef, 'article'> = { law: 'Algemene wet inkomensafhankelijke regelingen', bwbId: 'BWBR0018472' };
const awir = (article: string, lid?: string): ArticleRef => ({ ...AWIR, article, ...(lid ? { lid } : {}) });

export interface IncomeChange {
  /** Index of the member in `profiel.huishouden.leden`. */
  lid: number;
  /** The member as the screen names them (for the explanation). */
  wie: string;
  /** The new toetsingsinkomen, as a yearly amount, from `vanafMaand` on. */
  toetsingsinkomenPerJaar: number;
  /** Field name to name in a refusal. */
  veld: string;
}

export interface RepaymentInput {
  jaar: number;
  /** 1-12: the first month at the new income. */
  vanafMaand: number;
  /** 1-12, not before `vanafMaand`: the month the change is reported (default: `vanafMaand`). */
  doorgegevenInMaand: number;
  wijzigingen: IncomeChange[];
}

export type ToeslagId = 'zorgtoeslag' | 'huurtoeslag' | 'kindgebonden-budget';
export const TOESLAG_IDS = ['zorgtoeslag', 'huurtoeslag', 'kindgebonden-budget'] as const satisfies readonly ToeslagId[];

export interface RepaymentMonth {
  maand: string;
  /** Advance of this month when the change is not reported. */
  voorschot: number;
  /** Advance of this month when the change is reported in `doorgegevenInMaand`. */
  voorschotDoorgegeven: number;
}

export interface ToeslagForecast {
  regeling: ToeslagId;
  naam: string;
  status: UitkomstStatus;
  melding?: string;
  /** Sum of the 12 advances, not reported. */
  voorschotten: number;
  /** Sum of the 12 advances, reported. */
  voorschottenDoorgegeven: number;
  /** The definitive toeslag on the real yearly income. */
  definitief: number;
  /** voorschotten - definitief: above zero to pay back, below zero paid on after the year. */
  terugNietDoorgegeven: number;
  terugDoorgegeven: number;
  perMaand: RepaymentMonth[];
  /** How the definitive amount is computed (the engine's steps for January on the real income). */
  uitlegDefinitief: Step[];
}

export interface RepaymentForecast {
  jaar: number;
  vanafMaand: number;
  doorgegevenInMaand: number;
  inkomens: { wie: string; voorschotPerJaar: number; nieuwPerJaar: number; werkelijkPerJaar: number }[];
  toeslagen: ToeslagForecast[];
  totaal: { voorschotten: number; voorschottenDoorgegeven: number; definitief: number; terugNietDoorgegeven: number; terugDoorgegeven: number };
  uitleg: Step[];
  aannames: string[];
  waarschuwingen: string[];
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const pick = (e: HouseholdEvaluation, id: ToeslagId): Uitkomst => (id === 'zorgtoeslag' ? e.zorgtoeslag : id === 'huurtoeslag' ? e.huurtoeslag : e.kindgebondenBudget);
const WORSE: Record<UitkomstStatus, number> = { berekend: 0, schatting: 1, 'niet-berekend': 2 };

/** The yearly toetsingsinkomen when the income is `oud` before month `vanaf` and `nieuw` from it on. */
export function yearIncome(oud: number, nieuw: number, vanaf: number): number {
  return Math.round(((vanaf - 1) * oud + (13 - vanaf) * nieuw) / 12);
}

/** `voorschotten - definitief` in words for the explanation. */
const saldoNl = (x: number) => (x > 0 ? `${formatEuro(x)} terugbetalen` : x < 0 ? `${formatEuro(-x)} nabetaling` : 'niets terug en niets na');

export function forecastRepayment(profile: HouseholdProfile, input: RepaymentInput): RepaymentForecast {
  const { jaar, vanafMaand: vanaf, doorgegevenInMaand: door } = input;
  if (door < vanaf) throw invalid('doorgegevenInMaand', 'mag niet voor de maand van de wijziging liggen');
  const leden = profile.huishouden.leden;
  const errs = input.wijzigingen.flatMap((w) => {
    const l = leden[w.lid];
    if (!l) return [{ name: w.veld, reason: 'is geen gezinslid van dit huishouden', code: 'ongeldige_invoer' }];
    if (l.toetsingsinkomenPerJaar === undefined)
      return [{ name: w.veld, reason: `van ${w.wie} is nog geen toetsingsinkomen over het hele jaar opgegeven, dus is niet bekend waarop het voorschot rust: vul het eerst in bij het inkomen per gezinslid`, code: 'ongeldige_invoer' }];
    return [];
  });
  if (errs.length) throw invalidMany(errs);
  if (!input.wijzigingen.length) throw invalid('wijzigingen', 'geef minstens één gezinslid met een nieuw inkomen');

  const inkomens = input.wijzigingen.map((w) => {
    const oud = leden[w.lid].toetsingsinkomenPerJaar ?? 0;
    return { wie: w.wie, voorschotPerJaar: oud, nieuwPerJaar: w.toetsingsinkomenPerJaar, werkelijkPerJaar: yearIncome(oud, w.toetsingsinkomenPerJaar, vanaf), lid: w.lid };
  });
  const real: HouseholdProfile = {
    ...profile,
    huishouden: { ...profile.huishouden, leden: leden.map((l, i) => { const c = inkomens.find((x) => x.lid === i); return c ? { ...l, toetsingsinkomenPerJaar: c.werkelijkPerJaar } : l; }) },
  };
  const months = Array.from({ length: 12 }, (_, i) => `${jaar}-${String(i + 1).padStart(2, '0')}`);
  const evalMonth = (p: HouseholdProfile, ym: string) => {
    try {
      return evaluateHousehold(p, `${ym}-01`);
    } catch (e) {
      // The month's date is the forecast's year: a refusal about the date names the year.
      if (e instanceof Problem && e.invalidParams.some((x) => x.name === 'datum')) throw invalid('jaar', `voor ${jaar} zijn niet alle rekenregels bekend`);
      throw e;
    }
  };
  const before = months.map((m) => evalMonth(profile, m));
  const after = months.map((m) => evalMonth(real, m));

  const NAMES: Record<ToeslagId, string> = { zorgtoeslag: 'Zorgtoeslag', huurtoeslag: 'Huurtoeslag', 'kindgebonden-budget': 'Kindgebonden budget' };
  const toeslagen = TOESLAG_IDS.map((id): ToeslagForecast => {
    const all = [...before, ...after].map((e) => pick(e, id));
    const worst = all.reduce((w, u) => (WORSE[u.status] > WORSE[w.status] ? u : w), all[0]);
    const perMaand = months.map((maand, i) => ({ maand, voorschot: pick(before[i], id).bedragPerMaand, voorschotDoorgegeven: i + 1 < door ? pick(before[i], id).bedragPerMaand : pick(after[i], id).bedragPerMaand }));
    const yearly = id !== 'huurtoeslag';
    const definitief = yearly ? Math.round(after.reduce((n, e) => n + (pick(e, id).bedragPerJaar ?? 0), 0) / 12) : after.reduce((n, e) => n + pick(e, id).bedragPerMaand, 0);
    const notComputed = worst.status === 'niet-berekend';
    const voorschotten = notComputed ? 0 : perMaand.reduce((n, m) => n + m.voorschot, 0);
    const voorschottenDoorgegeven = notComputed ? 0 : perMaand.reduce((n, m) => n + m.voorschotDoorgegeven, 0);
    const def = notComputed ? 0 : definitief;
    return {
      regeling: id,
      naam: NAMES[id],
      status: worst.status,
      ...(worst.melding ? { melding: worst.melding } : {}),
      voorschotten,
      voorschottenDoorgegeven,
      definitief: def,
      terugNietDoorgegeven: voorschotten - def,
      terugDoorgegeven: voorschottenDoorgegeven - def,
      perMaand: notComputed ? perMaand.map((m) => ({ ...m, voorschot: 0, voorschotDoorgegeven: 0 })) : perMaand,
      uitlegDefinitief: pick(after[0], id).uitleg,
    };
  });
  const counted = toeslagen.filter((t) => t.status !== 'niet-berekend');
  const sum = (f: (t: ToeslagForecast) => number) => counted.reduce((n, t) => n + f(t), 0);
  const totaal = { voorschotten: sum((t) => t.voorschotten), voorschottenDoorgegeven: sum((t) => t.voorschottenDoorgegeven), definitief: sum((t) => t.definitief), terugNietDoorgegeven: sum((t) => t.terugNietDoorgegeven), terugDoorgegeven: sum((t) => t.terugDoorgegeven) };

  const vanafNl = `${MAANDEN[vanaf - 1]} ${jaar}`;
  const doorNl = `${MAANDEN[door - 1]} ${jaar}`;
  const uitleg: Step[] = [
    {
      rule: 'awir.voorschot',
      article: awir('art. 16', '1'),
      description: `Voorschot: de Belastingdienst/Toeslagen betaalt een voorschot tot het bedrag waarop de toeslag vermoedelijk wordt vastgesteld, dus op het verwachte toetsingsinkomen over het hele jaar (${inkomens.map((x) => `${x.wie} ${formatEuro(x.voorschotPerJaar)}`).join(', ')}). Het voorschot wordt in 12 maandelijkse termijnen betaald (art. 22 lid 1).`,
      parameters: [],
      amounts: { voorschottenNietDoorgegeven: totaal.voorschotten },
    },
    ...inkomens.map((x): Step => ({
      rule: 'awir.toetsingsinkomen',
      article: awir('art. 8'),
      description: `Werkelijk toetsingsinkomen over ${jaar} van ${x.wie} (prognose): het toetsingsinkomen is een jaarbedrag. Tot ${vanafNl} ${formatEuro(x.voorschotPerJaar)} per jaar, vanaf ${vanafNl} ${formatEuro(x.nieuwPerJaar)} per jaar: (${vanaf - 1} x ${formatEuro(x.voorschotPerJaar)} + ${13 - vanaf} x ${formatEuro(x.nieuwPerJaar)}) / 12 = ${formatEuro(x.werkelijkPerJaar)}.`,
      parameters: [],
      amounts: { oud: x.voorschotPerJaar, nieuw: x.nieuwPerJaar, werkelijk: x.werkelijkPerJaar, maandenOud: vanaf - 1, maandenNieuw: 13 - vanaf },
    })),
    {
      rule: 'awir.toekenning',
      article: awir('art. 19'),
      description: `Definitieve toekenning na het jaar op het werkelijke toetsingsinkomen: ${formatEuro(totaal.definitief)} samen. De voorschotten worden daarmee verrekend (art. 24 lid 2); is er te veel voorschot betaald, dan volgt een terugvordering (art. 24 lid 3), die in zijn geheel verschuldigd is (art. 26).`,
      parameters: [],
      amounts: { definitief: totaal.definitief },
    },
    {
      rule: 'awir.niet-doorgegeven',
      article: awir('art. 24', '3'),
      description: `Als de wijziging niet wordt doorgegeven: voorschotten ${formatEuro(totaal.voorschotten)} min definitief ${formatEuro(totaal.definitief)} = ${saldoNl(totaal.terugNietDoorgegeven)}.`,
      parameters: [],
      amounts: { voorschotten: totaal.voorschotten, definitief: totaal.definitief, terug: totaal.terugNietDoorgegeven },
    },
    {
      rule: 'awir.doorgegeven',
      article: awir('art. 17', '1'),
      description: `Als de wijziging in ${doorNl} wordt doorgegeven (meldplicht, art. 17 lid 1), herziet de Belastingdienst/Toeslagen het voorschot (art. 16 lid 5): de voorschotten vanaf ${doorNl} rusten op het nieuwe verwachte jaarinkomen. Wat daarvoor te veel is betaald, blijft verschuldigd (art. 16 lid 6). Voorschotten ${formatEuro(totaal.voorschottenDoorgegeven)} min definitief ${formatEuro(totaal.definitief)} = ${saldoNl(totaal.terugDoorgegeven)}.`,
      parameters: [],
      amounts: { voorschotten: totaal.voorschottenDoorgegeven, definitief: totaal.definitief, terug: totaal.terugDoorgegeven },
    },
  ];
  const aannames = [
    'Prognose, geen beschikking: het echte bedrag stelt de Belastingdienst/Toeslagen na het jaar vast op het toetsingsinkomen uit de aangifte of de loongegevens.',
    `Het inkomen van de gewijzigde gezinsleden is tot ${vanafNl} het opgegeven jaarbedrag en daarna het nieuwe jaarbedrag, naar rato van de maanden.`,
    'Elke maand is met de regels van die maand berekend (op de 1e); huishouden, huur en vermogen blijven het hele jaar gelijk.',
    'Zorgtoeslag en kindgebonden budget: het definitieve bedrag is het gemiddelde van de jaarbedragen van de 12 maanden, op de cent; het voorschot is het maandbedrag van de rekenregel (met zijn afronding), dus ook zonder wijziging kan er een klein verschil zijn.',
    'Huurtoeslag: het definitieve bedrag is de som van de 12 maandbedragen.',
    `Doorgegeven: de voorschotten vanaf ${doorNl} rusten op het nieuwe verwachte jaarinkomen; wat in de maanden daarvoor te veel is betaald, telt mee bij de verrekening.`,
    'Rente over een terugvordering (art. 27 Awir) is niet berekend: het rentepercentage staat niet in de referentiegegevens.',
  ];
  const schatting = toeslagen.some((t) => t.status === 'schatting');
  const waarschuwingen = [
    ...toeslagen.filter((t) => t.melding).map((t) => t.melding as string),
    ...(schatting ? ['Een deel van de toeslagen rust op een geschat toetsingsinkomen van een ander gezinslid: de prognose is dan ook een schatting.'] : []),
    ...before[0].waarschuwingen.filter((w) => !/rust op een geschat|is niet berekend/.test(w)),
  ];
  return { jaar, vanafMaand: vanaf, doorgegevenInMaand: door, inkomens: inkomens.map(({ lid: _l, ...x }) => x), toeslagen, totaal, uitleg, aannames, waarschuwingen: [...new Set(waarschuwingen)] };
}
