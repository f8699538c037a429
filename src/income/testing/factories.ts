// SPDX-License-Identifier: EUPL-1.2
/** Factories for household profile input used by tests and benchmarks. */
export interface LidInput {
  rol: string;
  geboortedatum: string;
  [k: string]: unknown;
}

export function profielInput(over: { gemeente?: string; type?: string; leden?: LidInput[]; huurPerMaand?: number; vermogen?: number; maandenLaagInkomen?: number } = {}): Record<string, unknown> {
  return {
    gemeente: over.gemeente ?? 'landelijk',
    huishouden: {
      type: over.type ?? 'alleenstaande',
      leden: over.leden ?? [{ rol: 'aanvrager', geboortedatum: '1990-05-01' }],
      huurPerMaand: over.huurPerMaand ?? 0,
      vermogen: over.vermogen ?? 0,
      maandenLaagInkomen: over.maandenLaagInkomen ?? 0,
    },
  };
}
