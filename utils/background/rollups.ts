import { addDays, parseISO } from 'date-fns';
import type { FocusgateDb } from '../db/database';
import type { DailyRollup, InterruptionEvent } from '../db/records';
import {
  addToRollups,
  dayKey,
  interruptedCompletions,
  mergeRollupsMax,
  stretchCandidates,
  stretchSpan,
} from '../stats/rollup';
import { summarize, type StatsSummary } from '../stats/summary';

/*
 * The database side of the daily roll-ups: kept up to date as events are written, read for the
 * stats page, recomputed from raw events (rebuild, import). Relative imports only, no
 * `browser`: the bench drives these against fake-indexeddb.
 */

/** Epoch-ms bounds of the local days `from`..`to` inclusive: [start, end). */
export function dayBounds(from: string, to: string): [number, number] {
  return [parseISO(from).getTime(), addDays(parseISO(to), 1).getTime()];
}

/**
 * Ids of the qualifying completions among `rows` that had a breakthrough in their block. Reads
 * only the breakthroughs in the completions' time spans, through the `[kind+at]` index
 * (breakthroughs are rare; rows already written in this transaction included).
 */
async function interruptedIn(db: FocusgateDb, rows: readonly InterruptionEvent[]): Promise<Set<string>> {
  const candidates = stretchCandidates(rows);
  if (!candidates.length) return new Set();
  const spans = candidates.map(stretchSpan);
  const lo = Math.min(...spans.map(([start]) => start));
  const hi = Math.max(...spans.map(([, end]) => end));
  const breakthroughs = await db.events
    .where('[kind+at]')
    .between(['notification-breakthrough', lo], ['notification-breakthrough', hi], true, true)
    .toArray();
  return interruptedCompletions(candidates, breakthroughs);
}

/**
 * Folds freshly written events into their days' roll-ups. Call inside a `rw` transaction on
 * events and rollups, after the events were added.
 */
export async function foldIntoRollups(db: FocusgateDb, rows: readonly InterruptionEvent[]): Promise<void> {
  const existing = await db.rollups.bulkGet([...new Set(rows.map((r) => dayKey(r.at)))]);
  const map = new Map(existing.filter((r) => !!r).map((r) => [r.day, r]));
  await db.rollups.bulkPut(addToRollups(map, rows, await interruptedIn(db, rows)));
}

/** The figures for a range, from its roll-up rows (one row per day). */
export async function readSummary(db: FocusgateDb, from: string, to: string): Promise<StatsSummary> {
  const rows = await db.rollups.where('day').between(from, to, true, true).toArray();
  return summarize(rows, from, to, (await db.rollups.orderBy('day').first())?.day ?? null);
}

/** The same figures straight from raw events (the slow path, for comparison and benchmarks). */
export async function readSummaryFromEvents(db: FocusgateDb, from: string, to: string): Promise<StatsSummary> {
  const [start, end] = dayBounds(from, to);
  const events = await db.events.where('at').between(start, end, true, false).toArray();
  const completions = stretchCandidates(events);
  const interrupted = await interruptedIn(db, completions);
  const first = await db.events.orderBy('at').first();
  return summarize(addToRollups(new Map(), events, interrupted), from, to, first ? dayKey(first.at) : null);
}

/**
 * Roll-ups recomputed from the raw events of the given days (days without events get none).
 * Call inside a transaction that covers events.
 */
export async function rollupsForDays(db: FocusgateDb, days: ReadonlySet<string>): Promise<DailyRollup[]> {
  if (!days.size) return [];
  const sorted = [...days].sort();
  const [start, end] = dayBounds(sorted[0]!, sorted[sorted.length - 1]!);
  const events = (await db.events.where('at').between(start, end, true, false).toArray()).filter((e) => days.has(dayKey(e.at)));
  return addToRollups(new Map(), events, await interruptedIn(db, events));
}

/**
 * Sets the roll-ups of `days` from raw events merged with roll-ups that count more (a day's
 * local or imported roll-up may count events that were pruned). Never double counts: per
 * metric the largest figure wins. Call inside a `rw` transaction on events and rollups.
 */
export async function recomputeDaysKeepingPruned(
  db: FocusgateDb,
  days: ReadonlySet<string>,
  imported: ReadonlyMap<string, DailyRollup> = new Map(),
): Promise<number> {
  const fromEvents = new Map((await rollupsForDays(db, days)).map((r) => [r.day, r]));
  const keys = [...days];
  const local = await db.rollups.bulkGet(keys);
  const rows = keys.map((day, i) => mergeRollupsMax(day, [fromEvents.get(day), local[i], imported.get(day)]));
  await db.rollups.bulkPut(rows);
  return rows.length;
}

/**
 * Rebuilds the roll-ups from raw events, reading events in chunks (by primary key) so a year of
 * events never sits in memory at once. Every day that has raw events gets its roll-up replaced;
 * days without raw events keep theirs (their events were pruned by retention and the roll-up is
 * all that is left of them). Returns the number of days rebuilt.
 */
export async function rebuildRollups(db: FocusgateDb, chunkSize = 5000): Promise<number> {
  return db.transaction('rw', db.events, db.rollups, async () => {
    const breakthroughs = await db.events
      .where('[kind+at]')
      .between(['notification-breakthrough', -Infinity], ['notification-breakthrough', Infinity])
      .toArray();
    const acc = new Map<string, DailyRollup>();
    let last: string | undefined;
    for (;;) {
      const chunk = await (last === undefined ? db.events.orderBy(':id') : db.events.where(':id').above(last))
        .limit(chunkSize)
        .toArray();
      if (!chunk.length) break;
      last = chunk[chunk.length - 1]!.id;
      const interrupted = interruptedCompletions(stretchCandidates(chunk), breakthroughs);
      for (const row of addToRollups(acc, chunk, interrupted)) acc.set(row.day, row);
    }
    await db.rollups.bulkPut([...acc.values()]);
    return acc.size;
  });
}
