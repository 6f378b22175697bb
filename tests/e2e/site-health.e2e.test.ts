import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { coach, gate, hint, openHost, typeIn } from './coach-page';
import { CALENDAR_DRIFT, GMAIL_DRIFT, OUTLOOK_DRIFT, SLACK_DRIFT, TEAMS_DRIFT, serveDrift, type Drift } from './drift';
import { expectClean } from './axe';
import { launch, type ExtensionSession } from './harness';
import { panel } from './panels';

/*
 * Site health end to end, on drift variants of the host fixtures (./drift.ts): the page after
 * the host renamed its hooks. One browser for the whole file; every test closes its pages so
 * the popup sees only its own tabs.
 */

const SLACK_HOST = { path: '/fixture/slack-host.js', fixture: 'slack-host.js' };
const slackUrl = (drift: Drift) => `https://app.slack.com/client/T01ACME/C0${drift.name.toUpperCase().replace(/-/g, '')}`;

/** The full editor's own address (an event id after /eventedit/ keeps the variants apart). */
const calendarUrl = (drift: Drift) => `https://calendar.google.com/calendar/u/0/r/eventedit/${drift.name}`;

/**
 * Gmail, Teams and Outlook: each host's fixture, its own script (renamed with the page) and how
 * the app itself sends, so a test can tell the page kept working without us.
 */
interface DriftHost {
  site: string;
  drifts: { fallbacks: Drift; gone: Drift };
  url: (drift: Drift) => string;
  page: string;
  script: { path: string; fixture: string };
  /** The message box, by a hook no variant renames. */
  editor: (page: Page) => Locator;
  sendKey: string;
  /** What the app sent: the first line of each message. */
  sent: (page: Page) => Promise<string[]>;
  /** The popup's note on the fallbacks variant. */
  fallbackNote: string;
}

const DRIFT_HOSTS: DriftHost[] = [
  {
    site: 'gmail',
    drifts: GMAIL_DRIFT,
    url: (drift) => `https://mail.google.com/mail/u/0/?drift=${drift.name}`,
    page: 'gmail-inbox.html',
    script: { path: '/fixture/gmail-host.js', fixture: 'gmail-host.js' },
    editor: (page) => page.locator('#c1-body'),
    sendKey: 'Control+Enter',
    sent: (page) => page.locator('#fixture-sent-log li').allTextContents(),
    fallbackNote: 'Page changed: found the message box, Send button through backup hooks',
  },
  {
    site: 'teams',
    drifts: TEAMS_DRIFT,
    url: (drift) => `https://teams.cloud.microsoft/v2/?drift=${drift.name}`,
    page: 'teams-chat.html',
    script: { path: '/fixture/teams-host.js', fixture: 'teams-host.js' },
    editor: (page) => page.locator('[data-tid="message-compose-box"] [contenteditable="true"]'),
    sendKey: 'Enter',
    sent: (page) => page.evaluate(() => (window as unknown as { __teams: { log: { sent: string[] } } }).__teams.log.sent),
    fallbackNote: 'Page changed: found the message box through backup hooks',
  },
  {
    site: 'outlook',
    drifts: OUTLOOK_DRIFT,
    url: (drift) => `https://outlook.cloud.microsoft/mail/deeplink/compose?drift=${drift.name}`,
    page: 'outlook-compose.html',
    script: { path: '/fixture/outlook-host.js', fixture: 'outlook-host.js' },
    editor: (page) => page.locator('[role="textbox"][aria-label="Message body"]'),
    sendKey: 'Control+Enter',
    sent: (page) =>
      page.evaluate(() => (window as unknown as { __outlook: { log: { sent: { body: string }[] } } }).__outlook.log.sent.map((m) => m.body.split('\n')[0]!)),
    fallbackNote: 'Page changed: found the message box through backup hooks',
  },
];

let s: ExtensionSession;
const pages: Page[] = [];

beforeAll(async () => {
  s = await launch();
  for (const drift of Object.values(SLACK_DRIFT)) await serveDrift(s, slackUrl(drift), 'slack-channel.html', SLACK_HOST, drift);
  for (const drift of Object.values(CALENDAR_DRIFT)) await serveDrift(s, calendarUrl(drift), 'calendar-eventedit.html', null, drift);
  for (const host of DRIFT_HOSTS) for (const drift of Object.values(host.drifts)) await serveDrift(s, host.url(drift), host.page, host.script, drift);
  await s.guardRegistered();
});

afterEach(async () => {
  for (const p of pages.splice(0)) await p.close().catch(() => {});
});

afterAll(async () => {
  await s?.close().catch(() => {});
});

async function open(url: string): Promise<Page> {
  const page = await openHost(s, url);
  pages.push(page);
  return page;
}

async function popup(): Promise<Page> {
  const page = await s.openExtensionPage('popup.html');
  pages.push(page);
  return page;
}

