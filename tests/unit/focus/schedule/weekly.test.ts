import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TZDate } from '@date-fns/tz';
import { occurrencesBetween } from '../../../../utils/focus/schedule/weekly';
import { inZone } from '../../../../utils/focus/schedule/zone';

const BERLIN = 'Europe/Berlin';
const NY = 'America/New_York';
const at = (tz: string, y: number, mo: number, d: number, h = 0, mi = 0) => new TZDate(y, mo - 1, d, h, mi, tz).getTime();
const clock = (ms: number, tz: string) => {
  const d = inZone(ms, tz);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};
const WEEKDAYS = [1, 2, 3, 4, 5];

describe('occurrencesBetween', () => {
  it.each([
    // zone, week containing a DST change, the change's local date
    [BERLIN, at(BERLIN, 2026, 3, 23), '2026-03-29'],
    [BERLIN, at(BERLIN, 2026, 10, 19), '2026-10-25'],
    [NY, at(NY, 2026, 3, 2), '2026-03-08'],
    [NY, at(NY, 2026, 10, 26), '2026-11-01'],
  ])('keeps a 09:00–11:00 weekday block at 09:00–11:00 local across the DST change in %s', (tz, monday, _change) => {
    const to = monday + 14 * 86_400_000; // two weeks: one on each side of the change
    const occ = occurrencesBetween({ weekdays: WEEKDAYS, startTime: '09:00', durationMinutes: 120 }, monday, to, tz);
    expect(occ).toHaveLength(10);
    for (const o of occ) {
      expect(clock(o.start, tz).slice(11)).toBe('09:00');
      expect(clock(o.end, tz).slice(11)).toBe('11:00');
      expect(o.end - o.start).toBe(2 * 3_600_000);
      expect(o.day).toBe(clock(o.start, tz).slice(0, 10));
      expect([1, 2, 3, 4, 5]).toContain(inZone(o.start, tz).getDay());
    }
    // The UTC offset really changed between the first and last occurrence.
    const first = occ[0]!;
    const last = occ[occ.length - 1]!;
    expect((last.start - first.start) % 86_400_000).not.toBe(0);
  });

  it('Berlin spring forward: a rule at 02:30 (a time that does not exist that night) lands after the gap', () => {
    const occ = occurrencesBetween({ weekdays: [0], startTime: '02:30', durationMinutes: 60 }, at(BERLIN, 2026, 3, 28), at(BERLIN, 2026, 3, 30), BERLIN);
    expect(occ).toHaveLength(1);
    expect(clock(occ[0]!.start, BERLIN)).toBe('2026-03-29 03:30');
    expect(occ[0]!.end - occ[0]!.start).toBe(3_600_000);
  });

  it('Berlin spring forward: 01:00–03:00 on the wall clock is one real hour that night', () => {
    const [o] = occurrencesBetween({ weekdays: [0], startTime: '01:00', durationMinutes: 120 }, at(BERLIN, 2026, 3, 29), at(BERLIN, 2026, 3, 30), BERLIN);
    expect(clock(o!.start, BERLIN)).toBe('2026-03-29 01:00');
    expect(clock(o!.end, BERLIN)).toBe('2026-03-29 03:00');
    expect(o!.end - o!.start).toBe(3_600_000);
  });

  it('Berlin fall back: 01:00–04:00 on the wall clock is four real hours that night', () => {
    const [o] = occurrencesBetween({ weekdays: [0], startTime: '01:00', durationMinutes: 180 }, at(BERLIN, 2026, 10, 25), at(BERLIN, 2026, 10, 26), BERLIN);
    expect(clock(o!.start, BERLIN)).toBe('2026-10-25 01:00');
    expect(clock(o!.end, BERLIN)).toBe('2026-10-25 04:00');
    expect(o!.end - o!.start).toBe(4 * 3_600_000);
  });

  it('New York: the same rule is 13:00/14:00 UTC either side of the change', () => {
    const occ = occurrencesBetween({ weekdays: [5, 1], startTime: '09:00', durationMinutes: 30 }, at(NY, 2026, 3, 6), at(NY, 2026, 3, 10), NY);
    expect(occ.map((o) => new Date(o.start).toISOString())).toEqual(['2026-03-06T14:00:00.000Z', '2026-03-09T13:00:00.000Z']);
  });

  it('includes an overnight occurrence from the day before that runs into the range, and clips nothing', () => {
    const from = at(BERLIN, 2026, 5, 6, 0, 30); // Wednesday 00:30
    const occ = occurrencesBetween({ weekdays: [2], startTime: '23:00', durationMinutes: 120 }, from, from + 3_600_000, BERLIN);
    expect(occ).toHaveLength(1);
    expect(clock(occ[0]!.start, BERLIN)).toBe('2026-05-05 23:00');
    expect(clock(occ[0]!.end, BERLIN)).toBe('2026-05-06 01:00');
    expect(occ[0]!.day).toBe('2026-05-05');
  });

  it('treats the range as [from, to): an occurrence ending exactly at from or starting at to is out', () => {
    const rule = { weekdays: [3], startTime: '10:00', durationMinutes: 60 };
    const s = at(BERLIN, 2026, 5, 6, 10);
    expect(occurrencesBetween(rule, s + 3_600_000, s + 7_200_000, BERLIN)).toEqual([]);
    expect(occurrencesBetween(rule, s - 7_200_000, s, BERLIN)).toEqual([]);
    expect(occurrencesBetween(rule, s + 1, s + 2, BERLIN)).toHaveLength(1);
  });

  it('returns nothing for an empty or inverted range or no weekdays', () => {
    const s = at(BERLIN, 2026, 5, 6);
    expect(occurrencesBetween({ weekdays: [3], startTime: '10:00', durationMinutes: 60 }, s, s, BERLIN)).toEqual([]);
    expect(occurrencesBetween({ weekdays: [3], startTime: '10:00', durationMinutes: 60 }, s, s - 1, BERLIN)).toEqual([]);
    expect(occurrencesBetween({ weekdays: [], startTime: '10:00', durationMinutes: 60 }, s, s + 86_400_000 * 7, BERLIN)).toEqual([]);
  });

  it('rejects a malformed time instead of guessing', () => {
    expect(() => occurrencesBetween({ weekdays: [1], startTime: '9:00', durationMinutes: 60 }, 0, 86_400_000 * 8, BERLIN)).toThrow(RangeError);
  });

  it('property: over a year in Berlin and New York every occurrence is on a chosen weekday at the chosen local time, one per day, in order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(BERLIN, NY, 'Asia/Kolkata', 'Australia/Sydney', 'UTC'),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.integer({ min: 5, max: 600 }),
        fc.integer({ min: 0, max: 364 }),
        (tz, weekdays, h, m, duration, offsetDays) => {
          const startTime = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const from = at(tz, 2026, 1, 1) + offsetDays * 86_400_000;
          const to = from + 28 * 86_400_000;
          const occ = occurrencesBetween({ weekdays, startTime, durationMinutes: duration }, from, to, tz);
          const days = new Set<string>();
          let prev = -Infinity;
          for (const o of occ) {
            expect(weekdays).toContain(inZone(o.start, tz).getDay());
            expect(o.start).toBeGreaterThan(prev);
            prev = o.start;
            expect(o.end).toBeGreaterThan(o.start);
            expect(o.start < to && o.end > from).toBe(true);
            expect(days.has(o.day)).toBe(false);
            days.add(o.day);
            // The wall-clock start is the rule's time except inside a spring-forward gap.
            const shown = clock(o.start, tz).slice(11);
            if (shown !== startTime) expect(Math.abs(o.end - o.start - duration * 60_000)).toBeLessThanOrEqual(3_600_000);
          }
          // 28 days hold exactly four of each chosen weekday, give or take the edges.
          expect(occ.length).toBeGreaterThanOrEqual(weekdays.length * 4 - weekdays.length);
          expect(occ.length).toBeLessThanOrEqual(weekdays.length * 4 + weekdays.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
