// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch notation in one place: dates as "23 april 2026", amounts as "€ 1.234,56", and the Dutch
 * labels of the API's codes. Money arrives as integer eurocents and is only formatted here: this is
 * the web app's one euro formatter, and its one source of labels for the API's codes (a label map
 * typed with the API's enum fails the type check when the API gains a value without a label).
 */
import type { Schemas } from './api/client';
import { dutchDate } from '../../src/platform/dutch-date';
import { dutchNumber } from '../../src/platform/dutch-count';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '2026-04-23' (or an ISO timestamp) → '23 april 2026'. Dates are calendar dates: no time zone shift. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  if (iso.length > 10) {
    const d = new Date(iso);
    return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
  }
  return dutchDate(iso);
}

/** A timestamp → '23 april 2026, 14:05' in the browser's (Dutch) local time. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${formatDate(iso)}, ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Short date for chart axes: '23-04-2026'. */
export function formatDateShort(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** Integer eurocents → '€ 1.234,56' (negative: '-€ 1.234,56'). Integer arithmetic only. */
export function formatEuro(cents: number): string {
  if (!Number.isInteger(cents)) throw new Error(`formatEuro: geen geheel aantal centen (${cents})`);
  const neg = cents < 0;
  const abs = Math.abs(cents);
  const euros = dutchNumber(Math.floor(abs / 100));
  return `${neg ? '-' : ''}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** Integer eurocents → whole euros for a chart axis: 123456 → '€ 1.235' (rounded; '-€ 12' below zero). */
export function formatEuroWhole(cents: number): string {
  return formatEuro(Math.round(cents / 100) * 100).replace(/,00$/, '');
}

/** Whole numbers with a thousands dot, and a count with its noun (singular for one): the same module as the server's texts. */
export { dutchNumber as formatNumber, countText } from '../../src/platform/dutch-count';

/** Today in Europe/Amsterdam, whatever the browser's own time zone (the same module as the server). */
export { todayInAmsterdam as todayIso } from '../../src/platform/today';

export const WAMS_LABELS: Record<string, string> = { verkenning: 'Verkenning', werkplan: 'Werkplan', coordinatie: 'Coördinatie' };
export const CASE_STATUS_LABELS: Record<string, string> = { open: 'Open', gesloten: 'Gesloten' };
export const ORIGIN_LABELS: Record<string, string> = { inwoner: 'Inwoner vroeg zelf om hulp', professional: 'Professional zag dat samenwerking vastliep', melding: 'Melding (meldpunt)' };
export const MEMBER_ROLE_LABELS: Record<string, string> = { aanvrager: 'Aanvrager', partner: 'Partner', kind: 'Kind', medebewoner: 'Medebewoner', overig: 'Overig' };
export const GOAL_STATUS_LABELS: Record<string, string> = { open: 'Open', loopt: 'Loopt', behaald: 'Behaald', niet_behaald: 'Niet behaald', vervallen: 'Vervallen' };
export const ACTION_STATUS_LABELS: Record<string, string> = { open: 'Open', bezig: 'Bezig', gedaan: 'Gedaan', vervallen: 'Vervallen' };
export const PARTY_STATUS_LABELS: Record<string, string> = { betrokken: 'Betrokken', afgerond: 'Afgerond' };
export const NOTE_PURPOSE_LABELS: Record<string, string> = { hulpverlening: 'Hulpverlening', toegang: 'Toegang tot een voorziening', handhaving: 'Handhaving' };
export const ACTION_LABELS: Record<string, string> = { lezen: 'Lezen', aanmaken: 'Aanmaken', wijzigen: 'Wijzigen', verwijderen: 'Verwijderen', exporteren: 'Exporteren', delen: 'Delen' };
export const ORG_KIND_LABELS: Record<string, string> = {
  gemeente: 'Gemeente', regio: 'Regio', zorgverzekeraar: 'Zorgverzekeraar', woningcorporatie: 'Woningcorporatie', UWV: 'UWV', toeslagen: 'Dienst Toeslagen', CJIB: 'CJIB', zorgaanbieder: 'Zorgaanbieder', other: 'Overig',
};

export const label = (map: Record<string, string>, key: string | null | undefined) => (key ? map[key] ?? key : '—');

/**
 * A euro amount typed by a person ('12,50', '1.234', '€ 7') → integer eurocents, or null when it is
 * not an amount. Integer arithmetic on the digits: no floating point on money.
 */
export function parseEuro(input: string): number | null {
  const s = input.replace(/€|\s/g, '');
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const euros = Number(m[1].replace(/\./g, ''));
  const cents = m[2] ? Number(m[2].padEnd(2, '0')) : 0;
  return euros * 100 + cents;
}
/** Cents → the text a person would type back: 1250 → '12,50'. */
export const euroInput = (cents: number) => formatEuro(cents).replace('€ ', '');

export const KNELPUNT_TYPE_LABELS: Record<Schemas['Knelpunt']['type'], string> = { regel_botst: 'Regels botsen', aanbod_ontbreekt: 'Aanbod ontbreekt', wachtlijst: 'Wachtlijst', financiering_onduidelijk: 'Financiering onduidelijk', gegevens_delen: 'Gegevens delen', anders: 'Anders' };
export const KNELPUNT_STATUS_LABELS: Record<Schemas['Knelpunt']['status'], string> = { open: 'Open', in_escalatie: 'In escalatie', doorbraak: 'Doorbraak', afgewezen: 'Afgewezen', overbrugd: 'Overbrugd', ingetrokken: 'Ingetrokken' };
export const HOUSEHOLD_KIND_LABELS: Record<string, string> = { alleenstaande: 'Alleenstaande', 'alleenstaande-ouder': 'Alleenstaande ouder', gehuwden: 'Gehuwden of samenwonenden' };

/** The reference households of the minima-effectrapportage (the API's `huishoudtypen`). */
export const MINIMA_HOUSEHOLD_LABELS: Record<string, string> = {
  alleenstaande: 'Alleenstaande (35)',
  'alleenstaande-ouder-1-kind': 'Alleenstaande ouder, 1 kind (6)',
  'alleenstaande-ouder-2-kinderen': 'Alleenstaande ouder, 2 kinderen (6, 13)',
  'paar-zonder-kinderen': 'Paar zonder kinderen (35, 35)',
  'paar-2-kinderen': 'Paar met 2 kinderen (6, 13)',
  'alleenstaande-aow': 'Alleenstaande AOW-gerechtigde (68)',
};

/** A percentage with a Dutch decimal comma: 112.5 → '112,5%'. */
export const formatPercent = (p: number) => `${String(p).replace('.', ',')}%`;
/** A percentage typed by a person ('112,5') → a number, or null when it is not one. */
export function parsePercent(input: string): number | null {
  const s = input.replace(/%|\s/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}

const NAME_PARTICLES = new Set(['aan', 'de', 'den', 'der', 'het', 'in', 'op', 'over', 'te', 'ten', 'ter', 'van', 'bij']);
/**
 * A municipality's key as its name: 'den-haag' → 'Den Haag', 'alphen-aan-den-rijn' → 'Alphen aan den
 * Rijn', "'s-hertogenbosch" → "'s-Hertogenbosch"; 'landelijk' means only national rules.
 */
export function gemeenteName(key: string): string {
  if (key === 'landelijk') return 'Alleen landelijke regels';
  if (/^'s-/.test(key)) return `'s-${gemeenteName(key.slice(3))}`;
  return key
    .split('-')
    .map((w, i) => (i > 0 && NAME_PARTICLES.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}
