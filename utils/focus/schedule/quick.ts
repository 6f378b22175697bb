import { nextLocalTime, systemZone } from './zone';
import type { Span } from './spans';

/** The "focus now" lengths offered in the popup, minutes. */
export const FOCUS_PRESETS = [25, 50, 90] as const;

/** A block that starts now and lasts `minutes`. */
export function focusFor(now: number, minutes: number): Span {
  if (!Number.isFinite(minutes) || minutes <= 0) throw new RangeError('Focus needs a positive number of minutes');
  return { start: now, end: now + Math.round(minutes) * 60_000 };
}

/** A block from now until the next time the local clock shows "HH:MM" (later today, or tomorrow). */
export function focusUntil(now: number, hhmm: string, tz: string = systemZone()): Span {
  return { start: now, end: nextLocalTime(now, hhmm, tz) };
}
