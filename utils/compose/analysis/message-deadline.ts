/**
 * Finds the stated reply/action deadline in a draft ("by EOD tomorrow", "before Thursday's
 * review", "within the hour", "no later than Dec 4") and resolves it with chrono-node relative to
 * `now`. Only deadline phrases count, not every date mentioned. chrono only ever sees a short
 * window after each trigger, which keeps this cheap on long drafts.
 */
import * as chrono from 'chrono-node';
import { addBusinessDays, addMonths, format, isSameDay, setHours, startOfDay, startOfHour } from 'date-fns';
import type { Clause } from './message-clauses';

export interface DeadlineFinding {
  /** Resolved date, or null when the phrase names an event with no date ("before we ship"). */
  date: Date | null;
  /** The phrase as written, e.g. "by EOD tomorrow". */
  phrase: string;
  /** The phrase puts the deadline within hours (today, minutes, an hour, a clock time). */
  soon: boolean;
}

const TRIGGER =
  /\b(?:by|b4|before|(?:sometime|some time|anytime|any time)(?= (?:this|next|today|tomorrow|tonight|on|before|by|in))|no later than|not later than|latest by|at the latest by|within|in the next|until|till|til|due|ahead of|prior to|deadline(?: is)?)\b/g;
/** Triggers that only mean a deadline inside a request ("send it until Wednesday", "within the hour"). */
const REQUEST_ONLY = new Set(['within', 'in the next', 'until', 'till', 'til']);
const BACK_REFERENCE = /^(?:by |before )(?:then|that time|that|it (?:starts|begins)|the (?:call|meeting|standup|review|demo|session) (?:starts|begins))\b/;
const LATER = /\b(?:tomorrow|mon|tue|wed|thu|fri|sat|sun|next|week|month)/;
const SOON = /\b(?:today|tonight|this (?:morning|afternoon|evening)|minutes?|mins?|hours?|hrs?|the hour)\b/;
/** Clock times and day words that make a time in a request a deadline ("join the call at 11:00 today"). */
const REQUEST_TIME =
  /\b(?:today(?!'s)|tonight|tomorrow(?!'s)|this (?:morning|afternoon|evening|week)|at \d{1,2}(?::\d{2} ?(?:am|pm)?| ?(?:am|pm))|(?<!(?:from|since|after|of) )(?:my|your|our|his|her|their|the|this) \d{1,2}(?::\d{2})? ?(?:am|pm))\b/;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? ?$/;
const MAX_CHRONO_CALLS = 4;
const AMOUNT = /^by (?:a|an|one|two|three|four|five|a few|a couple of|\d+) (?:minutes?|hours?|days?|weeks?|months?|sprints?)\b/;
/** A statement that still sets a requirement ("won't go out unless we resend it in the next two hours"). */
const REQUIREMENT = /\b(?:unless|needs? to|has to|have to|must|required|deadline)\b/;
const OWN_PROMISE = /^(?:i|we)(?:'ll| will| shall| am going to|'m going to| are going to|'re going to| plan to| aim to| hope to| should be able to)\b/;
/** Deadline words looked at per draft; a real draft has a handful. */
const MAX_TRIGGERS = 40;
const BUSINESS_DAYS = /^(?:within|in the next|in) (\d{1,2}|one|two|three|four|five|ten) (?:business|working|work) days?\b/;
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10 };

/** Rewrites office shorthand chrono does not know into phrases it does. */
function prepare(snippet: string, now: Date): string {
  return snippet
    .replace(/\b(?:eod|cob|end of (?:the )?(?:business )?day|close of business)\b/g, '5pm')
    .replace(/\b(?:eow|end of (?:the |this )?(?:work ?)?week)\b/g, 'friday 5pm')
    .replace(/\b(?:(?:the )?end of (?:the |this )?year|year[- ]end|eoy)\b/g, 'december 31')
    .replace(/\bfirst thing\b/g, '9am')
    .replace(/^(?:sometime|some time|anytime|any time) (?:this week|before the weekend)\b/, 'by friday 5pm')
    .replace(/^(?:sometime|some time|anytime|any time) next week\b/, 'by end of next week')
    .replace(/\bthis week\b/g, 'friday 5pm')
    .replace(/^b4\b/, 'before')
    .replace(/\blunch(?:time)?\b/g, 'noon')
    .replace(/\b(?:the )?(\d{1,2})(?:st|nd|rd|th)\b(?! of)/g, (m, day: string, offset: number, whole: string) => {
      if (MONTH.test(whole.slice(Math.max(0, offset - 10), offset))) return m;
      const d = Number(day);
      if (d < 1 || d > 31) return m;
      const month = d >= now.getDate() ? now : addMonths(now, 1);
      return `${format(month, 'MMMM')} ${d}`;
    });
}

