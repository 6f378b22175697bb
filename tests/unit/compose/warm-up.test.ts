import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { loadedEnglish, packOf } from '../../../utils/compose/analysis/lang/packs';
import { MAX_SLICE_MS, regExpsIn, runInIdleSlices, warmUpInIdleTime, warmUpSteps } from '../../../utils/compose/warm-up';

/** A ctx whose idle callbacks wait in a queue until the test runs them with a deadline of its choice. */
function idleQueue() {
  const queue: { cb: IdleRequestCallback; options?: IdleRequestOptions }[] = [];
  const ctx = { requestIdleCallback: (cb: IdleRequestCallback, options?: IdleRequestOptions) => queue.push({ cb, options }) } as unknown as ContentScriptContext;
  /** Runs the next callback; the deadline has `budget` ms, spent by each step as `cost` says. */
  const runNext = (budget: number, cost: () => number) => {
    let left = budget;
    const { cb } = queue.shift()!;
    cb({ didTimeout: false, timeRemaining: () => Math.max(0, (left -= cost())) });
  };
  return { ctx, queue, runNext };
}

describe('runInIdleSlices', () => {
  it('runs the steps in order, as many per idle callback as its deadline leaves room for, and at least one', () => {
    const { ctx, queue, runNext } = idleQueue();
    const ran: number[] = [];
    runInIdleSlices(ctx, [0, 1, 2, 3, 4].map((i) => () => void ran.push(i)));
    expect(ran).toEqual([]);
    // 20 ms of idle time, each step reported as taking 6 ms: three steps fit (20 → 14 → 8 → 2).
    runNext(20, () => 6);
    expect(ran).toEqual([0, 1, 2]);
    // A callback fired by its timeout has no time left: one step, then it asks again.
    runNext(0, () => 0);
    expect(ran).toEqual([0, 1, 2, 3]);
    expect(queue[0]?.options?.timeout).toBeGreaterThan(0);
    runNext(50, () => 1);
    expect(ran).toEqual([0, 1, 2, 3, 4]);
    expect(queue).toHaveLength(0);
  });

  it('stops a slice after MAX_SLICE_MS of work even when the idle deadline leaves room for more', () => {
    const { ctx, queue, runNext } = idleQueue();
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    try {
      const ran: number[] = [];
      // Each step takes 5 ms of real time; the browser offers a whole 50 ms idle period.
      runInIdleSlices(ctx, [0, 1, 2, 3, 4, 5].map((i) => () => void (ran.push(i), (clock += 5))));
      runNext(50, () => 0);
      expect(ran).toHaveLength(Math.ceil(MAX_SLICE_MS / 5));
      expect(ran.length * 5).toBeLessThan(50);
      expect(queue).toHaveLength(1); // the rest in the next idle callback
    } finally {
      now.mockRestore();
    }
  });

  it('goes on after a step that throws', () => {
    const { ctx, runNext } = idleQueue();
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const after = vi.fn();
    runInIdleSlices(ctx, [
      () => {
        throw new Error('broken rule');
      },
      after,
    ]);
    runNext(50, () => 1);
    expect(after).toHaveBeenCalledOnce();
    expect(debug).toHaveBeenCalled();
    debug.mockRestore();
  });

  it('asks for no idle time when there is nothing to do', () => {
    const { ctx, queue } = idleQueue();
    runInIdleSlices(ctx, []);
    expect(queue).toHaveLength(0);
  });
});

describe('warm-up steps', () => {
  it('finds the regular expressions in nested objects, arrays, sets and maps, each once', () => {
    const a = /a/;
    const b = /b/g;
    const c = /c/;
    const shared = { a };
    expect(regExpsIn({ shared, again: shared, list: [b, 'text', 3], set: new Set([c]), map: new Map([['k', { a, d: null }]]) })).toEqual([a, b, c]);
  });

  it('covers every rule of the English pack and leaves their lastIndex as it was', () => {
    const rules = regExpsIn(packOf('en'));
    expect(rules.length).toBeGreaterThan(50);
    // Global and sticky rules keep their place between calls: the warm-up must not move it.
    const global = rules.find((re) => re.global || re.sticky)!;
    expect(global).toBeDefined();
    global.lastIndex = 3;
    const steps = warmUpSteps(loadedEnglish()!);
    // A step per rule, per chrono parser, and two full analyses.
    expect(steps.length).toBeGreaterThan(rules.length + 2);
    for (const step of steps) step();
    expect(global.lastIndex).toBe(3);
  });
});

describe('warmUpInIdleTime', () => {
  it('runs each rule and each date parser twice in steps of their own (its two compilations never in one step), then the analyses', () => {
    const english = loadedEnglish()!;
    const rules = regExpsIn(english.en);
    const steps = warmUpSteps(english);
    const test = vi.spyOn(rules[0]!, 'test');
    try {
      steps[0]!();
      expect(test).toHaveBeenCalledTimes(1);
      steps[1]!();
      expect(test).toHaveBeenCalledTimes(2);
    } finally {
      test.mockRestore();
    }
    expect(steps.length).toBeGreaterThanOrEqual(2 * rules.length + 2 * english.chronoEn.casual.parsers.length + 2);
  });

  it("makes its list of steps in an idle callback, not in the task that brought English's chunk, then runs them in later ones", () => {
    const { ctx, queue, runNext } = idleQueue();
    const english = loadedEnglish()!;
    const listed = vi.spyOn(english.chronoEn.casual.parsers, 'flatMap');
    const parse = vi.spyOn(english.chronoEn.casual, 'parse');
    try {
      warmUpInIdleTime(ctx, english);
      expect(listed).not.toHaveBeenCalled();
      expect(queue).toHaveLength(1);
      runNext(50, () => 0);
      expect(listed).toHaveBeenCalledOnce();
      expect(parse).not.toHaveBeenCalled(); // the steps start in the next idle callback
      for (let i = 0; i < 1000 && queue.length; i++) runNext(50, () => 0);
      expect(queue).toHaveLength(0);
      expect(parse).toHaveBeenCalled(); // the full analyses at the end read the draft's deadline
    } finally {
      listed.mockRestore();
      parse.mockRestore();
    }
  });
});
