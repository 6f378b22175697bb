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
