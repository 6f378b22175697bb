import { format, parseISO } from 'date-fns';
import type { EventKind, EventSite } from '../platform/db/records';

/*
 * The keys stats are stored and asked for under, built and read here only.
 *
 * Day keys: "yyyy-MM-dd", a local calendar day (a roll-up row, a range of the stats page, a
 * schedule's occurrence). Metric keys, a roll-up row's counters:
 * - `<kind>`: events of that kind that day;  `<kind>@<site>`: the same per site
 * - `<kind>#<hour>`: per local hour (0–23) — the weekday comes from the day itself
 * - `<kind>+<field>`: sums of an event data field (SUMMED_FIELDS)
 * - two derived counters named in utils/stats/rollup.ts (UNINTERRUPTED_KEY, AVOIDED_KEY).
 * Pure: no DOM, no `browser`.
 */

const DAY_FORMAT = 'yyyy-MM-dd';

/** The day key of the local day `at` falls on (in the zone of a TZDate, when given one). */
export function dayKey(at: number | Date): string {
  return format(at, DAY_FORMAT);
}

/** Local midnight starting the day a key names. */
export function dayStart(day: string): Date {
  return parseISO(day);
}

/** The event data fields a roll-up sums per kind. */
export const SUMMED_FIELDS = ['plannedMinutes', 'actualMinutes', 'personHours'] as const;
export type SummedField = (typeof SUMMED_FIELDS)[number];

export const metricKey = {
  count: (kind: EventKind): string => kind,
  bySite: (kind: EventKind, site: EventSite): string => `${kind}@${site}`,
  byHour: (kind: EventKind, hour: number): string => `${kind}#${hour}`,
  sum: (kind: EventKind, field: SummedField): string => `${kind}+${field}`,
};

/** Reads a roll-up's counters (or a sum of them) by kind, by kind and summed field, or by a derived key. */
export function counters(metrics: Readonly<Record<string, number>>) {
  return {
    count: (kind: EventKind): number => metrics[metricKey.count(kind)] ?? 0,
    sum: (kind: EventKind, field: SummedField): number => metrics[metricKey.sum(kind, field)] ?? 0,
    derived: (key: string): number => metrics[key] ?? 0,
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
