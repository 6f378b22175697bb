import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type ExtensionSession } from './harness';

/*
 * Notification batching end to end, in Chromium, on the Slack and Gmail fixture pages served
 * under their real URLs. The pages' own code (tests/fixtures/notify-app.js) raises notifications
 * the way the apps do and logs what it observes. A held notification fires `show` as the
 * browser's own would, so what really reached the browser is read from the held and events tables.
 */

const SLACK = 'https://app.slack.com/client/T0A1B2C3D/C04GENERAL';
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const GMAIL_TITLE = 'Inbox (3) - me@example.com - Gmail';
const CALENDAR = 'https://calendar.google.com/calendar/u/0/r/eventedit';

interface AppLog {
  created: number;
  shown: string[];
  listenerShown: string[];
  errors: string[];
  clicks: string[];
  closed: string[];
  apiProblems: string[];
}
interface Held {
  id: string;
  site: string;
  title: string;
  body: string;
  tag?: string;
  tabId?: number;
  deliveredAt?: number;
  seenAt?: number;
  closedAt?: number;
}
interface Event {
  id: string;
  kind: string;
  site: string;
  data?: { rule?: string; count?: number; urgent?: boolean };
}

const SLACK_MESSAGES: [string, string, string][] = [
  ['Priya Natarajan', 'Can you look at the onboarding copy when you get a chance?', 'C04DESIGN'],
  ['Marcus Lee', 'Pushed the fix for the date picker, PR is #4512', 'D01MARCUS'],
  ['Sofia Alvarez', 'Lunch on Thursday with the new folks?', 'D02SOFIA'],
  ['Tom Becker', 'Retro notes are in the channel canvas', 'C05RETRO'],
  ['Yuki Tanaka', 'Thanks for the review!', 'D03YUKI'],
  ['Grace Okafor', 'Q3 roadmap draft is ready for comments', 'C06PRODUCT'],
  ['Liam Walsh', 'Is the staging env free this afternoon?', 'C07QA'],
  ['Hannah Schmidt', 'Shared the interview loop for Friday', 'D04HANNAH'],
  ['Diego Ramos', 'New mockups for settings are up', 'C04DESIGN-2'],
  ['Nora Haddad', 'Could you approve my expense report?', 'D05NORA'],
];
const GMAIL_MESSAGES: [string, string, string][] = [
  ['Acme Billing', 'Your November invoice is ready - Invoice #2026-11 is attached', 'thread-f1'],
  ['Jordan Price', 'Re: Contract renewal - Looks good on our side, one small change', 'thread-f2'],
  ['Google Calendar', 'Invitation: Design review @ Fri 14:00 - You have been invited', 'thread-f3'],
  ['Maya Singh', 'Conference talk proposal - Here is the abstract we discussed', 'thread-f4'],
  ['GitHub', '[acme/web] Review requested on #4512 - Marcus requested your review', 'thread-f5'],
  ['Chris Novak', 'Offsite logistics - Hotel block closes on the 5th', 'thread-f6'],
  ['HR Team', 'Benefits enrollment opens Monday - Please review your choices', 'thread-f7'],
  ['Elena Petrova', 'Quick question about the API limits - Do we cap per key?', 'thread-f8'],
  ['Figma', 'Diego Ramos invited you to Settings v3 - Open in Figma', 'thread-f9'],
  ['Sam Wright', 'Re: Hiring plan - Updated numbers in the sheet', 'thread-f10'],
];

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close().catch(() => {});
  session = undefined;
});