const health = (p: Page, site: string) => p.locator(`[data-testid="site-health"][data-site="${site}"]`);
const posted = (page: Page) => page.locator('main [data-qa="message_container"] .p-rich_text_section');

describe('site health on Slack drift variants', () => {
  it('without a recognisable send button: the coach still reads, Enter on a bare ping sends, the popup says sends cannot be held', async () => {
    const page = await open(slackUrl(SLACK_DRIFT.noSend));
    const editor = page.locator('.p-workspace__input .ql-editor');
    await typeIn(page, editor, 'hi, got a sec?');
    await expect.poll(() => hint(page)).toBe('ping');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page).allTextContents()).toEqual(['Morning all, release notes are up.', 'hi, got a sec?']);
    expect(await gate(page).count()).toBe(0);

    const p = await popup();
    await expect.poll(() => health(p, 'slack').getAttribute('data-state'), { timeout: 8000 }).toBe('partial');
    expect(await health(p, 'slack').textContent()).toContain('Coach reads drafts but cannot hold sends here (Send button not found)');
    expect(await p.locator('[data-testid="site-health"]').count()).toBe(1);
    await expectClean(p, 'popup, site health partial');
  });

  it('with only fallback hooks: coach and gate work as before, and the counts show the fallbacks', async () => {
    const page = await open(slackUrl(SLACK_DRIFT.fallbacks));
    const editor = page.locator('.p-workspace__input .ql-editor');
    await typeIn(page, editor, 'hi, got a sec?');
    await page.keyboard.press('Enter');
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    expect(await posted(page).allTextContents()).toEqual(['Morning all, release notes are up.']);
    await coach(page, 'gate-send-anyway').click();
    await expect.poll(() => posted(page).allTextContents()).toEqual(['Morning all, release notes are up.', 'hi, got a sec?']);

    const p = await popup();
    await expect.poll(() => health(p, 'slack').getAttribute('data-state'), { timeout: 8000 }).toBe('ok');
    expect(await health(p, 'slack').textContent()).toContain('Coach active');
    await expect.poll(() => p.locator('[data-testid="site-health-note"]').textContent()).toBe('Page changed: found the message box, Send button through backup hooks');

    // The copied diagnostic: the counts per link and the structure, never the draft, names or ids.
    // Chromium grants no clipboard reading to extension origins: a spy keeps what the button writes.
    await p.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        (window as unknown as { copied: string }).copied = text;
        return write(text).catch(() => undefined);
      };
    });
    await p.locator('[data-testid="copy-diagnostic"]').click();
    await expect.poll(() => p.locator('[role="status"]', { hasText: 'Diagnostic for Slack copied' }).count()).toBe(1);
    const copied = await p.evaluate(() => (window as unknown as { copied: string }).copied);
    expect(copied).toMatch(/^Focusgate \d+\.\d+\.\d+ — site health for slack/);
    expect(copied).toMatch(/chain composer: #0×0 #1×[1-9]/);
    expect(copied).toMatch(/chain send: #0×0 #1×[1-9]/);
    expect(copied).toContain('contenteditable="true"');
    expect(copied).toContain('composer:1');
    for (const secret of ['got a sec', 'Morning all', 'release notes', 'general', 'T01ACME', 'C0FALLBACKS', 'onboarding']) expect(copied).not.toContain(secret);
  });

  it('with every hook gone: the page keeps working, the coach stays silent, the popup says it is not working', async () => {
    const page = await open(slackUrl(SLACK_DRIFT.gone));
    const editor = page.locator('.p-workspace__input .texty-editor');
    await typeIn(page, editor, 'hi, got a sec?');
    await page.keyboard.press('Enter');
    await expect.poll(() => posted(page).allTextContents()).toEqual(['Morning all, release notes are up.', 'hi, got a sec?']);
    expect(await panel(page, 'focusgate-coach').locator('[data-testid="coach-hint"]').count()).toBe(0);
    expect(await gate(page).count()).toBe(0);

    const p = await popup();
    // Until its first report a tab is 'silent' (also off, with another sentence): wait for the sentence.
    await expect.poll(() => health(p, 'slack').textContent(), { timeout: 8000 }).toContain('Not working on this page (message box not found)');
    expect(await health(p, 'slack').getAttribute('data-state')).toBe('off');
    await expectClean(p, 'popup, site health off');
  });
});

