import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TZDate } from '@date-fns/tz';
import { openDb, type FocusgateDb } from '../../../utils/platform/db/database';
import { createRouter } from '../../../utils/platform/messaging/router';
import type { MessageType, Req, Res } from '../../../utils/platform/messaging/protocol';
import { createFocusModule, SAFETY_ALARM, TICK_ALARM, TRANSITION_ALARM } from '../../../utils/focus/background';
import { ensureAlarms } from '../../../utils/platform/background/start';
import { recordEvents } from '../../../utils/stats/background/events';
import { focusStateItem } from '../../../utils/focus/state-item';
import { HORIZON_DAYS } from '../../../utils/focus/schedule/weekly';
import { saveSettings } from '../../../utils/platform/settings/storage';
import { DEFAULT_SETTINGS } from '../../../utils/platform/settings/schema';
import type { BackgroundModule } from '../../../utils/platform/background/module';

const MIN = 60_000;
const BERLIN = 'Europe/Berlin';
const T0 = new TZDate(2026, 4, 6, 10, 0, BERLIN).getTime(); // Wednesday 6 May 2026, 10:00 Berlin

let db: FocusgateDb;
let mod: BackgroundModule;
let n = 0;

async function call<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  const reply = await createRouter(mod.handlers!)({ type, payload }, { fromExtensionPage: true });
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as Res<K>;
}

/** A fresh worker on the same database: what a browser restart or a worker wake-up gives. */
async function startWorker(): Promise<void> {
  mod = createFocusModule({ db: () => db, tz: () => BERLIN });
  await ensureAlarms(fakeBrowser.alarms, mod.alarms ?? []);
  await mod.onStart!();
}

const events = async (kind?: string) => (await db.events.toArray()).filter((e) => !kind || e.kind === kind).sort((a, b) => a.at - b.at);
const alarm = (name: string) => fakeBrowser.alarms.get(name);
const badge = () => fakeBrowser.action.getBadgeText({});
const notices = async () => Object.keys(await fakeBrowser.notifications.getAll());

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  db = openDb(`focus-test-${++n}`);
  await startWorker();
});

afterEach(async () => {
  vi.useRealTimers();
  db.close();
});

