/**
 * What the popup's "Upcoming" shows and says, from the blocks the background lists. Pure.
 * - One-off blocks still to come (or running) are listed; ended, cancelled and past ones are not.
 * - A repeating rule is one row with its next occurrence, not one row per occurrence.
 * - Blocks that overlap or touch run as one stretch of focus (the background merges them): a new
 *   block or "focus now" beside one says what the joined stretch will be.
 */
import type { FocusBlock, FocusSchedule } from '../../platform/db/records';
import { mergeSpans, type Span } from './spans';

const live = (b: FocusBlock, now: number) => (b.status === 'scheduled' || b.status === 'active') && b.end > now;

/** One-off blocks to come or running, and a repeating rule's occurrence only while it runs. */
export function upcomingBlocks(blocks: readonly FocusBlock[], now: number): FocusBlock[] {
  return blocks.filter((b) => live(b, now) && (b.source !== 'schedule' || b.status === 'active')).sort((a, b) => a.start - b.start);
}

/** A rule's next occurrence still to come or running (null when none is within the list). */
export function nextOccurrence(schedule: FocusSchedule, blocks: readonly FocusBlock[], now: number): FocusBlock | null {
  return blocks.filter((b) => b.scheduleId === schedule.id && live(b, now)).sort((a, b) => a.start - b.start)[0] ?? null;
}

export interface Joined {
  /** The whole stretch of focus the span becomes part of. */
  stretch: Span;
  /** The other blocks it joins, in order. */
  with: FocusBlock[];
}

/** The stretch `span` runs as, with the live blocks it overlaps or touches; null when it stands alone. */
export function joinedStretch(span: Span, blocks: readonly FocusBlock[], now: number): Joined | null {
  const mine = { ...span, id: '' };
  const merged = mergeSpans<Span & { id: string }>([mine, ...blocks.filter((b) => live(b, now))]).find((m) => m.members.includes(mine));
  const others = (merged?.members.filter((m) => m !== mine) ?? []) as FocusBlock[];
  if (!merged || !others.length) return null;
  return { stretch: { start: merged.start, end: merged.end }, with: others };
}
