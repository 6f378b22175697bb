import { format, parseISO } from 'date-fns';

/*
 * Day keys, "yyyy-MM-dd": a local calendar day (a roll-up row, a range of the stats page, a
 * schedule's occurrence). Built and read here only. date-fns alone: the popup imports this.
 */

const DAY_FORMAT = 'yyyy-MM-dd';

/** The day key of the local day `at` falls on (in the zone of a TZDate, when given one). */
export function dayKey(at: number | Date): string {
  return format(at, DAY_FORMAT);
}

/** Local midnight starting the day a key names. */
export function dayStart(day: string): Date {
  return parseISO(day);
}