describe('focus now', () => {
  it('starts a 25-minute block: DB, event, mirror, alarms, badge and a notice', async () => {
    const state = await call('startFocus', { minutes: 25 });
    expect(state).toMatchObject({ active: true, endsAt: T0 + 25 * MIN, startedAt: T0 });
    const [block] = await db.blocks.toArray();
    expect(block).toMatchObject({ id: state.blockId, status: 'active', source: 'now', start: T0, end: T0 + 25 * MIN });
    const [started] = await events('focus-started');
    expect(started).toMatchObject({ blockId: block!.id, at: T0, data: { plannedMinutes: 25 } });
    expect(await focusStateItem.getValue()).toEqual(state);
    expect((await alarm(TRANSITION_ALARM))?.scheduledTime).toBe(T0 + 25 * MIN);
    expect((await alarm(TICK_ALARM))?.periodInMinutes).toBe(1);
    expect(await badge()).toBe('25m');
    expect(await notices()).toEqual([`focus-start-${block!.id}`]);
  });

  it('counts the badge down by the minute tick and completes at the planned end', async () => {
    const { blockId } = await call('startFocus', { minutes: 50 });
    vi.setSystemTime(T0 + 20 * MIN + 5_000);
    await mod.onAlarm!(TICK_ALARM);
    expect(await badge()).toBe('30m');
    vi.setSystemTime(T0 + 50 * MIN + 400); // the alarm fires a little late
    await mod.onAlarm!(TRANSITION_ALARM);
    const block = await db.blocks.get(blockId!);
    expect(block).toMatchObject({ status: 'completed', endedAt: T0 + 50 * MIN });
    const [done] = await events('focus-completed');
    expect(done).toMatchObject({ at: T0 + 50 * MIN, blockId, data: { plannedMinutes: 50, actualMinutes: 50 } });
    expect(await focusStateItem.getValue()).toMatchObject({ active: false, blockId: null, endsAt: null });
    expect(await badge()).toBe('');
    expect(await alarm(TICK_ALARM)).toBeUndefined();
    expect(await alarm(TRANSITION_ALARM)).toBeUndefined();
    expect(await notices()).toContain(`focus-end-${blockId}`);
  });

  it('"until" a time and the 30-second alarm minimum', async () => {
    const state = await call('startFocus', { until: T0 + 10_000 });
    expect(state.endsAt).toBe(T0 + 10_000);
    expect((await alarm(TRANSITION_ALARM))?.scheduledTime).toBe(T0 + 30_000);
    await expect(call('startFocus', { until: T0 - 1 })).rejects.toThrow(/passed/);
    await expect(call('startFocus', { minutes: 25, until: T0 + MIN } as never)).rejects.toThrow(/either minutes or until/);
  });

  it('overlapping blocks merge into one stretch of focus', async () => {
    await call('startFocus', { minutes: 25 });
    await call('scheduleBlock', { start: T0 + 20 * MIN, end: T0 + 60 * MIN });
    expect(await call('getFocusState', {})).toMatchObject({ active: true, endsAt: T0 + 60 * MIN, startedAt: T0 });
    expect(await badge()).toBe('60m');
    // The first block's end is the next boundary, but focus goes on through it.
    vi.setSystemTime(T0 + 21 * MIN);
    expect(await call('getFocusState', {})).toMatchObject({ active: true, endsAt: T0 + 60 * MIN });
    vi.setSystemTime(T0 + 26 * MIN);
    expect(await call('getFocusState', {})).toMatchObject({ active: true, endsAt: T0 + 60 * MIN });
    // Reading writes nothing; the transition alarm at the first block's end completes it.
    expect(await events('focus-completed')).toHaveLength(0);
    await mod.onAlarm!(TRANSITION_ALARM);
    expect((await events('focus-completed')).length).toBe(1);
    expect(await call('getFocusState', {})).toMatchObject({ active: true, endsAt: T0 + 60 * MIN });
  });
});

describe('ending early', () => {
  it('is recorded as focus-ended-early with the reason and the real minutes', async () => {
    const { blockId } = await call('startFocus', { minutes: 90 });
    vi.setSystemTime(T0 + 12 * MIN + 30_000);
    const state = await call('endFocus', { reason: 'urgent' });
    expect(state.active).toBe(false);
    expect(await db.blocks.get(blockId!)).toMatchObject({ status: 'ended-early', endedAt: T0 + 12.5 * MIN, endReason: 'urgent' });
    const [e] = await events('focus-ended-early');
    expect(e).toMatchObject({ blockId, at: T0 + 12.5 * MIN, data: { plannedMinutes: 90, actualMinutes: 13, reason: 'urgent' } });
    expect(await events('focus-completed')).toEqual([]);
    expect(await badge()).toBe('');
    expect(await focusStateItem.getValue()).toMatchObject({ active: false });
  });

  it('ends a block whose start alarm has not fired yet (alarms run up to 30 s late)', async () => {
    const b = await call('scheduleBlock', { start: T0 + 10_000, end: T0 + 30 * MIN });
    vi.setSystemTime(T0 + 20_000); // no alarm has run: the block is still "scheduled" in the DB
    expect(await db.blocks.get(b.id)).toMatchObject({ status: 'scheduled' });
    await call('endFocus', { reason: 'break' });
    expect(await db.blocks.get(b.id)).toMatchObject({ status: 'ended-early', endedAt: T0 + 20_000 });
    expect((await events()).map((e) => e.kind)).toEqual(['focus-started', 'focus-ended-early']);
  });

  it('without a reason, and refuses when nothing runs', async () => {
    await call('startFocus', { minutes: 25 });
    await call('endFocus', {});
    const [e] = await events('focus-ended-early');
    expect(e!.data?.reason).toBeUndefined();
    await expect(call('endFocus', {})).rejects.toThrow(/No focus block/);
  });
});

