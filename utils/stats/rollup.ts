import type { DailyRollup, InterruptionEvent } from '../db/records';
import { format } from 'date-fns';

/**
 * Daily roll-ups: one row per local day with named counters, so a 90-day view reads ~90 rows.
 * Metric keys:
 * - `<kind>`: events of that kind that day;  `<kind>@<site>`: the same per site
 * - `<kind>#<hour>`: per local hour (0–23) — the weekday comes from the day itself
 * - `<kind>+plannedMinutes`, `<kind>+actualMinutes`, `<kind>+personHours`: sums of event data
 * - `uninterrupted-2h` (UNINTERRUPTED_KEY): completed focus blocks that were uninterrupted
 *   stretches of two hours or more (see `isUninterruptedStretch`), on the completion's day.
 *
 * A block's figures (planned/actual minutes) land on the day of its completion or early end.
 */
export const UNINTERRUPTED_KEY = 'uninterrupted-2h';
export const UNINTERRUPTED_MIN_MINUTES = 120;

export function dayKey(at: number): string {
  return format(at, 'yyyy-MM-dd');
}

/**
 * A completed block is an uninterrupted stretch when it ran at least two hours
 * (`actualMinutes ≥ 120`) and no notification broke through during it: no
 * `notification-breakthrough` event with its `blockId` in the `actualMinutes` up to and
 * including the completion. A block ended early is never one. `interrupted` holds the ids of
 * completion events that had such a breakthrough (see `interruptedCompletions`).
 */
export function isUninterruptedStretch(e: InterruptionEvent, interrupted: ReadonlySet<string>): boolean {
  return (
    e.kind === 'focus-completed' &&
    (e.data?.actualMinutes ?? 0) >= UNINTERRUPTED_MIN_MINUTES &&
    !interrupted.has(e.id)
  );
}

/** Completion events that could count as an uninterrupted stretch (so need a breakthrough check). */
export function stretchCandidates(events: readonly InterruptionEvent[]): InterruptionEvent[] {
  return events.filter((e) => isUninterruptedStretch(e, new Set()) && !!e.blockId);
}

/** The time span a completion covers: its actual minutes, up to the completion. */
export function stretchSpan(c: InterruptionEvent): [number, number] {
  return [c.at - (c.data?.actualMinutes ?? 0) * 60_000, c.at];
}

/**
 * Ids of the completion events among `completions` that had a breakthrough in their block
 * within their span (`stretchSpan`). `breakthroughs` may hold any events; only breakthroughs count.
 */
export function interruptedCompletions(
  completions: readonly InterruptionEvent[],
  breakthroughs: readonly InterruptionEvent[],
): Set<string> {
  const byBlock = new Map<string, number[]>();
  for (const b of breakthroughs) {
    if (b.kind !== 'notification-breakthrough' || !b.blockId) continue;
    const list = byBlock.get(b.blockId);
    if (list) list.push(b.at);
    else byBlock.set(b.blockId, [b.at]);
  }
  const out = new Set<string>();
  for (const c of completions) {
    const times = c.blockId ? byBlock.get(c.blockId) : undefined;
    const [start, end] = stretchSpan(c);
    if (times?.some((t) => t >= start && t <= end)) out.add(c.id);
  }
  return out;
}

export function metricsForEvent(e: InterruptionEvent, interrupted: ReadonlySet<string> = new Set()): Record<string, number> {
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
  if (isUninterruptedStretch(e, interrupted)) m[UNINTERRUPTED_KEY] = 1;
  return m;
}

/**
 * Adds the events' counters to the given roll-ups (pure: returns new rows for the touched days).
 * `interrupted`: ids of completion events that had a breakthrough (`interruptedCompletions`).
 */
export function addToRollups(
  existing: ReadonlyMap<string, DailyRollup>,
  events: readonly InterruptionEvent[],
  interrupted: ReadonlySet<string> = new Set(),
): DailyRollup[] {
  const touched = new Map<string, DailyRollup>();
  for (const e of events) {
    const day = dayKey(e.at);
    let row = touched.get(day);
    if (!row) {
      row = { day, metrics: { ...(existing.get(day)?.metrics ?? {}) } };
      touched.set(day, row);
    }
    for (const [k, v] of Object.entries(metricsForEvent(e, interrupted))) row.metrics[k] = (row.metrics[k] ?? 0) + v;
  }
  return [...touched.values()];
}

/** The roll-ups of a complete set of raw events (rebuild, import, comparison), sorted by day. */
export function rollupsFromEvents(events: readonly InterruptionEvent[]): DailyRollup[] {
  const interrupted = interruptedCompletions(stretchCandidates(events), events);
  return addToRollups(new Map(), events, interrupted).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/**
 * Merges roll-ups for one day without ever double counting: per metric, the largest of the
 * candidates. Used on import, where a day's figures can come from raw events (recomputed), from
 * the local roll-up and from the file's roll-up (which also counts events the exporting
 * profile had already pruned). Idempotent: merging the same rows again changes nothing.
 */
export function mergeRollupsMax(day: string, rows: readonly (DailyRollup | undefined)[]): DailyRollup {
  const metrics: Record<string, number> = {};
  for (const row of rows) {
    if (!row) continue;
    for (const [k, v] of Object.entries(row.metrics)) metrics[k] = Math.max(metrics[k] ?? 0, v);
  }
  return { day, metrics };
}
