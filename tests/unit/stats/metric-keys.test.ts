import { describe, expect, it } from 'vitest';
import { AVOIDED_KEY, counters, isMetricKey, metricKey, readMetricKey, UNINTERRUPTED_KEY } from '../../../utils/stats/metric-keys';

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
    const row = counters({ 'ping-caught': 3, 'meeting-saved+personHours': 1.5, [UNINTERRUPTED_KEY]: 2 });
    expect(row.count('ping-caught')).toBe(3);
    expect(row.count('send-held')).toBe(0);
    expect(row.sum('meeting-saved', 'personHours')).toBe(1.5);
    expect(row.sum('meeting-saved', 'actualMinutes')).toBe(0);
    expect(row.derived(UNINTERRUPTED_KEY)).toBe(2);
    expect(row.derived(AVOIDED_KEY)).toBe(0);
    expect(counters(new Map([['send-held', 4]])).count('send-held')).toBe(4);
    // Own keys only: an imported row's prototype names count for nothing.
    expect(counters(Object.create({ 'ping-caught': 9 }) as Record<string, number>).count('ping-caught')).toBe(0);
  });

  it('accept exactly what they build', () => {
    for (const key of [
      metricKey.count('coach-shown'),
      metricKey.bySite('notification-shown', 'calendar'),
      metricKey.byHour('notification-held', 0),
      metricKey.sum('meeting-saved', 'personHours'),
      UNINTERRUPTED_KEY,
      AVOIDED_KEY,
    ]) {
      expect(isMetricKey(key), key).toBe(true);
    }
    for (const key of ['coach-shown@example', 'notification-held#24', 'meeting-saved+title', 'constructor', '']) expect(isMetricKey(key), key).toBe(false);
  });
});
