import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { coach, CONTEXT_PROMPT, expand, gate, hint, openHost, selected, typeIn } from './coach-page';
import { launch, type ExtensionSession } from './harness';
import { panel } from './panels';

/*
 * Teams and Outlook on the web, end to end: the built extension on fixture pages served under the
 * real host URLs. Each fixture's own script stands in for the app: Teams' composer is a CKEditor 5
 * model that takes edits only through its input path and sends the model's text; Outlook's
 * editor adopts DOM edits and sends the whole body (signature and quote included); the event
 * form turns typed addresses into chips. "Sent" below always means the app's own send ran.
 */

const TEAMS = 'https://teams.cloud.microsoft/v2/';
/** The same chat for a user whose send key is Ctrl/Cmd+Enter (Enter makes a new line). */
const TEAMS_CTRL_ENTER = 'https://teams.microsoft.com/v2/?fixture-send-key=ctrl';
const OUTLOOK_READING = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNTcwLTg4';
const OUTLOOK_POPOUT = 'https://outlook.cloud.microsoft/mail/deeplink/compose';
const OUTLOOK_EVENT = 'https://outlook.office365.com/calendar/action/compose';
const OUTLOOK_LIVE = 'https://outlook.live.com/mail/0/';

let s: ExtensionSession;

beforeAll(async () => {
  s = await launch();
  const js = 'text/javascript; charset=utf-8';
  for (const origin of ['https://teams.cloud.microsoft', 'https://teams.microsoft.com']) {
    await s.serve(`${origin}/fixture/teams-host.js`, s.fixture('teams-host.js'), js);
    await s.serve(`${origin}/fixture/teams-notify.js`, s.fixture('teams-notify.js'), js);
  }
  for (const origin of ['https://outlook.office.com', 'https://outlook.cloud.microsoft', 'https://outlook.office365.com', 'https://outlook.live.com']) {
    await s.serve(`${origin}/fixture/outlook-host.js`, s.fixture('outlook-host.js'), js);
    await s.serve(`${origin}/fixture/notify-app.js`, s.fixture('notify-app.js'), js);
  }
  await s.serve('https://outlook.office365.com/fixture/outlook-event-host.js', s.fixture('outlook-event-host.js'), js);
  const teams = s.fixture('teams-chat.html').replace('</body>', '<script src="/fixture/teams-notify.js"></script>\n</body>');
  await s.serve(TEAMS, teams);
  await s.serve(TEAMS_CTRL_ENTER, teams);
  await s.serve(OUTLOOK_READING, s.fixture('outlook-mail.html'));
  await s.serve(OUTLOOK_POPOUT, s.fixture('outlook-compose.html'));
  await s.serve(OUTLOOK_LIVE, s.fixture('outlook-mail.html').replace('</body>', '<script src="/fixture/notify-app.js"></script>\n</body>'));
});

afterAll(async () => {
  await s?.close().catch(() => {});
});

const open = (url: string) => openHost(s, url);

type TeamsApp = { log: { sent: string[]; saved: string[]; reverted: number }; draft(): string };
const teamsLog = (page: Page) => page.evaluate(() => (window as unknown as { __teams: TeamsApp }).__teams.log);
/** What Teams' CKEditor model holds: what its send would send. */
const teamsModel = (page: Page) => page.evaluate(() => (window as unknown as { __teams: TeamsApp }).__teams.draft());

type OutlookApp = { log: { sent: { draftId: string; to: string[]; body: string }[] } };
const outlookSent = (page: Page) => page.evaluate(() => (window as unknown as { __outlook: OutlookApp }).__outlook.log.sent);

const kinds = async () => (await s.readTable<{ kind: string; site?: string }>('events')).map((e) => e.kind);
const countOf = async (kind: string) => (await kinds()).filter((k) => k === kind).length;

