import { describe, expect, it } from 'vitest';
import type { InterruptionEvent } from '../../../utils/platform/db/records';
import { AVOIDED_KEY, UNINTERRUPTED_KEY } from '../../../utils/stats/metric-keys';
import {
  continuedInterruptions,
  addToRollups,
  interruptedCompletions,
  mergeRollupsMax,
  metricsForEvent,
} from '../../../utils/stats/rollup';
import { rollupsFromEvents } from '../../oracles/stats';

const at = (d: number, h: number, m = 0) => new Date(2026, 2, d, h, m).getTime(); // March 2026, local time
let n = 0;
const ev = (e: Omit<InterruptionEvent, 'id'> & { id?: string }): InterruptionEvent => ({ id: e.id ?? `e${++n}`, ...e });

describe('metricsForEvent', () => {
  it.each([
    ['a held notification', ev({ kind: 'notification-held', site: 'slack', at: at(2, 9, 30) }), {
      'notification-held': 1,
      'notification-held@slack': 1,
      'notification-held#9': 1,
      [AVOIDED_KEY]: 1,
    }],
    ['a meeting with person-hours', ev({ kind: 'meeting-async-taken', site: 'calendar', at: at(2, 23, 59), data: { personHours: 6 } }), {
      'meeting-async-taken': 1,
      'meeting-async-taken@calendar': 1,
      'meeting-async-taken#23': 1,
      'meeting-async-taken+personHours': 6,
    }],
    ['a 2 h completed block', ev({ kind: 'focus-completed', site: 'extension', at: at(2, 12), blockId: 'b', data: { plannedMinutes: 120, actualMinutes: 120 } }), {
      'focus-completed': 1,
      'focus-completed@extension': 1,
      'focus-completed#12': 1,
      'focus-completed+plannedMinutes': 120,
      'focus-completed+actualMinutes': 120,
      [UNINTERRUPTED_KEY]: 1,
    }],
    ['a 119-minute completed block', ev({ kind: 'focus-completed', site: 'extension', at: at(2, 12), data: { plannedMinutes: 119, actualMinutes: 119 } }), {
      'focus-completed': 1,
      'focus-completed@extension': 1,
      'focus-completed#12': 1,
      'focus-completed+plannedMinutes': 119,
      'focus-completed+actualMinutes': 119,
    }],
    ['a 3 h block ended early', ev({ kind: 'focus-ended-early', site: 'extension', at: at(2, 15), data: { plannedMinutes: 240, actualMinutes: 180, reason: 'meeting' } }), {
      'focus-ended-early': 1,
      'focus-ended-early@extension': 1,
      'focus-ended-early#15': 1,
      'focus-ended-early+plannedMinutes': 240,
      'focus-ended-early+actualMinutes': 180,
    }],
  ])('counts %s', (_label, event, expected) => {
    expect(metricsForEvent(event)).toEqual(expected);
  });

  it('does not count an interrupted block as an uninterrupted stretch', () => {
    const done = ev({ kind: 'focus-completed', site: 'extension', at: at(2, 12), blockId: 'b', data: { actualMinutes: 150 } });
    expect(metricsForEvent(done, { interrupted: new Set([done.id]), continued: new Set() })[UNINTERRUPTED_KEY]).toBeUndefined();
  });
});

describe('interruptedCompletions', () => {
  const done = ev({ id: 'done', kind: 'focus-completed', site: 'extension', at: at(3, 12), blockId: 'b1', data: { actualMinutes: 180 } });
  it.each([
    ['a breakthrough in the block before the end', [ev({ kind: 'notification-breakthrough', site: 'slack', at: at(3, 10), blockId: 'b1' })], true],
    ['a breakthrough at the very end', [ev({ kind: 'notification-breakthrough', site: 'slack', at: at(3, 12), blockId: 'b1' })], true],
    ['a breakthrough at the very start (3 h before)', [ev({ kind: 'notification-breakthrough', site: 'slack', at: at(3, 9), blockId: 'b1' })], true],
    ['a breakthrough after the end', [ev({ kind: 'notification-breakthrough', site: 'slack', at: at(3, 12, 1), blockId: 'b1' })], false],
    ['a breakthrough before the block ran', [ev({ kind: 'notification-breakthrough', site: 'slack', at: at(3, 8, 59), blockId: 'b1' })], false],
    ['a breakthrough in another block', [ev({ kind: 'notification-breakthrough', site: 'slack', at: at(3, 10), blockId: 'b2' })], false],
    ['a breakthrough outside any block', [ev({ kind: 'notification-breakthrough', site: 'slack', at: at(3, 10) })], false],
    ['a held notification in the block', [ev({ kind: 'notification-held', site: 'slack', at: at(3, 10), blockId: 'b1' })], false],
  ])('%s → interrupted: %s', (_label, others, interrupted) => {
    expect(interruptedCompletions([done], others).has('done')).toBe(interrupted);
  });
});

