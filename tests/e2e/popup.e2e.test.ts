import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openHost, serveHostScripts } from './coach-page';
import { launch, type ExtensionSession } from './harness';

/*
 * The popup as Chrome shows it: at most 600 px tall (Chrome's cap for a popup; past it the user
 * scrolls inside a small window) at its 360 px width, in its fullest common state (which depends on
 * the clock: after 10 PM the focus-until button reads "… tomorrow", on weekends a weekday rule's
 * next date is a named day; CI failed on both at 615 px), and its time
 * fields written as the browser's locale writes times (the harness runs en-US: 12-hour, AM/PM).
 */

const SLACK = 'https://app.slack.com/client/T01ACME/C01GENERAL';
const GMAIL = 'https://mail.google.com/mail/u/0/';
/** Chrome's largest popup. */
const POPUP_MAX_HEIGHT = 600;

let s: ExtensionSession;

beforeAll(async () => {
  s = await launch();
  await serveHostScripts(s);
  await s.serve(SLACK, s.fixture('slack-channel.html'));
  await s.serve(GMAIL, s.fixture('gmail-inbox.html'));
  await s.guardRegistered();
});

afterAll(async () => {
  await s?.close().catch(() => {});
});

/** The popup at its own size, opened over `over` (the tab the user is on, whose coach the quick toggles switch). */
async function openPopup(over: Page): Promise<Page> {
  const popup = await s.context.newPage();
  await popup.setViewportSize({ width: 360, height: POPUP_MAX_HEIGHT });
  await over.bringToFront();
  await popup.goto(s.url('popup.html'));
  await popup.locator('[data-testid="focus-status"]:not(:text("…"))').waitFor();
  return popup;
}

const height = (popup: Page) => popup.evaluate(() => document.documentElement.scrollHeight);

describe('the popup', () => {
  it('fits in 600 px at 360 px wide with two covered tabs, a booked block, a repeating rule and the quick toggles; idle and focusing', async () => {
    const slack = await openHost(s, SLACK);
    await openHost(s, GMAIL);
    const now = Date.now();
    expect((await s.sendMessage('scheduleBlock', { start: now + 2 * 3_600_000, end: now + 3 * 3_600_000 })).ok).toBe(true);
    expect((await s.sendMessage('createSchedule', { weekdays: [1, 2, 3, 4, 5], startTime: '09:00', durationMinutes: 120 })).ok).toBe(true);

    const popup = await openPopup(slack);
    // Both tabs working (the popup asks every 2 s: on a slow machine a tab may answer after the first ask).
    await expect.poll(() => popup.locator('[data-testid="site-health"][data-state="ok"]').count(), { timeout: 8000 }).toBe(2);
    await popup.locator('[data-testid="schedule-rule"]').waitFor();
    await popup.locator('[data-testid="quick-toggles"]').waitFor();
    expect(await popup.locator('[data-testid="quick-coach"]').count()).toBe(1);
    expect(await height(popup)).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);

    await popup.click('[data-testid="focus-start"][data-minutes="25"]');
    await popup.locator('[data-testid="focus-active"]').waitFor();
    expect(await height(popup)).toBeLessThanOrEqual(POPUP_MAX_HEIGHT);
    await popup.click('[data-testid="focus-stop"]');
    await popup.click('[data-testid="focus-stop-confirm"]');
    await popup.locator('[data-testid="focus-start"]').first().waitFor();
    await popup.close();
  });

  it('writes its time fields as the browser does (en-US: "2:30 PM"), and takes them back typed either way', async () => {
    const popup = await s.openExtensionPage('popup.html');
    const shown = (minutes: number) =>
      popup.evaluate((m) => new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(new Date(2000, 0, 1, Math.floor(m / 60), m % 60)), minutes);
    expect(await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().locale)).toBe('en-US');
    await popup.click('[data-testid="schedule-open"]');
    const from = popup.locator('[data-testid="schedule-from"]');
    await from.fill('14:30');
    await from.press('Tab');
    expect(await from.inputValue()).toBe(await shown(14 * 60 + 30));
    expect((await from.inputValue()).replace(/\s/g, ' ')).toBe('2:30 PM');
    await from.fill('9:15 am');
    await from.press('Tab');
    expect((await from.inputValue()).replace(/\s/g, ' ')).toBe('9:15 AM');
    expect(await from.getAttribute('aria-valuenow')).toBe(String(9 * 60 + 15));
    expect(await from.getAttribute('aria-invalid')).toBeNull();
    await popup.close();
  });
});
