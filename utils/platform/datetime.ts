/**
 * The one way Focusgate writes dates and times: the browser's locale (12- or 24-hour clock,
 * day/month order and names as the user has them), the same in the popup, the pages, the
 * digest and the coach. `locale` is only for tests; the product always passes none.
 */
type Locale = string | undefined;

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const TIME: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** "Wed, Nov 25" / "Wed 25 Nov" / "mer. 25 nov." */
export function formatDay(date: Date, locale?: Locale): string {
  return formatter(locale, DAY).format(date);
}

/** "Nov 25" / "25 Nov": a date without its weekday. */
export function formatDate(date: Date, locale?: Locale): string {
  return formatter(locale, { day: 'numeric', month: 'short' }).format(date);
}

/** "3:00 PM" / "15:00" */
export function formatTime(date: Date, locale?: Locale): string {
  return formatter(locale, TIME).format(date);
}

/** "9:30 AM" / "09:30": a time of day given as minutes after midnight (a field's value, a rule's start). */
export function formatClock(minutes: number, locale?: Locale): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return formatTime(new Date(2000, 0, 1, Math.floor(m / 60), m % 60), locale);
}

/** "Wed, Nov 25, 3:00 PM" / "Wed 25 Nov, 15:00" */
export function formatDayTime(date: Date, locale?: Locale): string {
  return formatter(locale, { ...DAY, ...TIME }).format(date);
}

/** "3:00 – 5:00 PM" / "15:00–17:00": a span within one day. */
export function formatTimeRange(start: Date, end: Date, locale?: Locale): string {
  return formatter(locale, TIME).formatRange(start, end);
}

/** The weekday alone: "W" (`narrow`), "Wed" (`short`) or "Wednesday" (`long`). */
export function formatWeekday(date: Date, width: 'narrow' | 'short' | 'long' = 'short', locale?: Locale): string {
  return formatter(locale, { weekday: width }).format(date);
}

/** "Wednesday, November 25" / "Wednesday 25 November": a day spelt out, for screen readers. */
export function formatLongDay(date: Date, locale?: Locale): string {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long' }).format(date);
}
