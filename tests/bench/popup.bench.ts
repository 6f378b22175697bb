/**
 * Popup with a year of data: seeds the built extension's database (a year of focus blocks, ~200,000
 * events and their daily roll-ups) and times the popup from navigation to its first full render
 * (state, today's figures and upcoming blocks shown). Needs a build: FG_OUT_DIR=… npx wxt build.
 */
import { launch, EXTENSION_DIR } from '../e2e/harness';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = 7;

/** Per run: ms from navigation start to the first frame with everything shown, and from DOMContentLoaded. */
async function timePopup(session: Awaited<ReturnType<typeof launch>>): Promise<{ total: number[]; afterDcl: number[] }> {
  const total: number[] = [];
  const afterDcl: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await session.context.newPage();
    // Extension pages get no init scripts: watch from the moment the document commits, inside the page.
    await page.goto(session.url('popup.html'), { waitUntil: 'commit' });
    // A string, so the bundler's name helpers do not leak into the page.
    await page.evaluate(`new Promise((resolve) => {
      const done = () =>
        document.querySelector('[data-testid="held-count"]') &&
        document.querySelector('[data-testid="focus-start"], [data-testid="focus-active"]') &&
        document.querySelector('[data-testid="upcoming-list"], [data-testid="upcoming-empty"]');
      (function check() {
        if (!done()) return requestAnimationFrame(check);
        window.__fgRendered = performance.now();
        resolve();
      })();
    })`);
    const [rendered, dcl] = await page.evaluate(() => [
      (window as unknown as { __fgRendered: number }).__fgRendered,
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    ]);
    total.push(rendered!);
    afterDcl.push(rendered! - dcl!);
    await page.close();
  }
  return { total: total.sort((a, b) => a - b), afterDcl: afterDcl.sort((a, b) => a - b) };
}

export default async function popupBench(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    console.log(`skipped: no build at ${EXTENSION_DIR}`);
    return;
  }
  const session = await launch();
  try {
    await session.sendMessage('getFocusState', {}); // the background opens (creates) the database
    const empty = await timePopup(session);
    const now = Date.now();
    const seeded = await (await session.helperPage()).evaluate(async (nowMs) => {
      const DAY = 86_400_000;
      const kinds = ['notification-held', 'notification-breakthrough', 'notification-shown', 'coach-shown', 'ping-caught', 'sent-anyway', 'focus-started', 'focus-completed'];
      const sites = ['slack', 'gmail', 'calendar'];
      const blocks: unknown[] = [];
      const events: { id: string; kind: string; site: string; at: number }[] = [];
      const rollups = new Map<string, Record<string, number>>();
      for (let d = 365; d >= 1; d--) {
        const day = nowMs - d * DAY;
        for (let b = 0; b < 2; b++) {
          const start = day + b * 3 * 3_600_000;
          blocks.push({ id: `seed-b-${d}-${b}`, start, end: start + 90 * 60_000, source: 'once', status: 'completed', endedAt: start + 90 * 60_000, createdAt: start - DAY });
        }
        const key = new Date(day).toISOString().slice(0, 10);
        const m: Record<string, number> = {};
        for (let e = 0; e < 550; e++) {
          const kind = kinds[e % kinds.length]!;
          events.push({ id: `seed-e-${d}-${e}`, kind, site: sites[e % 3]!, at: day + e * 60_000 });
          m[kind] = (m[kind] ?? 0) + 1;
        }
        rollups.set(key, m);
      }
      await new Promise<void>((res, rej) => {
        const open = indexedDB.open('focusgate');
        open.onerror = () => rej(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['blocks', 'events', 'rollups'], 'readwrite');
          for (const b of blocks) tx.objectStore('blocks').put(b);
          for (const e of events) tx.objectStore('events').put(e);
          for (const [day, metrics] of rollups) tx.objectStore('rollups').put({ day, metrics });
          tx.oncomplete = () => (db.close(), res());
          tx.onerror = () => rej(tx.error);
        };
      });
      return { blocks: blocks.length, events: events.length, rollups: rollups.size };
    }, now);
    // Upcoming work too: a repeating rule and a few one-off blocks.
    await session.sendMessage('createSchedule', { weekdays: [1, 2, 3, 4, 5], startTime: '09:00', durationMinutes: 120 });
    for (let i = 1; i <= 5; i++) await session.sendMessage('scheduleBlock', { start: now + i * 86_400_000, end: now + i * 86_400_000 + 3_600_000 });
    const year = await timePopup(session);
    const med = (xs: number[]) => xs[Math.floor(xs.length / 2)]!.toFixed(1);
    const line = (label: string, r: { total: number[]; afterDcl: number[] }) =>
      console.log(`${label}: navigation → full render median ${med(r.total)} ms (max ${r.total.at(-1)!.toFixed(1)}); DOMContentLoaded → full render median ${med(r.afterDcl)} ms (max ${r.afterDcl.at(-1)!.toFixed(1)})`);
    console.log(`seeded: ${seeded.blocks} blocks, ${seeded.events} events, ${seeded.rollups} roll-ups (+ a weekday rule, 5 one-off blocks)`);
    line('popup, empty profile', empty);
    line(`popup, a year of data (${RUNS} runs; target < 100 ms)`, year);
  } finally {
    await session.close();
  }
}
