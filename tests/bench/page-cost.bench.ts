/**
 * What a covered page feels: main-thread CPU Focusgate adds to a page load, to the first focus of
 * the composer and to each keystroke, long tasks added, and heap after a forced GC.
 *
 * Method (A/B, paired): three browsers of the same binary, each pinned to the same core with
 * `taskset` — no extension (A), an "empty" build (same manifest, every script emptied: the floor
 * any extension pays) and the real build (B). For every page, PAIRS rounds load the fixture once
 * in each browser in turn; a round's differences (B − A, empty − A) are paired, and we print their
 * median and interquartile range. CPU is the renderer's main-thread time from CDP
 * `Performance.getMetrics` in thread ticks (`TaskDuration`, `ScriptDuration`), from navigation to
 * load + 1 s idle; long tasks (≥ 50 ms) come from a `PerformanceObserver` in the page; typing is
 * 300 characters into the focused composer. `npm run bench page-cost`; BENCH_PAIRS=N to change
 * the number of pairs (default 15), BENCH_PAGE=slack,gmail (site ids: slack, gmail, calendar, teams,
 * outlook) for some pages; BENCH_BEFORE=<an older chrome-mv3 build> adds it as a fourth
 * browser, so a change is measured before and after in the same run.
 *
 * The per-script trace view of our own functions is startup.bench.ts.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type ExtensionSession } from '../e2e/harness';
import { benchPages, serveBenchFixtures } from './pages';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 15);
const TYPED = 'the quarterly report needs your numbers by Friday, can you send them over? '.repeat(5).slice(0, 300);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Variant = 'none' | 'empty' | 'before' | 'ours';

interface Sample {
  loadTask: number;
  loadScript: number;
  focusTask: number;
  typingScriptPerKey: number;
  typingTaskPerKey: number;
  longLoad: number;
  longFocus: number;
  longTyping: number;
  heapMb: number;
}

/** A wrapper that pins the browser (and every process it starts) to one core. */
function pinnedBinary(): string {
  const dir = mkdtempSync(join(tmpdir(), 'focusgate-pin-'));
  const path = join(dir, 'chromium-pinned');
  writeFileSync(path, `#!/bin/sh\nexec taskset -c ${process.env.BENCH_CORE ?? '1'} ${CHROMIUM} "$@"\n`);
  chmodSync(path, 0o755);
  return path;
}

/** The same build with every script emptied: what an extension with this manifest costs at the least. */
function emptyScriptBuild(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'focusgate-empty-')), 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[] }[];
    web_accessible_resources?: { resources: string[] }[];
  };
  // "coach-parts/*.js": every chunk in that folder.
  const expand = (r: string) => (r.includes('*') ? readdirSync(join(dir, dirname(r))).filter((f) => f.endsWith('.js')).map((f) => join(dirname(r), f)) : [r]);
  const scripts = [
    ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
    ...(manifest.web_accessible_resources ?? []).flatMap((w) => w.resources.filter((r) => r.endsWith('.js')).flatMap(expand)),
    ...(manifest.background?.service_worker ? [manifest.background.service_worker] : []),
  ];
  for (const file of scripts) writeFileSync(join(dir, file), '');
  return dir;
}

