import fc from 'fast-check';
import { EVENT_KINDS, type EventData, type EventKind, type InterruptionEvent } from '../../../utils/platform/db/records';
import type { NewEvent } from '../../../utils/stats/background/events';

/** Ten days around the March 2026 DST change in Europe and the US, local time. */
export const RANGE_START = new Date(2026, 2, 5).getTime();
export const RANGE_END = new Date(2026, 2, 15).getTime();

// Quarter minutes and half hours add up exactly in binary floating point, in any order.
const quarter = fc.integer({ min: 0, max: 1200 }).map((q) => q / 4);

const dataArb: fc.Arbitrary<EventData | undefined> = fc.option(
  fc.record(
    { plannedMinutes: quarter, actualMinutes: quarter, personHours: fc.integer({ min: 0, max: 400 }).map((h) => h / 2) },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

export const newEventArb: fc.Arbitrary<NewEvent> = fc.record(
  {
    // Every kind, with the ones that interact (a block's notifications and its completion) often.
    kind: fc.oneof(
      { arbitrary: fc.constantFrom(...EVENT_KINDS), weight: 3 },
      { arbitrary: fc.constantFrom('focus-completed', 'notification-breakthrough', 'notification-held') as fc.Arbitrary<EventKind>, weight: 2 },
    ),
    site: fc.constantFrom('slack', 'gmail', 'calendar', 'extension') as fc.Arbitrary<NewEvent['site']>,
    at: fc.integer({ min: RANGE_START, max: RANGE_END - 1 }),
    blockId: fc.constantFrom('b1', 'b2', 'b3', 'b4'),
    data: dataArb,
  },
  { requiredKeys: ['kind', 'site', 'at'] },
);

/**
 * Events in the order the extension records them: by time, and on a tie a breakthrough before
 * the rest (a block's completion is always recorded after what happened during it).
 */
export function inRecordingOrder<T extends { at?: number; kind: string }>(events: readonly T[]): T[] {
  const rank = (e: T) => (e.kind === 'notification-breakthrough' ? 0 : 1);
  return [...events].sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || rank(a) - rank(b));
}

/** Splits `items` into consecutive batches of the given sizes (the rest in a last batch). */
export function batches<T>(items: readonly T[], sizes: readonly number[]): T[][] {
  const out: T[][] = [];
  let i = 0;
  for (const size of sizes) {
    if (i >= items.length) break;
    out.push(items.slice(i, i + size));
    i += size;
  }
  if (i < items.length) out.push(items.slice(i));
  return out;
}

let n = 0;
/** Stored events with stable ids, for import files. */
export function withIds(events: readonly NewEvent[]): InterruptionEvent[] {
  return events.map((e) => ({
    id: `imp-${++n}`,
    kind: e.kind,
    site: e.site,
    at: e.at ?? RANGE_START,
    ...(e.blockId ? { blockId: e.blockId } : {}),
    ...(e.data ? { data: e.data } : {}),
  }));
}