describe('worker and browser restarts', () => {
  it('a running block resumes after a restart with the right end, and its alarm is not reset', async () => {
    const { blockId } = await call('startFocus', { minutes: 50 });
    const before = await alarm(TRANSITION_ALARM);
    vi.setSystemTime(T0 + 7 * MIN);
    await startWorker();
    const state = await call('getFocusState', {});
    expect(state).toMatchObject({ active: true, blockId, endsAt: T0 + 50 * MIN });
    expect(await alarm(TRANSITION_ALARM)).toEqual(before);
    expect(await badge()).toBe('43m');
  });

  it('recreates a missing transition alarm at start-up but never moves one that exists', async () => {
    await call('startFocus', { minutes: 50 });
    await fakeBrowser.alarms.clearAll();
    await startWorker();
    expect((await alarm(TRANSITION_ALARM))?.scheduledTime).toBe(T0 + 50 * MIN);
    expect(await alarm(TICK_ALARM)).toBeDefined();
    expect(await alarm(SAFETY_ALARM)).toBeDefined();
    // An alarm that exists is left as it is (Chrome keeps alarms; resetting would push it back).
    await fakeBrowser.alarms.create(TRANSITION_ALARM, { when: T0 + 49 * MIN });
    await fakeBrowser.alarms.create(TICK_ALARM, { periodInMinutes: 1, when: T0 + 30_000 });
    await startWorker();
    expect((await alarm(TRANSITION_ALARM))?.scheduledTime).toBe(T0 + 49 * MIN);
    expect((await alarm(TICK_ALARM))?.scheduledTime).toBe(T0 + 30_000);
  });

  it('a block that ended while the browser was closed is completed at its real end, without a stale notice', async () => {
    const { blockId } = await call('startFocus', { minutes: 25 });
    await fakeBrowser.notifications.clear(`focus-start-${blockId}`);
    fakeBrowser.reset(); // browser closed: alarms, badge and listeners gone; storage cleared too
    vi.setSystemTime(T0 + 3 * 60 * MIN);
    await startWorker();
    expect(await db.blocks.get(blockId!)).toMatchObject({ status: 'completed', endedAt: T0 + 25 * MIN });
    const [done] = await events('focus-completed');
    expect(done).toMatchObject({ at: T0 + 25 * MIN, data: { actualMinutes: 25 } });
    expect(await focusStateItem.getValue()).toMatchObject({ active: false });
    expect(await notices()).toEqual([]);
    expect(await alarm(TRANSITION_ALARM)).toBeUndefined();
  });

  it('a scheduled block that started and ended while closed gets both events at their real times', async () => {
    const b = await call('scheduleBlock', { start: T0 + 60 * MIN, end: T0 + 120 * MIN });
    vi.setSystemTime(T0 + 24 * 60 * MIN);
    await startWorker();
    expect(await db.blocks.get(b.id)).toMatchObject({ status: 'completed', endedAt: T0 + 120 * MIN });
    expect((await events()).map((e) => [e.kind, e.at])).toEqual([
      ['focus-started', T0 + 60 * MIN],
      ['focus-completed', T0 + 120 * MIN],
    ]);
  });

  it('the state is written to the mirror at every start-up even when nothing changed', async () => {
    await focusStateItem.setValue({ active: true, blockId: 'stale', endsAt: T0 + MIN, startedAt: T0 - MIN });
    await startWorker();
    expect(await focusStateItem.getValue()).toMatchObject({ active: false, blockId: null });
  });
});

