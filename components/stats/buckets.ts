import { parseISO } from 'date-fns';
import { formatDate } from '../../utils/platform/datetime';
import type { StatsSummary } from '../../utils/stats/summary';
import { dayLabel } from './format';

type Day = StatsSummary['daily'][number];
export interface Bucket extends Omit<Day, 'day'> {
  /** "Mon 2 Mar" for a day, "Week of 2 Mar" for a week (in the browser's format). */
  label: string;
}

/** Longer ranges are charted per week: 52 readable bars instead of 365 thin ones. */
export const WEEKLY_AFTER_DAYS = 62;

/**
 * The daily figures as chart buckets: one per day for short ranges, one per week (starting on
 * Monday, the first one possibly partial) beyond `WEEKLY_AFTER_DAYS` days.
 */
export function buckets(daily: readonly Day[]): { unit: 'day' | 'week'; items: Bucket[] } {
  const weekly = daily.length > WEEKLY_AFTER_DAYS;
  const items: Bucket[] = [];
  for (const { day, ...figures } of daily) {
    const date = parseISO(day);
    const last = items[items.length - 1];
    if (weekly && last && date.getDay() !== 1) {
      for (const k of Object.keys(figures) as (keyof typeof figures)[]) last[k] += figures[k];
      continue;
    }
    items.push({ label: weekly ? `Week of ${formatDate(date)}` : dayLabel(day), ...figures });
  }
  return { unit: weekly ? 'week' : 'day', items };
}
