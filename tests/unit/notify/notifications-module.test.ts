import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type FocusgateDb } from '../../../utils/platform/db/database';
import { createRouter, type MessageSender } from '../../../utils/platform/messaging/router';
import type { FocusState, MessageType, Req, Res } from '../../../utils/platform/messaging/protocol';
import { createSignal } from '../../../utils/platform/background/signal';
import {
  CLEANUP_ALARM,
  createNotificationsModule,
  DIGEST_NOTIFICATION,
  DIGEST_TIME_ALARM,
  HELD_PAGE,
  MAX_QUEUED,
  type NotificationsModule,
} from '../../../utils/notify/background';
import { ensureAlarms } from '../../../utils/platform/background/start';
import { recordEvents } from '../../../utils/stats/background/events';
import { focusStateItem, IDLE_STATE } from '../../../utils/focus/state-item';
import { saveSettings } from '../../../utils/platform/settings/storage';
import { DEFAULT_SETTINGS } from '../../../utils/platform/settings/schema';
import { dayKey } from '../../../utils/stats/day-key';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = new Date(2026, 10, 26, 10, 0).getTime();
const SLACK = 'https://app.slack.com/client/T1/C1';
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
/** What a held row keeps of those URLs: the workspace or account, no channel or message. */
const SLACK_BACK = 'https://app.slack.com/client/T1/';
const GMAIL_BACK = 'https://mail.google.com/mail/u/0/';
const FOCUS = { active: true, blockId: 'block-1', startedAt: T0 - 10 * MIN, endsAt: T0 + 15 * MIN };

let db: FocusgateDb;
let mod: NotificationsModule;
let n = 0;

const page = (url: string, tabId = 7): MessageSender => ({ url, tabId, frameId: 0, fromExtensionPage: false });
const extensionPage: MessageSender = { url: 'chrome-extension://test-extension-id/digest.html', fromExtensionPage: true };

async function call<K extends MessageType>(type: K, payload: Req<K>, sender: MessageSender = extensionPage): Promise<Res<K>> {
  const reply = await createRouter(mod.handlers!)({ type, payload }, sender);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as Res<K>;
}
const notify = (title: string, body = '', url = SLACK, tag?: string) => call('notify', { title, body, ...(tag ? { tag } : {}) }, page(url));
const events = async (kind: string) => (await db.events.toArray()).filter((e) => e.kind === kind);
const notices = async () => fakeBrowser.notifications.getAllCreateOptions() as Record<string, { message: string }>;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  db = openDb(`notify-test-${++n}`);
  mod = createNotificationsModule({ db: () => db });
  await ensureAlarms(fakeBrowser.alarms, mod.alarms ?? []);
  await focusStateItem.setValue(FOCUS);
});

afterEach(() => {
  vi.useRealTimers();
  db.close();
});

