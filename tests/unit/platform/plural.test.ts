import { describe, expect, it } from 'vitest';
import { countOf } from '../../../utils/platform/plural';

describe('countOf', () => {
  it.each([
    [0, 'interruptions'],
    [1, 'interruption'],
    [2, 'interruptions'],
  ])('%i → %s', (n, noun) => {
    expect(countOf(n, 'interruption')).toBe(`${n} ${noun}`);
  });

  it('takes an irregular plural and the number as the page shows it', () => {
    expect(countOf(1, 'person', 'people')).toBe('1 person');
    expect(countOf(1200, 'person', 'people', '1,200')).toBe('1,200 people');
  });
});
