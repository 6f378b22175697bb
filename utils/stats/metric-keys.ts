import { EVENT_KINDS, type EventKind, type EventSite } from '../platform/db/records';
import { SITES } from '../platform/sites';

/*
 * Metric keys, a daily roll-up's counters, built and read here only:
 * - `<kind>`: events of that kind that day;  `<kind>@<site>`: the same per site
 * - `<kind>#<hour>`: per local hour (0–23) — the weekday comes from the day itself
 * - `<kind>+<field>`: sums of an event data field (SUMMED_FIELDS)
 * - UNINTERRUPTED_KEY and AVOIDED_KEY: two counters derived from several events (rollup.ts).
 * Pure: no DOM, no `browser`.
 */

/** Completed focus blocks that were uninterrupted stretches of two hours or more (`isUninterruptedStretch`). */
export const UNINTERRUPTED_KEY = 'uninterrupted-2h';
/** Held notifications that each stand for one avoided interruption (`continuedInterruptions`). */
export const AVOIDED_KEY = 'avoided-interruptions';

/** The event data fields a roll-up sums per kind. */
export const SUMMED_FIELDS = ['plannedMinutes', 'actualMinutes', 'personHours'] as const;
export type SummedField = (typeof SUMMED_FIELDS)[number];

export const metricKey = {
  count: (kind: EventKind): string => kind,
  bySite: (kind: EventKind, site: EventSite): string => `${kind}@${site}`,
  byHour: (kind: EventKind, hour: number): string => `${kind}#${hour}`,
  sum: (kind: EventKind, field: SummedField): string => `${kind}+${field}`,
};

const METRIC_KEY = new RegExp(
  `^(?:(?:${EVENT_KINDS.join('|')})(?:@(?:${[...SITES, 'extension'].join('|')})|#(?:1?\\d|2[0-3])|\\+(?:${SUMMED_FIELDS.join('|')}))?|${UNINTERRUPTED_KEY}|${AVOIDED_KEY})$`,
);

/** True for exactly the keys `metricKey` builds and the two derived ones; anything else is not a Focusgate metric. */
export function isMetricKey(key: string): boolean {
  return METRIC_KEY.test(key);
}

/**
 * Reads a roll-up's counters (or a sum of them) by kind, by kind and summed field, or by a
 * derived key. Own keys only: rows may come from an imported file.
 */
export function counters(metrics: Readonly<Record<string, number>> | ReadonlyMap<string, number>) {
  const get = (key: string): number =>
    metrics instanceof Map ? (metrics.get(key) ?? 0) : Object.hasOwn(metrics, key) ? (metrics as Record<string, number>)[key]! : 0;
  return {
    count: (kind: EventKind): number => get(metricKey.count(kind)),
    sum: (kind: EventKind, field: SummedField): number => get(metricKey.sum(kind, field)),
    derived: (key: typeof UNINTERRUPTED_KEY | typeof AVOIDED_KEY): number => get(key),
  };
}

/** What a stored metric key counts: its kind, and the site or hour it is split by, if any. */
export interface MetricOf {
  kind: string;
  site?: string;
  hour?: number;
}

/** Reads a metric key back (the inverse of `metricKey.bySite` / `byHour`; others are a kind alone). */
export function readMetricKey(key: string): MetricOf {
  const hash = key.indexOf('#');
  if (hash > 0) return { kind: key.slice(0, hash), hour: Number(key.slice(hash + 1)) };
  const at = key.indexOf('@');
  if (at > 0) return { kind: key.slice(0, at), site: key.slice(at + 1) };
  return { kind: key };
}
