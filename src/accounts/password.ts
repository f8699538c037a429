// SPDX-License-Identifier: EUPL-1.2
/**
 * Password strength (ADR 0008): besides the length rule in model.ts, refuse common and guessable
 * passwords with zxcvbn-ts (a strength estimator that knows common passwords, Dutch words and names,
 * keyboard patterns, dates and l33t), a password that is or contains the username, and one of only
 * whitespace. Every reason is Dutch; zxcvbn's own feedback comes from its Dutch language package.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as nl from '@zxcvbn-ts/language-nl-be';
import { passwordProblem } from './model';

/** zxcvbn's scale is 0-4; 3 means "safely unguessable" (about 10^8 guesses or more). */
export const PASSWORD_MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...nl.dictionary },
    graphs: common.adjacencyGraphs,
    translations: nl.translations as never,
  });
  return estimator;
}

/**
 * Why this password may not be used, in Dutch, or null when it is good enough. `userInputs` are
 * words the password must not lean on: the username, the display name.
 */
export function passwordStrengthProblem(pw: string, userInputs: string[] = []): string | null {
  if (pw.length > 0 && pw.trim() === '') return 'mag niet alleen uit spaties of andere witruimte bestaan';
  const basic = passwordProblem(pw);
  if (basic) return basic;
  const norm = (s: string) => s.trim().toLowerCase();
  const username = userInputs[0] ? norm(userInputs[0]) : '';
  if (username && (norm(pw) === username || (username.length >= 4 && norm(pw).includes(username)))) {
    return 'mag de gebruikersnaam niet zijn of bevatten';
  }
  const inputs = userInputs.flatMap((u) => [u, ...u.split(/[\s._@-]+/)]).filter((w) => w.length >= 3);
  const result = zxcvbn().check(pw, inputs);
  if (result.score >= PASSWORD_MIN_SCORE) return null;
  const why = [result.feedback.warning, ...result.feedback.suggestions].filter((s): s is string => !!s);
  return `is te makkelijk te raden${why.length ? ` (${why.join(' ').replace(/\.$/, '')})` : ''}; kies bijvoorbeeld een zin van vier of meer ongewone woorden`;
}