describe('reading and settling', () => {
  it('getFocusState only reads: before the alarm it answers what settling would, and writes nothing', async () => {
    const b = await call('scheduleBlock', { start: T0 + 10 * MIN, end: T0 + 40 * MIN });
    vi.setSystemTime(T0 + 11 * MIN); // the start alarm has not fired yet
    const snapshot = async () => ({
      blocks: await db.blocks.toArray(),
      events: await events(),
      mirror: await focusStateItem.getValue(),
      badge: await badge(),
      alarms: await fakeBrowser.alarms.getAll(),
      notices: await notices(),
    });
    const before = await snapshot();
    expect(await call('getFocusState', {})).toEqual({ active: true, blockId: b.id, endsAt: T0 + 40 * MIN, startedAt: T0 + 10 * MIN });
    expect(await snapshot()).toEqual(before);

    // settleFocus (the popup, when its countdown runs out first) moves the block along and everything follows.
    expect(await call('settleFocus', {})).toEqual({ active: true, blockId: b.id, endsAt: T0 + 40 * MIN, startedAt: T0 + 10 * MIN });
    expect(await db.blocks.get(b.id)).toMatchObject({ status: 'active' });
    expect(await events('focus-started')).toHaveLength(1);
    expect(await focusStateItem.getValue()).toMatchObject({ active: true, blockId: b.id });
    expect(await badge()).toBe('29m');
    expect(await notices()).toContain(`focus-start-${b.id}`);
  });

  it('announces each change of the focus state in the worker, once', async () => {
    const seen: boolean[] = [];
    mod = createFocusModule({ db: () => db, tz: () => BERLIN, changes: { emit: (s) => seen.push(s.active) } });
    await call('startFocus', { minutes: 25 });
    await call('getFocusState', {});
    await call('settleFocus', {});
    await call('endFocus', {});
    expect(seen).toEqual([true, false]);
  });
});

describe('scheduled blocks', () => {
  it('aims the alarm at the start, goes active when it fires, and a later edit re-aims it', async () => {
    const b = await call('scheduleBlock', { start: T0 + 60 * MIN, end: T0 + 90 * MIN });
    expect(b.status).toBe('scheduled');
    expect((await alarm(TRANSITION_ALARM))?.scheduledTime).toBe(T0 + 60 * MIN);
    const moved = await call('updateBlock', { id: b.id, start: T0 + 30 * MIN, end: T0 + 45 * MIN });
    expect(moved).toMatchObject({ start: T0 + 30 * MIN, end: T0 + 45 * MIN });
    expect((await alarm(TRANSITION_ALARM))?.scheduledTime).toBe(T0 + 30 * MIN);
    expect((await call('getFocusState', {})).active).toBe(false);
    vi.setSystemTime(T0 + 30 * MIN + 200);
    await mod.onAlarm!(TRANSITION_ALARM);
    expect(await focusStateItem.getValue()).toMatchObject({ active: true, blockId: b.id, endsAt: T0 + 45 * MIN });
    const [started] = await events('focus-started');
    expect(started!.at).toBe(T0 + 30 * MIN);
    expect((await alarm(TRANSITION_ALARM))?.scheduledTime).toBe(T0 + 45 * MIN);
  });

  it('a block scheduled with a start in the past is active at once', async () => {
    const b = await call('scheduleBlock', { start: T0 - 10 * MIN, end: T0 + 5_000 });
    expect(await db.blocks.get(b.id)).toMatchObject({ status: 'active' });
    expect(await call('getFocusState', {})).toMatchObject({ active: true, endsAt: T0 + 5_000 });
  });

  it('refuses blocks in the past, inverted or longer than a day', async () => {
    await expect(call('scheduleBlock', { start: T0 - 20 * MIN, end: T0 - 10 * MIN })).rejects.toThrow(/passed/);
    await expect(call('scheduleBlock', { start: T0 + 20 * MIN, end: T0 + 10 * MIN })).rejects.toThrow(/End must be after start/);
    await expect(call('scheduleBlock', { start: T0, end: T0 + 25 * 60 * MIN })).rejects.toThrow(/24 hours/);
    expect(await db.blocks.count()).toBe(0);
  });

  it('a running block can be extended but keeps its start', async () => {
    const { blockId } = await call('startFocus', { minutes: 25 });
    const b = await call('updateBlock', { id: blockId!, start: T0 + 5 * MIN, end: T0 + 40 * MIN });
    expect(b).toMatchObject({ start: T0, end: T0 + 40 * MIN, status: 'active' });
    expect((await call('getFocusState', {})).endsAt).toBe(T0 + 40 * MIN);
  });

  it('delete and undo', async () => {
    const b = await call('scheduleBlock', { start: T0 + 60 * MIN, end: T0 + 90 * MIN });
    await call('deleteBlock', { id: b.id });
    expect(await db.blocks.get(b.id)).toBeUndefined();
    expect(await alarm(TRANSITION_ALARM)).toBeUndefined();
    await call('restoreBlock', { block: b });
    expect(await db.blocks.get(b.id)).toEqual(b);
    expect((await alarm(TRANSITION_ALARM))?.scheduledTime).toBe(T0 + 60 * MIN);
    await expect(call('restoreBlock', { block: b })).rejects.toThrow(/already exists/);
  });

  it('a running block cannot be deleted', async () => {
    const { blockId } = await call('startFocus', { minutes: 25 });
    await expect(call('deleteBlock', { id: blockId! })).rejects.toThrow(/end it early/);
  });

  it('no notices when focusNotifications is off', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, focusNotifications: false });
    const { blockId } = await call('startFocus', { minutes: 25 });
    vi.setSystemTime(T0 + 25 * MIN);
    await mod.onAlarm!(TRANSITION_ALARM);
    expect(await db.blocks.get(blockId!)).toMatchObject({ status: 'completed' });
    expect(await notices()).toEqual([]);
  });
});