describe('notify', () => {
  it('outside focus: shows, counts a shown notification, keeps nothing', async () => {
    await focusStateItem.setValue(IDLE_STATE);
    expect(await notify('Alice', 'lunch?')).toEqual({ action: 'show' });
    expect(await db.held.count()).toBe(0);
    expect(await events('notification-shown')).toMatchObject([{ site: 'slack', at: T0 }]);
  });

  it('during focus: holds with the site and tab the browser reported, in one transaction with its event', async () => {
    expect(await notify('Alice', 'lunch?', SLACK, 'C1')).toEqual({ action: 'hold', id: expect.any(String) });
    const [held] = await db.held.toArray();
    expect(held).toMatchObject({ site: 'slack', title: 'Alice', body: 'lunch?', tag: 'C1', at: T0, tabId: 7, url: SLACK_BACK, blockId: 'block-1' });
    expect(held!.deliveredAt).toBeUndefined();
    expect(await events('notification-held')).toMatchObject([{ site: 'slack', blockId: 'block-1' }]);
    expect((await db.rollups.get(dayKey(T0)))?.metrics).toMatchObject({ 'notification-held': 1, 'notification-held@slack': 1 });
  });

  it('a keyword breaks through and is recorded with its rule', async () => {
    expect(await notify('PagerDuty', 'Checkout is DOWN', GMAIL)).toEqual({ action: 'show', rule: 'keyword' });
    expect(await db.held.count()).toBe(0);
    expect(await events('notification-breakthrough')).toMatchObject([{ site: 'gmail', blockId: 'block-1', data: { rule: 'keyword' } }]);
  });

  it('a VIP sender from the settings breaks through', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, breakthrough: { ...DEFAULT_SETTINGS.breakthrough, vipSenders: ['Dana Scully'] } });
    expect(await notify('Dana Scully', 'got a minute?')).toEqual({ action: 'show', rule: 'vip' });
  });

  it('the same chat sender twice within 5 minutes breaks through the second time', async () => {
    expect(await notify('Bob', 'hey')).toEqual({ action: 'hold', id: expect.any(String) });
    vi.setSystemTime(T0 + 4 * MIN);
    expect(await notify('Bob', 'are you there?')).toEqual({ action: 'show', rule: 'repeat' });
    vi.setSystemTime(T0 + 20 * MIN);
    expect(await notify('Bob', 'never mind')).toEqual({ action: 'hold', id: expect.any(String) });
  });

  it('a new notification with the same tag on the same site replaces the held one', async () => {
    // Minutes apart, so the repeat rule stays out of it.
    const at = (m: number) => vi.setSystemTime(T0 + m * 10 * MIN);
    await notify('#general', '3 new messages', SLACK, 'C1');
    at(1);
    await notify('#general', '5 new messages', SLACK, 'C1');
    at(2);
    await notify('Inbox', 'one', GMAIL, 'C1');
    at(3);
    await notify('#random', 'x', SLACK);
    at(4);
    await notify('#random', 'y', SLACK);
    const held = (await db.held.orderBy('at').toArray()).map((h) => `${h.site}:${h.body}`);
    expect(held.sort()).toEqual(['gmail:one', 'slack:5 new messages', 'slack:x', 'slack:y']);
    expect(await events('notification-held')).toHaveLength(5);
  });

  it('a notification with the same tag that breaks through replaces the held one too', async () => {
    await notify('#incidents', 'deploy started', SLACK, 'C9');
    vi.setSystemTime(T0 + 10 * MIN);
    expect(await notify('#incidents', 'checkout is DOWN', SLACK, 'C9')).toEqual({ action: 'show', rule: 'keyword' });
    expect(await db.held.count()).toBe(0);
  });

  it('marks a held item the page closed, only for the site that sent it; the digest does not announce it', async () => {
    const { id } = await notify('Alice', 'lunch?', SLACK, 'C1');
    vi.setSystemTime(T0 + 1000);
    const other = await notify('Inbox', 'one', GMAIL);
    expect(await call('dismissHeld', { id: other.id! }, page(SLACK))).toEqual({ ok: true });
    expect(await call('dismissHeld', { id: id! }, page(SLACK))).toEqual({ ok: true });
    vi.setSystemTime(T0 + MIN);
    expect(await call('dismissHeld', { id: id! }, page(SLACK))).toEqual({ ok: true }); // twice: the first close counts
    expect(await call('dismissHeld', { id: 'no-such-item' }, page(SLACK))).toEqual({ ok: true });
    const closed = Object.fromEntries((await db.held.toArray()).map((h) => [h.title, h.closedAt]));
    expect(closed).toEqual({ Alice: T0 + 1000, Inbox: undefined });
    await focusStateItem.setValue(IDLE_STATE);
    await mod.deliverDigest();
    expect(Object.values(await notices()).map((o) => o.message)).toEqual(['While you focused: 1 Gmail']);
    // Listed on the digest page all the same: the app may only have closed it on a timer.
    expect((await call('listHeld', {})).items.map((h) => [h.title, h.closedAt])).toEqual([['Inbox', undefined], ['Alice', T0 + 1000]]);
  });

  it('announces no digest when the apps closed everything that was held', async () => {
    const { id } = await notify('Alice', 'lunch?', SLACK);
    await call('dismissHeld', { id: id! }, page(SLACK));
    await focusStateItem.setValue(IDLE_STATE);
    expect(await mod.deliverDigest()).toBeNull();
    expect(await notices()).toEqual({});
    expect((await db.held.toArray()).every((h) => h.deliveredAt !== undefined)).toBe(true);
  });

  it.each([
    ['an extension page', extensionPage],
    ['another site', page('https://evil.example/slack')],
    ['an about:blank frame', page('about:blank')],
  ])('refuses notifications from %s (the bridge then shows them)', async (_name, sender) => {
    await expect(call('notify', { title: 'x', body: '' }, sender)).rejects.toThrow(/covered sites/);
    expect(await db.held.count()).toBe(0);
  });

  it('takes an about:blank frame’s notification as its tab’s site', async () => {
    const tab = await fakeBrowser.tabs.create({ url: GMAIL });
    expect(await call('notify', { title: 'Carol', body: 'from a fresh frame' }, page('about:blank', tab.id))).toEqual({ action: 'hold', id: expect.any(String) });
    expect(await db.held.toArray()).toMatchObject([{ site: 'gmail', url: GMAIL_BACK, tabId: tab.id }]);
    const elsewhere = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    await expect(call('notify', { title: 'x', body: '' }, page('about:srcdoc', elsewhere.id))).rejects.toThrow(/covered sites/);
  });

  it('takes a blob: frame’s notification as its origin’s site, returning to the tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: SLACK });
    await call('notify', { title: 'Dora', body: 'from a blob frame' }, page('blob:https://app.slack.com/0b1c-22', tab.id));
    const gone = 12345;
    await call('notify', { title: 'Eve', body: 'tab unknown' }, page('blob:https://app.slack.com/0b1c-23', gone));
    const rows = (await db.held.toArray()).sort((a, b) => a.title.localeCompare(b.title));
    expect(rows.map((h) => [h.title, h.site, h.url])).toEqual([
      ['Dora', 'slack', SLACK_BACK],
      ['Eve', 'slack', undefined],
    ]);
  });

  it('refuses page data beyond the protocol', async () => {
    await expect(call('notify', { title: 'x', body: '', site: 'gmail' } as never, page(SLACK))).rejects.toThrow(/Invalid/);
  });
});

