import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { futureWeekday, ymd } from './calendar-day';
import { attr, click, count, launchFirefox, texts, typeIn, visible, type FirefoxSession } from './firefox';

/*
 * The content scripts in real Firefox, on the same fixture pages the Chromium suite uses, served
 * under the real host URLs: the compose coach and its send gate on Slack and Gmail, and the
 * meeting coach on Calendar. "Sent" means the fixture's own emulation of the host's send ran.
 */

const SLACK = 'https://app.slack.com/client/T01ACME/C01GENERAL';
const GMAIL = 'https://mail.google.com/mail/u/0/';
const CALENDAR = 'https://calendar.google.com/calendar/u/0/r/eventedit';

let s: FirefoxSession;

beforeAll(async () => {
  s = await launchFirefox();
  const js = 'text/javascript; charset=utf-8';
  s.serve('https://app.slack.com/fixture/slack-host.js', s.fixture('slack-host.js'), js);
  s.serve('https://mail.google.com/fixture/gmail-host.js', s.fixture('gmail-host.js'), js);
  s.serve(SLACK, s.fixture('slack-channel.html'));
  s.serve(GMAIL, s.fixture('gmail-inbox.html'));
});

afterAll(async () => {
  await s?.close().catch(() => {});
});

const coach = (testId: string) => `focusgate-coach >>> [data-testid="${testId}"]`;
const GATE = coach('send-gate');
/** The kind of the one-line hint the panel shows (ping, ready, ...). */
const hint = (page: Page) => attr(page, coach('coach-hint'), 'data-hint');

async function kinds(): Promise<string[]> {
  return (await s.readTable<{ kind: string }>('events')).map((e) => e.kind).sort();
}

describe('compose coach in Firefox', () => {
  it('Slack: flags a bare ping, holds it at Enter, and "Send anyway" sends it through Slack', async () => {
    const page = await s.openHostPage(SLACK);
    const posted = 'main [data-qa="message_container"] .p-rich_text_section';
    await typeIn(page, '.p-workspace__input .ql-editor', 'hi, got a sec?');
    await expect.poll(() => hint(page)).toBe('ping');
    expect(await attr(page, coach('coach-verdict'), 'data-mode')).toBe('async');
    // The panel did not take the caret from the editor.
    expect(await page.evaluate(() => document.activeElement?.closest('.ql-editor') !== null)).toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(() => visible(page, GATE)).toBe(true);
    expect(await attr(page, GATE, 'role')).toBe('dialog');
    expect(await texts(page, posted)).toEqual(['Morning all, release notes are up.']);

    await click(page, coach('gate-send-anyway'));
    await expect.poll(() => texts(page, posted)).toEqual(['Morning all, release notes are up.', 'hi, got a sec?']);
    await expect.poll(() => count(page, GATE)).toBe(0);
    await expect.poll(kinds).toEqual(['coach-shown', 'ping-caught', 'send-held', 'sent-anyway']);
    expect(JSON.stringify(await s.readTable('events'))).not.toContain('got a sec');
  });

  it('Gmail: a ping in one compose window is held at Send, a complete message in the other goes out', async () => {
    const page = await s.openHostPage(GMAIL);
    const sent = '#fixture-sent-log li';
    const window = (n: number) => `div.AD [role="dialog"]:has(#c${n}-body)`;
    const sendButton = (n: number) => `${window(n)} .IZ .Up div > div[role="button"]:not([aria-haspopup])`;
    await typeIn(page, '#c2-body', 'Hi Priya,');
    await expect.poll(() => hint(page)).toBe('ping');
    const full = 'Hi Sam, I am updating the onboarding doc for the new hires. Could you review the setup section by Thursday?';
    await typeIn(page, '#c1-body', full);
    await expect.poll(() => hint(page)).toBe('ready');

    // The complete message leaves through Gmail's Send button untouched.
    await click(page, sendButton(1));
    await expect.poll(() => texts(page, sent)).toEqual([full]);
    expect(await count(page, GATE)).toBe(0);

    // The ping's Send is held; "Add context" returns to that window's body and sends nothing.
    await click(page, sendButton(2));
    await expect.poll(() => visible(page, GATE)).toBe(true);
    await click(page, coach('gate-edit'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('c2-body');
    expect(await texts(page, sent)).toEqual([full]);

    // Ctrl+Enter in the body is held too; "Send anyway" sends through the same button.
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await expect.poll(() => visible(page, GATE)).toBe(true);
    await click(page, coach('gate-send-anyway'));
    await expect.poll(() => texts(page, sent)).toEqual([full, 'Hi Priya,']);
    // Firefox asks every host for /favicon.ico on its own; nothing else went unanswered.
    expect(s.blockedRequests.filter((u) => !u.endsWith('/favicon.ico'))).toEqual([]);
  });
});

describe('meeting coach in Firefox', () => {
  const panel = (testId: string) => `focusgate-meeting >>> [data-testid="${testId}"]`;

  it('costs a status meeting on Calendar, flags the focus block it overlaps, follows the agenda, counts the save', async () => {
    const day = futureWeekday();
    const blockStart = new Date(day);
    blockStart.setHours(10, 30);
    const block = await s.sendMessage('scheduleBlock', { start: blockStart.getTime(), end: blockStart.getTime() + 60 * 60_000 });
    expect(block.ok, block.error).toBe(true);
    s.serve(CALENDAR, s.fixture('calendar-eventedit.html').replaceAll('data-date="20261130"', `data-date="${ymd(day)}"`));
    const before = (await kinds()).length;

    const page: Page = await s.openHostPage(CALENDAR);
    await click(page, '#xTiIn');
    await page.keyboard.type('Weekly status sync');
    for (let i = 1; i <= 7; i++) {
      await click(page, 'input[aria-label="Guests"]');
      await page.keyboard.type(`person${i}@acme.example`);
      await page.keyboard.press('Enter');
    }
    // 7 guests and the organiser, for 60 minutes.
    await expect.poll(() => count(page, '#xGstLst [role="treeitem"][data-email]')).toBe(8);
    await expect.poll(() => attr(page, panel('meeting-verdict'), 'data-mode')).toBe('async');
    await expect.poll(() => attr(page, panel('meeting-cost'), 'data-person-hours')).toBe('8');
    expect(await attr(page, panel('meeting-agenda'), 'data-ok')).toBe('false');
    await expect.poll(() => count(page, panel('meeting-focus-overlap'))).toBe(1);
    // Closed: the page's own scripts get no shadow root (the test reaches it through BiDi).
    expect(await page.evaluate(() => document.querySelector('focusgate-meeting')?.shadowRoot === null)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Guests');

    await click(page, '[contenteditable="true"][aria-label="Description"]');
    await page.keyboard.type('1. Release status');
    await page.keyboard.press('Enter');
    await page.keyboard.type('2. Blockers');
    await expect.poll(() => attr(page, panel('meeting-agenda'), 'data-ok')).toBe('true');

    await click(page, 'button[aria-label="Save"]');
    await expect.poll(async () => (await kinds()).length - before).toBe(2);
    const events = await s.readTable<{ kind: string; site: string; data?: { personHours?: number } }>('events');
    const saved = events.filter((e) => e.site === 'calendar');
    expect(saved.map((e) => e.kind).sort()).toEqual(['meeting-coach-shown', 'meeting-saved']);
    expect(saved.find((e) => e.kind === 'meeting-saved')?.data?.personHours).toBe(8);
    expect(JSON.stringify(saved)).not.toMatch(/Weekly status|Release/);
  });
});
