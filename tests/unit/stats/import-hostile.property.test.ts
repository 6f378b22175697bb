import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import { recordEvents, type NewEvent } from '../../../utils/stats/background/events';
import { statsModule } from '../../../utils/stats/background/stats';
import { protocol } from '../../../utils/platform/messaging/protocol';
import type { MessageSender } from '../../../utils/platform/messaging/router';
import { getDb } from '../../../utils/platform/db/database';
import { EARLIEST_TIME, FUTURE_LIMIT_MS, parseExportFile } from '../../../utils/stats/export-file';
import { isMetricKey } from '../../../utils/stats/metric-keys';
import { MAX_METRIC_VALUE } from '../../../utils/stats/rollup';
import { DEFAULT_SETTINGS, settingsSyncBytes, SYNC_ITEM_BYTES, type Settings } from '../../../utils/platform/settings/schema';
import { getSettings, saveSettings, settingsItem } from '../../../utils/platform/settings/storage';
import { overlaps } from '../../../utils/focus/schedule/spans';
import { MAX_PERSON_HOURS } from '../../../utils/meeting/limits';

/*
 * Hostile exports: a valid file from this profile, then one or more changes an attacker (or a
 * broken tool) could make. Whatever the file holds, the import either refuses it with a
 * message and changes nothing, or brings in only what Focusgate itself could have written;
 * either way the stats page still loads and the next export still reads back.
 */

const page: MessageSender = { fromExtensionPage: true, url: 'chrome-extension://id/stats.html' };
const handlers = statsModule.handlers!;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.now();
const day = (d: number, h = 10) => new Date(2026, 2, d, h).getTime();
const mine: Settings = { ...DEFAULT_SETTINGS, retentionDays: 120, breakthrough: { ...DEFAULT_SETTINGS.breakthrough, vipSenders: ['Dana Scully'] } };
/** A block already planned here, which an imported one must not overlap. */
const planned = { id: 'local-next', start: NOW + DAY, end: NOW + DAY + HOUR, source: 'once' as const, status: 'scheduled' as const, createdAt: NOW };

function history(): NewEvent[] {
  return [2, 3].flatMap((d) => [
    { kind: 'focus-started', site: 'extension', at: day(d, 9), blockId: `blk-${d}` },
    { kind: 'notification-held', site: 'slack', at: day(d, 9) + 60_000, blockId: `blk-${d}` },
    { kind: 'focus-completed', site: 'extension', at: day(d, 11), blockId: `blk-${d}`, data: { plannedMinutes: 120, actualMinutes: 120 } },
    { kind: 'meeting-async-taken', site: 'calendar', at: day(d, 16), data: { personHours: 4 } },
  ]);
}

type Json = Record<string, unknown>;
type File = Json & { settings: Json & { breakthrough: Json }; blocks: Json[]; schedules: Json[]; events: (Json & { data?: Json })[]; rollups: { day: string; metrics: Json }[] };

/** Numbers JSON.stringify cannot write (Infinity, huge exponents) go in as raw text through a placeholder. */
const RAW = '"\u0000raw:';
const raw = (text: string) => `\u0000raw:${text}`;
const serialize = (file: File) => JSON.stringify(file).replace(new RegExp(`${RAW}([^"]*)"`, 'g'), '$1');
const define = (o: object, key: string, value: unknown) => Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

let copies = 0;
const copyOf = (e: Json, change: Json): Json => ({ ...e, id: `evil-event-${++copies}`, ...change });

const hostileNumber = fc.oneof(
  fc.constantFrom(raw('1e308'), raw('1e999'), raw('-1e999'), raw('-0'), null, -1, 1e10, 2 ** 53, 1e9 + 1),
  fc.double({ noNaN: true }),
);
const protoKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'notification-held@__proto__',
  'notification-held@constructor',
  'notification-held#__proto__',
  'notification-held#24',
  'notification-held#1.5',
  'notification-held#07',
  'ping-caught+text',
  'launched-rocket',
);
const farTime = fc.oneof(
  fc.integer({ min: -8.64e15, max: Date.UTC(2000, 0, 1) - 1 }),
  // A day past the limit: the import reads the clock when it runs, seconds after NOW was taken.
  fc.integer({ min: NOW + 2 * 366 * DAY + DAY, max: 8.64e15 }),
);

