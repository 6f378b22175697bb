import type { FocusgateDb } from '../../utils/platform/db/database';
import type { DailyRollup, InterruptionEvent } from '../../utils/platform/db/records';
import { dayKey } from '../../utils/stats/day-key';
import { addToRollups, continuedInterruptions, interruptedCompletions, stretchCandidates, type RollupContext } from '../../utils/stats/rollup';
import { summarize, type StatsSummary } from '../../utils/stats/summary';

/*
 * Test oracles for the stats: the figures computed the slow, obvious way, from every raw event
 * at once. The extension keeps roll-ups up to date event by event and reads only the windows
 * it needs; unit, e2e and bench compare it against these.
 */

/** The context of a complete set of raw events, from those events alone. */
export function contextFromEvents(events: readonly InterruptionEvent[]): RollupContext {
  return {
    interrupted: interruptedCompletions(stretchCandidates(events), events),
    continued: continuedInterruptions(events, events),
  };
}

/** The roll-ups of a complete set of raw events, sorted by day. */
export function rollupsFromEvents(events: readonly InterruptionEvent[]): DailyRollup[] {
  return addToRollups(new Map(), events, contextFromEvents(events)).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** The figures for `from`..`to` straight from every raw event in the database. */
export async function readSummaryFromEvents(db: FocusgateDb, from: string, to: string): Promise<StatsSummary> {
  const events = await db.events.toArray();
  const first = events.reduce<number | null>((min, e) => (min === null || e.at < min ? e.at : min), null);
  return summarize(rollupsFromEvents(events), from, to, first === null ? null : dayKey(first));
}
