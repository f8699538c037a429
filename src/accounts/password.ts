// SPDX-License-Identifier: EUPL-1.2
/**
 * Password strength (ADR 0008): besides the length rule in model.ts, refuse common and guessable
 * passwords with zxcvbn-ts (a strength estimator that knows common passwords, Dutch words and names,
 * keyboard patterns, dates and l33t), a password that is or contains the username, and one of only
 * whitespace. Every reason is Dutch; zxcvbn's own feedback comes from its Dutch language package.
 * Also here: hashing and verifying with argon2id.
 */
import { hash, verify, Algorithm } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as nl from '@zxcvbn-ts/language-nl-be';
import { passwordProblem } from './model';

/** zxcvbn's scale is 0-4; 3 means "safely unguessable" (about 10^8 guesses or more). */
export const PASSWORD_MIN_SCORE = 3;
/**
 * zxcvbn's matching grows steeply with length (a random 200-character password takes seconds of CPU,
 * a denial of service on the event loop); it estimates the first ESTIMATE_CHARS characters. A prefix
 * that is strong enough makes the whole password strong enough.
 */
export const ESTIMATE_CHARS = 40;

let estimator: ZxcvbnFactory | null = null;
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...nl.dictionary },
    graphs: common.adjacencyGraphs,
    translations: nl.translations as never,
    maxLength: ESTIMATE_CHARS,
    // l33t variants multiply: 100 substitutions (the default) cost up to a second for 'ab1!ab1!...'; 10 still catch 'w4chtw00rd'.
    l33tMaxSubstitutions: 10,
  });
  return estimator;
}

/** The cheap rules (length, whitespace only), for the request schema. */
export function passwordShapeProblem(pw: string): string | null {
  if (pw.length > 0 && pw.trim() === '') return 'mag niet alleen uit spaties of andere witruimte bestaan';
  return passwordProblem(pw);
}

/**
 * Why this password may not be used, in Dutch, or null when it is good enough. `userInputs` are
 * words the password must not lean on: the username, the display name.
 */
export function passwordStrengthProblem(pw: string, userInputs: string[] = []): string | null {
  const basic = passwordShapeProblem(pw);
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

// ---- hashing -----------------------------------------------------------------------------------

// OWASP's argon2id baseline: m = 19 MiB, t = 2, p = 1.
const ARGON = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (pw: string) => hash(pw, ARGON);
/** A fixed hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummyHash: Promise<string> | null = null;
let verifications = 0;
/** How many password hashes this process has verified (the login throttle's tests count them). */
export const passwordVerifications = () => verifications;
export async function verifyPassword(stored: string | null, pw: string): Promise<boolean> {
  verifications++;
  if (!stored) {
    dummyHash ??= hashPassword('geen-gebruiker-dummy');
    await verify(await dummyHash, pw).catch(() => false);
    return false;
  }
  return verify(stored, pw).catch(() => false);
}
