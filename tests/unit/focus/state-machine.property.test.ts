import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type FocusgateDb } from '../../../utils/platform/db/database';
import { createRouter } from '../../../utils/platform/messaging/router';
import { createFocusModule, TRANSITION_ALARM } from '../../../utils/focus/background';
import { mergeSpans } from '../../../utils/focus/schedule/spans';
import { focusStateItem } from '../../../utils/focus/state-item';

const MIN = 60_000;
const T0 = Date.UTC(2026, 4, 6, 8, 0);

type Op =
  | { op: 'start'; minutes: number }
  | { op: 'schedule'; inMin: number; lenMin: number }
  | { op: 'end' }
  | { op: 'advance'; min: number }
  | { op: 'alarm' }
  | { op: 'restart' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('start' as const), minutes: fc.constantFrom(25, 50, 90) }),
  fc.record({ op: fc.constant('schedule' as const), inMin: fc.integer({ min: -30, max: 240 }), lenMin: fc.integer({ min: 5, max: 120 }) }),
  fc.record({ op: fc.constant('end' as const) }),
  fc.record({ op: fc.constant('advance' as const), min: fc.integer({ min: 0, max: 180 }) }),
  fc.record({ op: fc.constant('alarm' as const) }),
  fc.record({ op: fc.constant('restart' as const) }),
);

let db: FocusgateDb | undefined;
let n = 0;
afterEach(() => {
  vi.useRealTimers();
  db?.close();
});

describe('focus state machine (property)', () => {
  it('whatever happens, the DB, the events and the derived state agree', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // refused steps (ending when idle…) are expected
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        fakeBrowser.reset();
        vi.useFakeTimers({ toFake: ['Date'] });
        let now = T0;
        vi.setSystemTime(now);
        db?.close();
        const base = openDb(`sm-${++n}`);
        db = base;
        let mod = createFocusModule({ db: () => base, tz: () => 'Europe/Berlin' });
        await mod.onStart!();
        const call = (type: string, payload: unknown) => createRouter(mod.handlers!)({ type, payload }, { fromExtensionPage: true });

        for (const o of ops) {
          if (o.op === 'start') await call('startFocus', { minutes: o.minutes });
          else if (o.op === 'schedule') await call('scheduleBlock', { start: now + o.inMin * MIN, end: now + (o.inMin + o.lenMin) * MIN });
          else if (o.op === 'end') await call('endFocus', { reason: 'other' });
          else if (o.op === 'advance') vi.setSystemTime((now += o.min * MIN));
          else if (o.op === 'alarm') await mod.onAlarm!(TRANSITION_ALARM);
          else {
            mod = createFocusModule({ db: () => base, tz: () => 'Europe/Berlin' });
            await mod.onStart!();
          }
        }
        // Reading writes nothing and already answers what settling will make of the blocks; the
        // transition alarm, which Chrome fires once its time has come, then settles them.
        const read = await call('getFocusState', {});
        await mod.onAlarm!(TRANSITION_ALARM);
        const reply = await call('getFocusState', {});
        expect(reply.ok).toBe(true);
        expect(reply).toEqual(read);
        const state = (reply as { data: { active: boolean; endsAt: number | null; blockId: string | null } }).data;

        const blocks = await base.blocks.toArray();
        const events = await base.events.toArray();
        // 1. Nothing live is left behind the clock; nothing active is in the future.
        for (const b of blocks) {
          if (b.status === 'active') expect(b.start <= now && now < b.end).toBe(true);
          if (b.status === 'scheduled') expect(b.start).toBeGreaterThan(now);
          if (b.status === 'completed') expect(b.endedAt).toBe(b.end);
          if (b.status === 'ended-early') expect(b.endedAt! >= b.start && b.endedAt! < b.end).toBe(true);
        }
        // 2. Every block that began has exactly one start event; every finished one exactly one end event.
        for (const b of blocks) {
          const mine = events.filter((e) => e.blockId === b.id);
          const began = b.status !== 'scheduled';
          expect(mine.filter((e) => e.kind === 'focus-started')).toHaveLength(began ? 1 : 0);
          expect(mine.filter((e) => e.kind === 'focus-completed')).toHaveLength(b.status === 'completed' ? 1 : 0);
          expect(mine.filter((e) => e.kind === 'focus-ended-early')).toHaveLength(b.status === 'ended-early' ? 1 : 0);
        }
        // 3. The state is the merged stretch of live blocks that contains now.
        const live = blocks.filter((b) => b.status === 'active' || b.status === 'scheduled');
        const stretch = mergeSpans(live).find((m) => m.start <= now && now < m.end);
        expect(state.active).toBe(!!stretch);
        expect(state.endsAt).toBe(stretch ? stretch.end : null);
        if (state.blockId) expect(blocks.find((b) => b.id === state.blockId)?.status).toBe('active');
        // 4. The mirror says the same, and the badge agrees.
        expect(await focusStateItem.getValue()).toEqual(state);
        const badge = await fakeBrowser.action.getBadgeText({});
        if (state.active) expect(badge).toMatch(/^\d+[mh]$/);
        else expect(badge).toBe('');
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
