import { eachDayOfInterval } from 'date-fns';
import type { DailyRollup } from '../platform/db/records';
import { z } from '../platform/zod';
import { dayKey, dayStart } from './day-key';
import { AVOIDED_KEY, counters, readMetricKey, UNINTERRUPTED_KEY } from './metric-keys';
import { REFOCUS_MINUTES_PER_INTERRUPTION } from './rollup';

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
  return dayStart(day).getDay();
}

/** Every day key from `from` to `to`, inclusive (empty when `to` is before `from`). */
export function daysInRange(from: string, to: string): string[] {
  if (to < from) return [];
  return eachDayOfInterval({ start: dayStart(from), end: dayStart(to) }).map(dayKey);
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
    const { count, sum } = counters(m);
    let any = false;
    const weekday = weekdayOf(day);
    for (const [key, value] of Object.entries(m)) {
      if (!value || !Number.isFinite(value)) continue;
      any = true;
      total.set(key, (total.get(key) ?? 0) + value);
      const metric = readMetricKey(key);
      if (metric.hour !== undefined) {
        const cells = heatKinds.get(metric.kind);
        const { hour } = metric;
        if (cells && Number.isInteger(hour) && hour >= 0 && hour < 24) cells[weekday * 24 + hour]! += value;
        continue;
      }
      if (metric.site !== undefined) {
        const field = siteKinds.get(metric.kind);
        if (!field) continue;
        bySite[metric.site] ??= { held: 0, breakthrough: 0, shown: 0 };
        bySite[metric.site]![field] += value;
      }
    }
    if (any) activeDays++;
    daily.push({
      day,
      plannedMinutes: round(sum('focus-completed', 'plannedMinutes') + sum('focus-ended-early', 'plannedMinutes')),
      keptMinutes: round(sum('focus-completed', 'actualMinutes') + sum('focus-ended-early', 'actualMinutes')),
      held: count('notification-held'),
      breakthrough: count('notification-breakthrough'),
      shown: count('notification-shown'),
    });
  }

  const { count: t, sum: tSum, derived } = counters(total);
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
      plannedMinutes: round(tSum('focus-completed', 'plannedMinutes') + tSum('focus-ended-early', 'plannedMinutes')),
      keptMinutes: round(tSum('focus-completed', 'actualMinutes') + tSum('focus-ended-early', 'actualMinutes')),
      completed: t('focus-completed'),
      endedEarly: t('focus-ended-early'),
      uninterrupted2h: derived(UNINTERRUPTED_KEY),
    },
    notifications: { held, breakthrough: t('notification-breakthrough'), shown: t('notification-shown'), bySite, heat },
    refocus: {
      avoidedInterruptions: derived(AVOIDED_KEY),
      minutesSaved: derived(AVOIDED_KEY) * REFOCUS_MINUTES_PER_INTERRUPTION,
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
      personHoursAvoided: round(tSum('meeting-async-taken', 'personHours')),
      personHoursCreated: round(tSum('meeting-saved', 'personHours')),
    },
    daily,
  };
}
