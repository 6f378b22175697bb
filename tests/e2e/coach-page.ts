import type { Locator, Page } from 'playwright-core';
import type { ExtensionSession } from './harness';
import { panel } from './panels';

/*
 * The compose coach as a test sees it on a host page (its closed shadow root's hooks, reached
 * through tests/e2e/panels.ts), shared by the e2e files that drive it on Slack, Gmail, Teams and Outlook.
 */

export const coach = (page: Page, testId: string) => panel(page, 'focusgate-coach').locator(`[data-testid="${testId}"]`);
/** The kind of the one-line hint the collapsed panel shows (ping, live, prompt, ready...). */
export const hint = (page: Page) => coach(page, 'coach-hint').getAttribute('data-hint');
/** Opens the panel's details (it starts as one line). */
export async function expand(page: Page): Promise<void> {
  const toggle = panel(page, 'focusgate-coach').locator('[data-panel-entry]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}
/** The text selected in the page (where typing goes). */
export const selected = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');
export const CONTEXT_PROMPT = "[Fill in: what you're working on, or why you're asking]";
export const ASK_PROMPT = '[Fill in: what you need from them]';
export const gate = (page: Page) => panel(page, 'focusgate-coach').locator('[data-testid="send-gate"]');

/** A host page at a desktop size (the panel needs room beside the compose box). */
export async function openHost(s: ExtensionSession, url: string): Promise<Page> {
  const page = await s.openHostPage(url);
  await page.setViewportSize({ width: 1400, height: 900 });
  return page;
}

export async function typeIn(page: Page, editor: Locator, text: string): Promise<void> {
  // Near the start of the first line, where the caret goes when the app focuses its editor.
  await editor.click({ position: { x: 12, y: 10 } });
  await page.keyboard.type(text, { delay: 15 });
}

/** The Slack and Gmail fixtures' stand-in host scripts, served where their pages load them from. */
export async function serveHostScripts(s: ExtensionSession): Promise<void> {
  const js = 'text/javascript; charset=utf-8';
  await s.serve('https://app.slack.com/fixture/slack-host.js', s.fixture('slack-host.js'), js);
  await s.serve('https://mail.google.com/fixture/gmail-host.js', s.fixture('gmail-host.js'), js);
}
