import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectExport, importExport, pruneEvents } from '../../../utils/stats/background/data-transfer';
import { recordEvents, type NewEvent } from '../../../utils/stats/background/events';
import { readSummary, rebuildRollups } from '../../../utils/stats/background/rollups';
import { applyRetention, RETENTION_ALARM, statsModule } from '../../../utils/stats/background/stats';
import { protocol } from '../../../utils/platform/messaging/protocol';
import type { MessageSender } from '../../../utils/platform/messaging/router';
import { getDb, openDb, type FocusgateDb } from '../../../utils/platform/db/database';
import { eventsToCsv, parseExportFile } from '../../../utils/stats/export-file';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/platform/settings/schema';
import { getSettings, saveSettings } from '../../../utils/platform/settings/storage';

const page: MessageSender = { fromExtensionPage: true, url: 'chrome-extension://id/stats.html' };
const handlers = statsModule.handlers!;
const day = (d: number, h = 10) => new Date(2026, 2, d, h).getTime(); // March 2026
const settings: Settings = { ...DEFAULT_SETTINGS, retentionDays: 30 };

/** A small, varied history: a focus block with what happened in it, on each of several days. */
function history(days: number[]): NewEvent[] {
  return days.flatMap((d) => [
    { kind: 'focus-started', site: 'extension', at: day(d, 9), blockId: `blk-${d}` },
    { kind: 'notification-held', site: 'slack', at: day(d, 9) + 60_000, blockId: `blk-${d}` },
    { kind: 'notification-held', site: 'gmail', at: day(d, 10), blockId: `blk-${d}` },
    { kind: 'ping-caught', site: 'slack', at: day(d, 10) },
    { kind: 'focus-completed', site: 'extension', at: day(d, 11), blockId: `blk-${d}`, data: { plannedMinutes: 120, actualMinutes: 120 } },
    { kind: 'notification-shown', site: 'calendar', at: day(d, 15) },
    { kind: 'meeting-async-taken', site: 'calendar', at: day(d, 16), data: { personHours: 4 } },
  ]);
}

async function snapshot(db: FocusgateDb) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

let dbs: FocusgateDb[] = [];
let n = 0;
function freshDb(): FocusgateDb {
  const db = openDb(`transfer-${++n}`);
  dbs.push(db);
  return db;
}

beforeEach(async () => {
  await getDb().transaction('rw', getDb().tables, () => Promise.all(getDb().tables.map((t) => t.clear())));
});
afterEach(async () => {
  for (const db of dbs) {
    db.close();
    await db.delete();
  }
  dbs = [];
});

describe('export → import', () => {
  it('reproduces the same figures in a fresh profile, including days whose events were pruned, and a second import adds nothing', async () => {
    const a = freshDb();
    await recordEvents(history([2, 3, 10, 11]), a);
    await a.blocks.add({ id: 'blk-2', start: day(2, 9), end: day(2, 11), source: 'now', status: 'completed', endedAt: day(2, 11), createdAt: day(2, 9) });
    await pruneEvents(a, day(5, 0)); // the 2nd and 3rd now live on in roll-ups only
    const before = await readSummary(a, '2026-03-01', '2026-03-31');
    expect(before.notifications.held).toBe(8);

    const parsed = parseExportFile(JSON.stringify(await collectExport(a, settings)));
    if (!parsed.ok) throw new Error(parsed.error);
    const b = freshDb();
    expect(await importExport(b, parsed.file)).toEqual({ blocks: 1, schedules: 0, events: 14, rollupDays: 4, leftOut: 0 });
    expect(await readSummary(b, '2026-03-01', '2026-03-31')).toEqual(before);

    const afterFirst = await snapshot(b);
    expect(await importExport(b, parsed.file)).toEqual({ blocks: 0, schedules: 0, events: 0, rollupDays: 0, leftOut: 0 });
    expect(await snapshot(b)).toEqual(afterFirst);
    expect(await readSummary(b, '2026-03-01', '2026-03-31')).toEqual(before);
  });

  it('merges another profile: raw-backed days add up, nothing is counted twice', async () => {
    const a = freshDb();
    const b = freshDb();
    await recordEvents(history([10]), a);
    await recordEvents(history([10, 11]), b);
    const fromB = parseExportFile(JSON.stringify(await collectExport(b, settings)));
    if (!fromB.ok) throw new Error(fromB.error);
    await importExport(a, fromB.file);
    await importExport(a, fromB.file);
    const s = await readSummary(a, '2026-03-10', '2026-03-11');
    expect(s.notifications.held).toBe(6); // 2 (a, 10th) + 2 (b, 10th) + 2 (b, 11th)
    expect(s.focus.uninterrupted2h).toBe(3);
    expect(await a.events.count()).toBe(21);
  });

  it('leaves held notification content out of the export', async () => {
    const db = getDb();
    await db.held.add({ id: 'h1', site: 'slack', title: 'Dana Scully', body: 'the secret launch date', at: day(2) });
    const { json } = await handlers.exportData!({}, page);
    expect(json).not.toContain('secret launch');
    expect(Object.keys(JSON.parse(json))).toEqual(['format', 'schemaVersion', 'exportedAt', 'settings', 'blocks', 'schedules', 'events', 'rollups']);
  });
});

