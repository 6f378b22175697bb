import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rx } from '../../../../utils/compose/analysis/lang/intl';

/** The two-sided word boundary every `\b` once became: the reference the faster forms must agree with. */
const LETTER = '[A-Za-z0-9_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF\\u0152\\u0153]';
const plain = (re: RegExp) =>
  new RegExp(re.source.replace(/\\w/g, LETTER).replace(/\\b/g, `(?:(?<=${LETTER})(?!${LETTER})|(?<!${LETTER})(?=${LETTER}))`), re.flags);

const PATTERNS = [
  /\b(?:les |tous les |nos |des )?(?:clients|utilisateurs|usagers)\b[^.!?\n]{0,30}\bne (?:peuvent|arrivent) (?:plus|pas)\b/,
  /\bestá\b|\bà\b|\bça\b/,
  /\b(?:dringend|eilt|sofort)\b/i,
  /\bs?ofort\b|(?:ja|nein)?\b|\b(?:a|)b\b|\ba?[.-]|[.-]k?\b/,
  /(?:^|[.!?,:;] *)(?:@\S+ )?(?:appelle[- ]moi|au secours|sos)\b/,
  /\b\w+ción\b|\b(?:r\.|é)\b|\bk+\b|\bx{2}\b/,
  /(?<=\bno\b[^.]{0,20})\burgent[ea]?\b|\b(?:(?:pas|plus) )?(?:pressé|urgent)e?s?\b/,
];

const PIECES = ['les ', 'clients', 'ne ', 'peuvent', 'plus', ' ', 'está', 'à', 'ça', 'é', 'r.', 'a', 'b', 'ab', 'xx', 'k', 'sofort', 'ofort', 'ja', 'nein', 'appelle-moi', 'sos', '@sam ', 'acción', 'no ', 'urgente', 'pressées', '.', ',', '!', '-', '_', '9', 'Ü', 'ñ', 'œ', 'ł', "'"];

describe('rx: \\b and \\w that know accented letters', () => {
  it.each(PATTERNS)('%s finds exactly what the two-sided boundary finds, where and how long', (re) => {
    const fast = new RegExp(rx(re).source, `${re.flags}g`);
    const reference = new RegExp(plain(re).source, `${re.flags}g`);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect([...text.matchAll(fast)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(reference)].map((m) => [m.index, m[0]]));
      }),
      { numRuns: 400 },
    );
  });

  it('writes the one-sided form next to a letter it can see, and the two-sided one elsewhere', () => {
    const source = rx(/\bclients\b|\b(?:a|b)c\b|(?:x|y)?\b/).source;
    expect(source).toContain(`(?<!${LETTER})clients(?!${LETTER})`);
    expect(source).toContain(`(?<!${LETTER})(?:a|b)c(?!${LETTER})`);
    expect(source.endsWith(`(?:x|y)?(?:(?<=${LETTER})(?!${LETTER})|(?<!${LETTER})(?=${LETTER}))`)).toBe(true);
  });

  it('leaves a pattern without \\b or \\w as it is', () => {
    const re = /^ok$/;
    expect(rx(re)).toBe(re);
  });
});
