import { readFileSync } from 'node:fs';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { buildExportFile } from '../../utils/stats/export-file';
import type { InterruptionEvent } from '../../utils/platform/db/records';
import { DEFAULT_SETTINGS } from '../../utils/platform/settings/schema';
import { rollupsFromEvents } from '../oracles/stats';
import { summarize } from '../../utils/stats/summary';
import { yearOfEvents } from '../bench/year-of-events';
import type { ExtensionSession } from './harness';
import { sessionsPerTest } from './sessions';
import { importThroughPage, statFigures } from './stats-page';

const start = sessionsPerTest();

async function record(s: ExtensionSession, kind: string, times: number, extra: Record<string, unknown> = {}): Promise<void> {
  for (let i = 0; i < times; i++) {
    const reply = await s.sendMessage('recordEvent', { kind, site: 'slack', ...extra });
    expect(reply.ok, reply.error).toBe(true);
  }
}

describe('stats page', () => {
  it('shows recorded events in its figures; an export re-imported into a fresh profile reproduces them; a corrupted one changes nothing', async () => {
    const a = await start();
    await record(a, 'notification-held', 5);
    await record(a, 'notification-breakthrough', 2);
    await record(a, 'ping-caught', 3);
    await record(a, 'focus-completed', 1, { site: 'extension', data: { plannedMinutes: 50, actualMinutes: 50 } });
    await record(a, 'focus-ended-early', 1, { site: 'extension', data: { plannedMinutes: 90, actualMinutes: 25, reason: 'call' } });

    const pageA = await a.openExtensionPage('stats.html');
    const expected = { 'stat-held': 5, 'stat-breakthrough': 2, 'stat-focus-kept-minutes': 75, 'stat-pings-caught': 3 };
    expect(await statFigures(pageA)).toEqual(expected);

    const [download] = await Promise.all([pageA.waitForEvent('download'), pageA.locator('[data-testid="export-json"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^focusgate-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'focusgate-export', schemaVersion: 1 });

    const b = await start();
    const pageB = await b.openExtensionPage('stats.html');
    expect(await statFigures(pageB)).toEqual({ 'stat-held': 0, 'stat-breakthrough': 0, 'stat-focus-kept-minutes': 0, 'stat-pings-caught': 0 });
    expect(await importThroughPage(pageB, 'export.json', exported)).toMatch(/^Imported 12 events/);
    expect(await statFigures(pageB)).toEqual(expected);
    const eventsAfterImport = await b.readTable('events');
    expect(eventsAfterImport).toHaveLength(12);

    // The same file again: nothing added, nothing counted twice.
    expect(await importThroughPage(pageB, 'export.json', exported)).toMatch(/^Imported 0 events, 0 focus blocks/);
    expect(await statFigures(pageB)).toEqual(expected);
    expect(await b.readTable('events')).toHaveLength(12);

    // A damaged export: refused with what is wrong and where; the database is as it was.
    const rollupsBefore = await b.readTable('rollups');
    const corrupted = exported.replace('"kind":"notification-breakthrough"', '"kind":"notification-exploded"');
    expect(corrupted).not.toBe(exported);
    const refusal = await importThroughPage(pageB, 'corrupted.json', corrupted);
    expect(refusal).toMatch(/^Import refused, nothing was changed\. The export is damaged: events\.\d+\.kind/);
    expect(await pageB.locator('[data-testid="data-message"]').getAttribute('class')).toContain('fg-error');
    const truncated = await importThroughPage(pageB, 'truncated.json', exported.slice(0, exported.length / 2));
    expect(truncated).toMatch(/not valid JSON/);
    expect(await b.readTable('events')).toEqual(eventsAfterImport);
    expect(await b.readTable('rollups')).toEqual(rollupsBefore);
    expect(await statFigures(pageB)).toEqual(expected);

    // Recounting the totals from the raw events lands on the same figures.
    await pageB.locator('[data-testid="rebuild-rollups"]').click();
    await expect.poll(() => pageB.locator('[data-testid="data-message"]').textContent()).toBe('Totals recounted for 1 day.');
    expect(await statFigures(pageB)).toEqual(expected);
    expect(await b.readTable('rollups')).toEqual(rollupsBefore);
  });

  it('deletes all data after confirmation, and only then', async () => {
    const s = await start();
    await record(s, 'notification-held', 2);
    const page = await s.openExtensionPage('stats.html');
    expect((await statFigures(page))['stat-held']).toBe(2);
    await page.locator('[data-testid="delete-all"]').click();
    await page.keyboard.press('Escape');
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('delete-all');
    expect(await s.readTable('events')).toHaveLength(2);

    await page.locator('[data-testid="delete-all"]').click();
    await page.locator('[data-testid="delete-all-confirm"]').click();
    await expect.poll(() => page.locator('[data-testid="data-message"]').textContent()).toContain('was deleted');
    expect((await statFigures(page))['stat-held']).toBe(0);
    expect(await s.readTable('events')).toHaveLength(0);
    expect(await s.readTable('rollups')).toHaveLength(0);
  });

  it('renders a 365-day view of a year of data (time printed, not asserted)', async () => {
    const s = await start();
    let n = 0;
    const events: InterruptionEvent[] = yearOfEvents(new Date())
      .flat()
      .map((e) => ({ id: `y${(++n).toString(36)}`, kind: e.kind, site: e.site, at: e.at!, ...(e.blockId ? { blockId: e.blockId } : {}), ...(e.data ? { data: e.data } : {}) }));
    const file = buildExportFile({ settings: { ...DEFAULT_SETTINGS, retentionDays: 400 }, blocks: [], schedules: [], events, rollups: [] });
    const t0 = performance.now();
    const reply = await s.sendMessage('importData', { json: JSON.stringify(file), replaceSettings: true });
    expect(reply, reply.error).toMatchObject({ ok: true, data: { ok: true, added: { events: events.length } } });
    const importMs = performance.now() - t0;

    const today = format(new Date(), 'yyyy-MM-dd');
    const yearAgo = format(new Date(Date.now() - 364 * 86_400_000), 'yyyy-MM-dd');
    const want = summarize(rollupsFromEvents(events), yearAgo, today);

    const page = await s.openExtensionPage('stats.html');
    await statFigures(page);
    await page.locator('[data-testid="range-365"]').click();
    await expect.poll(() => page.locator('[data-testid="stat-held"]').getAttribute('data-value')).toBe(String(want.notifications.held));
    expect(await statFigures(page)).toEqual({
      'stat-held': want.notifications.held,
      'stat-breakthrough': want.notifications.breakthrough,
      'stat-focus-kept-minutes': want.focus.keptMinutes,
      'stat-pings-caught': want.messages.pingsCaught,
    });
    // Two more round trips to 7 days and back: the first view also pays for a cold page.
    for (let i = 0; i < 2; i++) {
      await page.locator('[data-testid="range-7"]').click();
      await expect.poll(() => page.locator('[data-testid="stats-range"]').textContent()).toContain('of 7 days');
      await page.locator('[data-testid="range-365"]').click();
      await expect.poll(() => page.locator('[data-testid="stats-range"]').textContent()).toContain('of 365 days');
    }
    const measures = (name: string) =>
      page.evaluate(
        (n) => performance.getEntriesByName(n).map((m) => ({ ms: m.duration, from: ((m as PerformanceMeasure).detail as { from: string }).from })),
        name,
      );
    const fmt = (xs: { ms: number; from: string }[], year: boolean) =>
      xs
        .filter((r) => (r.from === want.from) === year)
        .map((r) => `${r.ms.toFixed(1)} ms`)
        .join(', ');
    const [renders, draws] = [await measures('stats-render'), await measures('stats-draw')];
    expect(renders.filter((r) => r.from === want.from)).toHaveLength(3);
    console.log(
      `[stats e2e] ${events.length.toLocaleString('en')} events imported in ${(importMs / 1000).toFixed(1)} s\n` +
        `  365-day view, getStats + render + charts drawn: ${fmt(renders, true)}; of which drawing after the answer: ${fmt(draws, true)}\n` +
        `  7-day view, getStats + render + charts drawn: ${fmt(renders, false)}; of which drawing after the answer: ${fmt(draws, false)}`,
    );
  }, 300_000);
});