describe('held service-worker notifications, listed for the origin’s pages', () => {
  const SCOPE = 'https://app.slack.com/sw/';
  const options = (scope = SCOPE) => ({
    scope, dir: 'auto' as const, lang: '', icon: 'https://app.slack.com/i.png', image: '', badge: '', data: '{"c":"C1"}',
    silent: false, requireInteraction: false, renotify: false, timestamp: T0, vibrate: [],
  });
  const show = (title: string, tag?: string, scope = SCOPE, url = SLACK) =>
    call('notify', { title, body: 'b', ...(tag ? { tag } : {}), persistent: options(scope) }, page(url, 7));
  const list = (scope = SCOPE, url = SLACK, tabId = 8) => call('listHeldForScope', { scope }, page(url, tabId));

  it('lists them in every page of the origin that showed them, until closed or delivered', async () => {
    const { id } = await show('Standup', 'ev1');
    await notify('Page notification', '', SLACK, 'x'); // not a service worker's: never listed
    expect(await list()).toEqual({ items: [{ id, title: 'Standup', body: 'b', tag: 'ev1', persistent: options() }] });
    expect(await list('https://app.slack.com/other/')).toEqual({ items: [] });
    // Same tag: the newer one replaces it.
    const { id: newer } = await show('Standup moved', 'ev1');
    expect((await list()).items.map((i) => [i.id, i.title])).toEqual([[newer, 'Standup moved']]);
    await call('dismissHeld', { id: newer! }, page(SLACK, 8));
    expect(await list()).toEqual({ items: [] });

    await show('Retro');
    expect((await list()).items.map((i) => i.title)).toEqual(['Retro']);
    await focusStateItem.setValue(IDLE_STATE);
    await mod.deliverDigest();
    expect(await list()).toEqual({ items: [] });
    // Delivered: the options it was listed with are not kept.
    expect((await db.held.toArray()).filter((h) => h.persistent)).toEqual([]);
  });

  it('answers only for a scope of the sender’s own origin, as the browser reports the sender', async () => {
    await show('Standup', 'ev1');
    // Gmail asks for Slack's scope: nothing.
    expect(await list(SCOPE, GMAIL)).toEqual({ items: [] });
    // A scope of another origin given with a hold is not kept, so nobody lists it.
    await show('Forged', undefined, 'https://mail.google.com/mail/u/0/');
    expect(await list('https://mail.google.com/mail/u/0/', GMAIL)).toEqual({ items: [] });
    expect((await db.held.toArray()).find((h) => h.title === 'Forged')?.persistent).toBeUndefined();
    // Options beyond the protocol are refused at the edge.
    await expect(call('notify', { title: 'x', body: '', persistent: { ...options(), icon: 'x'.repeat(3000) } }, page(SLACK))).rejects.toThrow(/Invalid/);
    await expect(call('listHeldForScope', { scope: SCOPE }, { url: 'https://evil.example/', tabId: 3, frameId: 0, fromExtensionPage: false })).resolves.toEqual({ items: [] });
  });

  it('is rate-limited per tab and frame like the rest: beyond it, nothing held is listed', async () => {
    await show('Standup');
    for (let i = 0; i < 30; i++) expect((await list()).items).toHaveLength(1);
    expect((await list()).items).toHaveLength(0);
    expect((await list(SCOPE, SLACK, 9)).items).toHaveLength(1);
  });
});

