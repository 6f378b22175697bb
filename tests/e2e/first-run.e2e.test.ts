import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectClean } from './axe';
import { launch, type ExtensionSession } from './harness';

/*
 * What a new user meets: the welcome page on install, the focus shortcut, and every extension
 * page checked with axe-core in its main states, light and dark (./axe.ts).
 */

let s: ExtensionSession;
let welcome: Page;

beforeAll(async () => {
  s = await launch();
  welcome = s.context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await s.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 15_000 }));
});

afterAll(async () => {
  await s?.close().catch(() => {});
});

/** Writes rows straight into the extension's IndexedDB (what the background would have stored). */
async function putRows(table: string, rows: object[]): Promise<void> {
  const page = await s.helperPage();
  await page.evaluate(
    ([name, items]) =>
      new Promise<void>((res, rej) => {
        const open = indexedDB.open('focusgate');
        open.onerror = () => rej(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(name, 'readwrite');
          for (const item of items) tx.objectStore(name).put(item);
          tx.oncomplete = () => (open.result.close(), res());
          tx.onerror = () => rej(tx.error);
        };
      }),
    [table, rows] as const,
  );
}

describe('first run', () => {
  it('opens the welcome page on install: features, limits, privacy, the playground and the settings that matter', async () => {
    await welcome.locator('[data-testid="welcome"]').waitFor();
    const text = (await welcome.locator('main').textContent()) ?? '';
    for (const part of ['Compose coach', 'Meeting coach', 'Focus blocks', 'Held notifications', 'What it cannot hold', 'Nothing leaves your machine']) expect(text).toContain(part);
    expect(await welcome.locator('[data-testid="welcome-settings"] li').count()).toBe(3);
    expect(await welcome.locator('[data-testid="welcome-playground"]').getAttribute('href')).toBe('/playground.html');
  });

  it('the popup shows the focus shortcut the manifest declares', async () => {
    const popup = await s.openExtensionPage('popup.html');
    await expect.poll(() => popup.locator('[data-testid="popup-shortcut"]').textContent()).toMatch(/^Alt\+Shift\+G starts or ends focus/);
    await popup.close();
  });
});

