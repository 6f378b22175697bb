import type { DailyRollup, InterruptionEvent } from '../db/records';
import { format } from 'date-fns';

/**
 * Daily roll-ups: one row per local day with named counters, so a 90-day view reads ~90 rows.
 * Metric keys:
 * - `<kind>`: events of that kind that day;  `<kind>@<site>`: the same per site
 * - `<kind>#<hour>`: per local hour (0–23) — the weekday comes from the day itself
 * - `<kind>+plannedMinutes`, `<kind>+actualMinutes`, `<kind>+personHours`: sums of event data
 */
export function dayKey(at: number): string {
  return format(at, 'yyyy-MM-dd');
}

export function metricsForEvent(e: InterruptionEvent): Record<string, number> {
  const hour = new Date(e.at).getHours();
  const m: Record<string, number> = {
    [e.kind]: 1,
    [`${e.kind}@${e.site}`]: 1,
    [`${e.kind}#${hour}`]: 1,
  };
  for (const key of ['plannedMinutes', 'actualMinutes', 'personHours'] as const) {
    const v = e.data?.[key];
    if (typeof v === 'number') m[`${e.kind}+${key}`] = v;
  }
  return m;
}

/** Adds the events' counters to the given roll-ups (pure: returns new rows for the touched days). */
export function addToRollups(existing: ReadonlyMap<string, DailyRollup>, events: readonly InterruptionEvent[]): DailyRollup[] {
  const touched = new Map<string, DailyRollup>();
  for (const e of events) {
    const day = dayKey(e.at);
    let row = touched.get(day);
    if (!row) {
      row = { day, metrics: { ...(existing.get(day)?.metrics ?? {}) } };
      touched.set(day, row);
    }
    for (const [k, v] of Object.entries(metricsForEvent(e))) row.metrics[k] = (row.metrics[k] ?? 0) + v;
  }
  return [...touched.values()];
}
