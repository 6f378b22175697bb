import type { Recurrence } from './types';

/**
 * Occurrences in an average month: a year has 52 weeks and 260 working days, so weekly is
 * 52/12 ≈ 4.33, every two weeks 26/12 ≈ 2.17, daily (working days) 260/12 ≈ 21.7. A monthly
 * meeting happens once; a one-off meeting is counted once in the month it happens.
 */
export const OCCURRENCES_PER_MONTH: Record<Recurrence, number> = {
  none: 1,
  daily: 260 / 12,
  weekly: 52 / 12,
  biweekly: 26 / 12,
  monthly: 1,
};

const round2 = (n: number) => Math.round(n * 100) / 100;

export interface MeetingCost {
  /** attendees × duration in hours, for one occurrence (rounded to 0.01). */
  personHours: number;
  /** personHours × occurrences in an average month (rounded to 0.01). */
  monthlyPersonHours: number;
}

export function meetingCost(attendees: number, durationMinutes: number, recurrence: Recurrence): MeetingCost {
  const hours = (attendees * durationMinutes) / 60;
  return { personHours: round2(hours), monthlyPersonHours: round2(hours * OCCURRENCES_PER_MONTH[recurrence]) };
}

export function fmtHours(h: number): string {
  return String(round2(h));
}
