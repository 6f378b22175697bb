import { addBusinessDays } from 'date-fns';

/**
 * The team's reply norms: routine questions get a reply within 24 hours (one business day, so a
 * Friday question is due Monday); feedback is acknowledged within 24 hours and given in 2–3
 * business days (we ask for the far end: 3).
 */
export type ReplyKind = 'routine' | 'feedback';

export const NORM_BUSINESS_DAYS: Record<ReplyKind, number> = { routine: 1, feedback: 3 };

export function replyByFor(kind: ReplyKind, now: Date): Date {
  return addBusinessDays(now, NORM_BUSINESS_DAYS[kind]);
}