describe('a same-tag notification after focus', () => {
  it('replaces the held one with that tag on that site in the digest (unseen ones only); during focus it changes nothing', async () => {
    await notify('Alice', 'first', SLACK, 'C1');
    await notify('Bob', 'other', SLACK, 'C2');
    await notify('Mail', 'same tag, other site', GMAIL, 'C1');
    await call('supersedeHeld', { tag: 'C1' }, page(SLACK));
    expect(await db.held.count()).toBe(3); // focus on: the page's notification came through `notify`
    await focusStateItem.setValue(IDLE_STATE);
    await mod.deliverDigest();
    await call('supersedeHeld', { tag: 'C1' }, page(SLACK));
    expect((await db.held.toArray()).map((h) => h.title).sort()).toEqual(['Bob', 'Mail']);
    const bob = (await db.held.toArray()).find((h) => h.title === 'Bob')!;
    await call('markHeldSeen', { ids: [bob.id] });
    await call('supersedeHeld', { tag: 'C2' }, page(SLACK));
    expect((await db.held.toArray()).map((h) => h.title).sort()).toEqual(['Bob', 'Mail']); // seen: history
    await expect(call('supersedeHeld', { tag: '' }, page(SLACK))).rejects.toThrow(/Invalid/);
  });
});

describe('digest', () => {
  async function holdTwenty() {
    for (let i = 0; i < 20; i++) {
      vi.setSystemTime(T0 + i * 1000);
      await notify(i % 3 ? `Person ${i}` : `Mail ${i}`, `message ${i}`, i % 3 ? SLACK : GMAIL);
    }
  }

  it('waits while focus runs, then delivers everything once as one notification', async () => {
    await holdTwenty();
    expect(await mod.deliverDigest()).toBeNull();
    await focusStateItem.setValue(IDLE_STATE);
    vi.setSystemTime(T0 + 30 * MIN);
    expect(await mod.deliverDigest()).toBe('While you focused: 13 Slack, 7 Gmail');
    const created = await notices();
    expect(Object.keys(created)).toEqual([`${DIGEST_NOTIFICATION}-${T0 + 30 * MIN}`]);
    expect(Object.values(created)[0]!.message).toBe('While you focused: 13 Slack, 7 Gmail');
    expect((await db.held.toArray()).every((h) => h.deliveredAt === T0 + 30 * MIN)).toBe(true);
    expect(await events('digest-delivered')).toMatchObject([{ data: { count: 20 } }]);
    expect(await mod.deliverDigest()).toBeNull();
    expect(Object.keys(await notices())).toHaveLength(1);
  });

  it('never delivers the same items twice when triggers race', async () => {
    await holdTwenty();
    await focusStateItem.setValue(IDLE_STATE);
    const results = await Promise.all([mod.deliverDigest(), mod.deliverDigest(), mod.onStart!()]);
    expect(results.filter((r) => typeof r === 'string')).toHaveLength(1);
    expect(await events('digest-delivered')).toHaveLength(1);
  });

  it('a notification held while focus ends is in that digest, not left behind', async () => {
    // The hold reads "focus on"; right then focus ends and the digest is triggered.
    const read = focusStateItem.getValue.bind(focusStateItem);
    let summary: Promise<string | null> | undefined;
    vi.spyOn(focusStateItem, 'getValue').mockImplementationOnce(async () => {
      const state = await read();
      await focusStateItem.setValue(IDLE_STATE);
      summary = mod.deliverDigest();
      return state;
    });
    expect(await notify('Alice', 'hi')).toEqual({ action: 'hold', id: expect.any(String) });
    expect(await summary).toBe('While you focused: 1 Slack');
    expect((await db.held.toArray()).map((h) => h.deliveredAt)).toEqual([T0]);
    vi.restoreAllMocks();
  });

  it('delivers when the focus module announces that focus ended, and a click opens digest.html', async () => {
    const focusChanges = createSignal<FocusState>();
    mod = createNotificationsModule({ db: () => db, focusChanges });
    mod.listen!();
    await notify('Alice', 'hi');
    focusChanges.emit(FOCUS); // still focusing: nothing goes out
    await focusStateItem.setValue(IDLE_STATE);
    focusChanges.emit(IDLE_STATE);
    await vi.waitFor(async () => expect(Object.keys(await notices())).toHaveLength(1));
    const [id] = Object.keys(await notices());
    await fakeBrowser.notifications.onClicked.trigger(id!);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/digest.html');
  });

  it('delivers at start-up when a block ended while the browser was closed', async () => {
    await notify('Alice', 'hi');
    await focusStateItem.setValue(IDLE_STATE);
    const restarted = createNotificationsModule({ db: () => db });
    await restarted.onStart!();
    expect(await events('digest-delivered')).toHaveLength(1);
  });

  it('at a summary time, delivers what is held so far even mid-block, and aims at the next time', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, digestTimes: ['12:00', '17:00'] });
    await mod.onStart!();
    expect((await fakeBrowser.alarms.get(DIGEST_TIME_ALARM))?.scheduledTime).toBe(new Date(2026, 10, 26, 12, 0).getTime());
    await notify('Alice', 'hi');
    vi.setSystemTime(new Date(2026, 10, 26, 12, 0).getTime());
    await mod.onAlarm!(DIGEST_TIME_ALARM);
    expect(await events('digest-delivered')).toHaveLength(1);
    expect((await fakeBrowser.alarms.get(DIGEST_TIME_ALARM))?.scheduledTime).toBe(new Date(2026, 10, 26, 17, 0).getTime());
  });

  it('a summary time that passed while the browser was closed still fires: start-up leaves its alarm alone', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, digestTimes: ['12:00'] });
    await mod.onStart!();
    const noon = new Date(2026, 10, 26, 12, 0).getTime();
    await notify('Alice', 'hi');
    // The browser was closed over noon; the worker starts before Chrome fires the overdue alarm.
    vi.setSystemTime(noon + 30 * MIN);
    const restarted = createNotificationsModule({ db: () => db });
    await restarted.onStart!();
    expect((await fakeBrowser.alarms.get(DIGEST_TIME_ALARM))?.scheduledTime).toBe(noon);
    await restarted.onAlarm!(DIGEST_TIME_ALARM);
    expect(await events('digest-delivered')).toHaveLength(1);
    expect((await fakeBrowser.alarms.get(DIGEST_TIME_ALARM))?.scheduledTime).toBe(noon + DAY);
  });

  it('no summary times: no alarm', async () => {
    await mod.onStart!();
    expect(await fakeBrowser.alarms.get(DIGEST_TIME_ALARM)).toBeUndefined();
  });
});