describe('compose coach on Teams', () => {
  const composer = (page: Page) => page.locator('[data-tid="ckeditor"][id^="new-message-"]');

  it('shows the verdict beside the composer; holds a bare ping on Enter; "Send anyway" sends it through Teams\' own send', async () => {
    const page = await open(TEAMS);
    await typeIn(page, composer(page), 'hey, got a sec?');
    await expect.poll(() => hint(page)).toBe('ping');
    expect(await coach(page, 'coach-verdict').getAttribute('data-mode')).toBe('async');
    const shown = (await panel(page, 'focusgate-coach').locator('.fg-panel').boundingBox())!;
    const box = (await page.locator('[data-tid="message-compose-box"]').boundingBox())!;
    expect(shown.y + shown.height <= box.y || shown.y >= box.y + box.height || shown.x >= box.x + box.width || shown.x + shown.width <= box.x).toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    expect((await teamsLog(page)).sent).toEqual([]);
    expect(await teamsModel(page)).toBe('hey, got a sec?');
    await coach(page, 'gate-send-anyway').click();
    await expect.poll(async () => (await teamsLog(page)).sent).toEqual(['hey, got a sec?']);
    await expect.poll(() => gate(page).count()).toBe(0);
    expect(await teamsModel(page)).toBe('');
    expect(await page.locator('[data-tid="chat-pane-message"] [data-tid="message-body-content"]').last().textContent()).toBe('hey, got a sec?');
  });

  it('"Make it async" reaches CKEditor\'s model (a plain DOM write would not), and Enter sends the rewrite', async () => {
    const page = await open(TEAMS);
    const rewrites = await countOf('rewrite-applied');
    // The fixture holds to CKEditor's rule: a write that bypasses its input path is undone, never sent.
    const naive = await composer(page).evaluate((el) => {
      el.focus();
      getSelection()!.selectAllChildren(el);
      document.execCommand('insertText', false, 'written around the model');
      return el.textContent;
    });
    expect(naive).toBe('written around the model');
    await expect.poll(() => composer(page).textContent()).toBe('');
    expect(await teamsModel(page)).toBe('');

    await typeIn(page, composer(page), 'can you look at the onboarding doc');
    await expect.poll(() => hint(page)).toBe('context');
    await expand(page);
    await coach(page, 'coach-rewrite').click();
    // The rewrite is in the model (what Teams sends), not only on screen, and the caret is on
    // its first prompt, ready to type over it.
    await expect.poll(() => teamsModel(page)).toContain(CONTEXT_PROMPT);
    expect((await teamsModel(page)).startsWith('can you look at the onboarding doc\n')).toBe(true);
    await expect.poll(() => selected(page)).toBe(CONTEXT_PROMPT);
    await page.keyboard.type('New joiners start Monday and the doc still has the old VPN steps.', { delay: 5 });
    await expect.poll(() => hint(page)).toBe('ready');
    const rewritten = await teamsModel(page);
    expect(rewritten.split('\n')).toEqual([
      'can you look at the onboarding doc',
      'New joiners start Monday and the doc still has the old VPN steps.',
      expect.stringMatching(/^Reply by: \S/),
    ]);
    expect((await composer(page).innerText()).replace(/\s+/g, ' ').trim()).toBe(rewritten.replace(/\s+/g, ' ').trim());

    await page.keyboard.press('Enter');
    await expect.poll(async () => (await teamsLog(page)).sent).toEqual([rewritten]);
    expect(await gate(page).count()).toBe(0);
    await expect.poll(() => countOf('rewrite-applied')).toBe(rewrites + 1);
  });

  it('with Ctrl+Enter as the send key: Enter makes a new line, Ctrl+Enter is held; editing a sent message is never held', async () => {
    const page = await open(TEAMS_CTRL_ENTER);
    await typeIn(page, composer(page), 'hey');
    await page.keyboard.press('Enter');
    await page.keyboard.type('you around?');
    expect(await gate(page).count()).toBe(0);
    expect(await teamsModel(page)).toBe('hey\nyou around?');
    await expect.poll(() => hint(page)).toBe('ping');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    expect((await teamsLog(page)).sent).toEqual([]);
    await coach(page, 'gate-edit').click();
    await expect.poll(() => gate(page).count()).toBe(0);
    expect((await teamsLog(page)).sent).toEqual([]);

    // An edit of a sent message saves with the same key: not a new message, so no gate.
    await page.locator('[data-tid="message-actions-edit"]').first().click();
    const edit = page.locator('[data-tid="chat-pane-message"] [data-tid="ckeditor"]');
    await edit.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('ping?');
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await teamsLog(page)).saved).toEqual(['ping?']);
    expect(await gate(page).count()).toBe(0);
    expect((await teamsLog(page)).sent).toEqual([]);
  });
});

