/**
 * What the Spanish, German, French and Portuguese packs share: word boundaries that know accented
 * letters, what a bare ping is made of by word shape (interjections, chat shorthand, call apps,
 * durations, nouns of a short while with every diminutive), the business phrases each language
 * turns into dates ("fin de mes", "Feierabend", "fin de journée", "fim do dia"), and a pattern that
 * never matches for what a language does not have.
 */
import { addDays, addMonths, lastDayOfMonth, nextFriday, isFriday } from 'date-fns';
import type { Rule } from './types';

/** A letter of these languages: ASCII word characters and the Latin-1 letters (ñ, ß, ç, ã, é, ü…), plus œ. */
const LETTER = '[A-Za-z0-9_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF\\u0152\\u0153]';
const BOUNDARY = `(?:(?<=${LETTER})(?!${LETTER})|(?<!${LETTER})(?=${LETTER}))`;

/** Never matches: for a pattern a language does not need. */
export const NEVER = /(?!)/;

/** One letter of LETTER, written as itself in a pattern. */
const LETTER_LITERAL = /^[A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0152\u0153]$/;
/** What makes the atom before it optional: then it says nothing of the letter next to `\b`. */
const OPTIONAL = /^[?*{]/;

/** The index of the `)` closing the group opened at `open`, or -1. */
function closing(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The group's top-level alternatives, from just inside `(` (or `(?:`) to just before its `)`. */
function alternatives(src: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = src.indexOf(']', i + 1);
    else if (c === '(') i = closing(src, i);
    else if (c === '|') {
      out.push([start, i]);
      start = i + 1;
    }
    if (i < 0) return [];
  }
  out.push([start, to]);
  return out;
}

/** Where a plain or non-capturing group's alternatives begin (after "(" or "(?:"), or -1 for a lookaround or a named group. */
function groupBody(src: string, open: number): number {
  if (src[open + 1] !== '?') return open + 1;
  return src[open + 2] === ':' ? open + 3 : -1;
}

/** Whether every match of the pattern from `at` (up to `end`) starts with a letter: a letter written as itself, or a group whose every alternative does. */
function startsWithLetter(src: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const c = src[at]!;
  if (c === '(') {
    const close = closing(src, at);
    const body = groupBody(src, at);
    if (close < 0 || close >= end || body < 0 || OPTIONAL.test(src.slice(close + 1, close + 2))) return false;
    return alternatives(src, body, close).every(([from, to]) => startsWithLetter(src, from, to));
  }
  return LETTER_LITERAL.test(c) && !OPTIONAL.test(src.slice(at + 1, at + 2));
}

/** Whether every match of the pattern up to `at` (from `begin`) ends with a letter written as itself, or a group whose every alternative does. */
function endsWithLetter(src: string, at: number, begin: number): boolean {
  if (at <= begin) return false;
  const c = src[at - 1]!;
  if (c === ')') {
    // The group ending here: found from the start, since a backward scan cannot see escapes.
    for (let open = begin; open < at; open++) {
      if (src[open] === '\\') open++;
      else if (src[open] === '[') open = src.indexOf(']', open + 1);
      else if (src[open] === '(') {
        const close = closing(src, open);
        if (close === at - 1) {
          const body = groupBody(src, open);
          return body >= 0 && alternatives(src, body, close).every(([from, to]) => endsWithLetter(src, to, from));
        }
        if (close > at - 1 || close < 0) continue; // an enclosing group: look inside it
        open = close;
      }
      if (open < 0) return false;
    }
    return false;
  }
  let escapes = 0;
  while (src[at - 2 - escapes] === '\\') escapes++;
  return LETTER_LITERAL.test(c) && escapes % 2 === 0;
}

/**
 * The pattern with `\b` and `\w` that know accented letters (JavaScript's only know ASCII, so
 * `\bestá\b` fails after the "á"). Kept without the `u` flag so the analyser can join patterns.
 * A `\b` before a letter is only "no letter before" (and after one, "no letter after"): the same
 * matches, found about three times faster than with the two-sided boundary.
 */
export function rx(re: RegExp): RegExp {
  const src = re.source;
  if (!src.includes('\\b') && !src.includes('\\w')) return re;
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = src[++i];
    if (next === 'w') out += LETTER;
    else if (next !== 'b') out += c + next;
    else if (startsWithLetter(src, i + 1, src.length)) out += `(?<!${LETTER})`;
    else if (endsWithLetter(src, i - 1, 0)) out += `(?!${LETTER})`;
    else out += BOUNDARY;
  }
  return new RegExp(out, re.flags);
}

