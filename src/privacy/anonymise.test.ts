// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { anonymiseText, anonymiseValue, isValidBsn, isValidIban, removalCounts } from './anonymise';
import { parseCorpus } from './anonymise-corpus';

describe('checks', () => {
  it('elfproef: 9×d1 + … + 2×d8 − d9 divisible by 11', () => {
    // 9·1+8·2+7·3+6·4+5·5+4·6+3·7+2·8 − 2 = 154 = 14·11
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('1234.56.782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
  });
  it('IBAN mod-97', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('NL92ABNA0417164300')).toBe(false);
    expect(isValidIban('NL44RABO0123456789')).toBe(true);
  });
});

describe('anonymiseText', () => {
  const people = [
    { name: 'Cindy de Vries', label: 'aanvrager' },
    { name: 'Jip de Vries', label: 'kind' },
  ];

  it('replaces members by their role and keeps particles and ordinary words', () => {
    const r = anonymiseText('De moeder Cindy de Vries en de zoon van de buren; De Vries belde over de huur.', { people });
    expect(r.text).toBe('De moeder [aanvrager] en de zoon van de buren; [aanvrager] belde over de huur.');
    expect(r.removals.map((x) => x.original)).toEqual(['Cindy de Vries', 'De Vries']);
  });

  it('never turns a particle or a lowercase word into a name (the old hand-over filter did)', () => {
    const text = 'de van der den het ter ten Vries vries cindy';
    const r = anonymiseText(text, { people });
    expect(r.text).toBe('de van der den het ter ten [aanvrager] vries cindy');
  });

  it('keeps names with consent but still removes other identifiers', () => {
    const r = anonymiseText('Cindy, BSN 123456782, tel. 06-12345678', { people, keepNames: true });
    expect(r.text).toBe('Cindy, BSN [BSN], tel. [telefoonnummer]');
  });

  it('leaves a number that fails the elfproef, amounts, years and articles alone', () => {
    const text = 'Schuld 123456789 cent? In 2024 was het 1.400 euro; art. 31 lid 2 Participatiewet, maart 2025.';
    expect(anonymiseText(text).text).toBe(text);
  });

  it('marks every removal in segments that rebuild the original', () => {
    const text = 'Mail cindy@example.nl of bel 030-1234567 voor 1 mei.';
    const r = anonymiseText(text);
    expect(r.text).toBe('Mail [e-mailadres] of bel [telefoonnummer] voor [datum].');
    expect(r.segments.map((s) => ('text' in s ? s.text : s.removed)).join('')).toBe(text);
    expect(removalCounts(r.removals)).toEqual({ email: 1, telefoon: 1, datum: 1 });
  });

  it('walks every string of a value and reports the path', () => {
    const r = anonymiseValue({ knelpunt: { tekst: 'Jip woont op Kanaalstraat 12' }, n: 3, lijst: ['3531 AB 4'] }, { people });
    expect(r.value).toEqual({ knelpunt: { tekst: '[kind] woont op [adres]' }, n: 3, lijst: ['[postcode]'] });
    expect(r.removals.map((x) => x.path)).toEqual(['knelpunt.tekst', 'knelpunt.tekst', 'lijst.0']);
  });
});

describe('the corpus of Dutch case texts', () => {
  const parsed = parseCorpus();
  const results = parsed.map((p) => ({ ...p, r: anonymiseText(p.input, { people: p.people }) }));

  it('removes every marked identifier (misses counted and printed) and mangles no other word', () => {
    let identifiers = 0;
    const misses: string[] = [];
    const mangled: string[] = [];
    for (const { input, marks, r } of results) {
      for (const m of marks) {
        identifiers++;
        // Every letter or digit of the identifier must lie inside a removal.
        for (let i = m.start; i < m.end; i++) {
          if (/[\p{L}\p{N}]/u.test(input[i]) && !r.removals.some((x) => x.start <= i && i < x.end)) {
            misses.push(`${m.kind}: "${m.text}" in "${input.slice(0, 60)}…"`);
            break;
          }
        }
      }
      for (const x of r.removals) {
        for (let i = x.start; i < x.end; i++) {
          if (/[\p{L}\p{N}]/u.test(input[i]) && !marks.some((m) => m.start <= i && i < m.end)) {
            mangled.push(`"${x.original}" (${x.kind}) in "${input.slice(0, 60)}…"`);
            break;
          }
        }
      }
    }
    console.log(`anonymiser corpus: ${identifiers} identifiers in ${results.length} texts, ${misses.length} missed, ${mangled.length} ordinary words removed`);
    for (const m of misses) console.log(`  gemist: ${m}`);
    for (const m of mangled) console.log(`  onterecht: ${m}`);
    expect(identifiers).toBeGreaterThan(50);
    expect(mangled).toEqual([]);
    // Recall: at least 90 % of the identifiers are removed (the misses above are known hard cases:
    // a name nobody registered without a form of address, a school name, a day and month without year).
    expect(misses.length / identifiers).toBeLessThanOrEqual(0.1);
  });

  it('keeps every particle: the count of de/van/der/den/het outside identifiers is unchanged', () => {
    for (const { input, marks, r } of results) {
      let outside = input;
      for (const m of [...marks].reverse()) outside = outside.slice(0, m.start) + ' '.repeat(m.end - m.start) + outside.slice(m.end);
      const count = (s: string) => (s.match(/(?<![\p{L}])(?:de|van|der|den|het)(?![\p{L}])/gu) ?? []).length;
      expect(count(r.text), input).toBeGreaterThanOrEqual(count(outside));
    }
  });
});