describe('compose coach on Outlook', () => {
  const replyBody = (page: Page) => page.locator('[data-app-section="ComposeForm"]:visible div[role="textbox"][data-ms-editor="true"]');

  it('reads only the reply above the signature; "Make it async" lands there and Send sends it with the signature and quote', async () => {
    const page = await open(OUTLOOK_READING);
    const rewrites = await countOf('rewrite-applied');
    await typeIn(page, replyBody(page), 'can you send me the Q3 numbers');
    await expect.poll(() => hint(page)).toBe('context');
    expect(await coach(page, 'coach-verdict').getAttribute('data-mode')).toBe('async');
    await expand(page);
    await coach(page, 'coach-rewrite').click();
    await expect.poll(() => selected(page)).toBe(CONTEXT_PROMPT);
    await page.keyboard.type('I am putting together the board deck.', { delay: 5 });
    // The rewrite sits above the signature, and the quoted reply stays below it, untouched.
    expect(await replyBody(page).locator('#Signature').innerText()).toBe('Best,\nDana Kim\nFinance, Acme');
    expect(await replyBody(page).locator('#divRplyFwdMsg').count()).toBe(1);
    // The writer's lines as the editor now holds them (one block each, above the signature).
    const draft = await replyBody(page).evaluate((el) => {
      const lines: string[] = [];
      for (const block of Array.from(el.children)) {
        if (block.id === 'Signature') break;
        lines.push((block as HTMLElement).innerText.replace(/\n$/, ''));
      }
      return lines.join('\n').trim();
    });
    expect(draft.split('\n').filter(Boolean)).toEqual([
      'can you send me the Q3 numbers',
      'I am putting together the board deck.',
      expect.stringMatching(/^Reply by: \S/),
    ]);

    await page.locator('[data-app-section="ComposeForm"]:visible [data-testid="ComposeSendButton"]').click();
    await expect.poll(async () => (await outlookSent(page)).length).toBe(1);
    expect(await gate(page).count()).toBe(0);
    const [sent] = await outlookSent(page);
    expect(sent!.draftId).toBe('AAMkADAwATM0MDAAMS1reply01');
    const body = sent!.body;
    expect(body.startsWith(`${draft}\nBest,\nDana Kim\nFinance, Acme\n`)).toBe(true);
    await expect.poll(() => countOf('rewrite-applied')).toBe(rewrites + 1);
    expect(body).toMatch(/From: Jordan Price[\s\S]*could you send me the final Q3 numbers/);
    // The older draft left in the DOM was not sent.
    expect(body).not.toContain('you around');
  });

  it('in pop-out compose, holds a bare ping on Ctrl+Enter and on Send; "Send anyway" sends it with the signature', async () => {
    const page = await open(OUTLOOK_POPOUT);
    const body = page.locator('div[role="textbox"][data-ms-editor="true"]');
    await typeIn(page, body, 'hi, quick question');
    await expect.poll(() => hint(page)).toBe('ping');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    await coach(page, 'gate-edit').click();
    await expect.poll(() => gate(page).count()).toBe(0);
    await page.locator('[data-testid="ComposeSendButton"]').click();
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    expect(await outlookSent(page)).toEqual([]);
    await coach(page, 'gate-send-anyway').click();
    await expect.poll(async () => (await outlookSent(page)).map((m) => m.body)).toEqual(['hi, quick question\nBest,\nDana Kim']);
    expect(await page.locator('#fixture-sent-notice').isVisible()).toBe(true);
  });
});