/** Within hours: "today", "in 20 min", "within the hour", or a bare clock time ("by 3pm", "by EOD"). */
function isSoon(result: chrono.ParsedResult, context: string): boolean {
  if (SOON.test(result.text)) return true;
  if (LATER.test(result.text) || LATER.test(context) || result.start.isCertain('weekday') || result.start.isCertain('month')) return false;
  return SOON.test(context) || result.start.isCertain('hour');
}

/** Where, in the original window, the prepared text reaches `preparedEnd` (shorthand changes lengths). */
function originalEnd(window: string, preparedEnd: number, now: Date): number {
  const target = prepare(window, now).slice(0, preparedEnd);
  for (let end = Math.max(1, preparedEnd - 30); end < window.length; end++) {
    if (prepare(window.slice(0, end), now).startsWith(target)) return end;
  }
  return window.length;
}

/** The phrase in the writer's own casing. */
function asWritten(clause: Clause, start: number, length: number): string {
  const source = clause.core.length === clause.body.length ? clause.core : clause.body;
  return source.slice(start, start + length).trim().replace(/[,.;:!?]+$/, '');
}

function resolve(result: chrono.ParsedResult, phrase: string): Date {
  let date = result.start.date();
  if (!result.start.isCertain('hour')) {
    if (/\bmorning\b/.test(phrase)) date = setHours(startOfHour(date), 9);
    else if (!/\b(?:afternoon|evening|tonight|noon|midnight)\b/.test(phrase)) date = setHours(startOfHour(date), 17);
  }
  return date;
}

interface Budget {
  calls: number;
}

/** Words without which chrono cannot find a date: skips the parser for "by the team", "before we ship". */
const DATE_HINT =
  /\d|\b(?:today|tonight|tomorrow|yesterday|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|noon|midnight|morning|afternoon|evening|night|week|weekend|month|year|hour|hours|minute|minutes|min|mins|day|days|eod|eow|cob|end of|close of|lunch|first thing|next|this|an hour|half|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)/;

function parse(text: string, now: Date, budget: Budget): chrono.ParsedResult[] {
  if (budget.calls >= MAX_CHRONO_CALLS || !DATE_HINT.test(text)) return [];
  budget.calls++;
  return chrono.en.casual.parse(prepare(text, now), now, { forwardDate: true });
}

