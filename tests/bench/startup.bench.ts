/**
 * Main-thread time Focusgate's content scripts add to a host page load (budget: 20 ms), the
 * cost of the first composer focus (when the coach's React UI mounts), and on the compose pages
 * what typing runs of ours per keystroke once the coach is up (calls, and style or layout our
 * scripts force; the debounced analysis at the end of the burst counted in).
 *
 * Method: the built extension in Debian's Chromium, fixture pages served under the real host
 * URLs, a DevTools trace of each load; we add up the main-thread trace events attributed to our
 * scripts (compile + evaluate + any function call from a chrome-extension:// URL), median over
 * several loads.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, launch } from '../e2e/harness';
import { benchPages, serveBenchFixtures } from './pages';

interface TraceEvent {
  name: string;
  ph: string;
  ts?: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string; frame?: string }; beginData?: { stackTrace?: { url?: string }[] } };
}

const RUNS = 7;
/** What the typing trace types into a composer the coach already watches. */
const TYPED_KEYS = 'the numbers for the quarterly report, when you have them '.repeat(2);
/** Trace events that are a callback of a script (a listener, an observer, a timer, an idle callback). */
const CALLBACKS = new Set(['FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame']);
/** Style and layout work; with a stack trace it was forced by the script on top of that stack. */
const FORCED = new Set(['UpdateLayoutTree', 'Layout']);

async function traced(cdp: CDPSession, action: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.stack',
    transferMode: 'ReportEvents',
  });
  await action();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

const scriptOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.data?.scriptName ?? '';

/*
 * Ours: any chrome-extension:// script (Focusgate is the only extension loaded). The parts are
 * web-accessible with use_dynamic_url, so they load from a per-session id, not the extension's.
 */
const OURS = /^chrome-extension:\/\/[a-z0-9-]+\//;
const fileOf = (url: string) => url.replace(OURS, '');

/** Milliseconds of complete ('X') events from our scripts (or one file), without double-counting nesting. */
function extensionMs(events: TraceEvent[], file?: string): number {
  const ours = events.filter((e) => {
    const url = scriptOf(e);
    return e.ph === 'X' && typeof e.dur === 'number' && OURS.test(url) && (file === undefined || fileOf(url) === file);
  }) as (TraceEvent & { dur: number; ts: number })[];
  // Merge overlapping intervals per thread so nested events are counted once.
  let total = 0;
  const byThread = new Map<number, (TraceEvent & { dur: number; ts: number })[]>();
  for (const e of ours) byThread.set(e.tid, [...(byThread.get(e.tid) ?? []), e]);
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    let end = -Infinity;
    for (const e of list) {
      const s = Math.max(e.ts, end);
      const f = e.ts + e.dur;
      if (f > s) total += f - s;
      end = Math.max(end, f);
    }
  }
  return total / 1000;
}

/**
 * The events that ran inside an idle callback: the coach's warm-up slices and language prefetch,
 * work the page does when it has nothing else to do, apart from what the focus itself costs.
 */
function inIdleCallbacks(events: TraceEvent[]): TraceEvent[] {
  const idle = events.filter((e) => e.ph === 'X' && e.name === 'FireIdleCallback') as (TraceEvent & { dur: number; ts: number })[];
  return events.filter((e) => {
    if (e.ph !== 'X' || e.ts === undefined || e.dur === undefined) return false;
    const end = e.ts + e.dur;
    return idle.some((i) => i.pid === e.pid && i.tid === e.tid && i.ts <= (e.ts as number) && end <= i.ts + i.dur);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export default async function startupBench(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log(`no build at ${EXTENSION_DIR}: run npm run build first`);
    return;
  }
  const session = await launch();
  await serveBenchFixtures(session);
  try {
    for (const p of benchPages()) {
      const load: number[] = [];
      const focus: number[] = [];
      const focusIdle: number[] = [];
      const perScript = new Map<string, number[]>();
      const perFocusScript = new Map<string, number[]>();
      const typing: string[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page: Page = await session.context.newPage();
        const cdp = await session.context.newCDPSession(page);
        const trace = await traced(cdp, async () => void (await page.goto(p.url, { waitUntil: 'load' })));
        load.push(extensionMs(trace));
        for (const file of new Set(trace.map(scriptOf).filter((u) => OURS.test(u)).map(fileOf))) {
          perScript.set(file, [...(perScript.get(file) ?? []), extensionMs(trace, file)]);
        }
        const focusTrace = await traced(cdp, async () => {
          await page.click(p.composer);
          await page.keyboard.type('hey');
          await page.waitForTimeout(700);
        });
        if (p.typing && i === 0) {
          // Typing once the coach is up: what our scripts run, and the style and layout work they
          // force, per keystroke (beyond the debounced analysis at the end).
          await page.waitForTimeout(1500);
          const keys = TYPED_KEYS;
          const typingTrace = await traced(cdp, async () => {
            await page.keyboard.type(keys);
            await page.waitForTimeout(400);
          });
          const ours = typingTrace.filter((e) => e.ph === 'X' && OURS.test(scriptOf(e)) && CALLBACKS.has(e.name));
          const forced = typingTrace.filter((e) => FORCED.has(e.name) && OURS.test(e.args?.beginData?.stackTrace?.[0]?.url ?? ''));
          typing.push(
            `calls of ours per keystroke ${(ours.length / keys.length).toFixed(2)} (${(extensionMs(typingTrace) / keys.length).toFixed(3)} ms)` +
              `, style/layout forced by ours per keystroke ${(forced.length / keys.length).toFixed(2)}`,
          );
        }
        focus.push(extensionMs(focusTrace));
        focusIdle.push(extensionMs(inIdleCallbacks(focusTrace)));
        for (const file of new Set(focusTrace.map(scriptOf).filter((u) => OURS.test(u)).map(fileOf))) {
          perFocusScript.set(file, [...(perFocusScript.get(file) ?? []), extensionMs(focusTrace, file)]);
        }
        await cdp.detach();
        await page.close();
      }
      console.log(
        `${p.site.padEnd(9)} page load: ${median(load).toFixed(1)} ms main thread (median of ${RUNS}, budget 20 ms)` +
          ` | first focus + typing: ${median(focus).toFixed(1)} ms (${median(focusIdle).toFixed(1)} ms of it in idle callbacks)`,
      );
      for (const [file, ms] of perScript) console.log(`            load  ${file}: ${median(ms).toFixed(1)} ms`);
      for (const [file, ms] of perFocusScript) console.log(`            focus ${file}: ${median(ms).toFixed(1)} ms`);
      for (const line of typing) console.log(`            typing: ${line}`);
    }
  } finally {
    await session.close();
  }
}
