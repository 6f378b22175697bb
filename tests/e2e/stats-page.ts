import type { Page } from 'playwright-core';

/** The stats page's contract figures (issue 7), each a `data-value` for the selected range. */
export const STAT_CONTRACT = ['stat-held', 'stat-breakthrough', 'stat-focus-kept-minutes', 'stat-pings-caught'] as const;

/** The contract figures as the page shows them, once it has its data. */
export async function statFigures(page: Page): Promise<Record<string, number>> {
  await page.locator('[data-testid="stats-root"][data-ready="true"]').waitFor();
  const out: Record<string, number> = {};
  for (const id of STAT_CONTRACT) out[id] = Number(await page.locator(`[data-testid="${id}"]`).getAttribute('data-value'));
  return out;
}

/**
 * Imports a file through the stats page as a user would: choose it, and when the page shows what
 * it would bring in, tick the file's settings if asked and confirm. Returns the page's outcome.
 */
export async function importThroughPage(page: Page, name: string, contents: string, { settings = false } = {}): Promise<string> {
  await page.locator('[data-testid="import-json"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  const message = page.locator('[data-testid="data-message"]');
  const confirm = page.locator('[data-testid="import-confirm"]');
  const working = async () => /^(Reading|Importing|$)/.test((await message.textContent()) ?? '');
  // Checked (or refused) on the page first; only a file that reads well asks for confirmation.
  for (let waited = 0; (await confirm.count()) === 0 && (await working()); waited += 50) {
    if (waited > 60_000) throw new Error('the import neither asked nor answered');
    await page.waitForTimeout(50);
  }
  if (await confirm.count()) {
    if (settings) await page.locator('[data-testid="import-settings"]').check();
    await confirm.click();
    for (let waited = 0; await working(); waited += 50) {
      if (waited > 60_000) throw new Error('the import did not finish');
      await page.waitForTimeout(50);
    }
  }
  return (await message.textContent()) ?? '';
}