describe('importData refuses bad files and leaves everything as it was', () => {
  const good = async () => JSON.parse((await handlers.exportData!({}, page)).json) as Record<string, unknown>;
  const mutate = (f: (file: Record<string, unknown> & { events: Record<string, unknown>[] }) => unknown) => async () => {
    const file = (await good()) as Record<string, unknown> & { events: Record<string, unknown>[] };
    f(file);
    return JSON.stringify(file);
  };
  it.each([
    ['not JSON', async () => '{"format": "focusgate-export", ', /not valid JSON/],
    ['a foreign JSON file', async () => JSON.stringify({ name: 'my-app', version: '1.0.0' }), /not a Focusgate export: format/],
    ['a JSON array', async () => '[1,2,3]', /not a Focusgate export/],
    ['a newer schema version', mutate((f) => (f.schemaVersion = 2)), /schemaVersion: .*version 2/],
    ['an unknown event kind', mutate((f) => (f.events[3]!.kind = 'launched-rocket')), /events\.3\.kind/],
    ['text smuggled into an event', mutate((f) => (f.events[0]!.text = 'hello')), /events\.0: Unrecognized key.*text/],
    ['a negative duration', mutate((f) => ((f.events[4]!.data as Record<string, number>).actualMinutes = -5)), /events\.4\.data\.actualMinutes/],
    ['a duplicated event id', mutate((f) => (f.events[1]!.id = f.events[0]!.id)), /events\.1\.id: duplicate id/],
    ['a malformed roll-up day', mutate((f) => ((f.rollups as { day: string }[])[0]!.day = 'yesterday')), /rollups\.0\.day/],
    ['invalid settings', mutate((f) => ((f.settings as { retentionDays: number }).retentionDays = 1)), /settings\.retentionDays/],
    ['a missing table', mutate((f) => delete f.blocks), /blocks/],
  ])('%s', async (_label, makeFile, message) => {
    await recordEvents(history([2, 3]));
    await saveSettings(settings);
    const json = await makeFile();
    const db = getDb();
    const before = await snapshot(db);
    const reply = await handlers.importData!({ json }, page);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(message) });
    expect(await snapshot(db)).toEqual(before);
    expect(await getSettings()).toEqual(settings);
  });
});

