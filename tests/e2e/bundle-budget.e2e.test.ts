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
describe.each([
  ['chrome', EXTENSION_DIR],
  ['firefox', resolve(EXTENSION_DIR, '../firefox-mv3')],
])('%s build', (_browser, dir) => {
  const sizes = siteSizes(dir);

  it.each(sizes.map((s) => [s.site, s] as const))('%s runs at most 100 KB gzipped', (_site, size) => {
    expect(size.total).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('fetches each language’s own chunk (English: the learned model and its reader) only where the compose coach runs, each on its own', () => {
    const languages = Object.fromEntries(sizes.map((s) => [s.site, s.language?.name ?? null]));
    expect(languages).toMatchObject({ slack: expect.any(String), gmail: expect.any(String), teams: expect.any(String), outlook: expect.any(String), calendar: null });
    for (const size of sizes) expect(size.files.filter((f) => /\/(?:es|de|fr|pt|english)-[\w-]+\.js$/.test(f))).toEqual([]);
  });
});
