/**
 * What the coach reads: the analyser's verdict on the writer's own words, with what "Make it
 * async" added set aside. Unfilled prompts are counted (the send gate holds on them) and never
 * read as context or ask; the reply-by line the rewrite wrote is read back as the deadline.
 * Pure: no DOM, no `browser`.
 */
import { addDays, setHours, startOfDay } from 'date-fns';
import { analyzeMessage, type MessageAnalysis } from './message';
import type { DetectedLanguage } from './language';
import { PROMPT_TABLES, setAsideOwnLines } from './prompts';
import { replyByDay } from './rewrite';

export interface DraftAnalysis extends MessageAnalysis {
  /** Prompts from "Make it async" still waiting to be filled in, in order. */
  prompts: string[];
}

/** How far ahead a reply-by line written as a plain day is looked up. */
const REPLY_BY_DAYS = 120;
/** A reply-by day with no time means the end of that working day. */
const END_OF_DAY_HOUR = 17;

/** The day a reply-by line names, when it is written the way the rewrite writes days. */
function dayOf(value: string, now: Date, write: (date: Date) => string): Date | null {
  const wanted = value.trim().toLowerCase();
  for (let i = 0; i <= REPLY_BY_DAYS; i++) {
    const day = addDays(startOfDay(now), i);
    if (write(day).toLowerCase() === wanted) return setHours(day, END_OF_DAY_HOUR);
  }
  return null;
}

/**
 * `language`: the draft's, when the caller knows it (see language.ts); `locale`: how an English
 * draft's reply-by days are written (the browser's by default; other languages write theirs,
 * see rewrite.ts `replyByDay`).
 */
export function analyzeDraft(text: string, now: Date, locale?: string, language?: DetectedLanguage): DraftAnalysis {
  const own = setAsideOwnLines(text);
  const result = analyzeMessage(own.text, { now, language });
  // A draft in a language the coach cannot read (language null) gets no verdict, no reply-by either.
  if (own.replyBy === null || result.deadline || result.language === null) return { ...result, prompts: own.prompts };
  const write = replyByDay(result.language, locale);
  // The reply-by line: the day the rewrite wrote, or whatever the writer changed it to ("Friday", "vendredi"),
  // read by the rules alone (only its date is wanted).
  const written = result.language && result.language !== 'en' ? `${PROMPT_TABLES[result.language].replyBy} ${own.replyBy}.` : `Please reply by ${own.replyBy}.`;
  const date = dayOf(own.replyBy, now, write) ?? analyzeMessage(written, { now, language: result.language, model: null }).deadline;
  return {
    ...result,
    prompts: own.prompts,
    deadline: date,
    deadlineText: own.replyBy,
    reasons: [...result.reasons.filter((r) => !/^No reply-by\b/.test(r)), `Reply by: ${date ? write(date) : own.replyBy}`],
  };
}
