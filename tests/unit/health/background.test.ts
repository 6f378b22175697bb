import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type FocusgateDb } from '../../../utils/platform/db/database';
import { createRouter, type MessageSender } from '../../../utils/platform/messaging/router';
import type { MessageType, Req, Res } from '../../../utils/platform/messaging/protocol';
import { createSiteHealthModule, MAX_REPORTS_PER_MINUTE, tabHealthItem } from '../../../utils/health/background';
import type { BackgroundModule } from '../../../utils/platform/background/module';

const T0 = Date.UTC(2026, 11, 5, 10, 0);
const SLACK_URL = 'https://app.slack.com/client/T1/C1';
let db: FocusgateDb;
let mod: BackgroundModule;
let n = 0;
let now = T0;
let open: { id?: number; url?: string; status?: string }[] = [];
/** Tabs whose top frame runs Focusgate's content scripts (the mark the bridge sets). */
let running = new Set<number>();

async function call<K extends MessageType>(type: K, payload: Req<K>, sender: MessageSender = { fromExtensionPage: true }): Promise<Res<K>> {
  const reply = await createRouter(mod.handlers!)({ type, payload }, sender);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as Res<K>;
}

const fromTab = (tabId: number, url = SLACK_URL, frameId = 0): MessageSender => ({ fromExtensionPage: false, tabId, frameId, url });
const composeReport = (checks: Record<string, boolean>, chains: Record<string, number[]> = {}) =>
  ({ page: 1000, reports: [{ feature: 'compose' as const, checks, chains }] }) as Req<'reportHealth'>;

beforeEach(() => {
  now = T0;
  open = [];
  running = new Set();
  db = openDb(`health-test-${++n}`);
  mod = createSiteHealthModule({ db: () => db, openTabs: async () => open, started: async (id) => running.has(id), version: () => '9.9.9', now: () => now });
  mod.listen?.();
});

afterEach(() => db.close());

