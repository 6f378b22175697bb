/**
 * What the coach reads: the analyser's verdict on the writer's own words, with what "Make it
 * async" added set aside. Unfilled prompts are counted (the send gate holds on them) and never
 * read as context or ask; the reply-by line the rewrite wrote is read back as the deadline.
 * Pure: no DOM, no `browser`.
 */
import { addDays, setHours, startOfDay } from 'date-fns';
import { formatDay } from '../../platform/datetime';
import { analyzeMessage, type MessageAnalysis } from './message';
import { setAsideOwnLines } from './prompts';

export interface DraftAnalysis extends MessageAnalysis {
  /** Prompts from "Make it async" still waiting to be filled in, in order. */
  prompts: string[];
}

/** How far ahead a reply-by line written as a plain day is looked up. */
const REPLY_BY_DAYS = 120;
/** A reply-by day with no time means the end of that working day. */
const END_OF_DAY_HOUR = 17;

/** The day a reply-by line names, when it is written the way the rewrite writes days. */
function dayOf(value: string, now: Date, locale?: string): Date | null {
  const wanted = value.trim().toLowerCase();
  for (let i = 0; i <= REPLY_BY_DAYS; i++) {
    const day = addDays(startOfDay(now), i);
    if (formatDay(day, locale).toLowerCase() === wanted) return setHours(day, END_OF_DAY_HOUR);
  }
  return null;
}

export function analyzeDraft(text: string, now: Date, locale?: string): DraftAnalysis {
  const own = setAsideOwnLines(text);
  const result = analyzeMessage(own.text, { now });
  if (own.replyBy === null || result.deadline) return { ...result, prompts: own.prompts };
  // The reply-by line: the day the rewrite wrote, or whatever the writer changed it to ("Friday").
  const date = dayOf(own.replyBy, now, locale) ?? analyzeMessage(`Please reply by ${own.replyBy}.`, { now }).deadline;
  return {
    ...result,
    prompts: own.prompts,
    deadline: date,
    deadlineText: own.replyBy,
    reasons: [...result.reasons.filter((r) => !/^No reply-by\b/.test(r)), `Reply by: ${date ? formatDay(date, locale) : own.replyBy}`],
  };
}
