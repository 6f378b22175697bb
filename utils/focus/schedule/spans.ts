/** The longest single block accepted (a "focus until", a one-off, or one from an imported file). */
export const MAX_BLOCK_MS = 86_400_000;

/** A stretch of time, epoch ms, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** Overlapping or touching spans merged into one stretch, with the spans it covers. */
export interface Merged<T extends Span> extends Span {
  members: T[];
}

/** Sorts and merges spans that overlap or touch; empty or inverted spans are ignored. */
export function mergeSpans<T extends Span>(spans: readonly T[]): Merged<T>[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Merged<T>[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      last.members.push(s);
    } else {
      out.push({ start: s.start, end: s.end, members: [s] });
    }
  }
  return out;
}

/** The earliest start or end of any single span strictly after `at`: when some block changes state. */
export function nextBoundary(spans: readonly Span[], at: number): number | null {
  let best: number | null = null;
  for (const s of spans) {
    const t = s.start > at ? s.start : s.end > at ? s.end : null;
    if (t !== null && (best === null || t < best)) best = t;
  }
  return best;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