/** Counts long tasks in the page's main thread (ours run there too, in their isolated world). */
const LONG_TASKS = `(() => {
  window.__fgLong = 0;
  try {
    new PerformanceObserver((list) => { window.__fgLong += list.getEntries().length; })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __fgLong: number }).__fgLong);

async function measure(session: ExtensionSession, url: string, composer: string, typing: boolean): Promise<Sample> {
  const page = await session.context.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto('about:blank');
  const cdp = await session.context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const m0 = await metrics(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    const m1 = await metrics(cdp);
    // A cross-site navigation starts a new renderer whose counters start at zero.
    const since = (m: Record<string, number>, key: string) =>
      (m[key] ?? 0) - ((m[key] ?? 0) >= (m0[key] ?? 0) ? (m0[key] ?? 0) : 0);
    const longLoad = await longTasks(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapMb = ((await metrics(cdp)).JSHeapUsedSize ?? 0) / 1e6;

    await page.click(composer);
    await page.waitForTimeout(1500);
    const m2 = await metrics(cdp);
    const longFocus = (await longTasks(page)) - longLoad;

    let typingScriptPerKey = 0;
    let typingTaskPerKey = 0;
    let longTyping = 0;
    if (typing) {
      await page.keyboard.type(TYPED);
      await page.waitForTimeout(1000);
      const m3 = await metrics(cdp);
      typingScriptPerKey = (((m3.ScriptDuration ?? 0) - (m2.ScriptDuration ?? 0)) * 1000) / TYPED.length;
      typingTaskPerKey = (((m3.TaskDuration ?? 0) - (m2.TaskDuration ?? 0)) * 1000) / TYPED.length;
      longTyping = (await longTasks(page)) - longLoad - longFocus;
    }
    return {
      loadTask: since(m1, 'TaskDuration') * 1000,
      loadScript: since(m1, 'ScriptDuration') * 1000,
      focusTask: ((m2.TaskDuration ?? 0) - (m1.TaskDuration ?? 0)) * 1000,
      typingScriptPerKey,
      typingTaskPerKey,
      longLoad,
      longFocus,
      longTyping,
      heapMb,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/**
 * Closes the welcome tab a real build opens on install (the user has read it by the time they
 * type): left open, it is the window's active tab and pages opened before it may render no frames,
 * which would make a build look cheaper than it is.
 */
async function closeWelcome(session: ExtensionSession): Promise<void> {
  if (!session.extensionId) return;
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  const welcome =
    session.context.pages().find(isWelcome) ??
    (await session.context.waitForEvent('page', { predicate: isWelcome, timeout: 5000 }).catch(() => null));
  await welcome?.close();
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
function paired(b: number[], a: number[], digits = 1): string {
  const d = b.map((x, i) => x - (a[i] ?? 0));
  const f = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
  return `${f(quantile(d, 0.5))} [${f(quantile(d, 0.25))}, ${f(quantile(d, 0.75))}]`;
}
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

export default async function pageCostBench(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log(`no build at ${EXTENSION_DIR}: run npm run build first`);
    return;
  }
  const executablePath = pinnedBinary();
  const before = process.env.BENCH_BEFORE;
  const variants: Partial<Record<Variant, ExtensionSession>> = {
    none: await launch({ extensionDir: null, executablePath }),
    empty: await launch({ extensionDir: emptyScriptBuild(), executablePath }),
    ...(before ? { before: await launch({ extensionDir: before, executablePath }) } : {}),
    ours: await launch({ executablePath }),
  };
  try {
    for (const session of Object.values(variants)) {
      await closeWelcome(session);
      await serveBenchFixtures(session);
    }
    console.log(
      `${PAIRS} paired rounds per page, pinned to one core; medians of paired differences [interquartile range]\n` +
        'page      | variant | load, added CPU ms (script) | first focus, added CPU ms | typing, added ms/key (script) | long tasks added (load/focus/typing) | heap after GC, MB',
    );
    for (const p of benchPages()) {
      const runs: Record<Variant, Sample[]> = { none: [], empty: [], before: [], ours: [] };
      for (let i = 0; i < PAIRS; i++) {
        for (const [name, session] of Object.entries(variants) as [Variant, ExtensionSession][]) {
          runs[name].push(await measure(session, p.url, p.composer, p.typing));
        }
      }
      const col = (name: Exclude<Variant, 'none'>) => {
        const b = runs[name];
        const a = runs.none;
        const get = (k: keyof Sample) => [b.map((s) => s[k]), a.map((s) => s[k])] as const;
        return [
          `${paired(...get('loadTask'))} (${paired(...get('loadScript'))})`,
          paired(...get('focusTask')),
          p.typing ? `${paired(...get('typingTaskPerKey'), 3)} (${paired(...get('typingScriptPerKey'), 3)})` : '—',
          ['longLoad', 'longFocus', 'longTyping']
            .map((k) => ((sum(b.map((s) => s[k as keyof Sample])) - sum(a.map((s) => s[k as keyof Sample]))) / PAIRS).toFixed(2))
            .join(' / '),
          paired(...get('heapMb'), 2),
        ].join(' | ');
      };
      console.log(`${p.site.padEnd(9)} | empty   | ${col('empty')}`);
      if (before) console.log(`${''.padEnd(9)} | before  | ${col('before')}`);
      console.log(`${''.padEnd(9)} | ours    | ${col('ours')}`);
    }
  } finally {
    for (const session of Object.values(variants)) await session?.close();
  }
}