function fromTrigger(clause: Clause, at: number, now: Date, budget: Budget, earlier: string): DeadlineFinding | null {
  const body = clause.body;
  // The phrase ends at the next comma or full stop ("before year end, so ... no later than Dec 4").
  const raw = body.slice(at, at + 70);
  const stop = /[,;!?]|\.(?!\d)/.exec(raw);
  const window = stop ? raw.slice(0, stop.index) : raw;
  const back = BACK_REFERENCE.exec(window);
  if (back) {
    const prior = parse(earlier.slice(-400), now, budget).at(-1);
    const phrase = asWritten(clause, at, back[0].length);
    if (!prior) return { date: null, phrase, soon: false };
    return { date: resolve(prior, prior.text), phrase, soon: isSoon(prior, '') };
  }
  if (AMOUNT.test(window)) return null; // "push the launch by a week": an amount, not a date
  const business = BUSINESS_DAYS.exec(window);
  if (business) {
    // chrono counts calendar days; business days skip weekends.
    const n = NUMBER_WORDS[business[1] ?? ''] ?? Number(business[1]);
    return { date: setHours(startOfHour(addBusinessDays(now, n)), 17), phrase: asWritten(clause, at, business[0].length), soon: false };
  }
  const results = parse(window, now, budget);
  // "before we cut the release on the 14th" may name an event first; "by" is followed by the date itself
  // (so "made public by a change merged on Tuesday" is no deadline).
  const reach = /^(?:before|b4|ahead of|prior to)\b/.test(window) ? 60 : 16;
  const hit = results.find((r) => r.index <= reach);
  const end = hit ? originalEnd(window, hit.index + hit.text.length, now) : Math.min(window.length, /[,.;!?]/.exec(window)?.index ?? 50);
  const phrase = asWritten(clause, at, end);
  if (!hit) {
    // "before we ship the referral program": a stated deadline without a date.
    return /^(?:before|ahead of|prior to) (?:we|you|they|the|our|it)\b/.test(window) && clause.kind !== 'statement'
      ? { date: null, phrase, soon: false }
      : null;
  }
  if (hit.start.date().getTime() < startOfDay(now).getTime()) return null;
  return { date: resolve(hit, phrase), phrase, soon: isSoon(hit, window) };
}

/** "today 15:00", "Fri 28 Nov" (end of the working day), "Mon 1 Dec 09:00". */
export function formatDeadline(date: Date, now: Date): string {
  const time = format(date, 'HH:mm');
  if (isSameDay(date, now)) return `today ${time}`;
  return format(date, 'EEE d MMM') + (time === '17:00' ? '' : ` ${time}`);
}

/** Returns the first stated deadline, preferring one that resolves to a date. */
/**
 * `probesAsk`: the draft has context, so "could we find 15 minutes this week?" is a request whose
 * time counts; in a bare ping it does not.
 */
export function findDeadline(clauses: Clause[], now: Date, probesAsk = false): DeadlineFinding | null {
  const budget: Budget = { calls: 0 };
  let unresolved: DeadlineFinding | null = null;
  let dated: DeadlineFinding | null = null;
  let earlier = '';
  let triggers = 0;
  for (const clause of clauses) {
    const body = clause.body;
    const actionable = clause.kind === 'request' || clause.kind === 'question';
    // "I'll send the draft by Friday": the writer's own promise, not when the reader must act.
    const promise = clause.kind === 'statement' && OWN_PROMISE.test(body);
    for (const m of promise ? [] : body.matchAll(TRIGGER)) {
      if (++triggers > MAX_TRIGGERS) return dated ?? unresolved;
      const word = m[0];
      const before = body.slice(Math.max(0, m.index - 12), m.index);
      if (REQUEST_ONLY.has(word) && clause.kind !== 'request' && !REQUIREMENT.test(body)) continue;
      if (word === 'due' && (body.startsWith('due to', m.index) || /\b(?:was|were|been) $/.test(before))) continue;
      if (word === 'by' && !actionable && /\b(?:written|made|caused|sent|built|done|owned|run|led|approved|reviewed) $/.test(before)) continue;
      const found = fromTrigger(clause, m.index, now, budget, earlier + ' ' + body.slice(Math.max(0, m.index - 400), m.index));
      // A date in a request wins; one in a statement ("contracts signed before year end") is a fallback.
      if (found?.date && actionable) return found;
      if (found?.date && !dated) dated = found;
      if (found && !found.date && !unresolved) unresolved = found;
    }
    const time = clause.kind === 'request' || (probesAsk && clause.kind === 'probe') ? REQUEST_TIME.exec(body) : null;
    if (time) {
      const from = Math.max(0, time.index - 40);
      const around = body.slice(from, time.index + 60);
      // The date at the matched phrase, not an earlier duration ("find 15 minutes ... this week").
      const hit = parse(around, now, budget).find((r) => r.index + r.text.length > time.index - from && r.start.date().getTime() >= startOfDay(now).getTime());
      if (hit) return { date: resolve(hit, hit.text), phrase: hit.text, soon: isSoon(hit, around) };
    }
    earlier = (earlier + ' ' + body.slice(-400)).slice(-400);
  }
  return dated ?? unresolved;
}