describe('meeting coach on Outlook', () => {
  it('8 people for an hour: 8 person-hours, "could be async" for a status meeting, agenda check, focus clash', async () => {
    // A focus block on a weekday ahead, overlapping the event's 10:00–11:00.
    const day = new Date();
    day.setHours(0, 0, 0, 0);
    day.setDate(day.getDate() + 2);
    while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() + 1);
    const blockStart = new Date(day);
    blockStart.setHours(10, 30);
    expect((await s.sendMessage('scheduleBlock', { start: blockStart.getTime(), end: blockStart.getTime() + 3_600_000 })).ok).toBe(true);
    const us = `${day.getMonth() + 1}/${day.getDate()}/${day.getFullYear()}`;
    await s.serve(OUTLOOK_EVENT, s.fixture('outlook-event.html').replaceAll('value="12/9/2026"', `value="${us}"`));
    const page = await open(OUTLOOK_EVENT);
    const inPanel = (id: string) => panel(page, 'focusgate-meeting').locator(`[data-testid="${id}"]`);

    await page.locator('input[placeholder="Add title"]').click();
    await page.keyboard.type('Weekly status sync');
    const required = page.locator('[aria-label="Invite required attendees"]');
    await required.click();
    for (let i = 1; i <= 7; i++) {
      await page.keyboard.type(`person${i}@acme.example`);
      await page.keyboard.press('Enter');
    }
    // 7 invitees in the wells + the organiser, who is not listed there but attends.
    await expect.poll(() => page.locator('[data-lpc-hover-target-id]').count()).toBe(7);
    await expect.poll(() => inPanel('meeting-cost').getAttribute('data-person-hours')).toBe('8');
    expect(await inPanel('meeting-cost').textContent()).toContain('8 people × 60 min = 8 person-hours');
    await expect.poll(() => inPanel('meeting-verdict').getAttribute('data-mode')).toBe('async');
    expect(await inPanel('meeting-agenda').getAttribute('data-ok')).toBe('false');
    await expect.poll(() => inPanel('meeting-focus-overlap').count()).toBe(1);
    expect(await page.locator('#fixture-finish').textContent()).toBe('Send');
    // The panel never took focus from the attendee well.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Invite required attendees');

    await page.locator('div[role="textbox"][data-ms-editor="true"]').click();
    await page.keyboard.type('1. Release status');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2. Blockers');
    await expect.poll(() => inPanel('meeting-agenda').getAttribute('data-ok')).toBe('true');

    await page.locator('#fixture-finish').click();
    await expect.poll(async () => (await kinds()).includes('meeting-saved')).toBe(true);
    await expect.poll(() => inPanel('meeting-verdict').count()).toBe(0);
  });
});

