import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../../../utils/platform/db/database';

const NAME = 'focusgate-upgrade-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

/** The schema changes of each version exactly as it shipped. */
const SHIPPED: Record<number, Record<string, string>> = {
  1: { blocks: 'id, start, end, status, [status+start]', events: 'id, at, [kind+at], [site+at], blockId', held: 'id, at, [site+at]', rollups: 'day' },
  2: { schedules: 'id, createdAt', held: 'id, at, [site+at], [site+tag], seenAt' },
  3: { health: '[day+site], day' },
};

/** The database as version `upTo` shipped it, to put old rows in before the current code opens it. */
function shipped(upTo: number): Dexie {
  const db = new Dexie(NAME);
  for (let v = 1; v <= upTo; v++) db.version(v).stores(SHIPPED[v]!);
  return db;
}

describe('database upgrades', () => {
  it('v1 → v2 keeps every row, drops empty tags and adds the schedules table', async () => {
    // Version 1 exactly as it shipped.
    const v1 = shipped(1);
    await v1.table('blocks').add({ id: 'b1', start: 1, end: 2, source: 'now', status: 'completed', createdAt: 1 });
    await v1.table('events').add({ id: 'e1', kind: 'focus-completed', site: 'extension', at: 2 });
    await v1.table('held').bulkAdd([
      { id: 'h1', site: 'slack', title: 'Ana', body: 'hi', tag: '', at: 5 },
      { id: 'h2', site: 'slack', title: 'Ben', body: 'yo', tag: '', at: 6 },
      { id: 'h3', site: 'gmail', title: 'Mail', body: 'x', tag: 'thread-9', at: 7 },
    ]);
    await v1.table('rollups').add({ day: '2026-11-20', metrics: { 'focus-completed': 1 } });
    v1.close();

    const db = openDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2); // later versions add tables on top (tested below)
    expect(await db.blocks.get('b1')).toMatchObject({ status: 'completed' });
    expect(await db.events.count()).toBe(1);
    expect(await db.rollups.get('2026-11-20')).toEqual({ day: '2026-11-20', metrics: { 'focus-completed': 1 } });
    const held = await db.held.orderBy('at').toArray();
    expect(held.map((h) => h.id)).toEqual(['h1', 'h2', 'h3']);
    expect(held.map((h) => 'tag' in h)).toEqual([false, false, true]);
    // The new index finds by tag within a site; untagged rows are not lumped together.
    expect(await db.held.where('[site+tag]').equals(['gmail', 'thread-9']).count()).toBe(1);
    expect(await db.held.where('[site+tag]').equals(['slack', '']).count()).toBe(0);
    expect(await db.schedules.count()).toBe(0);
    db.close();
  });

  it('v2 → v3 keeps every row and adds the site-health day table, keyed by day and site', async () => {
    const v2 = shipped(2);
    await v2.table('events').add({ id: 'e1', kind: 'focus-completed', site: 'extension', at: 2 });
    await v2.table('schedules').add({ id: 's1', weekdays: [1], startTime: '09:00', durationMinutes: 60, createdAt: 1 });
    v2.close();

    const db = openDb(NAME);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.events.count()).toBe(1);
    expect(await db.schedules.get('s1')).toMatchObject({ startTime: '09:00' });
    const row = { day: '2026-12-05', site: 'slack', seen: { ok: 1, partial: 0, off: 0 }, failed: [], fallbacks: [], at: 1 };
    await db.health.put(row);
    await db.health.put({ ...row, seen: { ok: 2, partial: 0, off: 0 } });
    await db.health.put({ ...row, site: 'gmail' });
    expect(await db.health.count()).toBe(2);
    expect((await db.health.get(['2026-12-05', 'slack']))?.seen.ok).toBe(2);
    expect(await db.health.where('day').aboveOrEqual('2026-12-01').count()).toBe(2);
    db.close();
  });

  it('v3 → v4 gives held rows their sender for the repeat rule and cuts their URL to the account', async () => {
    const v3 = shipped(3);
    await v3.table('held').bulkAdd([
      { id: 'h1', site: 'slack', title: 'Ana  Lee', body: 'hi', at: 5, url: 'https://app.slack.com/client/T1/C2' },
      { id: 'h2', site: 'gmail', title: 'Mail', body: 'x', at: 7, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg123' },
      { id: 'h3', site: 'gmail', title: 'Other', body: 'y', at: 8 },
    ]);
    v3.close();

    const db = openDb(NAME);
    await db.open();
    expect(await db.held.orderBy('at').toArray()).toEqual([
      { id: 'h1', site: 'slack', title: 'Ana  Lee', body: 'hi', at: 5, url: 'https://app.slack.com/client/T1/', sender: 'chat:ana lee' },
      { id: 'h2', site: 'gmail', title: 'Mail', body: 'x', at: 7, url: 'https://mail.google.com/mail/u/0/', sender: 'gmail:mail' },
      { id: 'h3', site: 'gmail', title: 'Other', body: 'y', at: 8, sender: 'gmail:other' },
    ]);
    expect(await db.held.where('[sender+at]').between(['chat:ana lee', 0], ['chat:ana lee', 10]).count()).toBe(1);
    db.close();
  });
});
