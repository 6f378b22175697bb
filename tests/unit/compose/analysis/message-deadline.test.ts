import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { en, rewriteShorthand } from '../../../../utils/compose/analysis/lang/en';

/** Pieces of deadline phrases: every shorthand English rewrites, and words and digits around them. */
const PIECES = [
  'eod', 'cob', 'end of day', 'end of the business day', 'close of business', 'eow', 'end of this work week', 'end of the year', 'year end',
  'year-end', 'eoy', 'first thing', 'sometime', 'some time', 'anytime', 'any time', 'this week', 'next week', 'before the weekend', 'b4',
  'lunch', 'lunchtime', 'by', 'before', 'at', 'until', 'till', '5', '12', '3:30', 'the', '4th', '21st', 'of', 'dec', 'tomorrow', 'friday',
  'send', 'it', 'please', 'EOD', 'Lunch', 'x', ',', '.',
];

describe("English's prepare", () => {
  const now = new Date(2026, 10, 24, 10, 0);

  it('returns what the rewrites return, whether or not its pre-check lets them run', () => {
    const snippet = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(snippet, fc.boolean(), (s, glued) => {
        const text = glued ? s.replace(/ /g, '') : s;
        expect(en.deadline.prepare(text, now)).toBe(rewriteShorthand(text, now));
      }),
      { numRuns: 5000 },
    );
  });

  it('still rewrites each shorthand', () => {
    expect(en.deadline.prepare('by eod', now)).toBe('by 5pm');
    expect(en.deadline.prepare('over lunch', now)).toBe('over noon');
    expect(en.deadline.prepare('sometime this week', now)).toBe('by friday 5pm');
    expect(en.deadline.prepare('before the 28th', now)).toBe('before November 28');
  });
});