describe('accessibility (axe-core), light and dark', () => {
  it('welcome', async () => {
    await expectClean(welcome, 'welcome');
  });

  it('popup: idle, scheduler open, focusing', async () => {
    const popup = await s.openExtensionPage('popup.html');
    await popup.locator('[data-testid="focus-start"]').first().waitFor();
    await expectClean(popup, 'popup idle');
    await popup.click('[data-testid="schedule-open"]');
    await expectClean(popup, 'popup scheduler');
    await popup.keyboard.press('Escape');
    await popup.click('[data-testid="focus-start"][data-minutes="25"]');
    await popup.locator('[data-testid="focus-active"]').waitFor();
    await expectClean(popup, 'popup focusing');
    await popup.click('[data-testid="focus-stop"]');
    await expectClean(popup, 'popup ending');
    await popup.click('[data-testid="focus-stop-confirm"]');
    await popup.locator('[data-testid="focus-start"]').first().waitFor();
    await popup.close();
  });

  it('options', async () => {
    const page = await s.openExtensionPage('options.html');
    await page.locator('form').first().waitFor();
    await expectClean(page, 'options');
    await page.close();
  });

  it('digest: empty, then with held items (one seen) and a breakthrough', async () => {
    const page = await s.openExtensionPage('digest.html');
    await page.locator('main').first().waitFor();
    await expectClean(page, 'digest empty');
    const at = Date.now() - 3_600_000;
    await putRows('held', [
      { id: 'h1', site: 'slack', title: 'Sam Lee', body: 'can you look at the deploy?', at },
      { id: 'h2', site: 'slack', title: 'Sam Lee', body: 'never mind, sorted', at: at + 60_000, seenAt: at + 120_000 },
      { id: 'h3', site: 'gmail', title: 'Billing', body: 'Your invoice is ready', at: at + 90_000 },
    ]);
    await putRows('events', [{ id: 'b1', kind: 'notification-breakthrough', site: 'slack', at: at + 30_000, data: { rule: 'keyword' } }]);
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="digest-item"]').count()).toBe(3);
    await page.locator('[data-testid="breakthrough"]').waitFor();
    await expectClean(page, 'digest with items');
    await page.close();
  });

  it('stats with a week of data: charts named and summarised, no sideways scroll from 800 to 1920 px', async () => {
    const day = 86_400_000;
    const base = new Date().setHours(10, 0, 0, 0);
    await putRows(
      'events',
      Array.from({ length: 6 }, (_, d) => [
        { id: `s${d}a`, kind: 'notification-held', site: 'slack', at: base - d * day },
        { id: `s${d}b`, kind: 'notification-shown', site: 'gmail', at: base - d * day + 3_600_000 },
        { id: `s${d}c`, kind: 'focus-completed', site: 'extension', at: base - d * day, blockId: `b${d}`, data: { plannedMinutes: 50, actualMinutes: 50 } },
      ]).flat(),
    );
    expect((await s.sendMessage('rebuildRollups', {})).ok).toBe(true);
    const page = await s.openExtensionPage('stats.html');
    await page.locator('[data-testid="stats-root"][data-ready="true"]').waitFor();
    await expect.poll(() => page.locator('figure canvas').count()).toBe(4);
    expect(await page.locator('[data-testid="chart-summary"]').allTextContents()).toHaveLength(3);
    for (const width of [800, 1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      // Chart.js redraws its canvases a moment after a resize (ResizeObserver): the page settles with no sideways scroll.
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await expect.poll(overflow, { message: `sideways scroll at ${width} px` }).toBe(0);
    }
    await expectClean(page, 'stats with data');
    await page.close();
  });

  it('playground, with the coach showing', async () => {
    const page = await s.openExtensionPage('playground.html');
    const chat = page.locator('[data-testid="chat-editor"]');
    await chat.click();
    await page.keyboard.type('hey, got a sec?');
    await page.locator('focusgate-coach [data-testid="coach-hint"][data-hint="ping"]').waitFor();
    await page.locator('focusgate-coach [data-panel-entry]').click();
    await page.locator('focusgate-coach [data-testid="coach-rewrite"]').waitFor();
    await expectClean(page, 'playground');
    await page.close();
  });

  it('playground: follows dark mode; no gap above the composers; the one-line panel covers neither composer nor any field', async () => {
    const page = await s.openExtensionPage('playground.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    const box = (sel: string) => page.locator(sel).first().evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
    const meets = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    await page.emulateMedia({ colorScheme: 'dark' });
    // The page turns dark with its panel: a dark background, light text.
    const lightness = (css: string) => (css.match(/\d+/g) ?? []).slice(0, 3).reduce((t, n) => t + Number(n), 0) / 3;
    const colors = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.body).color }));
    expect(lightness(colors.bg)).toBeLessThan(60);
    expect(lightness(colors.text)).toBeGreaterThan(200);
    const intro = await box('.intro');
    expect((await box('.grid')).top - intro.bottom).toBeLessThan(40);
    for (const editor of ['chat-editor', 'email-editor']) {
      await page.locator(`[data-testid="${editor}"]`).click();
      await page.keyboard.type('hey, got a sec?');
      await page.locator('focusgate-coach [data-testid="coach-hint"][data-hint="ping"]').waitFor();
      await expect.poll(async () => (await box('focusgate-coach .fg-anchor')).top).toBeGreaterThan(0);
      const panel = await box('focusgate-coach .fg-anchor');
      for (const other of ['[data-testid="chat-editor"]', '[data-testid="email-editor"]', 'input', 'input[name="subject"]', 'h2', '.email h2']) {
        expect({ editor, other, covered: meets(panel, await box(other)) }).toEqual({ editor, other, covered: false });
      }
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
    }
    await page.close();
  });
});
