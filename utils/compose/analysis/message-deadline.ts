/**
 * Finds the stated reply/action deadline in a draft ("by EOD tomorrow", "before Thursday's
 * review", "within the hour", "no later than Dec 4") and resolves it with chrono-node relative to
 * `now`. Only deadline phrases count, not every date mentioned. chrono only ever sees a short
 * window after each trigger, which keeps this cheap on long drafts.
 */
import type * as chrono from 'chrono-node';
import { addBusinessDays, isSameDay, setHours, startOfDay, startOfHour } from 'date-fns';
import type { Clause } from './message-clauses';
import type { LanguagePack } from './lang/types';

type Dates = LanguagePack['deadline'];

export interface DeadlineFinding {
  /** Resolved date, or null when the phrase names an event with no date ("before we ship"). */
  date: Date | null;
  /** The phrase as written, e.g. "by EOD tomorrow". */
  phrase: string;
  /** The phrase puts the deadline within hours (today, minutes, an hour, a clock time). */
  soon: boolean;
}

const MAX_CHRONO_CALLS = 4;
/** Deadline words looked at per draft; a real draft has a handful. */
const MAX_TRIGGERS = 40;


/** Within hours: "today", "in 20 min", "within the hour", or a bare clock time ("by 3pm", "by EOD"). */
function isSoon(result: chrono.ParsedResult, context: string, D: Dates): boolean {
  if (D.soon.test(result.text)) return true;
  if (D.later.test(result.text) || D.later.test(context) || result.start.isCertain('weekday') || result.start.isCertain('month')) return false;
  return D.soon.test(context) || result.start.isCertain('hour');
}

/** Where, in the original window, the prepared text reaches `preparedEnd` (shorthand changes lengths). */
function originalEnd(window: string, preparedEnd: number, now: Date, D: Dates): number {
  const target = D.prepare(window, now).slice(0, preparedEnd);
  for (let end = Math.max(1, preparedEnd - 30); end < window.length; end++) {
    if (D.prepare(window.slice(0, end), now).startsWith(target)) return end;
  }
  return window.length;
}

/** The phrase in the writer's own casing. */
function asWritten(clause: Clause, start: number, length: number): string {
  const source = clause.core.length === clause.body.length ? clause.core : clause.body;
  return source.slice(start, start + length).trim().replace(/[,.;:!?]+$/, '');
}

function resolve(result: chrono.ParsedResult, phrase: string, D: Dates): Date {
  let date = result.start.date();
  if (!result.start.isCertain('hour')) {
    if (D.morning.test(phrase)) date = setHours(startOfHour(date), 9);
    else if (!D.notEndOfDay.test(phrase)) date = setHours(startOfHour(date), 17);
  }
  return date;
}

interface Budget {
  calls: number;
  D: Dates;
}


function parse(text: string, now: Date, budget: Budget): chrono.ParsedResult[] {
  const { D } = budget;
  if (budget.calls >= MAX_CHRONO_CALLS || !D.dateHint.test(text)) return [];
  budget.calls++;
  return D.parse(D.prepare(text, now), now);
}

