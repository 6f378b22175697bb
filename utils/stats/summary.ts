import { eachDayOfInterval, parseISO } from 'date-fns';
import type { DailyRollup } from '../platform/db/records';
import { z } from '../platform/zod';
import { AVOIDED_KEY, REFOCUS_MINUTES_PER_INTERRUPTION, UNINTERRUPTED_KEY } from './rollup';

/*
 * The figures the stats page shows for a range of days, computed from daily roll-ups only
 * (so a 90-day view reads ~90 rows). Pure: rows in, figures out.
 */

/** The source of the 23-minute figure (`REFOCUS_MINUTES_PER_INTERRUPTION`). */
export const REFOCUS_SOURCE =
  'Gloria Mark, Daniela Gudith, Ulrich Klocke (UC Irvine): "The Cost of Interrupted Work: More Speed and Stress", CHI 2008';

const count = z.number().nonnegative();
const notificationCounts = z.object({ held: count, breakthrough: count, shown: count });
export type NotificationCounts = z.infer<typeof notificationCounts>;

export const statsSummarySchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Days in the range, and how many of them have any recorded activity. */
  dayCount: z.number().int().nonnegative(),
  activeDays: z.number().int().nonnegative(),
  /** The first day with any recorded activity, in or out of the range (null: nothing yet). */
  firstDay: z.string().nullable(),
  focus: z.object({
    /** Minutes planned for the blocks that finished (completed or ended early) in the range. */
    plannedMinutes: count,
    /** Minutes actually spent in those blocks: all of a completed block, the part of one ended early. */
    keptMinutes: count,
    completed: count,
    endedEarly: count,
    /** Completed blocks of ≥ 120 actual minutes with no breakthrough during them. */
    uninterrupted2h: count,
  }),
  notifications: notificationCounts.extend({
    bySite: z.record(z.string(), notificationCounts),
    /** 7 × 24 cells, index `weekday * 24 + hour`, weekday 0 = Sunday, local time. */
    heat: z.object({ held: z.array(count), breakthrough: z.array(count), shown: z.array(count) }),
  }),
  refocus: z.object({
    /** Held notifications that were not part of a burst already under way (`continuedInterruptions`). */
    avoidedInterruptions: count,
    /** avoidedInterruptions × 23 minutes: an estimate. */
    minutesSaved: count,
    minutesPerInterruption: count,
    source: z.string(),
  }),
  messages: z.object({
    coachShown: count,
    pingsCaught: count,
    rewritesTaken: count,
    sendHeld: count,
    sentAnyway: count,
    editedAfterHold: count,
    /** (rewrites taken + edited after a hold) / pings caught, at most 1; null without pings. */
    properShare: z.number().min(0).max(1).nullable(),
  }),
  meetings: z.object({
    coachShown: count,
    asyncTaken: count,
    agendaAdded: count,
    personHoursAvoided: count,
    personHoursCreated: count,
  }),
  daily: z.array(
    z.object({
      day: z.string(),
      plannedMinutes: count,
      keptMinutes: count,
      held: count,
      breakthrough: count,
      shown: count,
    }),
  ),
});
export type StatsSummary = z.infer<typeof statsSummarySchema>;

const HEAT_CELLS = 7 * 24;

/** The weekday (0 = Sunday) of a `yyyy-MM-dd` local day. */
export function weekdayOf(day: string): number {
  return parseISO(day).getDay();
}

