import { addDays, getDay, startOfDay } from 'date-fns';
import { atLocalMinutes, inZone, localDayKey, parseTimeOfDay, systemZone } from './zone';

/** How many days ahead repeating rules are turned into concrete blocks (and the popup looks). */
export const HORIZON_DAYS = 14;

/** A repeating rule: on these weekdays (0 = Sunday), at this local time, for this long. */
export interface WeeklyRule {
  weekdays: readonly number[];
  startTime: string; // "HH:MM"
  durationMinutes: number;
}

export interface Occurrence {
  start: number;
  end: number;
  /** Local date the occurrence starts on ("yyyy-MM-dd"): one occurrence per rule and day. */
  day: string;
}

/**
 * Every occurrence of the rule that overlaps [from, to), in order. Start and end are wall-clock
 * times on the occurrence's local day (a 09:00 rule for 120 minutes is 09:00–11:00 local on
 * each day, whatever the UTC offset), so a DST change never moves a block. A start that falls
 * in a spring-forward gap moves just after the gap and keeps its length.
 */
export function occurrencesBetween(rule: WeeklyRule, from: number, to: number, tz: string = systemZone()): Occurrence[] {
  if (!(to > from) || !rule.weekdays.length) return [];
  const startMin = parseTimeOfDay(rule.startTime);
  const days = new Set(rule.weekdays);
  const out: Occurrence[] = [];
  // Begin a day early (at most 24 h long) so an occurrence from the day before that runs past
  // midnight into the range is included; the day count grows until the range is passed.
  const spanDays = Math.ceil(rule.durationMinutes / 1440);
  let day = addDays(startOfDay(inZone(from, tz)), -spanDays);
  for (let guard = 0; guard < 100_000; guard++) {
    const dayMs = day.getTime();
    if (dayMs >= to) break;
    if (days.has(getDay(day))) {
      const start = atLocalMinutes(dayMs, startMin, tz);
      const wallEnd = atLocalMinutes(dayMs, startMin + rule.durationMinutes, tz);
      // A start inside a spring-forward gap moves past it; its end must not collapse onto it.
      const end = wallEnd > start ? wallEnd : start + rule.durationMinutes * 60_000;
      if (start < to && end > from) out.push({ start, end, day: localDayKey(start, tz) });
    }
    day = addDays(day, 1);
  }
  return out;
}
