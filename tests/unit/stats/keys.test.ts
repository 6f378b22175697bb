import { TZDate } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { counters, dayKey, dayStart, metricKey, readMetricKey } from '../../../utils/stats/keys';

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

describe('metric keys', () => {
  it('build the stored names and read them back', () => {
    expect(metricKey.count('notification-held')).toBe('notification-held');
    expect(metricKey.bySite('notification-held', 'slack')).toBe('notification-held@slack');
    expect(metricKey.byHour('notification-shown', 7)).toBe('notification-shown#7');
    expect(metricKey.sum('focus-completed', 'actualMinutes')).toBe('focus-completed+actualMinutes');
    expect(readMetricKey(metricKey.bySite('notification-held', 'extension'))).toEqual({ kind: 'notification-held', site: 'extension' });
    expect(readMetricKey(metricKey.byHour('notification-breakthrough', 23))).toEqual({ kind: 'notification-breakthrough', hour: 23 });
    expect(readMetricKey('uninterrupted-2h')).toEqual({ kind: 'uninterrupted-2h' });
  });

  it('count what a row holds, zero for what it lacks', () => {
    const row = counters({ 'ping-caught': 3, 'meeting-saved+personHours': 1.5, 'uninterrupted-2h': 2 });
    expect(row.count('ping-caught')).toBe(3);
    expect(row.count('send-held')).toBe(0);
    expect(row.sum('meeting-saved', 'personHours')).toBe(1.5);
    expect(row.sum('meeting-saved', 'actualMinutes')).toBe(0);
    expect(row.derived('uninterrupted-2h')).toBe(2);
  });
});
