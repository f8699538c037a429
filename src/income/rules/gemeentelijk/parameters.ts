// SPDX-License-Identifier: EUPL-1.2
/**
 * Example municipal scheme configurations for Utrecht, Zaanstad, Tilburg, Den Haag and Groningen.
 *
 * ILLUSTRATIVE EXAMPLE POLICY. The reference data contains no municipal verordening amounts, so
 * every amount and percentage below is invented for demonstration and labelled
 * `illustratief: true` / confidence `illustrative`. They are NOT the municipalities' real
 * amounts. Replace them with the figures of the actual verordening (and its CVDR id) before use.
 * The raw objects are typed `unknown` on purpose: they only become `GemeenteConfig` after schema
 * validation, exactly like a config file loaded from disk.
 */
import { validateGemeenteConfig, type GemeenteConfig } from './schema';

const FILE = 'src/income/rules/gemeentelijk/parameters.ts';

const voorbeeld = (gemeente: string, law: string, article: string) => ({
  law,
  article,
  source: `Illustratief voorbeeldbeleid voor Maatwerk; niet de bedragen uit de verordening van ${gemeente}`,
  confidence: 'illustrative',
});

const iit = (gemeente: string, pct: number, maanden: number, a: number, ao: number, g: number) => ({
  id: 'individuele-inkomenstoeslag',
  soort: 'individuele-inkomenstoeslag',
  naam: 'Individuele inkomenstoeslag',
  validFrom: '2026-01-01',
  grondslag: { ...voorbeeld(gemeente, 'Participatiewet', 'art. 36'), bwbId: 'BWBR0015703' },
  voorwaarden: {
    maxInkomenProcentSociaalMinimum: pct,
    minLeeftijd: 21,
    onderAowLeeftijd: true,
    minMaandenLaagInkomen: maanden,
    maxVermogen: { alleenstaande: 800000, 'alleenstaande-ouder': 1600000, gehuwden: 1600000 },
  },
  bedrag: { type: 'per-jaar-per-huishouden', bedragen: { alleenstaande: a, 'alleenstaande-ouder': ao, gehuwden: g } },
});

const czv = (gemeente: string, pct: number, perMaand: number) => ({
  id: 'collectieve-zorgverzekering',
  soort: 'collectieve-zorgverzekering',
  naam: 'Bijdrage collectieve zorgverzekering minima',
  validFrom: '2026-01-01',
  grondslag: { ...voorbeeld(gemeente, 'Participatiewet (bijzondere bijstand)', 'art. 35'), bwbId: 'BWBR0015703' },
  voorwaarden: { maxInkomenProcentSociaalMinimum: pct },
  bedrag: { type: 'per-maand-per-volwassene', bedrag: perMaand },
});

const kws = (gemeente: string, pct: number, een: number, meer: number) => ({
  id: 'kwijtschelding',
  soort: 'kwijtschelding',
  naam: 'Kwijtschelding gemeentelijke belastingen',
  validFrom: '2026-01-01',
  grondslag: { ...voorbeeld(gemeente, 'Invorderingswet 1990 / Uitvoeringsregeling Invorderingswet 1990', 'art. 26 / hoofdstuk VII'), bwbId: 'BWBR0004770' },
  voorwaarden: {
    maxInkomenProcentSociaalMinimum: pct,
    maxVermogen: { alleenstaande: 250000, 'alleenstaande-ouder': 250000, gehuwden: 250000 },
  },
  bedrag: { type: 'kwijtschelding-per-jaar', eenpersoons: een, meerpersoons: meer },
});

const kindpakket = (gemeente: string, pct: number, jong: number, basis: number, vo: number) => ({
  id: 'kindpakket',
  soort: 'kindpakket',
  naam: 'Kindpakket',
  validFrom: '2026-01-01',
  grondslag: { ...voorbeeld(gemeente, 'Participatiewet (categoriale bijzondere bijstand / minimabeleid)', 'art. 35 en 8 lid 1'), bwbId: 'BWBR0015703' },
  voorwaarden: { maxInkomenProcentSociaalMinimum: pct, minKinderen: 1 },
  bedrag: {
    type: 'per-jaar-per-kind',
    leeftijdsgroepen: [
      { vanaf: 0, totEnMet: 3, bedrag: jong },
      { vanaf: 4, totEnMet: 11, bedrag: basis },
      { vanaf: 12, totEnMet: 17, bedrag: vo },
    ],
  },
});

