import type { FocusgateDb } from '../platform/db/database';
import type { BlockStatus, FocusBlock, FocusSchedule } from '../platform/db/records';
import type { FocusState } from '../platform/messaging/protocol';
import { recordEvents, type NewEvent } from '../stats/background/events';
import { MAX_BLOCK_MS, mergeSpans, nextBoundary } from './schedule/spans';
import { HORIZON_DAYS, occurrencesBetween } from './schedule/weekly';
import { minutesBetween } from './schedule/zone';
import { IDLE_STATE } from './state-item';

/*
 * Focus blocks in the database are the truth. Everything here reads them, moves their status
 * along the clock (scheduled → active → completed / ended early) and records the matching
 * events in the same transaction, so a worker killed mid-way leaves either both or neither.
 */

const DAY = 86_400_000;
/** Marks occurrences cancelled because their schedule was deleted (and brought back by undo). */
export const SCHEDULE_DELETED = 'schedule-deleted';

const LIVE: BlockStatus[] = ['scheduled', 'active'];

export interface Settled {
  state: FocusState;
  /** Blocks that went active in this pass. */
  started: FocusBlock[];
  /** Blocks that reached their planned end in this pass. */
  completed: FocusBlock[];
  /** The next instant any live block starts or ends (for the transition alarm). */
  next: number | null;
}

function focusEvent(kind: NewEvent['kind'], b: FocusBlock, at: number, extra: NewEvent['data'] = {}): NewEvent {
  return {
    kind,
    site: 'extension',
    at,
    blockId: b.id,
    data: { plannedMinutes: minutesBetween(b.start, b.end), ...extra },
  };
}

/** The focus state at `now` from the live blocks: one merged stretch of overlapping blocks. */
export function deriveState(live: readonly FocusBlock[], now: number): FocusState {
  const stretch = mergeSpans(live.filter((b) => b.status === 'active' || b.status === 'scheduled')).find(
    (m) => m.start <= now && now < m.end,
  );
  const running = stretch?.members.filter((b) => b.status === 'active' && b.start <= now && now < b.end) ?? [];
  if (!stretch || !running.length) return IDLE_STATE;
  return { active: true, blockId: running[0]!.id, endsAt: stretch.end, startedAt: stretch.start };
}

/**
 * What settling at `now` leaves live, without writing: blocks ended by then drop out, those
 * whose start has come are active.
 */
function liveAt(live: readonly FocusBlock[], now: number): FocusBlock[] {
  return live.filter((b) => b.end > now).map((b) => (b.status === 'scheduled' && b.start <= now ? { ...b, status: 'active' } : b));
}

/**
 * The focus state at `now`, as settling would leave it; a read only (the transition alarm, or
 * a page asking `settleFocus`, moves the blocks along and makes the mirror and badge follow).
 */
export async function readFocusState(db: FocusgateDb, now: number): Promise<FocusState> {
  return deriveState(liveAt(await db.blocks.where('status').anyOf(LIVE).toArray(), now), now);
}

/**
 * Brings every live block up to `now`: a block whose start has come goes active, one whose end
 * has passed is completed at its planned end (its real end, even if the browser was closed
 * then). Idempotent; records focus-started / focus-completed with planned and actual minutes.
 */
export async function settleBlocks(db: FocusgateDb, now: number): Promise<Settled> {
  // Most calls change nothing (a page asking for the state): answer those from a read, without
  // taking the write lock that event writers (held notifications) also need.
  const peek = await db.blocks.where('status').anyOf(LIVE).toArray();
  if (!peek.some((b) => b.end <= now || (b.status === 'scheduled' && b.start <= now))) {
    return { state: deriveState(peek, now), started: [], completed: [], next: nextBoundary(peek, now) };
  }
  return db.transaction('rw', db.blocks, db.events, db.rollups, async () => {
    const live = await db.blocks.where('status').anyOf(LIVE).toArray();
    const started: FocusBlock[] = [];
    const completed: FocusBlock[] = [];
    const events: NewEvent[] = [];
    const changed: FocusBlock[] = [];
    for (const b of live) {
      if (b.start > now) continue;
      if (b.status === 'scheduled') {
        events.push(focusEvent('focus-started', b, b.start));
        started.push(b);
      }
      if (b.end <= now) {
        b.status = 'completed';
        b.endedAt = b.end;
        const minutes = minutesBetween(b.start, b.end);
        events.push(focusEvent('focus-completed', b, b.end, { actualMinutes: minutes }));
        completed.push(b);
      } else {
        b.status = 'active';
      }
      changed.push(b);
    }
    if (changed.length) await db.blocks.bulkPut(changed);
    await recordEvents(events, db);
    const stillLive = live.filter((b) => b.status === 'scheduled' || b.status === 'active');
    return { state: deriveState(stillLive, now), started, completed, next: nextBoundary(stillLive, now) };
  });
}