describe('continuedInterruptions', () => {
  const held = ev({ id: 'held', kind: 'notification-held', site: 'slack', at: at(3, 10, 30), blockId: 'b1' });
  it.each([
    ['nothing before it', [], false],
    ['a held one 22 minutes before, same block', [ev({ kind: 'notification-held', site: 'gmail', at: at(3, 10, 8), blockId: 'b1' })], true],
    ['a held one exactly 23 minutes before', [ev({ kind: 'notification-held', site: 'slack', at: at(3, 10, 7), blockId: 'b1' })], true],
    ['a held one 24 minutes before', [ev({ kind: 'notification-held', site: 'slack', at: at(3, 10, 6), blockId: 'b1' })], false],
    ['a breakthrough 5 minutes before', [ev({ kind: 'notification-breakthrough', site: 'slack', at: at(3, 10, 25), blockId: 'b1' })], true],
    ['a held one at the same moment', [ev({ kind: 'notification-held', site: 'slack', at: at(3, 10, 30), blockId: 'b1' })], false],
    ['a held one just after', [ev({ kind: 'notification-held', site: 'slack', at: at(3, 10, 31), blockId: 'b1' })], false],
    ['a held one in another block', [ev({ kind: 'notification-held', site: 'slack', at: at(3, 10, 20), blockId: 'b2' })], false],
    ['a notification shown outside focus', [ev({ kind: 'notification-shown', site: 'slack', at: at(3, 10, 20), blockId: 'b1' })], false],
  ])('%s → continues an interruption: %s', (_label, others, continued) => {
    expect(continuedInterruptions([held], [held, ...others]).has('held')).toBe(continued);
  });

  it('counts a burst (gaps under 23 minutes) as one avoided interruption, and a new one after a longer quiet', () => {
    const burst = [0, 2, 5, 20, 44, 45].map((m) => ev({ kind: 'notification-held', site: 'slack', at: at(3, 9) + m * 60_000, blockId: 'b' }));
    expect(rollupsFromEvents(burst)[0]?.metrics[AVOIDED_KEY]).toBe(2); // 09:00 (going on until 09:20) and 09:44
  });
});

describe('addToRollups / rollupsFromEvents', () => {
  it('adds to existing days and leaves the existing rows untouched', () => {
    const existing = new Map([['2026-03-02', { day: '2026-03-02', metrics: { 'notification-held': 4 } }]]);
    const rows = addToRollups(existing, [
      ev({ kind: 'notification-held', site: 'gmail', at: at(2, 8) }),
      ev({ kind: 'notification-held', site: 'gmail', at: at(3, 8) }),
    ]);
    expect(rows.find((r) => r.day === '2026-03-02')?.metrics['notification-held']).toBe(5);
    expect(rows.find((r) => r.day === '2026-03-03')?.metrics['notification-held']).toBe(1);
    expect(existing.get('2026-03-02')?.metrics['notification-held']).toBe(4);
  });

  it('splits events by local day at midnight and counts stretches only when unbroken', () => {
    const rows = rollupsFromEvents([
      ev({ kind: 'notification-breakthrough', site: 'slack', at: at(4, 10), blockId: 'broken' }),
      ev({ kind: 'focus-completed', site: 'extension', at: at(4, 11), blockId: 'broken', data: { actualMinutes: 125 } }),
      ev({ kind: 'focus-completed', site: 'extension', at: at(4, 23, 59), blockId: 'clean', data: { actualMinutes: 125 } }),
      ev({ kind: 'focus-completed', site: 'extension', at: at(5, 0, 0), blockId: 'clean2', data: { actualMinutes: 200 } }),
    ]);
    expect(rows.map((r) => [r.day, r.metrics['focus-completed'], r.metrics[UNINTERRUPTED_KEY]])).toEqual([
      ['2026-03-04', 2, 1],
      ['2026-03-05', 1, 1],
    ]);
  });
});

describe('mergeRollupsMax', () => {
  it.each<[string, (Record<string, number> | undefined)[], Record<string, number>]>([
    ['takes the larger figure per metric', [{ a: 1, b: 5 }, { a: 3 }], { a: 3, b: 5 }],
    ['ignores missing rows', [undefined, { a: 2 }, undefined], { a: 2 }],
    ['is idempotent', [{ a: 2, c: 1 }, { a: 2, c: 1 }], { a: 2, c: 1 }],
  ])('%s', (_label, metrics, expected) => {
    const rows = metrics.map((m) => (m ? { day: '2026-03-01', metrics: m } : undefined));
    expect(mergeRollupsMax('2026-03-01', rows)).toEqual({ day: '2026-03-01', metrics: expected });
  });
});
