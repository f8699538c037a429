// SPDX-License-Identifier: EUPL-1.2
/**
 * One errors module. Every error the API returns is an RFC 9457 problem with a stable code and a
 * Dutch message. Validation errors name the field. Never throw strings.
 */
export interface InvalidParam {
  /** Dotted path of the field, e.g. `leden.0.geboortedatum` or `members.0.birthDate`. */
  name: string;
  /** Dutch reason. */
  reason: string;
  code?: string;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly invalidParams: InvalidParam[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'Problem';
  }

  toJSON(instance?: string): Record<string, unknown> {
    return {
      type: `https://maatwerk.example/problems/${this.code}`,
      title: this.title,
      status: this.status,
      detail: this.detail,
      code: this.code,
      ...(instance ? { instance } : {}),
      ...(this.invalidParams.length ? { invalidParams: this.invalidParams } : {}),
      ...this.extra,
    };
  }
}

/** A value a caller supplied is wrong. `field` is the dotted path of the input. */
export function invalid(field: string, reason: string, code = 'ongeldige_invoer'): Problem {
  return new Problem(400, code, 'Ongeldige invoer', `${field}: ${reason}`, [{ name: field, reason, code }]);
}

export function invalidMany(params: InvalidParam[]): Problem {
  const detail = params.map((p) => `${p.name}: ${p.reason}`).join('; ');
  return new Problem(400, 'ongeldige_invoer', 'Ongeldige invoer', detail, params);
}

export const unauthenticated = (detail = 'U bent niet ingelogd of uw sessie is verlopen. Log opnieuw in.') =>
  new Problem(401, 'niet_ingelogd', 'Niet ingelogd', detail);

export const forbidden = (detail = 'U heeft geen recht op deze handeling.') =>
  new Problem(403, 'geen_toegang', 'Geen toegang', detail);

export const notFound = (what: string) =>
  new Problem(404, 'niet_gevonden', 'Niet gevonden', `${what} bestaat niet of u heeft er geen toegang toe.`);

export const conflict = (detail: string, code = 'conflict') => new Problem(409, code, 'Conflict', detail);

export const preconditionFailed = (detail = 'Iemand anders heeft dit intussen gewijzigd. Laad de gegevens opnieuw en probeer het nog eens.') =>
  new Problem(412, 'gewijzigd_door_ander', 'Intussen gewijzigd', detail);

export const preconditionRequired = () =>
  new Problem(428, 'if_match_verplicht', 'If-Match verplicht', 'Stuur de header If-Match mee met de ETag die u bij het ophalen kreeg.');

export const unprocessable = (detail: string, code = 'niet_verwerkbaar', extra: Record<string, unknown> = {}) =>
  new Problem(422, code, 'Niet verwerkbaar', detail, [], extra);

export const tooManyRequests = (retryAfterSeconds: number) =>
  new Problem(429, 'te_veel_pogingen', 'Te veel pogingen', `Te veel pogingen. Probeer het over ${retryAfterSeconds} seconden opnieuw.`, [], { retryAfter: retryAfterSeconds });