describe('site health while a page starts', () => {
  it('says the page is being checked until its first report, never that Focusgate is not working there', async () => {
    const page = await s.context.newPage();
    pages.push(page);
    const seen: string[] = [];
    let watching = true;
    const watch = (async () => {
      while (watching) {
        const reply = await s.sendMessage('getSiteHealth', {});
        const state = (reply.data as { sites: { site: string; state: string }[] } | undefined)?.sites.find((x) => x.site === 'slack')?.state;
        if (state && seen[seen.length - 1] !== state) seen.push(state);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    await page.goto(slackUrl(SLACK_DRIFT.fallbacks));
    await expect.poll(() => seen[seen.length - 1], { timeout: 12_000 }).toBe('ok');
    watching = false;
    await watch;
    expect(seen).toEqual(['checking', 'ok']);
  });
});

describe('site health on Calendar drift variants', () => {
  const inPanel = (page: Page, testId: string) => panel(page, 'focusgate-meeting').locator(`[data-testid="${testId}"]`);

  it('with only fallback hooks: the meeting coach works as before and the counts show the fallbacks', async () => {
    const page = await open(calendarUrl(CALENDAR_DRIFT.fallbacks));
    await page.locator('input[aria-label="Title"]').click();
    await page.keyboard.type('Weekly status sync');
    await expect.poll(() => inPanel(page, 'meeting-verdict').count()).toBe(1);

    const p = await popup();
    await expect.poll(() => health(p, 'calendar').getAttribute('data-state'), { timeout: 8000 }).toBe('ok');
    expect(await health(p, 'calendar').textContent()).toContain('Meeting coach active');
    await expect.poll(() => p.locator('[data-testid="site-health-note"]').textContent()).toBe('Page changed: found the event editor, title through backup hooks');
  });

  it('with every hook gone: the editor keeps working, the coach stays silent, the popup says it is not working', async () => {
    const page = await open(calendarUrl(CALENDAR_DRIFT.gone));
    const title = page.locator('#xTiIn');
    await title.click();
    await page.keyboard.type('Weekly status sync');
    expect(await title.inputValue()).toBe('Weekly status sync');

    const p = await popup();
    // Until its first report a tab is 'silent' (also off, with another sentence): wait for the sentence.
    await expect.poll(() => health(p, 'calendar').textContent(), { timeout: 8000 }).toContain('Not working on this page (event editor not found)');
    expect(await health(p, 'calendar').getAttribute('data-state')).toBe('off');
    expect(await panel(page, 'focusgate-meeting').locator('[data-testid="meeting-verdict"]').count()).toBe(0);
  });
});

describe.each(DRIFT_HOSTS)('site health on $site drift variants', (host) => {
  it('with only fallback hooks: coach and gate work as before, and the popup notes the fallbacks', async () => {
    const page = await open(host.url(host.drifts.fallbacks));
    await typeIn(page, host.editor(page), 'hi, got a sec?');
    await expect.poll(() => hint(page)).toBe('ping');
    await page.keyboard.press(host.sendKey);
    await expect.poll(() => gate(page).isVisible()).toBe(true);
    expect(await host.sent(page)).toEqual([]);
    await coach(page, 'gate-send-anyway').click();
    await expect.poll(() => host.sent(page)).toEqual(['hi, got a sec?']);

    const p = await popup();
    await expect.poll(() => health(p, host.site).getAttribute('data-state'), { timeout: 8000 }).toBe('ok');
    expect(await health(p, host.site).textContent()).toContain('Coach active');
    await expect.poll(() => p.locator('[data-testid="site-health-note"]').textContent()).toBe(host.fallbackNote);
  });

  it('with every hook gone: the popup says it is not working, the coach stays silent, the app still sends', async () => {
    const page = await open(host.url(host.drifts.gone));
    await typeIn(page, host.editor(page), 'hi, got a sec?');
    // Asked while the message box is open (Gmail and Outlook close it on sending).
    const p = await popup();
    // Until its first report a tab is 'silent' (also off, with another sentence): wait for the sentence.
    await expect.poll(() => health(p, host.site).textContent(), { timeout: 8000 }).toContain('Not working on this page (message box not found)');
    expect(await health(p, host.site).getAttribute('data-state')).toBe('off');

    await page.bringToFront();
    await page.keyboard.press(host.sendKey);
    await expect.poll(() => host.sent(page)).toEqual(['hi, got a sec?']);
    expect(await panel(page, 'focusgate-coach').locator('[data-testid="coach-hint"]').count()).toBe(0);
    expect(await gate(page).count()).toBe(0);
  });
});

describe('the options page after these pages', () => {
  it('lists the last days per site in its Site health section, axe-clean in light and dark', async () => {
    const page = await s.openExtensionPage('options.html');
    pages.push(page);
    const days = page.locator('[data-testid="health-days"]');
    // Every site above was seen off today (its worst state).
    await expect.poll(() => days.locator('[data-testid="health-day"][data-state="off"]').count()).toBe(5);
    expect(await days.locator('[data-testid="health-day"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-site')).sort())).toEqual([
      'calendar',
      'gmail',
      'outlook',
      'slack',
      'teams',
    ]);
    await days.scrollIntoViewIfNeeded();
    await expectClean(page, 'options, site health');
  });
});
