import { afterEach, describe, expect, it } from 'vitest';
import { launch, type ExtensionSession } from './harness';

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close().catch(() => {});
  session = undefined;
});

describe('extension smoke', () => {
  it('opens the popup and renders it', async () => {
    session = await launch();
    const page = await session.openExtensionPage('popup.html');
    const starts = page.locator('[data-testid="focus-start"]');
    await expect.poll(() => starts.evaluateAll((els) => els.map((el) => el.getAttribute('data-minutes')))).toEqual(['25', '50', '90']);
    expect(await page.title()).toBe('Focusgate');
  });

  it('answers messages, and refuses unknown and malformed ones with a clear error', async () => {
    session = await launch();
    const good = await session.sendMessage('recordEvent', { kind: 'coach-shown', site: 'slack' });
    expect(good).toEqual({ ok: true, data: { ok: true } });
    const unknown = await session.sendMessage('dropTables', {});
    expect(unknown).toEqual({ ok: false, error: 'Unknown message type "dropTables"' });
    const malformed = await session.sendMessage('recordEvent', { kind: 'not-a-kind' });
    expect(malformed.ok).toBe(false);
    expect(malformed.error).toMatch(/^Invalid "recordEvent" message: kind/);
    expect(await session.readTable('events')).toHaveLength(1);
  });

  it('keeps a written row through a worker stop and a browser restart', async () => {
    session = await launch();
    expect((await session.sendMessage('recordEvent', { kind: 'rewrite-applied', site: 'gmail' })).ok).toBe(true);
    const [row] = await session.readTable<{ id: string; kind: string; site: string }>('events');
    expect(row).toMatchObject({ kind: 'rewrite-applied', site: 'gmail' });

    await session.stopWorker();
    expect(await session.isWorkerRunning()).toBe(false);
    // The next message wakes a fresh worker, which still sees the row and can add another.
    expect((await session.sendMessage('recordEvent', { kind: 'coach-shown', site: 'gmail' })).ok).toBe(true);
    expect(await session.isWorkerRunning()).toBe(true);

    session = await session.restart();
    const rows = await session.readTable<{ id: string; kind: string }>('events');
    expect(rows.map((r) => r.id)).toContain(row!.id);
    expect(rows.map((r) => r.kind).sort()).toEqual(['coach-shown', 'rewrite-applied']);
  });

  it('makes no network request of its own', async () => {
    session = await launch();
    for (const page of ['popup.html', 'options.html', 'stats.html', 'digest.html', 'playground.html']) {
      const p = await session.openExtensionPage(page);
      await p.waitForLoadState('networkidle');
      await expect.poll(() => p.locator('body *').count()).toBeGreaterThan(1);
    }
    await session.sendMessage('recordEvent', { kind: 'coach-shown', site: 'slack' });
    expect(session.extensionRequests).toEqual([]);
    expect(session.blockedRequests).toEqual([]);
  });
});