function fromTrigger(clause: Clause, at: number, now: Date, budget: Budget, earlier: string): DeadlineFinding | null {
  const { D } = budget;
  const body = clause.body;
  // The phrase ends at the next comma or full stop ("before year end, so ... no later than Dec 4").
  const raw = body.slice(at, at + 70);
  const stop = /[,;!?]|\.(?!\d)/.exec(raw);
  const window = stop ? raw.slice(0, stop.index) : raw;
  const back = D.backReference.exec(window);
  if (back) {
    const prior = parse(earlier.slice(-400), now, budget).at(-1);
    const phrase = asWritten(clause, at, back[0].length);
    if (!prior) return { date: null, phrase, soon: false };
    return { date: resolve(prior, prior.text, D), phrase, soon: isSoon(prior, '', D) };
  }
  if (D.amount.test(window)) return null; // "push the launch by a week": an amount, not a date
  const business = D.businessDays.exec(window);
  if (business) {
    // chrono counts calendar days; business days skip weekends.
    const n = D.numberWords[business[1] ?? ''] ?? Number(business[1]);
    return { date: setHours(startOfHour(addBusinessDays(now, n)), 17), phrase: asWritten(clause, at, business[0].length), soon: false };
  }
  const results = parse(window, now, budget);
  // "before we cut the release on the 14th" may name an event first; "by" is followed by the date itself
  // (so "made public by a change merged on Tuesday" is no deadline).
  const reach = D.eventFirst.test(window) ? 60 : 16;
  const hit = results.find((r) => r.index <= reach);
  const end = hit ? originalEnd(window, hit.index + hit.text.length, now, D) : Math.min(window.length, /[,.;!?]/.exec(window)?.index ?? 50);
  const phrase = asWritten(clause, at, end);
  if (!hit) {
    // "before we ship the referral program": a stated deadline without a date.
    return D.eventDeadline.test(window) && clause.kind !== 'statement'
      ? { date: null, phrase, soon: false }
      : null;
  }
  if (hit.start.date().getTime() < startOfDay(now).getTime()) return null;
  return { date: resolve(hit, phrase, D), phrase, soon: isSoon(hit, window, D) };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** "today 15:00", "Fri 28 Nov" (end of the working day), "Mon 1 Dec 09:00". */
export function formatDeadline(date: Date, now: Date): string {
  const time = `${two(date.getHours())}:${two(date.getMinutes())}`;
  if (isSameDay(date, now)) return `today ${time}`;
  return `${WEEKDAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]}` + (time === '17:00' ? '' : ` ${time}`);
}

/**
 * The stated deadline: a dated one in a request or question first, else the first dated one in a
 * statement ("contracts signed before year end", parsed only when no request names a date), else
 * the first phrase without a date. `probesAsk`: the draft has context, so "could we find 15 minutes this week?" is a request whose
 * time counts; in a bare ping it does not.
 */
export function findDeadline(clauses: Clause[], now: Date, pack: LanguagePack, probesAsk = false): DeadlineFinding | null {
  const D = pack.deadline;
  const budget: Budget = { calls: 0, D };
  /** The first deadline phrase without a date, in the order written. */
  const undated = { found: null as DeadlineFinding | null, order: Infinity };
  const noteUndated = (found: DeadlineFinding | null, order: number) => {
    if (found && !found.date && order < undated.order) Object.assign(undated, { found, order });
  };
  /** Deadline words in statements, read only if no request names a date (each costs a chrono parse). */
  const statements: { clause: Clause; at: number; earlier: string; order: number }[] = [];
  let earlier = '';
  let triggers = 0;
  scan: for (const clause of clauses) {
    const body = clause.body;
    const actionable = clause.kind === 'request' || clause.kind === 'question';
    // "I'll send the draft by Friday": the writer's own promise, not when the reader must act.
    const promise = clause.kind === 'statement' && D.ownPromise.test(body);
    for (const m of promise ? [] : body.matchAll(D.trigger)) {
      if (++triggers > MAX_TRIGGERS) break scan;
      const word = m[0];
      const before = body.slice(Math.max(0, m.index - 12), m.index);
      if (D.requestOnly.has(word) && clause.kind !== 'request' && !D.requirement.test(body)) continue;
      if (word === 'due' && (D.dueNotDeadline.test(body.slice(m.index, m.index + 12)) || D.pastDue.test(before))) continue;
      if (word === 'by' && !actionable && D.byAuthor.test(before)) continue;
      const context = earlier + ' ' + body.slice(Math.max(0, m.index - 400), m.index);
      if (!actionable) {
        statements.push({ clause, at: m.index, earlier: context, order: triggers });
        continue;
      }
      const found = fromTrigger(clause, m.index, now, budget, context);
      // A date in a request wins; one in a statement ("contracts signed before year end") is a fallback.
      if (found?.date) return found;
      noteUndated(found, triggers);
    }
    const time = clause.kind === 'request' || (probesAsk && clause.kind === 'probe') ? D.requestTime.exec(body) : null;
    if (time) {
      const from = Math.max(0, time.index - 40);
      const around = body.slice(from, time.index + 60);
      // The date at the matched phrase, not an earlier duration ("find 15 minutes ... this week").
      const hit = parse(around, now, budget).find((r) => r.index + r.text.length > time.index - from && r.start.date().getTime() >= startOfDay(now).getTime());
      if (hit) return { date: resolve(hit, hit.text, D), phrase: hit.text, soon: isSoon(hit, around, D) };
    }
    earlier = (earlier + ' ' + body.slice(-400)).slice(-400);
  }
  for (const { clause, at, earlier: context, order } of statements) {
    const found = fromTrigger(clause, at, now, budget, context);
    if (found?.date) return found;
    noteUndated(found, order);
  }
  return undated.found;
}