describe('repeating schedules', () => {
  const weekdays = [1, 2, 3, 4, 5];

  it('materialises weekday occurrences 14 days ahead at 09:00–11:00 local, idempotently', async () => {
    const s = await call('createSchedule', { weekdays, startTime: '09:00', durationMinutes: 120 });
    const blocks = (await db.blocks.toArray()).sort((a, b) => a.start - b.start);
    // Today's 09:00 began before the rule existed: the first occurrence is Thursday 7 May.
    expect(blocks[0]!.start).toBe(new TZDate(2026, 4, 7, 9, 0, BERLIN).getTime());
    expect(blocks).toHaveLength(10);
    for (const b of blocks) {
      const d = new TZDate(b.start, BERLIN);
      expect([d.getHours(), d.getMinutes()]).toEqual([9, 0]);
      expect(weekdays).toContain(d.getDay());
      expect(b).toMatchObject({ source: 'schedule', scheduleId: s.id, status: 'scheduled', end: b.start + 120 * MIN });
      expect(b.start).toBeLessThan(T0 + HORIZON_DAYS * 24 * 60 * MIN);
    }
    await startWorker();
    await mod.onAlarm!(SAFETY_ALARM);
    expect(await db.blocks.count()).toBe(10);
    // A week later the horizon has moved on: five more, none duplicated.
    vi.setSystemTime(T0 + 7 * 24 * 60 * MIN);
    await mod.onAlarm!(SAFETY_ALARM);
    const after = await db.blocks.toArray();
    expect(after).toHaveLength(15);
    expect(new Set(after.map((b) => b.id)).size).toBe(15);
    // Thu–Tue are done; Wednesday's 09:00–11:00 is running at 10:00.
    expect(after.filter((b) => b.status === 'completed')).toHaveLength(4);
    expect(after.filter((b) => b.status === 'active')).toHaveLength(1);
    expect(await focusStateItem.getValue()).toMatchObject({ active: true, endsAt: T0 + 7 * 24 * 60 * MIN + 60 * MIN });
  });

  it('keeps 09:00 local across the Berlin spring change', async () => {
    vi.setSystemTime(new TZDate(2026, 2, 25, 12, 0, BERLIN).getTime());
    await call('createSchedule', { weekdays, startTime: '09:00', durationMinutes: 120 });
    const blocks = await db.blocks.toArray();
    for (const b of blocks) expect(new TZDate(b.start, BERLIN).getHours()).toBe(9);
    const offsets = new Set(blocks.map((b) => new TZDate(b.start, BERLIN).getTimezoneOffset()));
    expect(offsets.size).toBe(2);
  });

  it('a deleted occurrence is not brought back; deleting the rule cancels the rest; undo restores them', async () => {
    const s = await call('createSchedule', { weekdays, startTime: '09:00', durationMinutes: 60 });
    const first = (await db.blocks.orderBy('start').first())!;
    await call('deleteBlock', { id: first.id });
    await mod.onAlarm!(SAFETY_ALARM);
    expect(await db.blocks.get(first.id)).toMatchObject({ status: 'cancelled' });
    const listed = await call('listBlocks', { from: T0, to: T0 + 14 * 24 * 60 * MIN });
    expect(listed.blocks.map((b) => b.id)).not.toContain(first.id);
    expect(listed.schedules.map((x) => x.id)).toEqual([s.id]);

    await call('deleteSchedule', { id: s.id });
    expect((await call('listBlocks', { from: T0, to: T0 + 14 * 24 * 60 * MIN })).blocks).toEqual([]);
    expect((await call('listBlocks', { from: T0, to: T0 + 14 * 24 * 60 * MIN })).schedules).toEqual([]);
    await call('restoreSchedule', { id: s.id });
    const back = (await call('listBlocks', { from: T0, to: T0 + 14 * 24 * 60 * MIN })).blocks;
    expect(back).toHaveLength(9);
    expect(back.map((b) => b.id)).not.toContain(first.id);
  });

  it('getOverlaps finds stored blocks and occurrences beyond the materialised horizon', async () => {
    const s = await call('createSchedule', { weekdays: [3], startTime: '14:00', durationMinutes: 90 });
    const once = await call('scheduleBlock', { start: T0 + 60 * MIN, end: T0 + 120 * MIN });
    const near = await call('getOverlaps', { start: T0 + 90 * MIN, end: T0 + 5 * 60 * MIN });
    // Today (a Wednesday) 14:00 is after the rule was made, so it counts.
    expect(near.blocks.map((b) => b.id)).toEqual([once.id, `${s.id}:2026-05-06`]);
    const in30days = new TZDate(2026, 5, 10, 14, 30, BERLIN).getTime(); // Wednesday 10 June
    const far = await call('getOverlaps', { start: in30days, end: in30days + 30 * MIN });
    expect(far.blocks).toHaveLength(1);
    expect(far.blocks[0]).toMatchObject({ scheduleId: s.id, start: new TZDate(2026, 5, 10, 14, 0, BERLIN).getTime() });
    expect(await db.blocks.get(far.blocks[0]!.id)).toBeUndefined();
    const none = await call('getOverlaps', { start: in30days + 60 * MIN, end: in30days + 2 * 60 * MIN });
    expect(none.blocks).toEqual([]);
  });

  it('getOverlaps leaves out an occurrence the user deleted', async () => {
    const s = await call('createSchedule', { weekdays: [3], startTime: '14:00', durationMinutes: 90 });
    const today = `${s.id}:2026-05-06`;
    await call('deleteBlock', { id: today });
    const overlaps = await call('getOverlaps', { start: T0 + 4 * 60 * MIN, end: T0 + 5 * 60 * MIN });
    expect(overlaps.blocks).toEqual([]);
  });
});

