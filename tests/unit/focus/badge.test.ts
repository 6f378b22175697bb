import { describe, expect, it } from 'vitest';
import { badgeText, completedNotice, remainingMinutes, startedNotice } from '../../../utils/focus/badge';
import { formatTime } from '../../../utils/platform/datetime';

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

describe('focus notices', () => {
  it('say the end time in the browser’s format and count minutes in the right number', () => {
    const endsAt = new Date(2026, 4, 6, 15, 30).getTime();
    expect(startedNotice(endsAt).message).toBe(`Notifications are held until ${formatTime(new Date(endsAt))}.`);
    expect(completedNotice(1).message).toBe('You kept 1 minute of focus.');
    expect(completedNotice(25).message).toBe('You kept 25 minutes of focus.');
  });
});
