import { parseISO } from 'date-fns';
import { formatDay } from '../../utils/platform/datetime';

const number = new Intl.NumberFormat('en');

/** A count or amount, rounded to one decimal, with thousands separators. */
export function fmt(n: number): string {
  return number.format(Math.round(n * 10) / 10);
}

/** A share (0–1) as a whole percentage: "42%". */
export function fmtPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "12 h 30 min", "45 min". */
export function fmtMinutes(minutes: number): string {
  const m = Math.round(minutes);
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest ? `${fmt(h)} h ${rest} min` : `${fmt(h)} h`;
}

/** "Mon, Mar 2" / "Mon 2 Mar" (the browser's format) for a `yyyy-MM-dd` day. */
export function dayLabel(day: string): string {
  return formatDay(parseISO(day));
}

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