/** Every day key from `from` to `to`, inclusive (empty when `to` is before `from`). */
export function daysInRange(from: string, to: string): string[] {
  if (to < from) return [];
  return eachDayOfInterval({ start: parseISO(from), end: parseISO(to) }).map((d) => {
    const y = d.getFullYear();
    const m = String(d.getMonth() + 1).padStart(2, '0');
    const dd = String(d.getDate()).padStart(2, '0');
    return `${y}-${m}-${dd}`;
  });
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * The figures for the days `from`..`to` (inclusive, `yyyy-MM-dd`). Rows outside the range are
 * ignored; days without a row count as days without activity. `firstDay`: the first day with
 * recorded activity at all (for the page's first-day and empty states).
 */
export function summarize(rows: readonly DailyRollup[], from: string, to: string, firstDay: string | null = null): StatsSummary {
  const days = daysInRange(from, to);
  const byDay = new Map<string, DailyRollup>();
  for (const r of rows) if (r.day >= from && r.day <= to) byDay.set(r.day, r);

  // A Map and a prototype-less object: metric keys come from stored (possibly imported) rows.
  const total = new Map<string, number>();
  const bySite = Object.create(null) as Record<string, NotificationCounts>;
  const heat = { held: new Array<number>(HEAT_CELLS).fill(0), breakthrough: new Array<number>(HEAT_CELLS).fill(0), shown: new Array<number>(HEAT_CELLS).fill(0) };
  const heatKinds = new Map([['notification-held', heat.held], ['notification-breakthrough', heat.breakthrough], ['notification-shown', heat.shown]]);
  const siteKinds = new Map<string, keyof NotificationCounts>([['notification-held', 'held'], ['notification-breakthrough', 'breakthrough'], ['notification-shown', 'shown']]);
  const daily: StatsSummary['daily'] = [];
  let activeDays = 0;

  for (const day of days) {
    const m = byDay.get(day)?.metrics ?? {};
    const get = (k: string) => (Object.hasOwn(m, k) ? m[k]! : 0);
    let any = false;
    const weekday = weekdayOf(day);
    for (const [key, value] of Object.entries(m)) {
      if (!value || !Number.isFinite(value)) continue;
      any = true;
      total.set(key, (total.get(key) ?? 0) + value);
      const hash = key.indexOf('#');
      if (hash > 0) {
        const cells = heatKinds.get(key.slice(0, hash));
        const hour = Number(key.slice(hash + 1));
        if (cells && Number.isInteger(hour) && hour >= 0 && hour < 24) cells[weekday * 24 + hour]! += value;
        continue;
      }
      const at = key.indexOf('@');
      if (at > 0) {
        const field = siteKinds.get(key.slice(0, at));
        if (!field) continue;
        const site = key.slice(at + 1);
        bySite[site] ??= { held: 0, breakthrough: 0, shown: 0 };
        bySite[site][field] += value;
      }
    }
    if (any) activeDays++;
    daily.push({
      day,
      plannedMinutes: round(get('focus-completed+plannedMinutes') + get('focus-ended-early+plannedMinutes')),
      keptMinutes: round(get('focus-completed+actualMinutes') + get('focus-ended-early+actualMinutes')),
      held: get('notification-held'),
      breakthrough: get('notification-breakthrough'),
      shown: get('notification-shown'),
    });
  }

  const t = (k: string) => total.get(k) ?? 0;
  const held = t('notification-held');
  const pingsCaught = t('ping-caught');
  const proper = t('rewrite-applied') + t('edited-after-hold');
  return {
    from,
    to,
    dayCount: days.length,
    activeDays,
    firstDay,
    focus: {
      plannedMinutes: round(t('focus-completed+plannedMinutes') + t('focus-ended-early+plannedMinutes')),
      keptMinutes: round(t('focus-completed+actualMinutes') + t('focus-ended-early+actualMinutes')),
      completed: t('focus-completed'),
      endedEarly: t('focus-ended-early'),
      uninterrupted2h: t(UNINTERRUPTED_KEY),
    },
    notifications: { held, breakthrough: t('notification-breakthrough'), shown: t('notification-shown'), bySite, heat },
    refocus: {
      avoidedInterruptions: t(AVOIDED_KEY),
      minutesSaved: t(AVOIDED_KEY) * REFOCUS_MINUTES_PER_INTERRUPTION,
      minutesPerInterruption: REFOCUS_MINUTES_PER_INTERRUPTION,
      source: REFOCUS_SOURCE,
    },
    messages: {
      coachShown: t('coach-shown'),
      pingsCaught,
      rewritesTaken: t('rewrite-applied'),
      sendHeld: t('send-held'),
      sentAnyway: t('sent-anyway'),
      editedAfterHold: t('edited-after-hold'),
      properShare: pingsCaught > 0 ? Math.min(1, proper / pingsCaught) : null,
    },
    meetings: {
      coachShown: t('meeting-coach-shown'),
      asyncTaken: t('meeting-async-taken'),
      agendaAdded: t('meeting-agenda-added'),
      personHoursAvoided: round(t('meeting-async-taken+personHours')),
      personHoursCreated: round(t('meeting-saved+personHours')),
    },
    daily,
  };
}