/** Ends every block running at `now` early, with the reason; they count as broken. */
export async function endRunning(db: FocusgateDb, now: number, reason?: string): Promise<FocusBlock[]> {
  return db.transaction('rw', db.blocks, db.events, db.rollups, async () => {
    const running = (await db.blocks.where('status').equals('active').toArray()).filter((b) => b.start <= now && now < b.end);
    for (const b of running) {
      b.status = 'ended-early';
      b.endedAt = now;
      if (reason) b.endReason = reason;
    }
    await db.blocks.bulkPut(running);
    await recordEvents(
      running.map((b) =>
        focusEvent('focus-ended-early', b, now, { actualMinutes: minutesBetween(b.start, now), ...(reason ? { reason } : {}) }),
      ),
      db,
    );
    return running;
  });
}

/** Blocks (not cancelled) that overlap [from, to), by the `end` index: only what the range needs. */
export async function blocksBetween(db: FocusgateDb, from: number, to: number): Promise<FocusBlock[]> {
  const rows = await db.blocks.where('end').above(from).toArray();
  return rows.filter((b) => b.start < to && b.status !== 'cancelled').sort((a, b) => a.start - b.start);
}

export async function activeSchedules(db: FocusgateDb): Promise<FocusSchedule[]> {
  return (await db.schedules.toArray()).filter((s) => s.deletedAt === undefined);
}

/** The id of a schedule's occurrence on a local day: one block per schedule and day, ever. */
export function occurrenceId(scheduleId: string, day: string): string {
  return `${scheduleId}:${day}`;
}

/** The schedule's occurrences overlapping [from, to) as (unsaved) blocks; none before it existed. */
export function occurrenceBlocks(s: FocusSchedule, from: number, to: number, tz: string, createdAt: number): FocusBlock[] {
  return occurrencesBetween(s, Math.max(from, s.createdAt), to, tz)
    .filter((o) => o.start >= s.createdAt)
    .map((o) => ({
      id: occurrenceId(s.id, o.day),
      start: o.start,
      end: o.end,
      source: 'schedule' as const,
      scheduleId: s.id,
      status: 'scheduled' as const,
      createdAt,
    }));
}

/**
 * Turns repeating schedules into concrete blocks from a day back to HORIZON_DAYS ahead.
 * Idempotent: an occurrence that exists in any state (edited, cancelled, done) is left alone.
 */
export async function materialise(db: FocusgateDb, now: number, tz: string): Promise<number> {
  return db.transaction('rw', db.blocks, db.schedules, async () => {
    const wanted = (await activeSchedules(db)).flatMap((s) => occurrenceBlocks(s, now - DAY, now + HORIZON_DAYS * DAY, tz, now));
    if (!wanted.length) return 0;
    const existing = await db.blocks.bulkGet(wanted.map((b) => b.id));
    const missing = wanted.filter((_, i) => !existing[i]);
    if (missing.length) await db.blocks.bulkAdd(missing);
    return missing.length;
  });
}

/** Deletes a rule: its upcoming occurrences are cancelled (kept, so undo can bring them back). */
export async function deleteSchedule(db: FocusgateDb, id: string, now: number): Promise<void> {
  await db.transaction('rw', db.blocks, db.schedules, async () => {
    const s = await db.schedules.get(id);
    if (!s) throw new Error('No such schedule');
    await db.schedules.update(id, { deletedAt: now });
    const upcoming = (await db.blocks.where('end').above(now).toArray()).filter((b) => b.scheduleId === id && b.status === 'scheduled');
    await db.blocks.bulkPut(upcoming.map((b) => ({ ...b, status: 'cancelled' as const, endReason: SCHEDULE_DELETED })));
  });
}

export async function restoreSchedule(db: FocusgateDb, id: string, now: number): Promise<void> {
  await db.transaction('rw', db.blocks, db.schedules, async () => {
    const s = await db.schedules.get(id);
    if (!s) throw new Error('No such schedule');
    delete s.deletedAt;
    await db.schedules.put(s);
    const cancelled = (await db.blocks.where('end').above(now).toArray()).filter(
      (b) => b.scheduleId === id && b.status === 'cancelled' && b.endReason === SCHEDULE_DELETED,
    );
    await db.blocks.bulkPut(
      cancelled.map(({ endReason: _r, ...b }) => ({ ...b, status: 'scheduled' as const })),
    );
  });
}

/** Checks a stretch a user asked for: in the future, ordered, not longer than a day. */
export function checkSpan(start: number, end: number, now: number): void {
  if (end <= now) throw new Error('That time has already passed');
  if (!(end > start)) throw new Error('The block must end after it starts');
  if (end - start > MAX_BLOCK_MS) throw new Error('A block can last at most 24 hours');
}