describe('today summary', () => {
  it('counts held and broken-through notifications and minutes kept today', async () => {
    await recordEvents(
      [
        { kind: 'notification-held', site: 'slack', at: T0 - 5 * MIN },
        { kind: 'notification-held', site: 'gmail', at: T0 - 4 * MIN },
        { kind: 'notification-held', site: 'slack', at: T0 - 3 * MIN },
        { kind: 'notification-breakthrough', site: 'slack', at: T0 - 2 * MIN, data: { rule: 'keyword' } },
        { kind: 'notification-held', site: 'slack', at: T0 - 26 * 60 * MIN }, // yesterday
      ],
      db,
    );
    await call('startFocus', { minutes: 25 });
    vi.setSystemTime(T0 + 25 * MIN);
    await call('getFocusState', {});
    await call('startFocus', { minutes: 50 });
    vi.setSystemTime(T0 + 35 * MIN);
    await call('endFocus', { reason: 'meeting' });
    await call('startFocus', { minutes: 90 });
    vi.setSystemTime(T0 + 42 * MIN);
    expect(await call('getTodaySummary', {})).toEqual({ focusMinutesKept: 25 + 10 + 7, heldToday: 3, brokeThroughToday: 1, notHeld: 0 });
  });

  it('is all zeros on a fresh install', async () => {
    expect(await call('getTodaySummary', {})).toEqual({ focusMinutesKept: 0, heldToday: 0, brokeThroughToday: 0, notHeld: 0 });
  });
});
