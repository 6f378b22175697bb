import { joinedStretch, nextOccurrence, upcomingBlocks } from '../../../../utils/focus/schedule/upcoming';
import type { FocusSchedule } from '../../../../utils/platform/db/records';
import { blockMaker } from '../blocks';

const NOW = new Date(2026, 4, 6, 6, 40).getTime();
const MIN = 60_000;
const block = blockMaker(NOW);

describe('upcomingBlocks', () => {
  it('keeps blocks to come and the running one; drops ended, cancelled, past and rule occurrences to come', () => {
    const later = block(NOW + 60 * MIN, NOW + 90 * MIN);
    const running = block(NOW - 10 * MIN, NOW + 15 * MIN, { status: 'active' });
    const endedEarly = block(NOW - 30 * MIN, NOW + 30 * MIN, { status: 'ended-early', endedAt: NOW - 5 * MIN });
    const cancelled = block(NOW + 2 * 60 * MIN, NOW + 3 * 60 * MIN, { status: 'cancelled' });
    const past = block(NOW - 90 * MIN, NOW - 60 * MIN, { status: 'completed' });
    const ruleNext = block(NOW + 60 * MIN, NOW + 120 * MIN, { source: 'schedule', scheduleId: 's' });
    const ruleNow = block(NOW - 5 * MIN, NOW + 55 * MIN, { source: 'schedule', scheduleId: 's', status: 'active' });
    expect(upcomingBlocks([later, endedEarly, cancelled, past, ruleNext, ruleNow, running], NOW)).toEqual([running, ruleNow, later]);
  });
});

describe('nextOccurrence', () => {
  it('is the rule’s earliest live block', () => {
    const s: FocusSchedule = { id: 's', weekdays: [1], startTime: '09:00', durationMinutes: 60, createdAt: 0 };
    const a = block(NOW + 7 * 1440 * MIN, NOW + 7 * 1440 * MIN + 60 * MIN, { source: 'schedule', scheduleId: 's' });
    const b = block(NOW + 1440 * MIN, NOW + 1440 * MIN + 60 * MIN, { source: 'schedule', scheduleId: 's' });
    const skipped = block(NOW + 60 * MIN, NOW + 120 * MIN, { source: 'schedule', scheduleId: 's', status: 'cancelled' });
    expect(nextOccurrence(s, [a, skipped, b], NOW)).toBe(b);
    expect(nextOccurrence({ ...s, id: 'other' }, [a, b], NOW)).toBeNull();
  });
});

describe('joinedStretch', () => {
  it('"25 min" at 06:40 beside blocks at 07:00–08:00 and 08:00–09:00 runs as one stretch to 09:00', () => {
    const seven = block(NOW + 20 * MIN, NOW + 80 * MIN);
    const eight = block(NOW + 80 * MIN, NOW + 140 * MIN);
    const joined = joinedStretch({ start: NOW, end: NOW + 25 * MIN }, [eight, seven], NOW);
    expect(joined).toEqual({ stretch: { start: NOW, end: NOW + 140 * MIN }, with: [seven, eight] });
  });

  it('stands alone when nothing overlaps or touches (ended and cancelled blocks do not count)', () => {
    const later = block(NOW + 30 * MIN, NOW + 60 * MIN);
    const ended = block(NOW - 30 * MIN, NOW + 10 * MIN, { status: 'ended-early' });
    expect(joinedStretch({ start: NOW, end: NOW + 25 * MIN }, [later, ended], NOW)).toBeNull();
  });
});
