import type { Recurrence } from './analysis';

/*
 * What the meeting sites' editors show as text, read into values: a time of day, a recurrence.
 * Shared by the Calendar and Outlook adapters, and apart from either, so neither site's loader
 * carries the other's selectors.
 */

/** "HH:MM" (24-hour) or "h:mma" ("9:30am", "12pm", "9:30 PM", "9.30 a.m.") → minutes after midnight. */
export function parseTimeOfDay(raw: string | null | undefined): number | null {
  const m = /^\s*(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?\s*$/i.exec(raw ?? '');
  if (!m) return null;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  const ap = m[3]?.toLowerCase();
  if (min > 59) return null;
  if (ap) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ap === 'p' ? 12 : 0);
  } else if (h > 23 || !m[2]) {
    return null;
  }
  return h * 60 + min;
}

/** Recurrence from the selected option: an RRULE in a data attribute if there is one, else its text. */
export function parseRecurrence(raw: string | null | undefined): Recurrence {
  const s = (raw ?? '').toLowerCase();
  const freq = /freq=(daily|weekly|monthly|yearly)/.exec(s);
  if (freq) {
    const interval = Number(/interval=(\d+)/.exec(s)?.[1] ?? 1);
    // Every 3+ weeks is closest to monthly among the recurrences the analyser costs.
    if (freq[1] === 'weekly') return interval <= 1 ? 'weekly' : interval === 2 ? 'biweekly' : 'monthly';
    return freq[1] === 'daily' ? 'daily' : freq[1] === 'monthly' ? 'monthly' : 'none';
  }
  if (/\b(every (2|two|other) weeks?|bi-?weekly|fortnightly)\b/.test(s)) return 'biweekly';
  if (/\b(daily|every (week)?day|every day|each day|täglich|diario|quotidien)/.test(s)) return 'daily';
  if (/\b(weekly|every week|wöchentlich|semanal|hebdomadaire)/.test(s)) return 'weekly';
  if (/\b(monthly|every month|monatlich|mensual|mensuel)/.test(s)) return 'monthly';
  return 'none';
}
