import { addDays, startOfDay } from 'date-fns';
import type { FocusgateDb } from '../../platform/db/database';
import type { DailyRollup, EventKind, InterruptionEvent } from '../../platform/db/records';
import {
  addToRollups,
  continuedInterruptions,
  interruptedCompletions,
  mergeRollupsMax,
  refocusWindow,
  stretchCandidates,
  stretchSpan,
  type RollupContext,
} from '../rollup';
import { dayKey, dayStart } from '../day-key';
import { summarize, type StatsSummary } from '../summary';

/*
 * The database side of the daily roll-ups: kept up to date as events are written, read for the
 * stats page, recomputed from raw events (rebuild, import). Relative imports only, no
 * `browser`: the bench drives these against fake-indexeddb.
 */

/** Epoch-ms bounds of the local days `from`..`to` inclusive: [start, end). */
export function dayBounds(from: string, to: string): [number, number] {
  return [dayStart(from).getTime(), addDays(dayStart(to), 1).getTime()];
}

function between(db: FocusgateDb, kind: EventKind, [lo, hi]: [number, number]): Promise<InterruptionEvent[]> {
  return db.events.where('[kind+at]').between([kind, lo], [kind, hi], true, true).toArray();
}

/**
 * What the roll-up metrics of `rows` depend on beyond the rows themselves: the breakthroughs in
 * the spans of the completions, and the notifications just before each held one. Read through
 * the `[kind+at]` index, only the time windows that matter (rows already written in this
 * transaction included).
 */
async function contextIn(db: FocusgateDb, rows: readonly InterruptionEvent[]): Promise<RollupContext> {
  const candidates = stretchCandidates(rows);
  const refocus = refocusWindow(rows);
  // Breakthroughs matter in the completions' spans and just before held notifications.
  const windows = [...candidates.map(stretchSpan), ...(refocus ? [refocus] : [])];
  const breakWindow: [number, number] | null = windows.length
    ? [Math.min(...windows.map(([start]) => start)), Math.max(...windows.map(([, end]) => end))]
    : null;
  const [breakthroughs, held] = await Promise.all([
    breakWindow ? between(db, 'notification-breakthrough', breakWindow) : [],
    refocus ? between(db, 'notification-held', refocus) : [],
  ]);
  return {
    interrupted: interruptedCompletions(candidates, breakthroughs),
    continued: continuedInterruptions(rows, [...held, ...breakthroughs]),
  };
}

/**
 * Folds freshly written events into their days' roll-ups. Call inside a `rw` transaction on
 * events and rollups, after the events were added.
 */
export async function foldIntoRollups(db: FocusgateDb, rows: readonly InterruptionEvent[]): Promise<void> {
  const existing = await db.rollups.bulkGet([...new Set(rows.map((r) => dayKey(r.at)))]);
  const map = new Map(existing.filter((r) => !!r).map((r) => [r.day, r]));
  await db.rollups.bulkPut(addToRollups(map, rows, await contextIn(db, rows)));
}

/** The figures for a range, from its roll-up rows (one row per day). */
export async function readSummary(db: FocusgateDb, from: string, to: string): Promise<StatsSummary> {
  const rows = await db.rollups.where('day').between(from, to, true, true).toArray();
  return summarize(rows, from, to, (await db.rollups.orderBy('day').first())?.day ?? null);
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
  return addToRollups(new Map(), events, await contextIn(db, events));
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
 * Rebuilds the roll-ups from raw events, a few days at a time (by the `at` index), each chunk
 * in its own short transaction, so a year of events never sits in memory at once and event
 * writes are never held up for long. Each chunk reads its days' events and writes their
 * roll-ups atomically, and events written meanwhile are folded in as usual, so nothing is lost
 * or counted twice. Every day that has raw events gets its roll-up replaced; days without raw
 * events keep theirs (their events were pruned by retention and the roll-up is all that is
 * left of them). Returns the number of days rebuilt.
 */
export async function rebuildRollups(db: FocusgateDb, daysPerChunk = 7): Promise<number> {
  let rebuilt = 0;
  let from = -Infinity;
  for (;;) {
    const next = await db.events.where('at').aboveOrEqual(from).first();
    if (!next) return rebuilt;
    const start = startOfDay(next.at).getTime();
    const end = addDays(start, daysPerChunk).getTime();
    await db.transaction('rw', db.events, db.rollups, async () => {
      const chunk = await db.events.where('at').between(start, end, true, false).toArray();
      const rows = addToRollups(new Map(), chunk, await contextIn(db, chunk));
      await db.rollups.bulkPut(rows);
      rebuilt += rows.length;
    });
    from = end;
  }
}
