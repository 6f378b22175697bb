import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from './firefox';
import { differences, fileUrl, logResults, runSuite, serveSuite, type HarnessReport, type Results } from './wpt-suite';

/*
 * The notifications conformance suite (wpt-suite.ts) in Firefox ESR, three ways: Firefox alone,
 * with Focusgate and focus off, with Focusgate and focus on (notifications held). Every subtest
 * must end as it does without Focusgate.
 */

let session: FirefoxSession | undefined;
afterEach(async () => {
  await session?.close().catch(() => {});
  session = undefined;
});

async function start(withExtension: boolean): Promise<FirefoxSession> {
  const s = await launchFirefox({ withExtension });
  session = s;
  await serveSuite(s);
  return s;
}

/** Opens one file of the suite in a tab and waits for testharness.js's report. */
const runIn = (s: FirefoxSession) => async (file: string): Promise<HarnessReport> => {
  const page = await s.openHostPage(fileUrl(file));
  try {
    await page.waitForFunction(() => (window as unknown as { __wpt?: HarnessReport }).__wpt, { timeout: 60_000 });
    return (await page.evaluate(() => (window as unknown as { __wpt: HarnessReport }).__wpt)) as HarnessReport;
  } finally {
    await page.close();
  }
};

const results: Record<string, Results> = {};
afterAll(() => logResults('firefox', results));

describe('web-platform-tests: notifications in Firefox', () => {
  it('without the extension (the baseline)', async () => {
    const s = await start(false);
    results['no extension'] = await runSuite(runIn(s));
    expect([...results['no extension'].values()].filter((v) => v === 'PASS').length).toBeGreaterThan(50);
  });

  it('focus off: every subtest ends as without the extension', async () => {
    const base = results['no extension'];
    expect(base, 'the baseline runs first').toBeDefined();
    const s = await start(true);
    await expect.poll(() => s.guardVariant(), { timeout: 10_000 }).toBe('off');
    results['focus off'] = await runSuite(runIn(s));
    expect(differences(base!, results['focus off'])).toEqual([]);
  });

  it('focus on: every subtest ends as without the extension, with the notifications held', async () => {
    const base = results['no extension'];
    expect(base, 'the baseline runs first').toBeDefined();
    const s = await start(true);
    expect((await s.sendMessage('startFocus', { minutes: 25 })).ok).toBe(true);
    await expect.poll(() => s.guardVariant(), { timeout: 10_000 }).toBe('on');
    results['focus on'] = await runSuite(runIn(s));
    expect(differences(base!, results['focus on'])).toEqual([]);
    // The suite ran against stand-ins, not the real API.
    expect((await s.readTable('held')).length).toBeGreaterThan(20);
  });
});