/** One change to the file; each returns a short label for the failure report. */
const mutation: fc.Arbitrary<(f: File) => void> = fc.oneof(
  fc.tuple(protoKey, fc.oneof(fc.integer({ min: 0, max: 50 }), hostileNumber)).map(([k, v]) => (f: File) => void define(f.rollups[0]!.metrics, k, v)),
  fc.tuple(fc.constantFrom('notification-held', 'focus-completed+actualMinutes', 'meeting-async-taken+personHours'), hostileNumber).map(
    ([k, v]) => (f: File) => void (f.rollups[f.rollups.length - 1]!.metrics[k] = v),
  ),
  // New events (rows whose id is already here are skipped, so these are what would come in).
  fc.tuple(fc.nat(7), fc.oneof(hostileNumber, fc.constantFrom(24_001, 100_000 * 24, 1e6))).map(
    ([i, v]) => (f: File) => void f.events.push(copyOf(f.events[i % f.events.length]!, { data: { personHours: v } })),
  ),
  fc.tuple(fc.nat(7), farTime).map(([i, t]) => (f: File) => void f.events.push(copyOf(f.events[i % f.events.length]!, { at: t }))),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 })).map(
    ([y, m]) => (f: File) => void (f.rollups[0]!.day = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`),
  ),
  // Running, upcoming, overlapping and endless blocks.
  fc
    .record({
      status: fc.constantFrom('active', 'scheduled', 'completed'),
      startOffset: fc.integer({ min: -2 * DAY, max: 3 * DAY }),
      length: fc.oneof(fc.integer({ min: 5 * 60_000, max: 3 * HOUR }), fc.constant(10 * 365 * DAY), fc.integer({ min: -HOUR, max: 0 })),
      source: fc.constantFrom('now', 'once', 'schedule'),
      copies: fc.integer({ min: 1, max: 3 }),
    })
    .map(({ status, startOffset, length, source, copies }) => (f: File) => {
      for (let i = 0; i < copies; i++) {
        const start = NOW + startOffset + i * 10 * 60_000; // copies overlap each other
        f.blocks.push({ id: `evil-${f.blocks.length}`, start, end: start + length, source, status, createdAt: NOW - DAY });
      }
    }),
  fc.constant((f: File) => void f.schedules.push({ id: 'evil-rule', weekdays: [0, 1, 2, 3, 4, 5, 6], startTime: '00:00', durationMinutes: 1440, createdAt: NOW - DAY })),
  // Settings: oversized lists, a week of retention, strings where numbers go.
  fc.integer({ min: 30, max: 100 }).map((n) => (f: File) => void (f.settings.breakthrough.vipSenders = Array.from({ length: n }, (_, i) => `${'x'.repeat(110)}${i}`))),
  fc.integer({ min: 60, max: 100 }).map((n) => (f: File) => void (f.settings.breakthrough.keywords = Array.from({ length: n }, (_, i) => `${'é'.repeat(50)}${i}`))),
  fc.constant((f: File) => void (f.settings.retentionDays = 7)),
  fc.constant((f: File) => void define(f.settings, '__proto__', { retentionDays: 1 })),
  fc.constant((f: File) => void define(f, '__proto__', { polluted: true })),
);

async function snapshot() {
  const db = getDb();
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

async function reset(): Promise<File> {
  const db = getDb();
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
  await saveSettings(mine);
  await recordEvents(history());
  await db.blocks.add({ id: 'blk-2', start: day(2, 9), end: day(2, 11), source: 'now', status: 'completed', endedAt: day(2, 11), createdAt: day(2, 9) });
  const file = JSON.parse((await handlers.exportData!({}, page)).json) as File;
  await db.blocks.add(planned);
  return file;
}

const statsRange = { from: format(NOW - 3 * 365 * DAY, 'yyyy-MM-dd'), to: format(NOW + 365 * DAY, 'yyyy-MM-dd') };

beforeEach(reset);

describe('a hostile export', () => {
  it('is refused with a message and changes nothing, or comes in as only what Focusgate could have written', async () => {
    const outcomes = { refused: 0, imported: 0 };
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean(), async (changes, replaceSettings, includeUpcoming) => {
        const file = await reset();
        for (const change of changes) change(file);
        const before = await snapshot();
        const settingsBefore = await settingsItem.getValue();

        const reply = await handlers.importData!({ json: serialize(file), replaceSettings, includeUpcoming }, page);

        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
        expect(({} as Record<string, unknown>).retentionDays).toBeUndefined();
        if (!reply.ok) {
          outcomes.refused++;
          expect(reply.error).toMatch(/\S/);
          expect(await snapshot()).toEqual(before);
          expect(await settingsItem.getValue()).toEqual(settingsBefore);
        } else {
          outcomes.imported++;
          const settings = await getSettings();
          if (!replaceSettings) expect(settings).toEqual(mine);
          expect(settingsSyncBytes(settings)).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
          const blocks = await getDb().blocks.toArray();
          const live = blocks.filter((b) => b.status === 'scheduled' || b.status === 'active');
          expect(blocks.filter((b) => b.status === 'active')).toEqual([]);
          for (const b of blocks) expect(b.end - b.start).toBeLessThanOrEqual(DAY);
          for (const a of live) for (const b of live) if (a !== b) expect(overlaps(a, b)).toBe(false);
          if (!includeUpcoming) {
            expect(live).toEqual([planned]);
            expect((await getDb().schedules.toArray()).filter((s) => s.deletedAt === undefined)).toEqual([]);
          }
          // Only what Focusgate writes: its metric keys, counts in range, times it could have recorded.
          for (const r of await getDb().rollups.toArray()) {
            for (const [k, v] of Object.entries(r.metrics)) {
              expect(isMetricKey(k), k).toBe(true);
              expect(v >= 0 && v <= MAX_METRIC_VALUE, `${k}: ${v}`).toBe(true);
            }
          }
          for (const e of await getDb().events.toArray()) {
            expect(e.at >= EARLIEST_TIME && e.at <= NOW + FUTURE_LIMIT_MS, String(e.at)).toBe(true);
            // No meeting bigger than an invite allows (1,000 guests, a day).
            expect(e.data?.personHours ?? 0).toBeLessThanOrEqual(MAX_PERSON_HOURS);
          }
        }
        // The stats page still loads, and what is here still exports and reads back.
        const stats = await handlers.getStats!(statsRange, page);
        expect(protocol.getStats.res.safeParse(stats).success).toBe(true);
        const again = parseExportFile((await handlers.exportData!({}, page)).json);
        expect(again.ok ? 'reads back' : again.error).toBe('reads back');
      }),
      { numRuns: 120 },
    );
    // Both outcomes happen: the generator is not so hostile that everything is refused.
    expect(outcomes.refused).toBeGreaterThan(10);
    expect(outcomes.imported).toBeGreaterThan(10);
  }, 240_000);

  it.each([
    ['a prototype key in a roll-up', (f: File) => define(f.rollups[0]!.metrics, 'notification-held@__proto__', 3), /rollups\.0\.metrics\.notification-held@__proto__: Invalid key/],
    ['a "constructor" metric', (f: File) => define(f.rollups[0]!.metrics, 'constructor', 3), /rollups\.0\.metrics\.constructor: Invalid key/],
    ['a value of 1e308', (f: File) => (f.rollups[0]!.metrics['notification-held'] = raw('1e308')), /rollups\.0\.metrics\.notification-held/],
    ['a meeting of 1,000 people for 100 hours', (f: File) => f.events.push(copyOf(f.events[0]!, { kind: 'meeting-saved', site: 'calendar', data: { personHours: 100_000 } })), /events\.\d+\.data\.personHours/],
    ['an event in 2150', (f: File) => (f.events[0]!.at = Date.UTC(2150, 0, 1)), /events\.0\.at: the time .* not between 2000 and two years from now/],
    ['a ten-year block', (f: File) => f.blocks.push({ id: 'x', start: NOW, end: NOW + 3650 * DAY, source: 'now', status: 'active', createdAt: NOW }), /blocks\.1: a block lasts between 0 and 24 hours/],
    ['settings too large to sync', (f: File) => (f.settings.breakthrough.vipSenders = Array.from({ length: 100 }, (_, i) => `${'x'.repeat(100)}${i}`)), /settings\.breakthrough\.vipSenders: Too long to sync/],
  ])('names what is wrong: %s', async (_label, change, message) => {
    const file = await reset();
    change(file);
    const reply = await handlers.importData!({ json: serialize(file), replaceSettings: true }, page);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it('an active block ending in an hour comes in only when confirmed, and then as scheduled', async () => {
    const file = await reset();
    const running = { id: 'run', start: NOW - HOUR, end: NOW + HOUR, source: 'now', status: 'active', createdAt: NOW - HOUR };
    file.blocks.push(running);
    expect(await handlers.importData!({ json: serialize(file) }, page)).toMatchObject({ ok: true, added: { blocks: 0, leftOut: 1 } });
    expect(await getDb().blocks.get('run')).toBeUndefined();
    expect(await handlers.importData!({ json: serialize(file), includeUpcoming: true }, page)).toMatchObject({ ok: true, added: { blocks: 1, leftOut: 0 } });
    expect(await getDb().blocks.get('run')).toMatchObject({ status: 'scheduled' });
  });

  it('replaces the settings only when asked, and puts them back when the rows cannot be written', async () => {
    const file = await reset();
    file.settings.retentionDays = 7;
    await handlers.importData!({ json: serialize(file) }, page);
    expect((await getSettings()).retentionDays).toBe(120);

    const db = getDb();
    const fail = () => {
      throw new Error('disk full');
    };
    db.events.hook('creating', fail);
    try {
      file.events.push({ id: 'new-one', kind: 'ping-caught', site: 'slack', at: day(4) });
      await expect(handlers.importData!({ json: serialize(file), replaceSettings: true }, page)).rejects.toThrow(/disk full/);
    } finally {
      db.events.hook('creating').unsubscribe(fail);
    }
    expect((await getSettings()).retentionDays).toBe(120);
    expect(await db.events.get('new-one')).toBeUndefined();
    await handlers.importData!({ json: serialize(file), replaceSettings: true }, page);
    expect((await getSettings()).retentionDays).toBe(7);
  });
});
