import { formatTime } from '../platform/datetime';
import { countOf } from '../platform/plural';
import type { FocusState } from '../platform/messaging/protocol';

/** Whole minutes left, rounded up: "1" until the very last second. */
export function remainingMinutes(state: FocusState, now: number): number {
  if (!state.active || state.endsAt === null) return 0;
  return Math.max(0, Math.ceil((state.endsAt - now) / 60_000));
}

/** The toolbar badge: minutes left ("25m"), hours past 99 minutes ("3h"), empty when idle. */
export function badgeText(state: FocusState, now: number): string {
  const m = remainingMinutes(state, now);
  if (!m) return '';
  return m < 100 ? `${m}m` : `${Math.round(m / 60)}h`;
}

export function startedNotice(endsAt: number): { title: string; message: string } {
  return { title: 'Focus on', message: `Notifications are held until ${formatTime(new Date(endsAt))}.` };
}

export function completedNotice(minutes: number): { title: string; message: string } {
  return { title: 'Focus block done', message: `You kept ${countOf(minutes, 'minute')} of focus.` };
}
