import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { FOCUS_PRESETS, focusFor, focusUntil } from '../../../../utils/focus/schedule/quick';
import {
  atLocalTime,
  formatTimeOfDay,
  localDayKey,
  localDays,
  localMinutesOf,
  nextLocalTime,
  parseTimeOfDay,
  startOfLocalDay,
} from '../../../../utils/focus/schedule/zone';

const BERLIN = 'Europe/Berlin';
const NY = 'America/New_York';
const at = (tz: string, y: number, mo: number, d: number, h = 0, mi = 0) => new TZDate(y, mo - 1, d, h, mi, tz).getTime();

describe('focus now', () => {
  it.each(FOCUS_PRESETS.map((m) => [m]))('%i minutes from now', (minutes) => {
    const now = Date.UTC(2026, 2, 29, 0, 45, 12, 345); // across Berlin's spring-forward gap
    expect(focusFor(now, minutes)).toEqual({ start: now, end: now + minutes * 60_000 });
  });

  it('refuses zero, negative and non-finite lengths', () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => focusFor(0, bad)).toThrow(RangeError);
  });

  it('until a time later today', () => {
    const now = at(BERLIN, 2026, 5, 6, 13, 10);
    expect(focusUntil(now, '17:00', BERLIN)).toEqual({ start: now, end: at(BERLIN, 2026, 5, 6, 17) });
  });

  it('until a time already passed today means tomorrow; the same minute means tomorrow too', () => {
    const now = at(BERLIN, 2026, 5, 6, 23, 0);
    expect(focusUntil(now, '01:30', BERLIN).end).toBe(at(BERLIN, 2026, 5, 7, 1, 30));
    expect(focusUntil(now, '23:00', BERLIN).end).toBe(at(BERLIN, 2026, 5, 7, 23, 0));
  });

  it('until 09:00 the morning after the autumn change is 11 real hours from 23:00', () => {
    const now = at(BERLIN, 2026, 10, 24, 23, 0);
    const { end } = focusUntil(now, '09:00', BERLIN);
    expect(end).toBe(at(BERLIN, 2026, 10, 25, 9, 0));
    expect(end - now).toBe(11 * 3_600_000);
  });

  it('until 09:00 the morning after the spring change in New York is 9 real hours from 23:00', () => {
    const now = at(NY, 2026, 3, 7, 23, 0);
    expect(focusUntil(now, '09:00', NY).end - now).toBe(9 * 3_600_000);
  });
});

describe('zone helpers', () => {
  it('parses and formats times of day', () => {
    expect(parseTimeOfDay('00:00')).toBe(0);
    expect(parseTimeOfDay('23:59')).toBe(1439);
    for (const bad of ['24:00', '9:00', '09:60', '', 'ab:cd']) expect(() => parseTimeOfDay(bad)).toThrow(RangeError);
    expect(formatTimeOfDay(0)).toBe('00:00');
    expect(formatTimeOfDay(1439)).toBe('23:59');
    expect(formatTimeOfDay(1440 + 75)).toBe('01:15');
    expect(formatTimeOfDay(-15)).toBe('23:45');
  });

  it('local days across a DST change are 23 and 25 hours long and start at midnight', () => {
    const days = localDays(at(BERLIN, 2026, 3, 28, 15), 3, BERLIN);
    expect(days).toEqual([at(BERLIN, 2026, 3, 28), at(BERLIN, 2026, 3, 29), at(BERLIN, 2026, 3, 30)]);
    expect(days[2]! - days[1]!).toBe(23 * 3_600_000);
    const autumn = localDays(at(BERLIN, 2026, 10, 25, 12), 2, BERLIN);
    expect(autumn[1]! - autumn[0]!).toBe(25 * 3_600_000);
  });

  it('reads day keys, minutes and midnights in the zone, not in UTC', () => {
    const t = Date.UTC(2026, 4, 6, 23, 30); // 01:30 next day in Berlin, 19:30 same day in New York
    expect(localDayKey(t, BERLIN)).toBe('2026-05-07');
    expect(localDayKey(t, NY)).toBe('2026-05-06');
    expect(localMinutesOf(t, BERLIN)).toBe(90);
    expect(localMinutesOf(t, NY)).toBe(19 * 60 + 30);
    expect(startOfLocalDay(t, BERLIN)).toBe(at(BERLIN, 2026, 5, 7));
    expect(atLocalTime(t, '09:00', NY)).toBe(at(NY, 2026, 5, 6, 9));
    expect(nextLocalTime(t, '09:00', NY)).toBe(at(NY, 2026, 5, 7, 9));
  });
});
