import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type ExtensionSession } from './harness';

/*
 * What a new user meets: the welcome page on install, the focus shortcut, and every extension
 * page checked with axe-core in its main states, light and dark. axe is injected with
 * page.evaluate (the pages' content security policy blocks script tags).
 */

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let s: ExtensionSession;
let welcome: Page;

beforeAll(async () => {
  s = await launch();
  welcome = s.context.pages().find((p) => p.url().endsWith('/welcome.html')) ?? (await s.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 15_000 }));
});

afterAll(async () => {
  await s?.close().catch(() => {});
});

interface Violation {
  id: string;
  nodes: { target: unknown[] }[];
}

async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return found.map((v) => `${v.id} ×${v.nodes.length}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
}

/** The page in light and in dark: no violations in either. */
async function expectClean(page: Page, state: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect({ state, colorScheme, violations: await violations(page) }).toEqual({ state, colorScheme, violations: [] });
  }
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

  it('digest', async () => {
    const page = await s.openExtensionPage('digest.html');
    await page.locator('main').first().waitFor();
    await expectClean(page, 'digest');
    await page.close();
  });

  it('stats', async () => {
    const page = await s.openExtensionPage('stats.html');
    await page.locator('main').first().waitFor();
    await expectClean(page, 'stats');
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
});
