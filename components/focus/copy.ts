import { isSameDay } from 'date-fns';
import { formatDay, formatTime, formatTimeRange } from '../../utils/platform/datetime';
import type { Span } from '../../utils/focus/schedule/spans';
import type { Joined } from '../../utils/focus/schedule/upcoming';

/** "Today · 9:00 – 11:00 AM" / "Wed, May 6 · 09:00–11:00", in the browser's locale. */
export function describeSpan(span: Span, today: number): string {
  const day = isSameDay(span.start, today) ? 'Today' : formatDay(new Date(span.start));
  return `${day} · ${isSameDay(span.start, span.end - 1) ? formatTimeRange(new Date(span.start), new Date(span.end)) : `${formatTime(new Date(span.start))} – ${formatDay(new Date(span.end))} ${formatTime(new Date(span.end))}`}`;
}

/** What joining other blocks does to a new one: "Joined with your block at 10:00: focus runs 9:00 – 12:00." */
export function describeJoin(joined: Joined | null): string {
  if (!joined) return '';
  const first = joined.with[0]!;
  const more = joined.with.length > 1 ? ` and ${joined.with.length - 1} more` : '';
  return `Joined with your block at ${formatTime(new Date(first.start))}${more}: focus runs ${formatTimeRange(new Date(joined.stretch.start), new Date(joined.stretch.end))}.`;
}
