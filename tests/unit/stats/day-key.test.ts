import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { dayKey, dayStart } from '../../../utils/stats/day-key';

describe('day keys', () => {
  it('name the local day, and a TZDate’s day in its own zone', () => {
    const at = new Date(2026, 2, 29, 23, 59).getTime();
    expect(dayKey(at)).toBe('2026-03-29');
    expect(dayKey(new Date(2026, 0, 5))).toBe('2026-01-05');
    // 23:30 UTC is already the next day in Berlin and still the same day in New York.
    const instant = Date.UTC(2026, 4, 6, 23, 30);
    expect(dayKey(new TZDate(instant, 'Europe/Berlin'))).toBe('2026-05-07');
    expect(dayKey(new TZDate(instant, 'America/New_York'))).toBe('2026-05-06');
  });

  it('read back as the local midnight starting the day', () => {
    const start = dayStart('2026-10-25');
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours(), start.getMinutes()]).toEqual([2026, 9, 25, 0, 0]);
    expect(dayKey(start)).toBe('2026-10-25');
  });
});
