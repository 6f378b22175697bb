import type { ContentScriptContext } from '#imports';
import { analyzeDraft } from './analysis/draft';
import type { EnglishChunk } from './analysis/lang/packs';

/*
 * The analyser's first runs are slow: V8 compiles each regular expression the first time it runs
 * and again, to machine code, the second time, and the English rules and chrono's parsers are a
 * few hundred of them. Done by the first analysis, that was one long task (≥ 50 ms). Here the
 * coach compiles them ahead once English's chunk has arrived, in idle time, one rule or parser at
 * a time, so no slice is long and the verdict that first needs them finds them ready.
 */

/** Any draft with a greeting, an ask, a deadline and an urgency cue: analysing it exercises most rules. */
export const WARM_UP_DRAFT = 'hey Sam, the release is blocked: can you review the Q3 deck by Friday 3pm? urgent, thanks';

/** An idle callback keeps going while at least this much of its deadline is left. */
const MIN_SLICE_MS = 4;
/**
 * And for at most this long: an idle period can last 50 ms, and a slice that filled it (plus the
 * step that overran it) would be a long task of its own, delaying the user's next keystroke.
 */
export const MAX_SLICE_MS = 12;
/** On a page that is never idle, a step still runs this long after the previous one. */
export const IDLE_TIMEOUT_MS = 1000;

type Step = () => void;

/** Runs `steps` in order in idle callbacks, as many in each as its deadline and MAX_SLICE_MS allow (at least one). */
export function runInIdleSlices(ctx: ContentScriptContext, steps: readonly Step[]): void {
  let next = 0;
  const slice = (deadline: IdleDeadline) => {
    const start = performance.now();
    do {
      try {
        steps[next++]?.();
      } catch (err) {
        console.debug('[focusgate] coach warm-up', err);
      }
    } while (next < steps.length && deadline.timeRemaining() > MIN_SLICE_MS && performance.now() - start < MAX_SLICE_MS);
    if (next < steps.length) ctx.requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
  };
  if (steps.length) ctx.requestIdleCallback(slice, { timeout: IDLE_TIMEOUT_MS });
}

/** Every regular expression in a language pack's tables (objects, arrays, sets and maps of them). */
export function regExpsIn(root: unknown): RegExp[] {
  const found = new Set<RegExp>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof RegExp) found.add(value);
    else if (value instanceof Map) for (const v of value.values()) visit(v);
    else if (value instanceof Set || Array.isArray(value)) for (const v of value as Iterable<unknown>) visit(v);
    else for (const v of Object.values(value)) visit(v);
  };
  visit(root);
  return [...found];
}

/**
 * Runs `re` once, leaving its `lastIndex` as it was. V8 compiles a regular expression the first
 * time it runs and to machine code the second time: two steps, not one, so a long pattern's two
 * compilations do not add up in one slice.
 */
function runRegExp(re: RegExp, sample: string): void {
  const { lastIndex } = re;
  re.test(sample);
  re.lastIndex = lastIndex;
}

/**
 * The steps that prepare the English analyser from its chunk (`english`): its rules, chrono's
 * English parsers (the ones lang/en.ts parses dates with, each on its own), each run twice in
 * steps of their own (see runRegExp), then two full analyses for the rest.
 */
export function warmUpSteps(english: EnglishChunk): Step[] {
  const sample = WARM_UP_DRAFT.toLowerCase();
  const now = new Date();
  const twice = (step: Step): Step[] => [step, step];
  return [
    ...regExpsIn(english.en).flatMap((re) => twice(() => runRegExp(re, sample))),
    ...english.chronoEn.casual.parsers.flatMap((parser) => {
      const one = new english.Chrono({ parsers: [parser], refiners: [] });
      return twice(() => void one.parse(WARM_UP_DRAFT, now, { forwardDate: true }));
    }),
    ...twice(() => void analyzeDraft(WARM_UP_DRAFT, now, undefined, 'en')),
  ];
}

/**
 * Prepares the English analyser from its chunk in idle time: even the list of steps is made in an
 * idle callback (it walks every rule table), not in the task that brought the chunk.
 */
export function warmUpInIdleTime(ctx: ContentScriptContext, english: EnglishChunk): void {
  ctx.requestIdleCallback(() => runInIdleSlices(ctx, warmUpSteps(english)), { timeout: IDLE_TIMEOUT_MS });
}
