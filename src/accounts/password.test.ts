// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { passwordStrengthProblem } from './password';

describe('password strength', () => {
  it('refuses common and guessable passwords of twelve or more characters, explaining why in Dutch', () => {
    for (const pw of ['wachtwoord123', 'welkom01welkom01', 'qwertyuiop123', 'amsterdam2024!']) {
      expect(passwordStrengthProblem(pw, ['jdevries']), pw).toMatch(/^is te makkelijk te raden/);
    }
    expect(passwordStrengthProblem('welkom01welkom01')).toMatch(/Herhalende patronen/);
  });

  it('refuses a short one with the length rule', () => {
    expect(passwordStrengthProblem('welkom01')).toBe('moet minstens 12 tekens hebben');
  });

  it('refuses the username itself, or a password built on it', () => {
    expect(passwordStrengthProblem('tilburg-beheer', ['tilburg-beheer'])).toBe('mag de gebruikersnaam niet zijn of bevatten');
    expect(passwordStrengthProblem('Tilburg-Beheer-2024', ['tilburg-beheer'])).toBe('mag de gebruikersnaam niet zijn of bevatten');
  });

  it('refuses whitespace only', () => {
    expect(passwordStrengthProblem('            ')).toBe('mag niet alleen uit spaties of andere witruimte bestaan');
    expect(passwordStrengthProblem('\t \n')).toBe('mag niet alleen uit spaties of andere witruimte bestaan');
  });

  it('accepts a passphrase of uncommon words', () => {
    expect(passwordStrengthProblem('fiets-paraplu-koffie-lantaarn', ['jdevries', 'Jan de Vries'])).toBeNull();
    expect(passwordStrengthProblem('correct horse battery staple')).toBeNull();
  });
});
