import { describe, expect, it } from 'vitest';
import { buckets, WEEKLY_AFTER_DAYS } from '../../../components/stats/buckets';
import { daysInRange } from '../../../utils/stats/summary';
import { formatDate } from '../../../utils/platform/datetime';

const daily = (from: string, to: string) =>
  daysInRange(from, to).map((day, i) => ({ day, plannedMinutes: 10, keptMinutes: i, held: 1, breakthrough: 0, shown: 2 }));

describe('buckets', () => {
  it.each([
    ['a week', '2026-03-02', '2026-03-08', 'day', 7],
    [`${WEEKLY_AFTER_DAYS} days`, '2026-01-01', '2026-03-03', 'day', WEEKLY_AFTER_DAYS],
    ['90 days from a Thursday', '2026-01-01', '2026-03-31', 'week', 14],
    ['a year', '2025-11-27', '2026-11-26', 'week', 53],
  ])('%s → one bar per %s', (_label, from, to, unit, count) => {
    const days = daily(from, to);
    const out = buckets(days);
    expect(out.unit).toBe(unit);
    expect(out.items).toHaveLength(count);
    // Nothing is lost or counted twice when days are grouped.
    expect(out.items.reduce((s, b) => s + b.held, 0)).toBe(days.length);
    expect(out.items.reduce((s, b) => s + b.keptMinutes, 0)).toBe(days.reduce((s, d) => s + d.keptMinutes, 0));
  });

  it('starts weeks on Monday and labels them in the browser’s date format', () => {
    const out = buckets(daily('2026-01-01', '2026-03-31')); // 1 Jan 2026 is a Thursday
    expect(out.items.slice(0, 2).map((b) => [b.label, b.shown])).toEqual([
      [`Week of ${formatDate(new Date(2026, 0, 1))}`, 8],
      [`Week of ${formatDate(new Date(2026, 0, 5))}`, 14],
    ]);
  });
});
