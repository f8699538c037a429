// SPDX-License-Identifier: EUPL-1.2
/**
 * Public API of the income room (pure; no I/O). HTTP routes call these functions: each scenario
 * has a `parseXInput(unknown)` that validates and names fields in Dutch (throws a 400 Problem via
 * invalidMany) and a `runX(input)` that returns a JSON-serialisable result.
 */
export { parseHouseholdProfile, MAX_LEDEN, HOUSEHOLD_KINDS, type HouseholdProfile, type Lid } from './profile';
export { evaluateHousehold, renderEvaluation, compileRules, computeHousehold, householdFacts, type HouseholdEvaluation, type Uitkomst } from './household';
export { renderSteps, formatArticle } from './explain';
export type { Step, LegalBasis, Confidence, ParameterFile, ParameterVersion } from './types';
export { ParameterFileError, validateParameterFile, versionAt } from './engine';

export { parseFluctuatingInput, runFluctuatingScenario, fluctuatingChartSvg, type FluctuatingInput, type FluctuatingResult } from './scenarios/fluctuating';
export { parseCashflowInput, runCashflowScenario, type CashflowInput, type CashflowResult } from './scenarios/cashflow';
export { parseMinimaInput, runMinimaReport, STANDAARD_HUISHOUDENS, type MinimaInput, type MinimaResult } from './scenarios/minima';
export { minimaCsv, minimaHtml, minimaChartSvg } from './report/minima-report';
export { lineChartSvg, type LineChartOptions, type ChartSeries } from './report/svg';

export { SUPPORTED_LAWS, SUPPORTED_SCHEMES, type SupportedLaw, type SupportedScheme } from './laws';
export { GEMEENTE_IDS, gemeenteConfig } from './rules/gemeentelijk/parameters';
export { validateGemeenteConfig, type GemeenteConfig, type Regeling } from './rules/gemeentelijk/schema';