describe('digest page messages', () => {
  it('lists held items newest first and breakthroughs of the last day; seen ones only on request', async () => {
    await notify('Alice', 'one');
    vi.setSystemTime(T0 + MIN);
    await notify('Carol', 'two', GMAIL);
    vi.setSystemTime(T0 + 2 * MIN);
    await notify('Ops', 'incident declared');
    const list = await call('listHeld', { includeSeen: true });
    expect(list.items.map((i) => i.title)).toEqual(['Carol', 'Alice']);
    expect(list.breakthroughs).toMatchObject([{ site: 'slack', rule: 'keyword', at: T0 + 2 * MIN }]);
    await call('markHeldSeen', { ids: [list.items[0]!.id] });
    expect((await call('listHeld', {})).items.map((i) => i.title)).toEqual(['Alice']);
  });

  it('only extension pages may read or touch held items', async () => {
    await expect(call('listHeld', {}, page(SLACK))).rejects.toThrow(/own pages/);
    await expect(call('openHeld', { id: 'x' }, page(SLACK))).rejects.toThrow(/own pages/);
  });

  it('opening an item focuses its tab when it is still on that site, marks it seen and counts it', async () => {
    const tab = await fakeBrowser.tabs.create({ url: SLACK, active: false });
    await call('notify', { title: 'Alice', body: 'hi' }, page(SLACK, tab.id));
    const [item] = await db.held.toArray();
    await call('openHeld', { id: item!.id });
    expect((await fakeBrowser.tabs.get(tab.id!)).active).toBe(true);
    expect((await db.held.get(item!.id))?.seenAt).toBe(T0);
    expect(await events('digest-opened')).toMatchObject([{ site: 'slack' }]);
  });

  it('opening an item whose tab is gone or elsewhere opens its URL instead', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/', active: false });
    await call('notify', { title: 'Alice', body: 'hi' }, page(GMAIL, tab.id));
    await call('notify', { title: 'Bob', body: 'hi' }, page(SLACK, 999));
    for (const item of await db.held.toArray()) await call('openHeld', { id: item.id });
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls).toEqual(expect.arrayContaining([GMAIL_BACK, SLACK_BACK]));
    await expect(call('openHeld', { id: 'gone' })).rejects.toThrow(/no longer kept/);
  });

  it('stores the answer to "Was anything urgent?" on the breakthrough event only', async () => {
    await notify('Ops', 'p0 in checkout');
    const [b] = (await call('listHeld', {})).breakthroughs;
    await call('answerBreakthrough', { eventId: b!.id, urgent: false });
    expect((await db.events.get(b!.id))?.data).toEqual({ rule: 'keyword', urgent: false });
    expect((await call('listHeld', {})).breakthroughs[0]!.urgent).toBe(false);
    const [other] = await recordEvents([{ kind: 'focus-started', site: 'extension' }], db);
    await expect(call('answerBreakthrough', { eventId: other!.id, urgent: true })).rejects.toThrow(/No such breakthrough/);
  });
});