/** Every pattern in a pack (nested objects, arrays and rule tuples) through `rx`. */
export function withLetterBoundaries<T>(value: T): T {
  if (value instanceof RegExp) return rx(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => withLetterBoundaries(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Set) && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLetterBoundaries(v)])) as T;
  }
  return value;
}

/**
 * Interjections and calls for attention in these languages, by shape: "psst", "psiu",
 * "eyyy", "ei", "oiii", "opa", "alô", "ô", "hmm", "jajaja", "hahaha", "kkkk", "rsrs", "xD".
 */
const INTERJECTION = 'p+s+t*|p+s+i+u+|e+y+|e+i+|o+i+|o+p+a+|h+e+y+|h+i+|a+l+[oô]+|[oô]+|[ae]+h+|[ou]+h+|h+m+|m+h?m+|(?:j[aei]|h[aei]|rs)+|k{3,}|lol|xd';

/**
 * Words no topic is made of in any of these languages: chat shorthand, the apps a call happens in,
 * durations and clock times ("5min", "10'", "15h", "9:30"), and nouns of a short while with every
 * diminutive ("minuto", "minutito", "minutico", "minutín", "minutinho", "momentito", "segundinho").
 */
const CHAT = "ok[ae]?y?|pl[sz]|asap|mins?|seg|secs?|hrs?|call|meet|zoom|teams|slack|whats(?:app)?|wa|zap|online|offline|\\d{1,3} ?(?:mins?|m|h|hs|hrs?|s|seg|')|\\d{1,2}[:h]\\d\\d";
const WHILE = '(?:minut|moment|segund|instant|rat|hue(?:c|qu)|cos|cois|temp)(?:o|e|ito|ita|ico|ica|illo|illa|ín|ina|inho|inha|zinho|zinha|ecito)?s?';
/** A pronoun hyphened to a Portuguese verb ("liga-me", "diga-me", "falar-te"). */
const CLITIC = '(?:-(?:me|te|se|nos|vos|lhe|lhes|lo|la|los|las|o|a))?';

/** What `ping.interjection` matches: the shared shapes and the language's own (an alternation). */
export function interjections(own: string): RegExp {
  return new RegExp(`^(?:${INTERJECTION}|${own})$`);
}

/**
 * What `ping.noTopicWord` matches: a whole word of the closed classes a ping is made of, by shape:
 * the shared ones above and the language's own (an alternation of stems with their endings: the
 * verbs of calling, talking, having and being in every person, availability and time words).
 */
export function noTopicShapes(own: string): RegExp {
  return rx(new RegExp(`^(?:${INTERJECTION}|${CHAT}|${WHILE}|(?:${own})${CLITIC})$`));
}

/** Words a probe is made of: those listed, and every word of the shapes (`has` tests both). */
export function wordsAndShapes(list: string, shapes: RegExp): ReadonlySet<string> {
  return new (class extends Set<string> {
    override has(word: string): boolean {
      return super.has(word) || shapes.test(word);
    }
  })(list.split(' '));
}

/**
 * The pack's `verbAt` from word classes (space-separated): a word after a subject, a modal or an
 * auxiliary (`lead`), past the pronouns and particles between them (`between`: "kann ich dich kurz
 * _stören_", "je peux te _déranger_"), or a clause's first word before a subject pronoun (`subject`:
 * "_machst_ du gerade was?", verb-first questions).
 */
export function verbSlot(lead: string, between: string, subject = ''): (words: readonly string[], i: number) => boolean {
  const set = (s: string) => new Set(s.split(' ').filter(Boolean));
  const [leads, betweens, subjects] = [set(lead), set(between), set(subject)];
  return (ws, i) => {
    if (i === 0) return subjects.has(ws[1] ?? '');
    let j = i - 1;
    while (j > 0 && betweens.has(ws[j] ?? '')) j--;
    return leads.has(ws[j] ?? '');
  };
}

/**
 * Something wrong since earlier today that still holds, said without an urgency word ("desde las 8
 * no sale ningún camión", "seit halb zehn friert die Kasse ein", "depuis 22h elles n'arrivent plus
 * à se connecter"): an onset (`since`: "desde las 9", "seit zwei Stunden", "há uma hora") in the
 * same sentence as something that does not happen or people waiting (`stuck`: a negation,
 * "waiting", "stopped"). Someone is blocked now (`high`, a pack's `highIncident`: ignored once the
 * incident is over); where the sentence also names customers buying or paying (`revenue`),
 * customers are (`critical`, the whole sentence).
 */