const toelichting = (g: string) =>
  `Illustratief voorbeeldbeleid voor ${g}: bedragen en percentages zijn verzonnen om de rekenkern te tonen en komen niet uit de gemeentelijke verordening.`;

export const RAW_GEMEENTE_CONFIGS: Record<string, unknown> = {
  utrecht: {
    id: 'utrecht',
    naam: 'Utrecht',
    illustratief: true,
    toelichting: toelichting('Utrecht'),
    vrijlatingsregime: 'participatiewet-in-balans',
    pibVooruitlopen: true,
    regelingen: [iit('Utrecht', 125, 36, 50000, 65000, 70000), czv('Utrecht', 130, 2500), kws('Utrecht', 100, 42000, 56000), kindpakket('Utrecht', 125, 15000, 30000, 45000)],
  },
  zaanstad: {
    id: 'zaanstad',
    naam: 'Zaanstad',
    illustratief: true,
    toelichting: toelichting('Zaanstad'),
    vrijlatingsregime: 'huidig',
    pibVooruitlopen: false,
    regelingen: [iit('Zaanstad', 120, 36, 45000, 60000, 65000), czv('Zaanstad', 130, 2000), kws('Zaanstad', 100, 38000, 52000), kindpakket('Zaanstad', 120, 10000, 25000, 40000)],
  },
  tilburg: {
    id: 'tilburg',
    naam: 'Tilburg',
    illustratief: true,
    toelichting: toelichting('Tilburg'),
    vrijlatingsregime: 'huidig',
    pibVooruitlopen: false,
    regelingen: [iit('Tilburg', 110, 36, 40000, 55000, 60000), czv('Tilburg', 120, 1800), kws('Tilburg', 100, 36000, 48000), kindpakket('Tilburg', 120, 12000, 22500, 35000)],
  },
  'den-haag': {
    id: 'den-haag',
    naam: 'Den Haag',
    illustratief: true,
    toelichting: toelichting('Den Haag'),
    vrijlatingsregime: 'huidig',
    pibVooruitlopen: false,
    regelingen: [iit('Den Haag', 110, 12, 48000, 62000, 68000), czv('Den Haag', 120, 3000), kws('Den Haag', 100, 40000, 54000), kindpakket('Den Haag', 130, 12500, 27500, 42500)],
  },
  groningen: {
    id: 'groningen',
    naam: 'Groningen',
    illustratief: true,
    toelichting: toelichting('Groningen'),
    vrijlatingsregime: 'participatiewet-in-balans',
    pibVooruitlopen: true,
    regelingen: [iit('Groningen', 120, 12, 52000, 68000, 72000), czv('Groningen', 130, 2200), kws('Groningen', 100, 39000, 53000), kindpakket('Groningen', 130, 15000, 27500, 40000)],
  },
};

export const GEMEENTE_CONFIGS: Record<string, GemeenteConfig> = Object.fromEntries(
  Object.entries(RAW_GEMEENTE_CONFIGS).map(([id, raw]) => [id, validateGemeenteConfig(raw, `${FILE} (${id})`)]),
);

/** National rules only: no municipal schemes, current vrijlating. */
export const LANDELIJK: GemeenteConfig = {
  id: 'landelijk',
  naam: 'Alleen landelijke regels',
  illustratief: false,
  toelichting: 'Geen gemeentelijke regelingen; alleen landelijke wetgeving.',
  vrijlatingsregime: 'huidig',
  pibVooruitlopen: false,
  regelingen: [],
};

export const GEMEENTE_IDS: readonly string[] = ['landelijk', ...Object.keys(GEMEENTE_CONFIGS)];

export function gemeenteConfig(id: string): GemeenteConfig | undefined {
  return id === 'landelijk' ? LANDELIJK : GEMEENTE_CONFIGS[id];
}
