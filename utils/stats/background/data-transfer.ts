import type { EntityTable, IDType } from 'dexie';
import type { FocusgateDb } from '../../platform/db/database';
import { buildExportFile, isFinishedBlock, isLiveSchedule, type ExportContents, type ExportFile } from '../export-file';
import type { FocusBlock } from '../../platform/db/records';
import { overlaps, type Span } from '../../focus/schedule/spans';
import type { Settings } from '../../platform/settings/schema';
import { dayKey } from '../day-key';
import { recomputeDaysKeepingPruned } from './rollups';

/*
 * Export, import, delete and retention on the database. Relative imports only, no `browser`:
 * the caller passes settings in and writes them back, so unit tests and the bench can use
 * these directly against fake-indexeddb.
 */

/** Everything the user owns except held notification content, as one export object. */
export async function collectExport(db: FocusgateDb, settings: Settings): Promise<ExportFile> {
  const contents: ExportContents = await db.transaction('r', db.blocks, db.schedules, db.events, db.rollups, async () => ({
    settings,
    blocks: await db.blocks.orderBy('start').toArray(),
    schedules: await db.schedules.orderBy('createdAt').toArray(),
    events: await db.events.orderBy('at').toArray(),
    rollups: await db.rollups.orderBy('day').toArray(),
  }));
  return buildExportFile(contents);
}

export interface ImportCounts {
  blocks: number;
  schedules: number;
  events: number;
  /** Days whose roll-up changed. */
  rollupDays: number;
  /** Upcoming or running blocks and live schedules in the file that were left out (not confirmed, past, or overlapping). */
  leftOut: number;
}

export interface ImportOptions {
  /** The user confirmed bringing in the file's upcoming blocks and repeating schedules. */
  includeUpcoming?: boolean;
  now?: number;
}

/**
 * The file's blocks that may come in: every finished one, and, when the user confirmed, the
 * upcoming one-offs that end in the future and overlap no block already planned here (nor
 * each other), as scheduled blocks: a file never starts focus by itself. Occurrences of a
 * schedule are left to the schedule, which creates its own.
 */
async function admittedBlocks(db: FocusgateDb, blocks: readonly FocusBlock[], { includeUpcoming, now = Date.now() }: ImportOptions): Promise<FocusBlock[]> {
  const finished = blocks.filter(isFinishedBlock);
  if (!includeUpcoming) return finished;
  const taken: Span[] = await db.blocks.where('status').anyOf('scheduled', 'active').toArray();
  const upcoming: FocusBlock[] = [];
  for (const b of blocks.filter((b) => !isFinishedBlock(b) && b.source !== 'schedule' && b.end > now).sort((x, y) => x.start - y.start)) {
    if (taken.some((t) => overlaps(t, b))) continue;
    taken.push(b);
    upcoming.push({ ...b, status: 'scheduled' });
  }
  return [...finished, ...upcoming];
}

async function addMissing<T extends { id: string }>(table: EntityTable<T, 'id'>, rows: readonly T[]): Promise<T[]> {
  if (!rows.length) return [];
  const existing = await table.bulkGet(rows.map((r) => r.id as IDType<T, 'id'>));
  const fresh = rows.filter((_, i) => !existing[i]);
  if (fresh.length) await table.bulkAdd(fresh);
  return fresh;
}

/**
 * Writes a validated export in one transaction: finished blocks always, upcoming blocks and
 * live schedules only when `includeUpcoming` (see `admittedBlocks`); rows whose id already exists are skipped (ids
 * are stable, so importing the same file twice adds nothing), and the roll-ups of every day the
 * file touches are recomputed from raw events, merged with the local and the file's roll-ups
 * by taking the larger figure per metric (they may count events pruned by retention). Nothing
 * is ever counted twice.
 */
export async function importExport(db: FocusgateDb, file: ExportFile, options: ImportOptions = {}): Promise<ImportCounts> {
  return db.transaction('rw', [db.blocks, db.schedules, db.events, db.rollups], async () => {
    const admitted = await admittedBlocks(db, file.blocks, options);
    const schedulesIn = options.includeUpcoming ? file.schedules : file.schedules.filter((s) => !isLiveSchedule(s));
    const leftOut = file.blocks.length - admitted.length + file.schedules.length - schedulesIn.length;
    const blocks = await addMissing(db.blocks, admitted);
    const schedules = await addMissing(db.schedules, schedulesIn);
    const events = await addMissing(db.events, file.events);
    const imported = new Map(file.rollups.map((r) => [r.day, r]));
    const days = new Set([...events.map((e) => dayKey(e.at)), ...imported.keys()]);
    const before = new Map((await db.rollups.bulkGet([...days])).filter((r) => !!r).map((r) => [r.day, JSON.stringify(sortKeys(r.metrics))]));
    await recomputeDaysKeepingPruned(db, days, imported);
    const after = await db.rollups.bulkGet([...days]);
    const rollupDays = after.filter((r) => r && before.get(r.day) !== JSON.stringify(sortKeys(r.metrics))).length;
    return { blocks: blocks.length, schedules: schedules.length, events: events.length, rollupDays, leftOut };
  });
}

function sortKeys(m: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Clears every table (blocks, schedules, events, held notifications, roll-ups) in one transaction. */
export async function deleteAll(db: FocusgateDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}

const yieldToOthers = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Deletes raw events older than `before` (epoch ms) in chunks, each its own short transaction
 * with a pause between, so pages and event writes are never blocked for long. Roll-ups stay.
 * Returns the number of events deleted.
 */
export async function pruneEvents(db: FocusgateDb, before: number, chunkSize = 2000): Promise<number> {
  let deleted = 0;
  for (;;) {
    const n = await db.transaction('rw', db.events, async () => {
      const keys = await db.events.where('at').below(before).limit(chunkSize).primaryKeys();
      await db.events.bulkDelete(keys);
      return keys.length;
    });
    deleted += n;
    if (n < chunkSize) return deleted;
    await yieldToOthers();
  }
}
