import { afterEach, describe, expect, it } from 'vitest';
import { launch, type ExtensionSession } from './harness';
import { TZDate } from '@date-fns/tz';
import { HORIZON_DAYS, occurrencesBetween } from '../../utils/focus/schedule/weekly';

interface Block {
  id: string;
  start: number;
  end: number;
  status: string;
  source: string;
  endedAt?: number;
  endReason?: string;
  scheduleId?: string;
}
interface Event {
  kind: string;
  at: number;
  blockId?: string;
  data?: { plannedMinutes?: number; actualMinutes?: number; reason?: string };
}
interface FocusState {
  active: boolean;
  blockId: string | null;
  endsAt: number | null;
}

let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close().catch(() => {});
  session = undefined;
});

async function badgeText(s: ExtensionSession): Promise<string> {
  return (await s.helperPage()).evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

/** The `local:focusState` mirror, read straight from storage (reading it does not settle anything). */
async function mirror(s: ExtensionSession): Promise<FocusState | undefined> {
  return (await s.helperPage()).evaluate(async () => {
    const got = await (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local.get('focusState');
    return got.focusState as FocusState | undefined;
  });
}

async function focusState(s: ExtensionSession): Promise<FocusState> {
  const reply = await s.sendMessage('getFocusState', {});
  expect(reply.ok).toBe(true);
  return reply.data as FocusState;
}

describe('focus blocks end to end', () => {
  it('a block started from the popup survives a worker stop and a browser restart, then ends early from the popup', async () => {
    session = await launch();
    const popup = await session.openExtensionPage('popup.html');
    const before = Date.now();
    await popup.click('[data-testid="focus-start"][data-minutes="25"]');
    const active = popup.locator('[data-testid="focus-active"]');
    await active.waitFor();
    const endsAt = Number(await active.getAttribute('data-ends-at'));
    expect(endsAt).toBeGreaterThanOrEqual(before + 25 * 60_000);
    expect(endsAt).toBeLessThanOrEqual(Date.now() + 25 * 60_000);
    await expect.poll(() => active.textContent()).toMatch(/2[45]:\d\d/);
    const state = await focusState(session);
    expect(state).toMatchObject({ active: true, endsAt });

    // The open popup asks for site health every 2 s, and any message wakes the worker again.
    await popup.close();
    await session.stopWorker();
    expect(await session.isWorkerRunning()).toBe(false);
    expect(await focusState(session)).toEqual(expect.objectContaining({ active: true, blockId: state.blockId, endsAt }));

    session = await session.restart();
    const again = await session.openExtensionPage('popup.html');
    const resumed = again.locator('[data-testid="focus-active"]');
    await resumed.waitFor();
    expect(Number(await resumed.getAttribute('data-ends-at'))).toBe(endsAt);
    // The countdown shows the time left to that same end (mm:ss), give or take a few seconds.
    const [, mm, ss] = /(\d+):(\d\d)/.exec((await resumed.locator('.fg-remaining').textContent()) ?? '')!;
    expect(Math.abs(Number(mm) * 60 + Number(ss) - (endsAt - Date.now()) / 1000)).toBeLessThan(5);
    expect(await badgeText(session)).toMatch(/^2[45]m$/);
    expect(await focusState(session)).toMatchObject({ active: true, blockId: state.blockId, endsAt });
    const [block] = await session.readTable<Block>('blocks');
    expect(block).toMatchObject({ id: state.blockId, status: 'active', source: 'now', end: endsAt });

    // Ending early takes a deliberate step; the popup stays open and goes idle.
    await again.click('[data-testid="focus-stop"]');
    expect(await again.locator('[data-testid="focus-stop-confirm"]').isVisible()).toBe(true);
    await again.getByLabel('A meeting').check();
    await again.click('[data-testid="focus-stop-confirm"]');
    await again.locator('[data-testid="focus-start"][data-minutes="50"]').waitFor();
    expect(await again.locator('[data-testid="focus-active"]').count()).toBe(0);
    expect(await focusState(session)).toMatchObject({ active: false, blockId: null });
    const [ended] = await session.readTable<Block>('blocks');
    expect(ended).toMatchObject({ status: 'ended-early', endReason: 'meeting' });
    expect(ended!.endedAt).toBeLessThan(endsAt);
    const events = await session.readTable<Event>('events');
    expect(events.filter((e) => e.kind === 'focus-ended-early')).toEqual([
      expect.objectContaining({ blockId: state.blockId, data: expect.objectContaining({ plannedMinutes: 25, reason: 'meeting' }) }),
    ]);
    expect(events.filter((e) => e.kind === 'focus-completed')).toEqual([]);
  });

  it('with the browser open, the alarm ends a block on its own: mirror, badge and events follow', async () => {
    session = await launch();
    // Talk to the background from the settings page: the popup would itself ask once its countdown ends.
    await (await session.helperPage()).goto(session.url('options.html'));
    const now = Date.now();
    const block = (await session.sendMessage('scheduleBlock', { start: now - 60_000, end: now + 5_000 })).data as Block;
    expect(await mirror(session)).toMatchObject({ active: true, blockId: block.id, endsAt: block.end });
    expect(await badgeText(session)).toBe('1m');
    // Nothing asks the background from here on: only the transition alarm (30 s minimum) can end it.
    await expect.poll(async () => (await mirror(session!))?.active, { timeout: 60_000, interval: 1_000 }).toBe(false);
    expect(Date.now()).toBeGreaterThanOrEqual(now + 29_000);
    expect(await badgeText(session)).toBe('');
    const [row] = await session.readTable<Block>('blocks');
    expect(row).toMatchObject({ status: 'completed', endedAt: block.end });
    const done = (await session.readTable<Event>('events')).filter((e) => e.kind === 'focus-completed');
    expect(done).toEqual([expect.objectContaining({ blockId: block.id, at: block.end })]);
  });

  it('an open popup goes idle as its countdown ends, without waiting for the alarm', async () => {
    session = await launch();
    const now = Date.now();
    const block = (await session.sendMessage('scheduleBlock', { start: now - 60_000, end: now + 4_000 })).data as Block;
    const popup = await session.openExtensionPage('popup.html');
    await popup.locator('[data-testid="focus-active"]').waitFor();
    await popup.locator('[data-testid="focus-start"][data-minutes="25"]').waitFor({ timeout: 15_000 });
    expect(Date.now()).toBeLessThan(now + 25_000); // well before the 30-second alarm could have fired
    const [row] = await session.readTable<Block>('blocks');
    expect(row).toMatchObject({ id: block.id, status: 'completed', endedAt: block.end });
  });

  it('a block whose end passed while the browser was closed is completed at its real end', async () => {
    session = await launch();
    const now = Date.now();
    const reply = await session.sendMessage('scheduleBlock', { start: now - 60_000, end: now + 6_000 });
    expect(reply.ok).toBe(true);
    const block = reply.data as Block;
    expect((await focusState(session)).active).toBe(true);
    const profileDir = session.profileDir;
    await session.close();
    session = undefined;
    // The end passes while no browser runs.
    await new Promise((r) => setTimeout(r, Math.max(0, block.end - Date.now()) + 3_000));

    session = await launch({ profileDir });
    await expect.poll(async () => (await focusState(session!)).active, { timeout: 15_000 }).toBe(false);
    const [row] = await session.readTable<Block>('blocks');
    expect(row).toMatchObject({ id: block.id, status: 'completed', endedAt: block.end });
    const events = (await session.readTable<Event>('events')).filter((e) => e.blockId === block.id).sort((a, b) => a.at - b.at);
    expect(events.map((e) => [e.kind, e.at])).toEqual([
      ['focus-started', block.start],
      ['focus-completed', block.end],
    ]);
    expect(events[1]!.data).toMatchObject({ plannedMinutes: 1, actualMinutes: 1 });
  });

  it('a repeating block scheduled from the popup creates the right occurrences; delete and undo work', async () => {
    session = await launch();
    const popup = await session.openExtensionPage('popup.html');
    const tz = await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await popup.click('[data-testid="schedule-open"]');
    await popup.check('[data-testid="schedule-mode-repeat"]');
    // Weekdays are preselected; take Wednesday off and add Saturday.
    await popup.click('[data-weekday="3"]');
    await popup.click('[data-weekday="6"]');
    await popup.fill('[data-testid="schedule-from"]', '9:00');
    await popup.press('[data-testid="schedule-from"]', 'Tab');
    await popup.fill('[data-testid="schedule-to"]', '10:30');
    await popup.press('[data-testid="schedule-to"]', 'Tab');
    await popup.click('[data-testid="schedule-submit"]');
    await popup.locator('[data-testid="schedule-rule"]').waitFor();
    // One row for the rule (times in the browser's own format), with its next occurrence; and a confirmation.
    const times = await popup.evaluate(() => {
      const at = new Date();
      at.setHours(9, 0, 0, 0);
      return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).formatRange(at, new Date(at.getTime() + 90 * 60_000));
    });
    expect(await popup.locator('[data-testid="schedule-rule"]').textContent()).toContain(`Mon, Tue, Thu, Fri, Sat ${times}`);
    expect(await popup.locator('[data-testid="schedule-rule"] [data-testid="schedule-next"]').textContent()).toMatch(/next /);
    expect(await popup.locator('[role="status"] [data-testid="popup-notice"]').textContent()).toBe(`Repeating: Mon, Tue, Thu, Fri, Sat ${times}.`);

    const now = Date.now();
    const listed = (await session.sendMessage('listBlocks', { from: now, to: now + HORIZON_DAYS * 86_400_000 })).data as {
      blocks: Block[];
      schedules: { id: string; weekdays: number[]; startTime: string; durationMinutes: number; createdAt: number }[];
    };
    expect(listed.schedules).toHaveLength(1);
    const rule = listed.schedules[0]!;
    expect(rule).toMatchObject({ weekdays: [1, 2, 4, 5, 6], startTime: '09:00', durationMinutes: 90 });
    const expected = occurrencesBetween(rule, rule.createdAt, now + HORIZON_DAYS * 86_400_000, tz).filter((o) => o.start >= rule.createdAt);
    const got = listed.blocks.filter((b) => b.scheduleId === rule.id);
    expect(got.map((b) => [b.start, b.end])).toEqual(expected.filter((o) => o.end > now).map((o) => [o.start, o.end]));
    expect(got.length).toBeGreaterThanOrEqual(9);
    for (const b of got) {
      expect(b).toMatchObject({ source: 'schedule', status: 'scheduled' });
      // Read back in the browser's own zone: chosen weekdays, 09:00–10:30 on the local clock.
      const start = new TZDate(b.start, tz);
      const end = new TZDate(b.end, tz);
      expect([1, 2, 4, 5, 6]).toContain(start.getDay());
      expect([start.getHours(), start.getMinutes(), end.getHours(), end.getMinutes()]).toEqual([9, 0, 10, 30]);
    }
    // One per chosen day: no day in the window is missed or doubled.
    expect(new Set(got.map((b) => new TZDate(b.start, tz).toDateString())).size).toBe(got.length);

    // The upcoming list does not repeat them one by one; skipping the next offers undo, which brings it back.
    expect(await popup.locator('[data-testid="upcoming-block"]').count()).toBe(0);
    const next = popup.locator('[data-testid="schedule-next"]');
    const firstNext = await next.textContent();
    await popup.locator('[data-testid="schedule-skip"]').click();
    await popup.locator('[data-testid="undo"]').waitFor();
    await expect.poll(() => next.textContent()).not.toBe(firstNext);
    await popup.click('[data-testid="undo"]');
    await expect.poll(() => next.textContent()).toBe(firstNext);
    const stored = await session.readTable<Block>('blocks');
    expect(stored.filter((b) => b.status === 'scheduled')).toHaveLength(got.length);
  });

  it('a block ended early leaves Upcoming, and focus lands on the card that replaces it', async () => {
    session = await launch();
    const popup = await session.openExtensionPage('popup.html');
    await popup.click('[data-testid="focus-start"][data-minutes="25"]');
    await popup.locator('[data-testid="focus-active"]').waitFor();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('focus-stop');
    expect(await popup.locator('[data-testid="upcoming-block"]').count()).toBe(1);
    await popup.click('[data-testid="focus-stop"]');
    await popup.click('[data-testid="focus-stop-confirm"]');
    await popup.locator('[data-testid="focus-start"]').first().waitFor();
    await expect.poll(() => popup.locator('[data-testid="upcoming-block"]').count()).toBe(0);
    expect(await popup.locator('[data-testid="upcoming-empty"]').isVisible()).toBe(true);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-minutes'))).toBe('25');
    const stored = await session.readTable<Block>('blocks');
    expect(stored.map((b) => b.status)).toEqual(['ended-early']);
  });
});