export function stuckSince(since: RegExp, stuck: RegExp, revenue: RegExp): { high: Rule; critical: Rule } {
  const [onset, wrong, paying] = [since, stuck, revenue].map((re) => `(?:${re.source})`) as [string, string, string];
  const within = (slot: string) => `(?=[^.!?\\n]*${slot})`;
  return {
    high: [new RegExp(`${onset}[^.!?\\n]{0,80}${wrong}|${wrong}[^.!?\\n]{0,80}${onset}`), 'something has been stuck since earlier today'],
    critical: [new RegExp(`(?<=^|[.!?\\n] ?)${within(onset)}${within(wrong)}${within(paying)}[^.!?\\n]{1,160}`), 'customers cannot buy or pay since then'],
  };
}

/**
 * No rush and nothing to do, by structure rather than phrase by phrase: a haste word with a
 * negation up to two words before it ("no es urgente", "nada de prisa", "rien de pressé") or after
 * it ("eilt überhaupt nicht", "ça presse pas", "drängt null"), and a "no need" up to two words
 * before a verb of answering or acting ("no hace falta que me contestéis", "ninguém precisa de
 * fazer nada", "ihr müsst nichts tun"): the pack's `lowExplicit`, its listed phrases (`listed`) and these.
 */
export function calm(listed: RegExp, negation: string, haste: string, needless: string, act: string): RegExp {
  const [no, hurry, need, reply] = [negation, haste, needless, act].map((words) => `(?:${words})`);
  return new RegExp(`${listed.source}|\\b${no}(?: \\w+){0,2} ${hurry}\\b|\\b${hurry}(?: \\w+){0,2} ${no}\\b|\\b${need}(?: \\w+){0,2} ${reply}\\b`);
}

/** "14h", "8h30", "15 h", "15 h 30" (French typography spaces them): group 1 the hour, group 2 the minutes. */
export const HOUR_MARK = /\b(\d{1,2}) ?h(?: ?(\d\d))?\b/g;

/** Business phrases of one language, each resolved by `preparer` to a form every chrono locale parses. */
export interface BusinessPhrases {
  endOfDay: RegExp;
  endOfWeek: RegExp;
  endOfNextWeek: RegExp;
  endOfMonth: RegExp;
  endOfYear: RegExp;
  /** "el día 12", "le 12", "am 12.": group 1 is the day of this month (or the next, once past). */
  dayOfMonth: RegExp;
  /** "14h", "8h30": group 1 the hour, group 2 the minutes. */
  hourMark: RegExp;
}

/** Clock times and days as every one of these languages' parsers reads them: "17:00", "3/12" (day first). */
const time = (hhmm: string): string => hhmm;
const date = (day: Date): string => `${day.getDate()}/${day.getMonth() + 1}`;

/**
 * A clock time said without a.m./p.m. at work ("antes de las 2", "até as 3"): 1 to 7 are afternoon
 * hours, as "17:00"-style text every chrono locale reads (chrono itself reads "las 2" as 02:00).
 */
export function workdayClock(hour: number, minutes = 0): string {
  const h = hour >= 1 && hour <= 7 ? hour + 12 : hour;
  return time(`${h}:${String(minutes).padStart(2, '0')}`);
}

/** "in 10 minutes" as the clock time it points at (for locales whose parser has no relative minutes). */
export function clockIn(now: Date, minutes: number): string {
  const at = new Date(now.getTime() + minutes * 60_000);
  return time(`${at.getHours()}:${String(at.getMinutes()).padStart(2, '0')}`);
}

/** The pack's `prepare`: business phrases become a day and a time its chrono locale knows. */
export function preparer(p: BusinessPhrases): (snippet: string, now: Date) => string {
  const rules = Object.values(p).filter((v): v is RegExp => v instanceof RegExp);
  for (const re of rules) if (!re.global) throw new Error(`business phrase pattern must be global: ${re.source}`);
  return (snippet, now) => {
    const friday = isFriday(now) ? now : nextFriday(now);
    return snippet
      .replace(p.hourMark, (_m, h: string, min?: string) => time(`${h}:${min ?? '00'}`))
      .replace(p.endOfDay, time('17:00'))
      .replace(p.endOfNextWeek, `${date(addDays(friday, 7))} ${time('17:00')}`)
      .replace(p.endOfWeek, `${date(friday)} ${time('17:00')}`)
      .replace(p.endOfMonth, date(lastDayOfMonth(now)))
      .replace(p.endOfYear, date(new Date(now.getFullYear(), 11, 31)))
      .replace(p.dayOfMonth, (m, day: string) => {
        const d = Number(day);
        if (d < 1 || d > 31) return m;
        const month = d >= now.getDate() ? now : addMonths(now, 1);
        return date(new Date(month.getFullYear(), month.getMonth(), d));
      });
  };
}
