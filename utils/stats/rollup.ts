import type { DailyRollup, EventKind, InterruptionEvent } from '../platform/db/records';
import { dayKey } from './day-key';
import { AVOIDED_KEY, metricKey, SUMMED_FIELDS, UNINTERRUPTED_KEY } from './metric-keys';

/**
 * Daily roll-ups: one row per local day with named counters, so a 90-day view reads ~90 rows.
 * Metric keys are built in metric-keys.ts (per kind, per site, per hour, sums of event data),
 * plus two derived ones: UNINTERRUPTED_KEY, completed blocks that were uninterrupted stretches
 * of two hours or more (`isUninterruptedStretch`), on the completion's day; AVOIDED_KEY, held
 * notifications that each stand for one avoided interruption (`continuedInterruptions`).
 *
 * A block's figures (planned/actual minutes) land on the day of its completion or early end.
 * Two of these metrics depend on other events (a completion on its block's breakthroughs, a held
 * notification on the ones just before it): the caller passes that as a `RollupContext`,
 * computed from the database when events are written (see background/rollups.ts).
 */
export const UNINTERRUPTED_MIN_MINUTES = 120;

/**
 * The largest value one day's metric can plausibly reach: a million events a day, or the
 * minutes and person-hours they carry. Imported roll-ups above it are refused.
 */
export const MAX_METRIC_VALUE = 1e9;

/** A metrics object without a prototype: no key (`__proto__`, `constructor`) means anything but a count. */
export function emptyMetrics(from?: Readonly<Record<string, number>>): Record<string, number> {
  return Object.assign(Object.create(null) as Record<string, number>, from);
}

/**
 * Refocus time: after an interruption, people took on average 23 minutes (23 min 15 s) to get
 * back to the interrupted task (Gloria Mark, UC Irvine, CHI 2008; see summary.ts).
 */
export const REFOCUS_MINUTES_PER_INTERRUPTION = 23;
const REFOCUS_WINDOW_MS = REFOCUS_MINUTES_PER_INTERRUPTION * 60_000;

export interface RollupContext {
  /** Ids of completion events that had a breakthrough in their span (`interruptedCompletions`). */
  interrupted: ReadonlySet<string>;
  /** Ids of held notifications that continue an interruption already under way (`continuedInterruptions`). */
  continued: ReadonlySet<string>;
}
export const NO_CONTEXT: RollupContext = { interrupted: new Set(), continued: new Set() };

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

/** The times of the events of `kinds` that belong to a block, by block id. */
function timesByBlock(events: readonly InterruptionEvent[], kinds: readonly EventKind[]): Map<string, number[]> {
  const byBlock = new Map<string, number[]>();
  for (const e of events) {
    if (!kinds.includes(e.kind) || !e.blockId) continue;
    const list = byBlock.get(e.blockId);
    if (list) list.push(e.at);
    else byBlock.set(e.blockId, [e.at]);
  }
  return byBlock;
}

/**
 * Ids of the completion events among `completions` that had a breakthrough in their block
 * within their span (`stretchSpan`). `breakthroughs` may hold any events; only breakthroughs count.
 */
export function interruptedCompletions(
  completions: readonly InterruptionEvent[],
  breakthroughs: readonly InterruptionEvent[],
): Set<string> {
  const byBlock = timesByBlock(breakthroughs, ['notification-breakthrough']);
  const out = new Set<string>();
  for (const c of completions) {
    const times = c.blockId ? byBlock.get(c.blockId) : undefined;
    const [start, end] = stretchSpan(c);
    if (times?.some((t) => t >= start && t <= end)) out.add(c.id);
  }
  return out;
}

/**
 * A held notification counts as one avoided interruption unless it continues one already under
 * way: another notification of the same block (held or broken through) less than 23 minutes
 * before it, within which the user would still have been refocusing. A burst of twenty Slack
 * messages is one interruption avoided, not twenty. Returns the ids of the held notifications
 * that do NOT count; `notifications` may hold any events.
 */
export function continuedInterruptions(
  held: readonly InterruptionEvent[],
  notifications: readonly InterruptionEvent[],
): Set<string> {
  const byBlock = timesByBlock(notifications, ['notification-held', 'notification-breakthrough']);
  const out = new Set<string>();
  for (const h of held) {
    if (h.kind !== 'notification-held' || !h.blockId) continue;
    if (byBlock.get(h.blockId)?.some((t) => t < h.at && t >= h.at - REFOCUS_WINDOW_MS)) out.add(h.id);
  }
  return out;
}

/** The time window whose notifications decide `continuedInterruptions` for `held`. */
export function refocusWindow(held: readonly InterruptionEvent[]): [number, number] | null {
  const times = held.filter((h) => h.kind === 'notification-held' && h.blockId).map((h) => h.at);
  if (!times.length) return null;
  return [Math.min(...times) - REFOCUS_WINDOW_MS, Math.max(...times)];
}

export function metricsForEvent(e: InterruptionEvent, context: RollupContext = NO_CONTEXT): Record<string, number> {
  const hour = new Date(e.at).getHours();
  const m = emptyMetrics({
    [metricKey.count(e.kind)]: 1,
    [metricKey.bySite(e.kind, e.site)]: 1,
    [metricKey.byHour(e.kind, hour)]: 1,
  });
  for (const field of SUMMED_FIELDS) {
    const v = e.data?.[field];
    if (typeof v === 'number') m[metricKey.sum(e.kind, field)] = v;
  }
  if (isUninterruptedStretch(e, context.interrupted)) m[UNINTERRUPTED_KEY] = 1;
  if (e.kind === 'notification-held' && !context.continued.has(e.id)) m[AVOIDED_KEY] = 1;
  return m;
}

/** Adds the events' counters to the given roll-ups (pure: returns new rows for the touched days). */
export function addToRollups(
  existing: ReadonlyMap<string, DailyRollup>,
  events: readonly InterruptionEvent[],
  context: RollupContext = NO_CONTEXT,
): DailyRollup[] {
  const touched = new Map<string, DailyRollup>();
  for (const e of events) {
    const day = dayKey(e.at);
    let row = touched.get(day);
    if (!row) {
      row = { day, metrics: emptyMetrics(existing.get(day)?.metrics) };
      touched.set(day, row);
    }
    for (const [k, v] of Object.entries(metricsForEvent(e, context))) row.metrics[k] = (row.metrics[k] ?? 0) + v;
  }
  return [...touched.values()];
}

/**
 * Merges roll-ups for one day without ever double counting: per metric, the largest of the
 * candidates. Used on import, where a day's figures can come from raw events (recomputed), from
 * the local roll-up and from the file's roll-up (which also counts events the exporting
 * profile had already pruned). Idempotent: merging the same rows again changes nothing.
 */
export function mergeRollupsMax(day: string, rows: readonly (DailyRollup | undefined)[]): DailyRollup {
  const metrics = emptyMetrics();
  for (const row of rows) {
    if (!row) continue;
    for (const [k, v] of Object.entries(row.metrics)) metrics[k] = Math.max(metrics[k] ?? 0, v);
  }
  return { day, metrics };
}