describe('notification batching on Teams and Outlook', () => {
  it('holds both apps\' notifications during focus with the title counter dimmed; a VIP sender on Teams breaks through; the digest lists them by site', async () => {
    for (const origin of ['https://teams.cloud.microsoft', 'https://outlook.live.com']) {
      await s.context.grantPermissions(['notifications'], { origin });
    }
    // Grace is a VIP (set as the options page does: settings live in storage.sync).
    const settings = (await s.sendMessage('getSettings', {})).data as { breakthrough: object };
    const next = { ...settings, breakthrough: { ...settings.breakthrough, vipSenders: ['Grace Okafor'] } };
    await (await s.helperPage()).evaluate(
      (value) => (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ settings: value }),
      next,
    );
    const teams = await open(TEAMS);
    const outlook = await open(OUTLOOK_LIVE);
    const incoming = (sender: string, body: string, chat: string) =>
      teams.evaluate(
        ([a, b, c]) => (window as unknown as { __teamsNotify: { incoming(a: string, b: string, c: string): void } }).__teamsNotify.incoming(a, b, c),
        [sender, body, chat] as const,
      );
    type TeamsNotify = { log: { created: number; shown: string[]; clicks: string[]; closed: string[]; toasts: number; apiProblems: string[] }; notes: Notification[] };
    const teamsNotify = () => teams.evaluate(() => (window as unknown as { __teamsNotify: TeamsNotify }).__teamsNotify.log);

    expect((await s.sendMessage('startFocus', { minutes: 25 })).ok).toBe(true);
    await expect.poll(() => teams.title()).toBe('Chat | Priya Natarajan | Microsoft Teams');
    await incoming('Priya Natarajan', 'Can you look at the onboarding copy?', '19:priya');
    await incoming('Marcus Lee', 'Pushed the fix for the date picker', '19:marcus');
    await outlook.evaluate(() =>
      (window as unknown as { __notifyApp: { raise(t: string, b: string, g: string): void } }).__notifyApp.raise('Jordan Price', 'Q3 numbers for the board deck', 'conv-1'),
    );
    await expect.poll(async () => (await s.readTable<{ site: string }>('held')).map((h) => h.site).sort()).toEqual(['outlook', 'teams', 'teams']);
    // Teams' own in-page toasts are left alone; its counter rose under the dimmed title.
    expect(await teams.locator('[data-testid="notification-wrapper"] [data-tid="toast"]').count()).toBe(2);
    expect(await teams.title()).toBe('Chat | Priya Natarajan | Microsoft Teams');

    // The sender is the notification title on Teams: a VIP breaks through at once.
    await incoming('Grace Okafor', 'Board call moved to 3pm', '19:grace');
    const breakthroughs = async () =>
      (await s.readTable<{ kind: string; site: string; data?: { rule?: string } }>('events')).filter((e) => e.kind === 'notification-breakthrough');
    await expect.poll(breakthroughs).toMatchObject([{ site: 'teams', data: { rule: 'vip' } }]);
    // Held ones fire `show` too, as the browser's would: what was held is in the held table.
    await expect.poll(async () => (await teamsNotify()).shown).toContain('Grace Okafor');
    expect((await s.readTable<{ title: string }>('held')).map((h) => h.title).sort()).toEqual(['Jordan Price', 'Marcus Lee', 'Priya Natarajan']);

    // Teams handles the objects it was given: onclick, close() from its toast timing out.
    const handled = await teams.evaluate(() => {
      const app = (window as unknown as { __teamsNotify: TeamsNotify }).__teamsNotify;
      app.notes[0]!.dispatchEvent(new Event('click'));
      app.notes[1]!.close();
      return { onclick: typeof app.notes[0]!.onclick, title: app.notes[1]!.title };
    });
    expect(handled).toEqual({ onclick: 'function', title: 'Marcus Lee' });
    expect(await teamsNotify()).toMatchObject({ created: 3, clicks: ['Priya Natarajan'], apiProblems: [] });

    expect((await s.sendMessage('endFocus', {})).ok).toBe(true);
    // The two unread it had, and three more.
    await expect.poll(() => teams.title()).toBe('(5) Chat | Priya Natarajan | Microsoft Teams');
    const digest = await s.openExtensionPage('digest.html');
    await expect.poll(() => digest.locator('[data-testid="digest-item"]').count()).toBe(3);
    expect(await digest.locator('[data-testid="digest-item"][data-site="teams"]').count()).toBe(2);
    expect(await digest.locator('[data-testid="digest-item"][data-site="outlook"]').textContent()).toContain('Jordan Price');
    // Teams closed both (a click, its toast timing out): listed, marked, not announced.
    expect(await digest.locator('[data-testid="digest-item"][data-closed="true"]').count()).toBe(2);
    expect(await digest.getByTestId('digest-summary').textContent()).toBe('While you focused: 1 Outlook (and 2 closed by the app meanwhile)');

    // The stats page counts them under their sites; settings and the popup list both apps.
    const stats = await s.openExtensionPage('stats.html');
    await stats.locator('[data-testid="stats-root"][data-ready="true"]').waitFor();
    const bySite = stats.locator('table', { has: stats.locator('caption', { hasText: 'Notifications by site' }) });
    await expect.poll(() => bySite.locator('tbody th[scope="row"]').allTextContents()).toEqual(expect.arrayContaining(['Teams', 'Outlook']));
    const options = await s.openExtensionPage('options.html');
    for (const site of ['teams', 'outlook']) await expect.poll(() => options.getByTestId(`coach-${site}`).isChecked()).toBe(true);
    const popup = await s.openExtensionPage('popup.html');
    // The popup's "Works on …" line lists both, from the site table.
    expect(await popup.getByTestId('popup-sites').textContent()).toMatch(/^Works on .*\bTeams\b.*\bOutlook\b/);
  });
});