describe('site health in the background', () => {
  it('keeps reports per tab and answers the popup per site with an open tab', async () => {
    open = [{ id: 7, url: SLACK_URL }, { id: 8, url: 'https://mail.google.com/mail/u/0/' }, { id: 9, url: 'https://example.com/' }];
    await call('reportHealth', composeReport({ composer: true, draft: true, send: false }, { editor: [3, 0], send: [0, 0] }), fromTab(7));
    await call('reportHealth', { page: 1000, reports: [{ feature: 'notify', checks: { guard: true }, chains: {} }] }, fromTab(7, SLACK_URL, 3));
    const { sites } = await call('getSiteHealth', {});
    expect(sites.map((s) => [s.site, s.state, s.text])).toEqual([
      ['slack', 'partial', 'Coach reads drafts but cannot hold sends here (Send button not found)'],
      ['gmail', 'off', 'Not working on this page (reload the tab to start Focusgate there)'],
    ]);
    expect(sites[0]!.diagnostic).toContain('Focusgate 9.9.9');
    expect(sites[0]!.diagnostic).toContain('chain editor: #0×3 #1×0');
  });

  it('says a tab that has not reported yet is being checked while it loads or Focusgate runs in it, and not working otherwise', async () => {
    const GMAIL = 'https://mail.google.com/mail/u/0/';
    open = [{ id: 8, url: GMAIL, status: 'complete' }];
    const view = async () => (await call('getSiteHealth', {})).sites.map((s) => [s.site, s.state, s.text]);
    expect(await view()).toEqual([['gmail', 'off', 'Not working on this page (reload the tab to start Focusgate there)']]);
    running.add(8);
    expect(await view()).toEqual([['gmail', 'checking', 'Checking this page (it reports a few seconds after it loads)']]);
    running.clear();
    open = [{ id: 8, url: GMAIL, status: 'loading' }];
    expect(await view()).toEqual([['gmail', 'checking', 'Checking this page (it reports a few seconds after it loads)']]);
    // Once it reports, its report speaks, whatever else is still starting.
    open = [{ id: 8, url: GMAIL, status: 'complete' }, { id: 9, url: GMAIL, status: 'loading' }];
    await call('reportHealth', composeReport({ composer: true, draft: true, send: true }), fromTab(8, GMAIL));
    expect((await view())[0]?.[1]).toBe('ok');
  });

  it('takes the site from the sender, refuses other origins and extension-only requests from pages', async () => {
    await expect(call('reportHealth', composeReport({ composer: true }), fromTab(1, 'https://evil.example/'))).rejects.toThrow(/covered site/);
    await expect(call('getSiteHealth', {}, fromTab(1))).rejects.toThrow(/own pages/);
    await expect(call('getHealthDays', { days: 7 }, fromTab(1))).rejects.toThrow(/own pages/);
  });

  it('parses reports strictly: text, ids and unknown checks are refused', async () => {
    const bad = [
      { page: 1, reports: [{ feature: 'compose', checks: { composer: true }, chains: {} }], structure: [{ depth: 0, tag: 'div', classes: ['user 42'] }] },
      { page: 1, reports: [{ feature: 'compose', checks: { composer: true }, chains: {} }], structure: [{ depth: 0, tag: 'div', text: 'hey Sam' }] },
      { page: 1, reports: [{ feature: 'compose', checks: { guard: true }, chains: {} }] },
      { page: 1, reports: [{ feature: 'compose', checks: {}, chains: { editor: Array(9).fill(1) } }] },
      { page: 1, reports: [{ feature: 'compose', checks: {}, chains: {} }], structure: [{ depth: 0, tag: 'div', attrs: { id: 'msg' } }] },
    ];
    for (const payload of bad) {
      await expect(call('reportHealth', payload as never, fromTab(1))).rejects.toThrow(/Invalid "reportHealth"/);
    }
  });

  it('rate-limits each tab and bounds what it keeps', async () => {
    for (let i = 0; i < MAX_REPORTS_PER_MINUTE; i++) await call('reportHealth', composeReport({ composer: true }), fromTab(3));
    await expect(call('reportHealth', composeReport({ composer: true }), fromTab(3))).rejects.toThrow(/Too many/);
    // Another tab is not affected; a minute later this one may report again.
    await call('reportHealth', composeReport({ composer: true }), fromTab(4));
    now += 60_000;
    await call('reportHealth', composeReport({ composer: true }), fromTab(3));
    for (let frame = 0; frame < 40; frame++) {
      if (frame % 20 === 0) now += 60_000;
      await call('reportHealth', composeReport({ composer: true }), fromTab(5, SLACK_URL, frame));
    }
    expect(Object.keys((await tabHealthItem.getValue())['5']!.frames)).toHaveLength(24);
  });

  it('forgets a tab when it closes and a frame’s reports when its top document reloads', async () => {
    await call('reportHealth', composeReport({ composer: false }), fromTab(7));
    await call('reportHealth', composeReport({ composer: true }), fromTab(7, SLACK_URL, 2));
    await call('reportHealth', { ...composeReport({ composer: true, draft: true, send: true }), page: 2000 }, fromTab(7));
    expect(Object.keys((await tabHealthItem.getValue())['7']!.frames)).toEqual(['0']);
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await new Promise((r) => setTimeout(r, 10));
    expect((await tabHealthItem.getValue())['7']).toBeUndefined();
  });

  it('folds each change of verdict into the day row, and only changes', async () => {
    await call('reportHealth', composeReport({ composer: true, draft: true, send: true }), fromTab(7));
    await call('reportHealth', composeReport({ composer: true, draft: true, send: true }), fromTab(7));
    await call('reportHealth', composeReport({ composer: true, draft: true, send: false }, { editor: [0, 2] }), fromTab(7));
    const { days } = await call('getHealthDays', { days: 7 });
    expect(days).toEqual([
      { day: '2026-12-05', site: 'slack', seen: { ok: 1, partial: 1, off: 0 }, failed: ['compose:send'], fallbacks: ['editor'], at: T0 },
    ]);
  });

  it('drops day rows older than the days it keeps', async () => {
    await db.health.put({ day: '2026-10-01', site: 'slack', seen: { ok: 1, partial: 0, off: 0 }, failed: [], fallbacks: [], at: 1 });
    await db.health.put({ day: '2026-12-04', site: 'slack', seen: { ok: 1, partial: 0, off: 0 }, failed: [], fallbacks: [], at: 1 });
    await mod.onStart!();
    expect((await db.health.toArray()).map((r) => r.day)).toEqual(['2026-12-04']);
  });
});
