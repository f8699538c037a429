// SPDX-License-Identifier: EUPL-1.2
/**
 * Shared types of the income engine: legal basis, dated parameter sets and explanation steps.
 * The engine contains no law; laws live in `rules/<law>/` as data plus small pure functions.
 */

/** How sure we are of a figure. Mirrors `_meta.confidence_levels` of the reference data. */
export type Confidence =
  | 'official' // read from the consolidated law text or an official government page
  | 'secondary' // a municipality, newspaper or third party citing an official source
  | 'unofficial-cross-check' // only found in unofficial encodings
  | 'unverified' // not in the reference data at all; common knowledge, must be confirmed
  | 'illustrative'; // example policy, not a real regulation

export const CONFIDENCES: readonly Confidence[] = ['official', 'secondary', 'unofficial-cross-check', 'unverified', 'illustrative'];

export interface LegalBasis {
  law: string;
  /** BWB id for national law (wetten.overheid.nl). */
  bwbId?: string;
  /** CVDR id for a municipal regulation; absent for illustrative example policy. */
  cvdrId?: string;
  article: string;
  lid?: string;
  source: string | string[];
  confidence: Confidence;
  note?: string;
}

export type Unit = 'cent' | 'percent' | 'months' | 'years' | 'count';

export interface ParamValue {
  value: number;
  unit: Unit;
  /** Overrides of the version's legal basis for this one figure. */
  article?: string;
  lid?: string;
  confidence?: Confidence;
  source?: string;
  note?: string;
}

export interface ParameterVersion {
  /** ISO date, inclusive. */
  validFrom: string;
  /** ISO date, inclusive; absent = valid until a later version starts. */
  validTo?: string;
  basis: LegalBasis;
  values: Record<string, ParamValue>;
}

export interface SchemaEntry {
  unit: Unit;
  optional?: boolean;
}

export interface ParameterFile {
  /** Path of the file that holds the data, used in loud validation errors. */
  file: string;
  /** Law id, e.g. `zorgtoeslag`. */
  law: string;
  /** Last date for which the figures are known to be current; later dates get a warning. */
  knownThrough: string;
  schema: Record<string, SchemaEntry>;
  versions: ParameterVersion[];
}

export interface StepParameter {
  name: string;
  value: number;
  unit: Unit;
  validFrom: string;
  confidence: Confidence;
}

export interface ArticleRef {
  law: string;
  bwbId?: string;
  cvdrId?: string;
  article: string;
  lid?: string;
}

/** One step of an explanation: which rule, which article, which figures, which amounts. */
export interface Step {
  rule: string;
  article: ArticleRef;
  /** Dutch, written for a professional. */
  description: string;
  parameters: StepParameter[];
  /** Intermediate amounts in eurocents (or counts where the name says so). */
  amounts: Record<string, number>;
}

export type Trace = Step[] | undefined;
