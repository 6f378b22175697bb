import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { sessionsPerTest } from './sessions';
import { differences, fileUrl, HOST, logResults, ORIGINS, OTHER_HOST, runSuite, serveSuite, type HarnessReport, type Results } from './wpt-suite';

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

/**
 * A page of the origin with the suite's service worker: `listed(filter)` is what its
 * `getNotifications(filter)` reports ([title, tag, body, data as JSON]).
 */
const SW_PAGE = `<!doctype html><title>Service-worker notifications</title><script>
window.reg = async () => {
  const r = await navigator.serviceWorker.register('/wpt/notifications/resources/shownotification-sw.js', { scope: '/wpt/notifications/resources/scope/' });
  const w = r.installing || r.waiting || r.active;
  if (w.state !== 'activated') await new Promise((res) => w.addEventListener('statechange', () => w.state === 'activated' && res()));
  return r;
};
window.listed = async (filter) => (await (await reg()).getNotifications(filter)).map((n) => [n.title, n.tag, n.body, JSON.stringify(n.data)]);
</script>`;
type Listed = [string, string, string, string][];
interface SwWindow {
  reg(): Promise<ServiceWorkerRegistration>;
  listed(filter?: { tag: string }): Promise<Listed>;
}
const listed = (page: Page, tag?: string) => page.evaluate((t) => (window as unknown as SwWindow).listed(t ? { tag: t } : undefined), tag);
async function swPage(s: ExtensionSession, origin: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(`${origin}/wpt/sw.html`);
  return page;
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

  it('focus on: held service-worker notifications are listed in every page of the origin and after a reload, by tag, until closed; not in another origin', async () => {
    const s = await launch();
    await serveAll(s);
    for (const origin of ORIGINS) await s.serve(`${origin}/wpt/sw.html`, SW_PAGE);
    expect((await s.sendMessage('startFocus', { minutes: 25 })).ok).toBe(true);
    await expect.poll(() => s.guardVariant()).toBe('on');

    const first = await swPage(s, HOST);
    await first.evaluate(async () => {
      const reg = await (window as unknown as SwWindow).reg();
      await reg.showNotification('Standup', { body: 'in 5 min', tag: 'ev1', data: { room: 'A' } });
      await reg.showNotification('Retro', { tag: 'ev2' });
    });
    const standup: Listed[number] = ['Standup', 'ev1', 'in 5 min', '{"room":"A"}'];
    const retro: Listed[number] = ['Retro', 'ev2', '', 'null'];
    expect(await listed(first)).toEqual([standup, retro]);
    // Held, not shown: stored with what the list needs, its scope on this origin.
    const rows = await s.readTable<{ title: string; persistent?: { scope: string } }>('held');
    expect(rows.map((r) => [r.title, r.persistent?.scope]).sort()).toEqual([
      ['Retro', `${HOST}/wpt/notifications/resources/scope/`],
      ['Standup', `${HOST}/wpt/notifications/resources/scope/`],
    ]);

    const second = await swPage(s, HOST);
    expect(await listed(second)).toEqual([standup, retro]);
    expect(await listed(second, 'ev1')).toEqual([standup]);
    expect(await listed(second, 'none')).toEqual([]);
    await first.reload();
    expect(await listed(first, 'ev2')).toEqual([retro]);
    const elsewhere = await swPage(s, OTHER_HOST);
    expect(await listed(elsewhere)).toEqual([]);

    // Closed in the second tab: gone from the first too, and marked closed for the digest.
    await second.evaluate(async () => {
      for (const n of await (await (window as unknown as SwWindow).reg()).getNotifications({ tag: 'ev1' })) n.close();
    });
    expect(await listed(first)).toEqual([retro]);
    const closed = async () => (await s.readTable<{ title: string; closedAt?: number }>('held')).filter((h) => h.closedAt !== undefined).map((h) => h.title);
    expect(await closed()).toEqual(['Standup']);
  });

  it('after focus, a notification with the tag of a held one replaces it: the held one closes and leaves the digest', async () => {
    const s = await launch();
    await serveAll(s);
    await s.serve(`${HOST}/wpt/sw.html`, SW_PAGE);
    expect((await s.sendMessage('startFocus', { minutes: 25 })).ok).toBe(true);
    await expect.poll(() => s.guardVariant()).toBe('on');
    const page = await swPage(s, HOST);
    await page.evaluate(async () => {
      const w = window as unknown as SwWindow & { log: string[] };
      w.log = [];
      const held = new Notification('Alice', { body: 'lunch?', tag: 'C1' });
      held.onclose = () => w.log.push('held closed');
      await new Promise((r) => (held.onshow = r));
      await (await w.reg()).showNotification('Standup', { tag: 'ev1' });
      new Notification('Bob', { tag: 'C2' });
    });
    await expect.poll(async () => (await s.readTable<{ title: string }>('held')).map((h) => h.title).sort()).toEqual(['Alice', 'Bob', 'Standup']);
    expect((await s.sendMessage('endFocus', {})).ok).toBe(true);
    await expect.poll(() => s.guardVariant()).toBe('off');
    await page.waitForTimeout(300); // the bridge tells the page's guard

    const shown = await page.evaluate(async () => {
      const w = window as unknown as SwWindow & { log: string[] };
      const real = new Notification('Alice', { body: 'lunch at 1?', tag: 'C1' });
      await new Promise((r) => (real.onshow = r));
      await (await w.reg()).showNotification('Standup moved', { tag: 'ev1' });
      return w.log;
    });
    expect(shown).toEqual(['held closed']);
    // The digest keeps only Bob: the browser shows the newer Alice and Standup itself.
    await expect.poll(async () => ((await s.sendMessage('listHeld', {})).data as { items: { title: string }[] }).items.map((i) => i.title)).toEqual(['Bob']);
    expect((await listed(page)).map((l) => l[0])).toEqual(['Standup moved']);
  });
});
