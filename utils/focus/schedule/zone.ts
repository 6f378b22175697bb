import { TZDate } from '@date-fns/tz';
import { addDays, startOfDay } from 'date-fns';
import { dayKey } from '../../stats/day-key';

/*
 * Local wall-clock time, in a named IANA time zone (the system's when none is given). Every
 * "09:00 on Monday" is built from its calendar date and clock time in the zone, never by
 * adding 24 h to an instant, so a DST change cannot shift it.
 */

const MINUTE = 60_000;

export function systemZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** An instant seen in the zone: date-fns reads its day, weekday and clock time there. */
export function inZone(at: number, tz: string = systemZone()): TZDate {
  return new TZDate(at, tz);
}

/** "HH:MM" → minutes after midnight; throws on anything else. */
export function parseTimeOfDay(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`Not a 24-hour time: "${hhmm}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function formatTimeOfDay(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The instant at which the local clock in `tz` shows `minutes` after midnight on the local day
 * of `day`. Minutes past 24 h roll into the next days on the wall clock. A time that does not
 * exist (skipped by a spring-forward change) lands just after the gap; an ambiguous one (the
 * repeated hour in autumn) resolves to one of its two instants.
 */
export function atLocalMinutes(day: number, minutes: number, tz: string = systemZone()): number {
  const d = inZone(day, tz);
  return new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), 0, minutes, tz).getTime();
}

/** The instant of "HH:MM" on the local day of `day`. */
export function atLocalTime(day: number, hhmm: string, tz: string = systemZone()): number {
  return atLocalMinutes(day, parseTimeOfDay(hhmm), tz);
}

/** The first instant strictly after `now` at which the local clock shows "HH:MM" (today or tomorrow). */
export function nextLocalTime(now: number, hhmm: string, tz: string = systemZone()): number {
  const today = atLocalTime(now, hhmm, tz);
  return today > now ? today : atLocalTime(addDays(inZone(now, tz), 1).getTime(), hhmm, tz);
}

/** Local midnight starting the day of `at`. */
export function startOfLocalDay(at: number, tz: string = systemZone()): number {
  return startOfDay(inZone(at, tz)).getTime();
}

/** `n` local days starting with the day of `from` (their midnights), for day pickers. */
export function localDays(from: number, n: number, tz: string = systemZone()): number[] {
  const first = startOfDay(inZone(from, tz));
  return Array.from({ length: n }, (_, i) => addDays(first, i).getTime());
}

/** The day key of the local day of `at` in the zone. */
export function localDayKey(at: number, tz: string = systemZone()): string {
  return dayKey(inZone(at, tz));
}

/** Minutes after local midnight shown by the clock at `at`. */
export function localMinutesOf(at: number, tz: string = systemZone()): number {
  const d = inZone(at, tz);
  return d.getHours() * 60 + d.getMinutes();
}

export function minutesBetween(start: number, end: number): number {
  return Math.round((end - start) / MINUTE);
}
