import { describe, expect, it } from 'vitest';
import { badgeText, remainingMinutes } from '../../../utils/focus/badge';

const on = (endsAt: number) => ({ active: true, blockId: 'b', endsAt, startedAt: 0 });
const IDLE = { active: false, blockId: null, endsAt: null, startedAt: null };

describe('badge', () => {
  it.each([
    [25 * 60_000, '25m'],
    [25 * 60_000 - 1, '25m'],
    [60_000, '1m'],
    [1, '1m'],
    [99 * 60_000, '99m'],
    [100 * 60_000, '2h'],
    [8 * 60 * 60_000, '8h'],
    [0, ''],
    [-5_000, ''],
  ])('%i ms left → "%s"', (left, text) => {
    expect(badgeText(on(1_000_000 + left), 1_000_000)).toBe(text);
  });

  it('is empty and zero when idle', () => {
    expect(badgeText(IDLE, 5)).toBe('');
    expect(remainingMinutes(IDLE, 5)).toBe(0);
  });
});
