import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET_GZIP, siteSizes } from '../bench/site-sizes';
import { EXTENSION_DIR } from './harness';

/*
 * The per-site budget on the built extensions: everything that runs on a covered site (its
 * content scripts, the notification guard, the coaches' chunks its loaders import, and the
 * largest language other than English a draft can fetch) is at most 100 KB gzipped.
 * `npm run bench bundles` prints the same figures.
 */
/**
 * Known debt, as a ratchet: Outlook runs both coaches, and with the site-health checks and a
 * language chunk it measured 103,962 bytes on 2026-12-05, and 102,439 once the language chunks
 * lost their date-fns locales (issue 18 stays open until it is back under BUDGET_GZIP). It may not
 * grow; remove the entry once it fits.
 */
const OVER_BUDGET: Partial<Record<string, number>> = { outlook: 102 * 1024 };

describe.each([
  ['chrome', EXTENSION_DIR],
  ['firefox', resolve(EXTENSION_DIR, '../firefox-mv3')],
])('%s build', (_browser, dir) => {
  const sizes = siteSizes(dir);

  it.each(sizes.map((s) => [s.site, s] as const))('%s runs at most 100 KB gzipped', (site, size) => {
    expect(size.total).toBeLessThanOrEqual(OVER_BUDGET[site] ?? BUDGET_GZIP);
  });

  it('fetches each language’s own chunk (English: the learned model) only where the compose coach runs, each on its own', () => {
    const languages = Object.fromEntries(sizes.map((s) => [s.site, s.language?.name ?? null]));
    expect(languages).toMatchObject({ slack: expect.any(String), gmail: expect.any(String), teams: expect.any(String), outlook: expect.any(String), calendar: null });
    for (const size of sizes) expect(size.files.filter((f) => /\/(?:es|de|fr|pt|weights)-[\w-]+\.js$/.test(f))).toEqual([]);
  });
});
