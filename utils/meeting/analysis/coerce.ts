/** An invite is read from the page: anything odd in it is coerced, never thrown on. */
import { RECURRENCES, type Recurrence } from './types';

/** Cap on the text we look at: descriptions can be long; the signal is near the top. */
const MAX_TEXT = 20_000;

export function asText(v: unknown): string {
  return typeof v === 'string' ? v.slice(0, MAX_TEXT) : '';
}

export function asCount(v: unknown, min: number, max: number): number {
  const n = typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : min;
  return Math.min(max, Math.max(min, n));
}

export function asRecurrence(v: unknown): Recurrence {
  return (RECURRENCES as readonly unknown[]).includes(v) ? (v as Recurrence) : 'none';
}
