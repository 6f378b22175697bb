import { describe, expect, it } from 'vitest';
import type { EventKind, InterruptionEvent } from '../../../utils/platform/db/records';
import { REFOCUS_MINUTES_PER_INTERRUPTION } from '../../../utils/stats/rollup';
import { rollupsFromEvents } from '../../oracles/stats';
import { daysInRange, summarize, weekdayOf } from '../../../utils/stats/summary';

const at = (d: number, h: number, m = 0) => new Date(2026, 2, d, h, m).getTime(); // March 2026; the 2nd is a Monday
let n = 0;
const ev = (kind: EventKind, day: number, hour: number, extra: Partial<InterruptionEvent> = {}): InterruptionEvent => ({
  id: `e${++n}`,
  kind,
  site: 'slack',
  at: at(day, hour),
  ...extra,
});
const times = (count: number, make: (i: number) => InterruptionEvent) => Array.from({ length: count }, (_, i) => make(i));
const summaryOf = (events: InterruptionEvent[], from = '2026-03-01', to = '2026-03-31') =>
  summarize(rollupsFromEvents(events), from, to);

describe('daysInRange / weekdayOf', () => {
  it.each([
    ['2026-03-01', '2026-03-01', 1],
    ['2026-03-01', '2026-03-31', 31],
    ['2026-02-27', '2026-03-02', 4],
    ['2025-03-01', '2026-02-28', 365],
    ['2026-03-05', '2026-03-01', 0],
  ])('%s..%s has %i days', (from, to, count) => {
    const days = daysInRange(from, to);
    expect(days).toHaveLength(count);
    if (count) expect([days[0], days.at(-1)]).toEqual([from, to]);
  });

  it.each([
    ['2026-03-01', 0],
    ['2026-03-02', 1],
    ['2026-03-07', 6],
  ])('%s is weekday %i', (day, weekday) => expect(weekdayOf(day)).toBe(weekday));
});

