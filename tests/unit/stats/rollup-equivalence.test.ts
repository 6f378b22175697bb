import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordEvents } from '../../../utils/stats/background/events';
import { readSummary, rebuildRollups } from '../../../utils/stats/background/rollups';
import { openDb } from '../../../utils/platform/db/database';
import { readSummaryFromEvents, rollupsFromEvents } from '../../oracles/stats';
import { dayKey } from '../../../utils/stats/day-key';
import { batches, inRecordingOrder, newEventArb, RANGE_END, RANGE_START } from './arbitraries';

const FROM = dayKey(RANGE_START);
const TO = dayKey(RANGE_END - 1);
let run = 0;

describe('roll-ups kept up to date by recordEvents', () => {
  it('equal the roll-ups and figures computed from the raw events, for any events in any batches', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(newEventArb, { maxLength: 150, size: 'large' }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 10 }),
        async (events, sizes) => {
          const db = openDb(`equivalence-${++run}`);
          try {
            for (const batch of batches(inRecordingOrder(events), sizes)) await recordEvents(batch, db);
            const raw = await db.events.toArray();
            expect(raw).toHaveLength(events.length);
            const stored = await db.rollups.orderBy('day').toArray();
            expect(stored).toEqual(rollupsFromEvents(raw));
            expect(await readSummary(db, FROM, TO)).toEqual(await readSummaryFromEvents(db, FROM, TO));

            // A rebuild from raw events (a day or two at a time) lands on the same rows.
            await db.rollups.clear();
            await rebuildRollups(db, 2);
            expect(await db.rollups.orderBy('day').toArray()).toEqual(stored);
          } finally {
            db.close();
            await db.delete();
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('counts a 2 h block once its breakthrough-free completion is recorded, in a later batch than its start', async () => {
    const db = openDb(`equivalence-${++run}`);
    const t = new Date(2026, 2, 9, 9).getTime();
    await recordEvents([{ kind: 'focus-started', site: 'extension', at: t, blockId: 'x' }], db);
    await recordEvents([{ kind: 'notification-breakthrough', site: 'slack', at: t + 60_000, blockId: 'y' }], db);
    await recordEvents([{ kind: 'focus-completed', site: 'extension', at: t + 7_200_000, blockId: 'x', data: { actualMinutes: 120 } }], db);
    await recordEvents([{ kind: 'notification-breakthrough', site: 'slack', at: t + 60_000, blockId: 'z' }], db);
    await recordEvents([{ kind: 'focus-completed', site: 'extension', at: t + 7_300_000, blockId: 'y', data: { actualMinutes: 121 } }], db);
    expect((await readSummary(db, '2026-03-09', '2026-03-09')).focus.uninterrupted2h).toBe(1);
    db.close();
    await db.delete();
  });
});
