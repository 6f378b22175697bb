import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDb, type FocusgateDb } from '../../../../utils/platform/db/database';
import { recordEvents } from '../../../../utils/stats/background/events';

let db: FocusgateDb;
beforeEach(async () => {
  db = openDb('focusgate-events-test');
  await db.open();
});
afterEach(async () => {
  db.close();
  await Dexie.delete('focusgate-events-test');
});

describe('recordEvents', () => {
  it('writes events and their daily roll-ups together', async () => {
    const at = new Date(2026, 10, 24, 14, 30).getTime();
    await recordEvents(
      [
        { kind: 'notification-held', site: 'slack', at },
        { kind: 'notification-held', site: 'gmail', at: at + 1000 },
        { kind: 'focus-completed', site: 'extension', at, data: { plannedMinutes: 50, actualMinutes: 50 } },
      ],
      db,
    );
    await recordEvents([{ kind: 'notification-held', site: 'slack', at: at + 60_000 }], db);
    expect(await db.events.count()).toBe(4);
    const day = await db.rollups.get('2026-11-24');
    expect(day?.metrics).toMatchObject({
      'notification-held': 3,
      'notification-held@slack': 2,
      'notification-held@gmail': 1,
      'notification-held#14': 3,
      'focus-completed': 1,
      'focus-completed+actualMinutes': 50,
      'focus-completed+plannedMinutes': 50,
    });
  });

  it('writes nothing at all when one row fails', async () => {
    const at = Date.now();
    await recordEvents([{ kind: 'coach-shown', site: 'slack', at }], db);
    vi.spyOn(crypto, 'randomUUID').mockReturnValue('1-1-1-1-1');
    await expect(
      recordEvents(
        [
          { kind: 'coach-shown', site: 'slack', at },
          { kind: 'coach-shown', site: 'slack', at },
        ],
        db,
      ),
    ).rejects.toThrow();
    expect(await db.events.count()).toBe(1);
    expect((await db.rollups.toArray())[0]?.metrics['coach-shown']).toBe(1);
  });
});
