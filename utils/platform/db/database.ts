import Dexie, { type EntityTable } from 'dexie';
import type { HealthDay } from '../../health/model';
import type { DailyRollup, FocusBlock, FocusSchedule, HeldNotification, InterruptionEvent } from './records';
import { returnUrl, senderKey } from '../../notify/policy';

export type FocusgateDb = Dexie & {
  blocks: EntityTable<FocusBlock, 'id'>;
  schedules: EntityTable<FocusSchedule, 'id'>;
  events: EntityTable<InterruptionEvent, 'id'>;
  held: EntityTable<HeldNotification, 'id'>;
  rollups: EntityTable<DailyRollup, 'day'>;
  /** One row per site and day (utils/health), keyed [day+site]. */
  health: Dexie.Table<HealthDay, [string, string]>;
};

export const DB_NAME = 'focusgate';

/**
 * The schema, one `version(n)` step per change, kept forever. Index only what is queried;
 * compound `[x+at]` indexes serve time-range queries per kind, site or status.
 *
 * v1: blocks, events, held, rollups.
 * v2: repeating schedules get their own table; held notifications are found by tag within a
 *     site (browser-style tag collapse) and by `seenAt` for clean-up. v1 stored "no tag" as an
 *     empty string, which the new tag index would collapse into one notification: it becomes
 *     "absent".
 * v3: site health, one row per day and site ([day+site]), found by day for the options page.
 * v4: held notifications carry their sender (`senderKey`) so the repeat rule reads only that
 *     sender's rows in its window ([sender+at]); their URL keeps only what reopening the app needs.
 */
export function declareSchema(db: Dexie): void {
  db.version(1).stores({
    blocks: 'id, start, end, status, [status+start]',
    events: 'id, at, [kind+at], [site+at], blockId',
    held: 'id, at, [site+at]',
    rollups: 'day',
  });
  db.version(2).stores({
    schedules: 'id, createdAt',
    held: 'id, at, [site+at], [site+tag], seenAt',
  }).upgrade((tx) =>
    tx
      .table('held')
      .toCollection()
      .modify((row: { tag?: string }) => {
        if (row.tag === '') delete row.tag;
      }),
  );
  db.version(3).stores({ health: '[day+site], day' });
  db.version(4).stores({
    held: 'id, at, [site+at], [site+tag], seenAt, [sender+at]',
  }).upgrade((tx) =>
    tx
      .table('held')
      .toCollection()
      .modify((row: HeldNotification) => {
        row.sender = senderKey(row.site, row.title);
        if (row.url !== undefined) row.url = returnUrl(row.site, row.url);
        if (row.url === undefined) delete row.url;
      }),
  );
}

export function openDb(name = DB_NAME): FocusgateDb {
  const db = new Dexie(name) as FocusgateDb;
  declareSchema(db);
  return db;
}

let shared: FocusgateDb | undefined;

/** The background's one database instance. Only the background opens the database. */
export function getDb(): FocusgateDb {
  shared ??= openDb();
  return shared;
}