async function serveApps(s: ExtensionSession): Promise<void> {
  const withApp = (html: string) => html.replace('</body>', '<script src="/fixture/notify-app.js"></script>\n</body>');
  await s.serve(SLACK, withApp(s.fixture('slack-channel.html')));
  await s.serve('https://app.slack.com/fixture/slack-host.js', s.fixture('slack-host.js'), 'text/javascript');
  await s.serve('https://app.slack.com/fixture/notify-app.js', s.fixture('notify-app.js'), 'text/javascript');
  await s.serve(GMAIL.replace(/#.*/, ''), withApp(s.fixture('gmail-inbox.html'))); // the fragment never reaches the network
  await s.serve('https://mail.google.com/fixture/gmail-host.js', s.fixture('gmail-host.js'), 'text/javascript');
  await s.serve('https://mail.google.com/fixture/notify-app.js', s.fixture('notify-app.js'), 'text/javascript');
  await s.serve(CALENDAR, withApp(s.fixture('calendar-eventedit.html')));
  await s.serve('https://calendar.google.com/fixture/notify-app.js', s.fixture('notify-app.js'), 'text/javascript');
  await s.serve('https://calendar.google.com/fixture/notify-sw.js', s.fixture('notify-sw.js'), 'text/javascript');
  for (const origin of ['https://app.slack.com', 'https://mail.google.com', 'https://calendar.google.com']) {
    await s.context.grantPermissions(['notifications'], { origin });
  }
  await s.guardRegistered();
}

type Raise = (t: string, b: string, tag?: string) => void;
type App = { log: AppLog; notes: Notification[]; raise: Raise; raiseFromFreshFrame: Raise; raiseFromFramesIndex: Raise; raiseFromBlobFrame: Raise };
/** How the page gets its constructor: its own, a fresh iframe's element, `window.frames[n]`, or a blob: frame. */
type Via = 'page' | 'iframe' | 'frames' | 'blob';
const appLog = (page: Page) => page.evaluate(() => (window as unknown as { __notifyApp: App }).__notifyApp.log);
const raise = (page: Page, [title, body, tag]: [string, string, string], via: Via = 'page') =>
  page.evaluate(
    async ([t, b, g, v]) => {
      const app = (window as unknown as { __notifyApp: App }).__notifyApp;
      await ({ page: app.raise, iframe: app.raiseFromFreshFrame, frames: app.raiseFromFramesIndex, blob: app.raiseFromBlobFrame })[v](t, b, g);
    },
    [title, body, tag, via] as const,
  );

describe('notification batching', () => {
  it('passes through outside focus, holds 20 from two sites across a worker stop and a browser restart, digest lists each once', async () => {
    let s = await launch();
    session = s;
    await serveApps(s);
    const slack = await s.openHostPage(SLACK);
    const gmail = await s.openHostPage(GMAIL);

    // Focus off: the page's notification reaches the browser's real API and nothing is kept.
    await raise(slack, ['Alice Chen', 'Morning! Standup notes are in the doc', 'C04GENERAL']);
    await expect.poll(async () => (await appLog(slack)).shown).toEqual(['Alice Chen']);
    expect((await appLog(slack)).listenerShown).toEqual(['Alice Chen']);
    expect(await gmail.title()).toBe(GMAIL_TITLE);

    // Focus on: the open tabs follow live (Gmail's unread counter dims from the title).
    const started = await s.sendMessage('startFocus', { minutes: 25 });
    expect(started.ok).toBe(true);
    await expect.poll(() => gmail.title()).toBe('Inbox - me@example.com - Gmail');
    await slack.waitForTimeout(300);

    // Three of them through clean constructors from fresh frames (known escapes).
    const via: Via[] = ['page', 'page', 'page', 'page', 'iframe', 'page', 'page', 'frames', 'page', 'blob'];
    for (const [i, m] of SLACK_MESSAGES.entries()) await raise(slack, m, via[i]);
    await expect.poll(async () => (await s.readTable<Held>('held')).length, { timeout: 15_000 }).toBe(10);

    // The page's code keeps working: permission, both requestPermission forms, handlers, close.
    const api = await slack.evaluate(async () => {
      const app = (window as unknown as { __notifyApp: App & { permissionForms(): Promise<unknown> } }).__notifyApp;
      const forms = await app.permissionForms();
      const held = app.notes[1]!;
      const handlerKept = typeof held.onclick === 'function';
      held.dispatchEvent(new Event('click')); // what the app would do on a click: focus, navigate, close
      app.notes[2]!.close();
      return { forms, handlerKept, body: held.body, tag: held.tag };
    });
    expect(api).toEqual({
      forms: { viaPromise: 'granted', viaCallback: 'granted', permission: 'granted', maxActions: 'number' },
      handlerKept: true,
      body: SLACK_MESSAGES[0]![1],
      tag: SLACK_MESSAGES[0]![2],
    });
    let slackLog = await appLog(slack);
    expect(slackLog.clicks).toEqual([SLACK_MESSAGES[0]![0]]);
    // The two the app closed (one from its click handler) are marked: the digest does not announce them.
    const closedByApp = [SLACK_MESSAGES[0]![0], SLACK_MESSAGES[1]![0]];
    expect(slackLog.closed).toEqual(closedByApp);
    await expect.poll(async () => (await s.readTable<Held>('held')).filter((h) => h.closedAt !== undefined).map((h) => h.title).sort()).toEqual(closedByApp.sort());
    // Held ones fire `show` as the browser's would (what reached the browser is in the tables).
    expect(slackLog).toMatchObject({ created: 11, errors: [], apiProblems: [] });
    expect([...slackLog.shown].sort()).toEqual(['Alice Chen', ...SLACK_MESSAGES.map((m) => m[0])].sort());

    // A keyword breaks through at once.
    await raise(slack, ['Ops Bot', 'Checkout API is down in eu-west-1', 'C08INCIDENTS']);
    await expect.poll(async () => (await appLog(slack)).shown).toContain('Ops Bot');
    const breakthroughs = (await s.readTable<Event>('events')).filter((e) => e.kind === 'notification-breakthrough');
    expect(breakthroughs).toMatchObject([{ site: 'slack', data: { rule: 'keyword' } }]);

    // The worker is stopped mid-block; Gmail's notifications wake it and are held too.
    await s.stopWorker();
    for (const m of GMAIL_MESSAGES) await raise(gmail, m);
    await expect.poll(async () => (await s.readTable<Held>('held')).length, { timeout: 15_000 }).toBe(20);
    await expect.poll(async () => (await appLog(gmail)).shown.length).toBe(10);
    expect(await appLog(gmail)).toMatchObject({ created: 10, errors: [], apiProblems: [] });
    slackLog = await appLog(slack);
    expect(slackLog.shown).toHaveLength(12);

    // The browser restarts mid-block; then the block ends and the digest is delivered once.
    s = await s.restart();
    session = s;
    const state = await s.sendMessage('getFocusState', {});
    expect(state).toMatchObject({ ok: true, data: { active: true } });
    expect((await s.sendMessage('endFocus', {})).ok).toBe(true);
    await expect.poll(async () => (await s.readTable<Held>('held')).every((h) => h.deliveredAt !== undefined), { timeout: 15_000 }).toBe(true);
    const delivered = (await s.readTable<Event>('events')).filter((e) => e.kind === 'digest-delivered');
    expect(delivered).toMatchObject([{ data: { count: 20 } }]);

    // digest.html lists all 20, none lost, none duplicated, grouped by site; the 2 the app closed marked.
    const digest = await s.openExtensionPage('digest.html');
    const items = digest.locator('[data-testid="digest-item"]');
    await expect.poll(() => items.count()).toBe(20);
    const listed = await items.evaluateAll((els) => els.map((el) => ({ site: el.getAttribute('data-site'), text: el.textContent ?? '' })));
    const expected = [...SLACK_MESSAGES.map((m) => ['slack', ...m]), ...GMAIL_MESSAGES.map((m) => ['gmail', ...m])];
    for (const [site, title, body] of expected) {
      expect(listed.filter((l) => l.site === site && l.text.includes(title!) && l.text.includes(body!)), `${site}: ${title}`).toHaveLength(1);
    }
    expect(await digest.getByTestId('digest-summary').textContent()).toBe('While you focused: 10 Gmail, 8 Slack (and 2 closed by the app meanwhile)');
    expect(await digest.locator('[data-testid="digest-item"][data-closed="true"] .fg-title').allTextContents()).toEqual(closedByApp);
    expect(await digest.getByTestId('coverage').textContent()).toMatch(/service worker.*tab is closed/);

    // Seen once listed; the breakthrough question stores the answer.
    await expect.poll(async () => (await s.readTable<Held>('held')).every((h) => h.seenAt !== undefined)).toBe(true);
    await digest.getByTestId('breakthrough').getByRole('button', { name: 'No' }).click();
    await expect
      .poll(async () => (await s.readTable<Event>('events')).find((e) => e.kind === 'notification-breakthrough')?.data)
      .toEqual({ rule: 'keyword', urgent: false });
  });

  it('restores the unread counter after focus and opens a held item’s tab from the digest', async () => {
    const s = await launch();
    session = s;
    await serveApps(s);
    const gmail = await s.openHostPage(GMAIL);
    expect((await s.sendMessage('startFocus', { minutes: 25 })).ok).toBe(true);
    await expect.poll(() => gmail.title()).toBe('Inbox - me@example.com - Gmail');
    await raise(gmail, GMAIL_MESSAGES[0]!);
    await expect.poll(async () => (await s.readTable<Held>('held')).length).toBe(1);
    expect((await s.sendMessage('endFocus', {})).ok).toBe(true);
    await expect.poll(() => gmail.title()).toBe(GMAIL_TITLE);

    // Focus off again: straight to the real API.
    await raise(gmail, ['Ravi Kumar', 'Slides for tomorrow - Final version attached', 'thread-g1']);
    await expect.poll(async () => (await appLog(gmail)).shown).toEqual([GMAIL_MESSAGES[0]![0], 'Ravi Kumar']);

    const other = await s.openHostPage(SLACK);
    await other.bringToFront();
    const digest = await s.openExtensionPage('digest.html');
    await digest.locator('[data-testid="digest-item"][data-site="gmail"] button').click();
    const activeUrl = () =>
      digest.evaluate(async () => {
        const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string }[]> } } }).chrome;
        return (await chrome.tabs.query({ active: true })).map((t) => t.url ?? '');
      });
    await expect.poll(activeUrl).toContain(GMAIL);
    expect(s.context.pages().filter((p) => p.url().startsWith('https://mail.google.com/'))).toHaveLength(1);
    const opened = (await s.readTable<Event>('events')).filter((e) => e.kind === 'digest-opened');
    expect(opened).toMatchObject([{ site: 'gmail' }]);
  });

  it('Calendar’s service-worker notifications: shown outside focus, held during focus, a keyword breaks through', async () => {
    const s = await launch();
    session = s;
    await serveApps(s);
    const calendar = await s.openHostPage(CALENDAR);
    // showNotification resolves as usual either way; getNotifications() lists held ones too, while held.
    const show = (title: string, body: string, tag: string) =>
      calendar.evaluate(
        ([t, b, g]) => (window as unknown as { __notifyApp: { showViaWorker(t: string, b: string, g: string): Promise<string[]> } }).__notifyApp.showViaWorker(t, b, g),
        [title, body, tag] as const,
      );
    expect(await show('Weekly planning', 'Tomorrow 09:30 - Room 4', 'ev-1')).toEqual(['Weekly planning']);
    expect((await s.sendMessage('startFocus', { minutes: 25 })).ok).toBe(true);
    await calendar.waitForTimeout(500);
    expect(await show('Design review', 'Friday 14:00 - Meet link in the invite', 'ev-2')).toEqual(['Weekly planning', 'Design review']);
    expect(await show('Outage review', 'Postmortem for the checkout incident', 'ev-3')).toEqual(['Weekly planning', 'Design review', 'Outage review']);
    expect(await s.readTable<Held>('held')).toMatchObject([{ site: 'calendar', title: 'Design review', tag: 'ev-2', url: 'https://calendar.google.com/calendar/u/0/' }]);
    expect((await s.readTable<Event>('events')).filter((e) => e.kind === 'notification-breakthrough')).toMatchObject([
      { site: 'calendar', data: { rule: 'keyword' } },
    ]);
    // The event is cancelled and the app closes its notification: no digest announces it.
    await calendar.evaluate(async () => {
      const reg = (await navigator.serviceWorker.getRegistration('/fixture/notify-sw.js'))!;
      for (const n of await reg.getNotifications({ tag: 'ev-2' })) n.close();
    });
    await expect.poll(async () => (await s.readTable<Held>('held')).map((h) => h.closedAt !== undefined)).toEqual([true]);
  });
});
