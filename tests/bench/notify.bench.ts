/**
 * The notification guard's footprint on every frame of the covered sites: bundle sizes (raw and
 * gzipped) of the page-world guard and the isolated-world bridge, and the main-thread time each
 * takes while a fixture page loads (DevTools trace; compile + evaluate + calls from the script,
 * median of several loads). Both run at document_start in all frames, so they must stay small.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launch } from '../e2e/harness';

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  ts: number;
  args?: { data?: { url?: string; scriptName?: string } };
}

const SCRIPTS = ['notify-guard.js', 'notify-bridge.js'];
const PAGES = [
  { site: 'slack', url: 'https://app.slack.com/client/T1/C1', fixture: 'slack-channel.html' },
  { site: 'gmail', url: 'https://mail.google.com/mail/u/0/', fixture: 'gmail-inbox.html' },
];
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Milliseconds per script, outermost events only (nested ones are inside their parent's time). */
function perScript(events: TraceEvent[], extensionId: string): Map<string, number> {
  const out = new Map<string, number>();
  const prefix = `chrome-extension://${extensionId}/content-scripts/`;
  const ours = events
    .filter((e) => e.ph === 'X' && typeof e.dur === 'number' && (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').startsWith(prefix))
    .sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  for (const e of ours) {
    if (e.ts + e.dur! <= end) continue;
    const name = (e.args?.data?.url ?? e.args?.data?.scriptName ?? '').slice(prefix.length);
    out.set(name, (out.get(name) ?? 0) + (e.ts + e.dur! - Math.max(e.ts, end)) / 1000);
    end = e.ts + e.dur!;
  }
  return out;
}

export default async function notifyBench(): Promise<void> {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  if (!existsSync(join(dir, 'notify-guard.js'))) {
    console.log(`no build at ${EXTENSION_DIR}: run npm run build first`);
    return;
  }
  for (const file of SCRIPTS) {
    const code = readFileSync(join(dir, file));
    console.log(`${file.padEnd(17)} ${(code.length / 1024).toFixed(1)} KB raw, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
  }
  const session = await launch();
  const js = 'text/javascript; charset=utf-8';
  await session.serve('https://app.slack.com/fixture/slack-host.js', session.fixture('slack-host.js'), js);
  await session.serve('https://mail.google.com/fixture/gmail-host.js', session.fixture('gmail-host.js'), js);
  try {
    for (const p of PAGES) {
      await session.serve(p.url, session.fixture(p.fixture));
      const runs = new Map<string, number[]>(SCRIPTS.map((s) => [s, []]));
      for (let i = 0; i < RUNS; i++) {
        const page = await session.context.newPage();
        const cdp = await session.context.newCDPSession(page);
        const events: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
        const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
        await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8', transferMode: 'ReportEvents' });
        await page.goto(p.url, { waitUntil: 'load' });
        await cdp.send('Tracing.end');
        await done;
        const ms = perScript(events, session.extensionId);
        for (const s of SCRIPTS) runs.get(s)!.push(ms.get(s) ?? 0);
        await cdp.detach();
        await page.close();
      }
      console.log(`${p.site.padEnd(6)} page load, main thread (median of ${RUNS}): ` + SCRIPTS.map((s) => `${s} ${median(runs.get(s)!).toFixed(1)} ms`).join(', '));
    }
  } finally {
    await session.close();
  }
}
