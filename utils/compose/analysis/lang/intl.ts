/**
 * What the Spanish, German, French and Portuguese packs share: word boundaries that know accented
 * letters, the business phrases each language turns into dates ("fin de mes", "Feierabend",
 * "fin de journée", "fim do dia"), and a pattern that never matches for what a language does not have.
 */
import { addDays, addMonths, lastDayOfMonth, nextFriday, isFriday } from 'date-fns';

/** A letter of these languages: ASCII word characters and the Latin-1 letters (ñ, ß, ç, ã, é, ü…), plus œ. */
const LETTER = '[A-Za-z0-9_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF\\u0152\\u0153]';
const BOUNDARY = `(?:(?<=${LETTER})(?!${LETTER})|(?<!${LETTER})(?=${LETTER}))`;

/** Never matches: for a pattern a language does not need. */
export const NEVER = /(?!)/;

/**
 * The pattern with `\b` and `\w` that know accented letters (JavaScript's only know ASCII, so
 * `\bestá\b` fails after the "á"). Kept without the `u` flag so the analyser can join patterns.
 */
export function rx(re: RegExp): RegExp {
  if (!re.source.includes('\\b') && !re.source.includes('\\w')) return re;
  return new RegExp(re.source.replace(/\\w/g, LETTER).replace(/\\b/g, BOUNDARY), re.flags);
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
