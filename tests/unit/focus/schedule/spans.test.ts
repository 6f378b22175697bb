import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeSpans, nextBoundary, overlaps } from '../../../../utils/focus/schedule/spans';

const s = (start: number, end: number, id = `${start}-${end}`) => ({ start, end, id });

describe('mergeSpans', () => {
  it('merges overlapping and touching spans and keeps disjoint ones apart', () => {
    const merged = mergeSpans([s(50, 60), s(0, 10), s(5, 20), s(20, 30), s(40, 45)]);
    expect(merged.map(({ start, end }) => [start, end])).toEqual([
      [0, 30],
      [40, 45],
      [50, 60],
    ]);
    expect(merged[0]!.members.map((m) => m.id)).toEqual(['0-10', '5-20', '20-30']);
  });

  it('a span inside another does not shorten it', () => {
    expect(mergeSpans([s(0, 100), s(10, 20)]).map(({ start, end }) => [start, end])).toEqual([[0, 100]]);
  });

  it('ignores empty and inverted spans', () => {
    expect(mergeSpans([s(5, 5), s(9, 3)])).toEqual([]);
  });

  it('property: merged stretches are sorted, disjoint, and cover exactly the union', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 50 })), { maxLength: 30 }), (raw) => {
        const spans = raw.map(([a, len]) => s(a, a + len));
        const merged = mergeSpans(spans);
        for (let i = 1; i < merged.length; i++) expect(merged[i]!.start).toBeGreaterThan(merged[i - 1]!.end);
        for (let t = 0; t < 260; t++) {
          const inAny = spans.some((x) => x.start <= t && t < x.end);
          const inMerged = merged.some((x) => x.start <= t && t < x.end);
          expect(inMerged).toBe(inAny);
        }
        expect(merged.reduce((n, m) => n + m.members.length, 0)).toBe(spans.length);
      }),
    );
  });
});

describe('nextBoundary', () => {
  const spans = [s(100, 200), s(150, 300), s(400, 500)];

  it.each([
    [99, 100],
    [100, 150],
    [199, 200],
    [200, 300],
    [300, 400],
    [450, 500],
    [500, null],
  ])('at %i', (t, boundary) => {
    expect(nextBoundary(spans, t)).toBe(boundary);
  });

  it('overlaps is end-exclusive', () => {
    expect(overlaps(s(0, 10), s(10, 20))).toBe(false);
    expect(overlaps(s(0, 11), s(10, 20))).toBe(true);
    expect(overlaps(s(0, 100), s(10, 20))).toBe(true);
  });
});
