/**
 * A deterministic year of realistic Focusgate activity, for the stats bench and e2e: on
 * workdays three focus blocks (most completed, some ended early), a busy day's notifications
 * (held or breaking through in focus, shown outside it), compose-coach and meeting-coach
 * events and digests; quiet weekends. About 570 events a workday, over 200,000 a year.
 */
import { addDays, startOfDay } from 'date-fns';
import { random } from '../tools/random';
import type { NewEvent } from '../../utils/stats/background/events';
import type { EventKind, EventSite } from '../../utils/platform/db/records';

const MIN = 60_000;
const BLOCKS = [
  { hour: 9, minutes: 120 },
  { hour: 13, minutes: 90 },
  { hour: 15, minutes: 60 },
];
const SITES: EventSite[] = ['slack', 'slack', 'slack', 'gmail', 'calendar'];

/** One day's events, in time order. */
export function dayOfEvents(day: Date, rand: () => number, dayIndex: number): NewEvent[] {
  const start = startOfDay(day).getTime();
  const workday = day.getDay() >= 1 && day.getDay() <= 5;
  const out: NewEvent[] = [];
  const at = (from: number, to: number) => Math.floor(start + (from + rand() * (to - from)) * 60 * MIN);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const add = (kind: EventKind, site: EventSite, when: number, extra: Partial<NewEvent> = {}) => out.push({ kind, site, at: when, ...extra });

  const blocks = workday
    ? BLOCKS.map((b, i) => {
        const begin = start + b.hour * 60 * MIN;
        const early = rand() < 0.2;
        const actual = early ? Math.max(5, Math.round(b.minutes * rand())) : b.minutes;
        return { id: `year-${dayIndex}-${i}`, begin, end: begin + actual * MIN, planned: b.minutes, actual, early };
      })
    : [];
  for (const b of blocks) {
    add('focus-started', 'extension', b.begin, { blockId: b.id });
    add(b.early ? 'focus-ended-early' : 'focus-completed', 'extension', b.end, {
      blockId: b.id,
      data: { plannedMinutes: b.planned, actualMinutes: b.actual, ...(b.early ? { reason: 'meeting' } : {}) },
    });
    add('digest-delivered', 'extension', b.end + 1);
    if (rand() < 0.7) add('digest-opened', 'extension', b.end + 5 * MIN);
  }

  const notifications = workday ? 500 + Math.floor(rand() * 120) : 40 + Math.floor(rand() * 40);
  for (let i = 0; i < notifications; i++) {
    const when = workday ? at(8, 19) : at(10, 22);
    const site = pick(SITES);
    const block = blocks.find((b) => when >= b.begin && when < b.end);
    if (!block) add('notification-shown', site, when);
    else if (rand() < 0.015) add('notification-breakthrough', site, when, { blockId: block.id, data: { rule: pick(['vip', 'keyword', 'repeat'] as const) } });
    else add('notification-held', site, when, { blockId: block.id });
  }

  if (workday) {
    const coach: [EventKind, number][] = [
      ['coach-shown', 150],
      ['ping-caught', 14],
      ['send-held', 10],
      ['rewrite-applied', 6],
      ['edited-after-hold', 5],
      ['sent-anyway', 3],
    ];
    for (const [kind, count] of coach) for (let i = 0; i < count; i++) add(kind, rand() < 0.7 ? 'slack' : 'gmail', at(8.5, 18.5));
    for (let i = 0; i < 4; i++) add('meeting-coach-shown', 'calendar', at(9, 17));
    if (rand() < 0.5) add('meeting-async-taken', 'calendar', at(9, 17), { data: { personHours: 1 + Math.floor(rand() * 8) } });
    if (rand() < 0.3) add('meeting-agenda-added', 'calendar', at(9, 17));
    for (let i = 0; i < 2; i++) add('meeting-saved', 'calendar', at(9, 17), { data: { personHours: 0.5 * (1 + Math.floor(rand() * 12)) } });
  }
  return out.sort((a, b) => a.at! - b.at!);
}

/** `days` days of events ending with `lastDay` (inclusive), one array per day, oldest first. */
export function yearOfEvents(lastDay: Date, days = 365, seed = 7): NewEvent[][] {
  const rand = random(seed);
  const first = addDays(startOfDay(lastDay), -(days - 1));
  return Array.from({ length: days }, (_, i) => dayOfEvents(addDays(first, i), rand, i));
}
