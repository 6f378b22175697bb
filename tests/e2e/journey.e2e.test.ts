import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sessionsPerTest } from './sessions';
import { importThroughPage, statFigures } from './stats-page';
import { panel } from './panels';

/*
 * One working session through the real features, then the stats page: a focus block started
 * in the popup, notifications held (and one breaking through) on a Slack page, a bare ping caught
 * by the compose coach and turned into a message, the block ended early. The stats page shows
 * exactly those; its export, imported into a fresh profile, shows the same; a damaged export is
 * refused there and changes nothing.
 */

const SLACK = 'https://app.slack.com/client/T0A1B2C3D/C04GENERAL';
const start = sessionsPerTest();

/** The contract figures after a reload, so they reflect everything recorded so far. */
async function figures(page: Page): Promise<Record<string, number>> {
  await page.reload();
  return statFigures(page);
}

type App = { raise(title: string, body: string, tag?: string): Promise<void> | void; log: { shown: string[] } };
const raise = (page: Page, title: string, body: string, tag: string) =>
  page.evaluate(([t, b, g]) => (window as unknown as { __notifyApp: App }).__notifyApp.raise(t, b, g), [title, body, tag] as const);

describe('a working session, as the stats page sees it', () => {
  it('counts what the real features did, and carries it through export and import', async () => {
    const s = await start();
    await s.serve(SLACK, s.fixture('slack-channel.html').replace('</body>', '<script src="/fixture/notify-app.js"></script>\n</body>'));
    await s.serve('https://app.slack.com/fixture/slack-host.js', s.fixture('slack-host.js'), 'text/javascript');
    await s.serve('https://app.slack.com/fixture/notify-app.js', s.fixture('notify-app.js'), 'text/javascript');
    await s.context.grantPermissions(['notifications'], { origin: 'https://app.slack.com' });

    // Focus from the popup.
    const popup = await s.openExtensionPage('popup.html');
    await popup.locator('[data-testid="focus-start"][data-minutes="50"]').click();
    await popup.locator('[data-testid="focus-active"]').waitFor();

    // Slack raises four notifications: three are held, the outage breaks through.
    await s.guardRegistered();
    const slack = await s.openHostPage(SLACK);
    await slack.setViewportSize({ width: 1400, height: 900 });
    await raise(slack, 'Priya Natarajan', 'Can you look at the onboarding copy?', 'C04DESIGN');
    await raise(slack, 'Marcus Lee', 'Pushed the fix for the date picker', 'D01MARCUS');
    await raise(slack, 'Tom Becker', 'Retro notes are in the canvas', 'C05RETRO');
    await raise(slack, 'Ops Bot', 'Checkout API outage in eu-west-1', 'C08INCIDENTS');
    await expect.poll(async () => (await s.readTable('held')).length, { timeout: 15_000 }).toBe(3);
    // Held ones fire `show` too, as the browser's own would; the breakthrough is the one event below.
    await expect
      .poll(async () => [...(await slack.evaluate(() => (window as unknown as { __notifyApp: App }).__notifyApp.log.shown))].sort())
      .toEqual(['Marcus Lee', 'Ops Bot', 'Priya Natarajan', 'Tom Becker']);

    // A bare ping is caught; the writer adds context and it goes out.
    const editor = slack.locator('.p-workspace__input .ql-editor');
    await editor.click({ position: { x: 12, y: 10 } });
    await slack.keyboard.type('hey, got a sec?', { delay: 15 });
    await slack.keyboard.press('Enter');
    const gate = panel(slack, 'focusgate-coach').locator('[data-testid="send-gate"]');
    await gate.waitFor();
    await panel(slack, 'focusgate-coach').locator('[data-testid="gate-edit"]').click();
    await slack.keyboard.type(' Can you review the onboarding PR #4512 by Friday noon?', { delay: 10 });
    await slack.keyboard.press('Enter');
    await expect
      .poll(() => slack.locator('main [data-qa="message_container"] .p-rich_text_section').last().textContent())
      .toMatch(/^hey, got a sec\? Can you review the onboarding PR #4512/);

    // The popup counts what was held today; the block is ended early, deliberately.
    await popup.reload();
    await expect.poll(() => popup.locator('[data-testid="held-count"]').getAttribute('data-value')).toBe('3');
    await popup.locator('[data-testid="focus-stop"]').click();
    await popup.locator('[data-testid="focus-stop-confirm"]').click();
    await popup.locator('[data-testid="focus-start"]').first().waitFor();

    // What the database recorded, and what the stats page shows for it.
    const events = await s.readTable<{ kind: string; data?: { actualMinutes?: number } }>('events');
    const count = (kind: string) => events.filter((e) => e.kind === kind).length;
    expect([count('notification-held'), count('notification-breakthrough'), count('ping-caught'), count('focus-ended-early')]).toEqual([3, 1, 1, 1]);
    expect(count('edited-after-hold')).toBe(1);
    const kept = events.filter((e) => e.kind === 'focus-ended-early').reduce((sum, e) => sum + (e.data?.actualMinutes ?? NaN), 0);
    const expected = { 'stat-held': 3, 'stat-breakthrough': 1, 'stat-focus-kept-minutes': kept, 'stat-pings-caught': 1 };
    const stats = await s.openExtensionPage('stats.html');
    expect(await figures(stats)).toEqual(expected);
    expect(JSON.stringify(await s.readTable('events'))).not.toMatch(/got a sec|onboarding/);

    // Export, then import into a fresh profile: the same figures.
    const [download] = await Promise.all([stats.waitForEvent('download'), stats.locator('[data-testid="export-json"]').click()]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).not.toMatch(/got a sec|onboarding copy/);
    const fresh = await start();
    const statsB = await fresh.openExtensionPage('stats.html');
    expect(await importThroughPage(statsB, 'export.json', exported)).toMatch(/^Imported/);
    expect(await figures(statsB)).toEqual(expected);

    // A damaged export is refused and changes nothing.
    const eventsBefore = await fresh.readTable('events');
    const damaged = exported.replace(/"at":\d+/, '"at":"yesterday"');
    expect(damaged).not.toBe(exported);
    expect(await importThroughPage(statsB, 'damaged.json', damaged)).toMatch(/^Import refused, nothing was changed/);
    expect(await fresh.readTable('events')).toEqual(eventsBefore);
    expect(await figures(statsB)).toEqual(expected);
  });
});