describe('clean-up', () => {
  it('deletes content a day after it was seen, or past retention; counts stay', async () => {
    await notify('Seen', 'a');
    vi.setSystemTime(T0 + 1000);
    await notify('Unseen', 'b');
    const seen = (await db.held.toArray()).find((h) => h.title === 'Seen')!;
    await call('markHeldSeen', { ids: [seen.id] });
    vi.setSystemTime(T0 + 1000 + DAY - 1);
    await mod.onAlarm!(CLEANUP_ALARM);
    expect(await db.held.count()).toBe(2);
    vi.setSystemTime(T0 + 1000 + DAY);
    await mod.onAlarm!(CLEANUP_ALARM);
    expect((await db.held.toArray()).map((h) => h.title)).toEqual(['Unseen']);
    vi.setSystemTime(T0 + 90 * DAY + 1000);
    await mod.onAlarm!(CLEANUP_ALARM);
    expect(await db.held.count()).toBe(0);
    expect(await events('notification-held')).toHaveLength(2);
  });
});

describe('a page raising too many notifications', () => {
  const flood = (count: number, url = SLACK, tabId = 7) =>
    Promise.all(Array.from({ length: count }, (_, i) => call('notify', { title: `Person ${i}`, body: 'spam' }, page(url, tabId))));
  const actions = (replies: Res<'notify'>[]) => replies.reduce<Record<string, number>>((m, r) => ({ ...m, [r.action]: (m[r.action] ?? 0) + 1 }), {});

  it('gets 30 holds a minute per tab and frame; beyond that "show" with nothing written, counted for the digest', async () => {
    expect(actions(await flood(40))).toEqual({ hold: 30, show: 10 });
    expect(await db.held.count()).toBe(30);
    expect(await events('notification-held')).toHaveLength(30);
    // Another tab (another site) in the same instant has its own allowance.
    expect(await notify('Alice', 'lunch?', GMAIL)).toEqual({ action: 'show' }); // same tab 7: still limited
    expect(await call('notify', { title: 'Alice', body: 'lunch?' }, page(GMAIL, 8))).toEqual({ action: 'hold', id: expect.any(String) });
    // A minute later the bucket has refilled.
    vi.setSystemTime(T0 + MIN);
    expect(await notify('Later', 'x')).toEqual({ action: 'hold', id: expect.any(String) });
    const list = await call('listHeld', {});
    expect(list.notHeld).toEqual({ slack: { tooFast: 10, overCap: 0 }, gmail: { tooFast: 1, overCap: 0 } });
    await call('markHeldSeen', { ids: [], notHeld: true });
    expect((await call('listHeld', {})).notHeld).toEqual({});
  });

  it("adds what a frame's bridge showed without asking to its own site's count, during focus only", async () => {
    await call('notHeldInFrame', { count: 4992 }, page(SLACK));
    await focusStateItem.setValue(IDLE_STATE);
    await call('notHeldInFrame', { count: 7 }, page(GMAIL));
    expect((await call('listHeld', {})).notHeld).toEqual({ slack: { tooFast: 4992, overCap: 0 } });
    await expect(call('notHeldInFrame', { count: 1e9 }, page(SLACK))).rejects.toThrow(/Invalid/);
  });

  it('outside focus, a flood past the rate is shown without a write per notification', async () => {
    await focusStateItem.setValue(IDLE_STATE);
    expect(actions(await flood(35))).toEqual({ show: 35 });
    expect(await events('notification-shown')).toHaveLength(30);
    expect((await call('listHeld', {})).notHeld).toEqual({});
  });

  it('keeps at most the cap waiting per site; the rest are counted, not kept; other sites and the next focus still hold', async () => {
    mod = createNotificationsModule({ db: () => db, maxPendingPerSite: 5, rateLimit: { capacity: 1000, perMinute: 1000, maxSenders: 10 } });
    expect(actions(await flood(8))).toEqual({ hold: 8 });
    expect(await db.held.count()).toBe(5);
    expect(await events('notification-held')).toHaveLength(5);
    expect(await notify('Alice', 'lunch?', GMAIL)).toEqual({ action: 'hold', id: expect.any(String) });
    expect(await db.held.where('site').equals('gmail').count()).toBe(1);
    expect((await call('listHeld', {})).notHeld).toEqual({ slack: { tooFast: 0, overCap: 3 } });

    await focusStateItem.setValue(IDLE_STATE);
    await mod.deliverDigest();
    await focusStateItem.setValue(FOCUS);
    vi.setSystemTime(T0 + 1);
    expect(await notify('Bob', 'after the digest')).toEqual({ action: 'hold', id: expect.any(String) });
    expect(await db.held.where('[site+at]').between(['slack', T0 + 1], ['slack', T0 + 1], true, true).count()).toBe(1);
  });

  it('answers "show" at once when the queue is deep, so other tabs never wait for their timeout', async () => {
    mod = createNotificationsModule({ db: () => db, rateLimit: { capacity: 1000, perMinute: 1000, maxSenders: 10 } });
    const replies = await flood(MAX_QUEUED + 40);
    const counts = actions(replies);
    expect(counts.show).toBeGreaterThanOrEqual(40);
    expect(await db.held.count()).toBe(counts.hold);
    expect(await db.held.count()).toBeLessThanOrEqual(MAX_QUEUED);
  });

  it('pages the digest list newest first, with ties on time, and marks seen in chunks only', async () => {
    const rows = Array.from({ length: 2 * HELD_PAGE + 50 }, (_, i) => ({ id: `h${String(i).padStart(4, '0')}`, site: 'slack' as const, title: `P${i}`, body: '', at: T0 - Math.floor(i / 7) }));
    await db.held.bulkAdd(rows);
    const seen: string[] = [];
    let page1 = await call('listHeld', { includeSeen: true });
    const sizes = [page1.items.length];
    seen.push(...page1.items.map((h) => h.id));
    while (page1.next) {
      page1 = await call('listHeld', { includeSeen: true, before: page1.next });
      sizes.push(page1.items.length);
      seen.push(...page1.items.map((h) => h.id));
    }
    expect(sizes).toEqual([HELD_PAGE, HELD_PAGE, 50]);
    const newestFirst = [...rows].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1)).map((r) => r.id);
    expect(seen).toEqual(newestFirst);
    await expect(call('markHeldSeen', { ids: seen.slice(0, HELD_PAGE + 1) })).rejects.toThrow(/ids/);
    await call('markHeldSeen', { ids: seen.slice(0, HELD_PAGE) });
    expect(await db.held.where('seenAt').equals(T0).count()).toBe(HELD_PAGE);
  });
});