describe('summarize', () => {
  it('is empty for a range without data', () => {
    const s = summaryOf([]);
    expect(s.dayCount).toBe(31);
    expect(s.activeDays).toBe(0);
    expect(s.focus).toEqual({ plannedMinutes: 0, keptMinutes: 0, completed: 0, endedEarly: 0, uninterrupted2h: 0 });
    expect(s.messages.properShare).toBeNull();
    expect(s.notifications.heat.held.every((v) => v === 0)).toBe(true);
    expect(s.daily).toHaveLength(31);
  });

  it.each([
    {
      label: 'focus minutes planned vs kept over completed and ended-early blocks',
      events: [
        ev('focus-completed', 2, 11, { blockId: 'a', data: { plannedMinutes: 90, actualMinutes: 90 } }),
        ev('focus-ended-early', 3, 11, { blockId: 'b', data: { plannedMinutes: 50, actualMinutes: 20, reason: 'call' } }),
        ev('focus-started', 3, 10, { blockId: 'b' }),
      ],
      expected: { focus: { plannedMinutes: 140, keptMinutes: 110, completed: 1, endedEarly: 1, uninterrupted2h: 0 } },
    },
    {
      label: 'uninterrupted 2 h stretches',
      events: [
        ev('focus-completed', 2, 12, { blockId: 'a', data: { plannedMinutes: 120, actualMinutes: 120 } }),
        ev('notification-breakthrough', 3, 10, { blockId: 'b' }),
        ev('focus-completed', 3, 12, { blockId: 'b', data: { plannedMinutes: 180, actualMinutes: 180 } }),
        ev('focus-ended-early', 4, 12, { blockId: 'c', data: { plannedMinutes: 240, actualMinutes: 130 } }),
      ],
      expected: { focus: { plannedMinutes: 540, keptMinutes: 430, completed: 2, endedEarly: 1, uninterrupted2h: 1 } },
    },
    {
      label: 'messages with the share of pings turned into proper messages',
      events: [
        ...times(10, () => ev('coach-shown', 2, 9)),
        ...times(4, () => ev('ping-caught', 2, 9)),
        ev('rewrite-applied', 2, 9),
        ev('edited-after-hold', 2, 9),
        ev('send-held', 2, 9),
        ev('sent-anyway', 2, 9),
      ],
      expected: { messages: { coachShown: 10, pingsCaught: 4, rewritesTaken: 1, sendHeld: 1, sentAnyway: 1, editedAfterHold: 1, properShare: 0.5 } },
    },
    {
      label: 'the proper-message share capped at 1',
      events: [ev('ping-caught', 2, 9), ev('rewrite-applied', 2, 9), ev('rewrite-applied', 2, 9), ev('edited-after-hold', 2, 9)],
      expected: { messages: { coachShown: 0, pingsCaught: 1, rewritesTaken: 2, sendHeld: 0, sentAnyway: 0, editedAfterHold: 1, properShare: 1 } },
    },
    {
      label: 'meeting person-hours avoided vs created',
      events: [
        ev('meeting-coach-shown', 2, 9, { site: 'calendar' }),
        ev('meeting-async-taken', 2, 9, { site: 'calendar', data: { personHours: 8 } }),
        ev('meeting-async-taken', 3, 9, { site: 'calendar', data: { personHours: 1.5 } }),
        ev('meeting-saved', 3, 9, { site: 'calendar', data: { personHours: 3 } }),
        ev('meeting-agenda-added', 3, 9, { site: 'calendar' }),
      ],
      expected: { meetings: { coachShown: 1, asyncTaken: 2, agendaAdded: 1, personHoursAvoided: 9.5, personHoursCreated: 3 } },
    },
  ])('$label', ({ events, expected }) => {
    expect(summaryOf(events)).toMatchObject(expected);
  });

  it('counts notifications by kind, site, weekday × hour, and estimates refocus time', () => {
    const s = summaryOf([
      ...times(3, () => ev('notification-held', 2, 9)), // Monday 09:00
      ev('notification-held', 7, 17, { site: 'gmail' }), // Saturday 17:00
      ev('notification-breakthrough', 2, 9, { data: { rule: 'keyword' } }),
      ev('notification-shown', 1, 20, { site: 'calendar' }), // Sunday 20:00
    ]);
    expect(s.notifications).toMatchObject({ held: 4, breakthrough: 1, shown: 1 });
    expect(s.notifications.bySite).toEqual({
      slack: { held: 3, breakthrough: 1, shown: 0 },
      gmail: { held: 1, breakthrough: 0, shown: 0 },
      calendar: { held: 0, breakthrough: 0, shown: 1 },
    });
    expect(s.notifications.heat.held[1 * 24 + 9]).toBe(3);
    expect(s.notifications.heat.held[6 * 24 + 17]).toBe(1);
    expect(s.notifications.heat.shown[0 * 24 + 20]).toBe(1);
    expect(s.notifications.heat.held.reduce((a, b) => a + b, 0)).toBe(4);
    expect(s.refocus).toMatchObject({ avoidedInterruptions: 4, minutesSaved: 4 * REFOCUS_MINUTES_PER_INTERRUPTION });
    expect(s.refocus.source).toMatch(/Gloria Mark.*CHI 2008/);
    expect(s.activeDays).toBe(3);
  });

  it('only counts the days of the range, and lists every day in order', () => {
    const events = [ev('notification-held', 1, 9), ev('notification-held', 2, 9), ev('notification-held', 2, 10), ev('notification-held', 4, 9)];
    const s = summaryOf(events, '2026-03-02', '2026-03-03');
    expect(s.notifications.held).toBe(2);
    expect(s.daily.map((d) => [d.day, d.held])).toEqual([
      ['2026-03-02', 2],
      ['2026-03-03', 0],
    ]);
  });
});
