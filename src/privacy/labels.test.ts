// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldsAsDutch, hiddenInInzage, keyAsWords, resourceLabel } from './labels';

describe('Dutch names in the processing log', () => {
  it('names known resources and fields in Dutch', () => {
    expect(resourceLabel('inwoner_berichten')).toBe('Berichten van de inwoner');
    expect(fieldLabel('solutionNeeded')).toBe('benodigde oplossing');
    expect(fieldsAsDutch(['displayName', 'birthDate', 'bsn'])).toBe('naam, geboortedatum en BSN');
    expect(fieldsAsDutch(['teamId', 'team'])).toBe('team');
  });
  it('never shows camelCase or underscores for a key it does not know', () => {
    expect(keyAsWords('someNewField_x')).toBe('some new field x');
    expect(resourceLabel('nieuwe_bron')).toBe('Nieuwe bron');
    expect(fieldLabel('a.bC')).toBe('a b c');
  });
  it('leaves ids and the codes of an event out of the printable inzage, not its sentence', () => {
    const event = { kind: 'plan.parties.wijzigen', detail: 'x', text: 'Betrokken partij gewijzigd.', at: '2026-04-23T10:00:00Z' };
    expect(Object.keys(event).filter((k) => !hiddenInInzage(k, event))).toEqual(['text', 'at']);
    const step = { kind: 'aangemaakt', caseId: 'c', personIds: [], version: 3, status: 'open' };
    expect(Object.keys(step).filter((k) => !hiddenInInzage(k, step))).toEqual(['kind', 'status']);
  });
});