describe('retention', () => {
  it('prunes raw events older than the cut-off in chunks, and keeps every roll-up', async () => {
    const db = freshDb();
    await recordEvents(history([1, 2, 3, 4, 5, 20]), db); // 35 events before the 6th, 7 after
    const rollups = await db.rollups.toArray();
    const transaction = vi.spyOn(db, 'transaction');
    expect(await pruneEvents(db, day(6, 0), 10)).toBe(35);
    expect(transaction).toHaveBeenCalledTimes(4); // 10 + 10 + 10 + 5
    expect((await db.events.toArray()).every((e) => e.at >= day(6, 0))).toBe(true);
    expect(await db.events.count()).toBe(7);
    expect(await db.rollups.toArray()).toEqual(rollups);
  });

  it('applyRetention keeps the configured number of days before today, whole days only', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 31, 8));
    try {
      await saveSettings({ ...settings, retentionDays: 20 });
      await recordEvents(history([10, 11, 12]));
      expect(await applyRetention()).toBe(7); // the 10th goes; the 11th is day 20 before the 31st
      expect(new Set((await getDb().events.toArray()).map((e) => new Date(e.at).getDate()))).toEqual(new Set([11, 12]));
    } finally {
      vi.useRealTimers();
    }
  });

  it('a rebuild after pruning keeps the roll-ups of pruned days and recomputes the others', async () => {
    const db = freshDb();
    await recordEvents(history([2, 10]), db);
    const before = await readSummary(db, '2026-03-01', '2026-03-31');
    await pruneEvents(db, day(5, 0));
    await db.rollups.update('2026-03-10', { metrics: { 'notification-held': 999 } });
    expect(await rebuildRollups(db)).toBe(1);
    expect(await readSummary(db, '2026-03-01', '2026-03-31')).toEqual(before);
  });
});

describe('deleteAllData', () => {
  it('clears every table and keeps the settings', async () => {
    const db = getDb();
    await recordEvents(history([2]));
    await db.held.add({ id: 'h1', site: 'slack', title: 't', body: 'b', at: day(2) });
    await saveSettings(settings);
    expect(await handlers.deleteAllData!({ confirm: 'DELETE' }, page)).toEqual({ ok: true });
    for (const t of db.tables) expect(await t.count()).toBe(0);
    expect(await getSettings()).toEqual(settings);
  });
});

describe('eventsToCsv', () => {
  it('writes one row per event with a header, quoting and defusing formulas', () => {
    const csv = eventsToCsv([
      { id: 'a', kind: 'focus-ended-early', site: 'extension', at: Date.UTC(2026, 2, 2, 9), blockId: 'b', data: { plannedMinutes: 50, actualMinutes: 20, reason: '=HYPERLINK("x")' } },
      { id: 'b', kind: 'notification-held', site: 'slack', at: Date.UTC(2026, 2, 2, 10) },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'id,kind,site,at,atMs,blockId,plannedMinutes,actualMinutes,personHours,count,reason,rule,mode,urgent',
      `a,focus-ended-early,extension,2026-03-02T09:00:00.000Z,${Date.UTC(2026, 2, 2, 9)},b,50,20,,,"'=HYPERLINK(""x"")",,,`,
      `b,notification-held,slack,2026-03-02T10:00:00.000Z,${Date.UTC(2026, 2, 2, 10)},,,,,,,,,`,
      '',
    ]);
  });
});

describe('statsModule wiring', () => {
  it('answers getStats with figures the protocol accepts', async () => {
    await recordEvents(history([2, 3]));
    const view = await handlers.getStats!({ from: '2026-03-01', to: '2026-03-07' }, page);
    expect(protocol.getStats.res.parse(view)).toEqual(view);
    expect(view).toMatchObject({ dayCount: 7, activeDays: 2, firstDay: '2026-03-02', notifications: { held: 4 } });
  });

  it('prunes on its retention alarm and ignores other alarms', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 31, 8));
    try {
      await saveSettings({ ...settings, retentionDays: 7 });
      await recordEvents(history([2, 30]));
      expect(statsModule.alarms).toEqual([expect.objectContaining({ name: RETENTION_ALARM })]);
      await statsModule.onAlarm!('focus-tick');
      expect(await getDb().events.count()).toBe(14);
      await statsModule.onAlarm!(RETENTION_ALARM);
      expect(await getDb().events.count()).toBe(7);
      expect(await getDb().rollups.count()).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rebuilds the roll-ups on request', async () => {
    await recordEvents(history([2, 3]));
    await getDb().rollups.clear();
    expect(await handlers.rebuildRollups!({}, page)).toEqual({ days: 2 });
    expect((await readSummary(getDb(), '2026-03-01', '2026-03-07')).notifications.held).toBe(4);
  });
});

describe('getStats limits', () => {
  it('refuses a range longer than ten years', async () => {
    await expect(handlers.getStats!({ from: '0001-01-01', to: '2026-03-01' }, page)).rejects.toThrow(/at most ten years/);
  });
});
