import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { sessionsPerTest } from './sessions';
import { differences, fileUrl, HOST, logResults, ORIGINS, runSuite, serveSuite, type HarnessReport, type Results } from './wpt-suite';

/*
 * The notifications conformance suite (wpt-suite.ts) on a covered site's real URL in Chromium,
 * three ways: alone, with Focusgate and focus off, with Focusgate and focus on (notifications
 * held); and a page raising notifications while it loads, in each mode.
 */

const launch = sessionsPerTest();

async function serveAll(s: ExtensionSession): Promise<void> {
  await serveSuite(s);
  for (const origin of ORIGINS) await s.context.grantPermissions(['notifications'], { origin });
  await s.serve(`${HOST}/wpt/early.html`, s.fixture('notify-early.html'));
}

/** Opens one file of the suite and waits for testharness.js's report. */
const runIn = (s: ExtensionSession) => async (file: string): Promise<HarnessReport> => {
  const page = await s.context.newPage();
  try {
    await page.goto(fileUrl(file));
    return (await page.waitForFunction(() => (window as unknown as { __wpt?: HarnessReport }).__wpt, null, { timeout: 60_000 }).then((h) => h.jsonValue())) as HarnessReport;
  } finally {
    await page.close();
  }
};

interface EarlyReport {
  when: string;
  ownProperties: number;
  getterWorks: boolean;
  event: string;
}
/** A page that raises notifications while it loads (inline in <head>, microtask, setTimeout 0, DOMContentLoaded). */
async function earlyLoad(s: ExtensionSession): Promise<{ page: Page; reports: EarlyReport[] }> {
  const page = await s.context.newPage();
  await page.goto(`${HOST}/wpt/early.html`);
  const reports = (await page.waitForFunction(() => {
    const r = (window as unknown as { __early: EarlyReport[] }).__early;
    return r.length === 4 && r.every((x) => x.event) && r;
  }, null, { timeout: 15_000 }).then((h) => h.jsonValue())) as EarlyReport[];
  return { page, reports };
}

const results: Record<string, Results> = {};
afterAll(() => logResults('chromium', results));

describe('web-platform-tests: notifications', () => {
  it('without the extension (the baseline)', async () => {
    const s = await launch({ extensionDir: null });
    await serveAll(s);
    results['no extension'] = await runSuite(runIn(s));
    expect([...results['no extension'].values()].filter((v) => v === 'PASS').length).toBeGreaterThan(50);
  });

  it('focus off: every subtest ends as without the extension, and notifications raised while a page loads are the real ones', async () => {
    const base = results['no extension'];
    expect(base, 'the baseline runs first').toBeDefined();
    const s = await launch();
    await serveAll(s);
    await expect.poll(() => s.guardVariant()).toBe('off');

    const { page, reports } = await earlyLoad(s);
    expect(reports).toEqual(['head', 'microtask', 'timeout', 'DOMContentLoaded'].map((when) => ({ when, ownProperties: 0, getterWorks: true, event: 'show' })));
    // The guard ran there (it holds once focus is on) but never asked about the early ones.
    expect(await s.readTable('events')).toEqual([]);
    expect((await s.sendMessage('startFocus', { minutes: 25 })).ok).toBe(true);
    await page.waitForTimeout(300);
    await page.evaluate(() => new Notification('After focus started', { body: 'held' }));
    await expect.poll(async () => (await s.readTable<{ title: string }>('held')).map((h) => h.title)).toEqual(['After focus started']);
    expect((await s.sendMessage('endFocus', {})).ok).toBe(true);
    await expect.poll(() => s.guardVariant()).toBe('off');

    results['focus off'] = await runSuite(runIn(s));
    expect(differences(base!, results['focus off'])).toEqual([]);
  });

  it('focus on: every subtest ends as without the extension (bar the listed ones), with the notifications held', async () => {
    const base = results['no extension'];
    expect(base, 'the baseline runs first').toBeDefined();
    const s = await launch();
    await serveAll(s);
    expect((await s.sendMessage('startFocus', { minutes: 25 })).ok).toBe(true);
    await expect.poll(() => s.guardVariant()).toBe('on');

    const { page, reports } = await earlyLoad(s);
    expect(reports.map((r) => [r.when, r.ownProperties, r.getterWorks, r.event])).toEqual(
      ['head', 'microtask', 'timeout', 'DOMContentLoaded'].map((when) => [when, 0, true, 'show']),
    );
    await expect.poll(async () => (await s.readTable('held')).length).toBe(4);
    // One the page closes once it shows (held) is marked closed: no digest announces it.
    await page.evaluate(() => new Promise<void>((resolve) => {
      const n = new Notification('Read on another device', { tag: 'closed-by-page' });
      n.onshow = () => (n.close(), resolve());
    }));
    const closedTitles = async () => (await s.readTable<{ title: string; closedAt?: number }>('held')).filter((h) => h.closedAt !== undefined).map((h) => h.title);
    await expect.poll(closedTitles).toEqual(['Read on another device']);

    results['focus on'] = await runSuite(runIn(s));
    expect(differences(base!, results['focus on'])).toEqual([]);
    // The suite ran against stand-ins, not the real API; the ones it closed are marked closed.
    expect((await s.readTable('held')).length).toBeGreaterThan(20);
    expect((await closedTitles()).length).toBeGreaterThan(5);
  });
});
