// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupActions, type PopupProps } from '../../../../components/focus/Popup';
import { formatRemaining } from '../../../../components/focus/ActiveFocus';
import type { FocusSchedule } from '../../../../utils/platform/db/records';
import { localDays, startOfLocalDay } from '../../../../utils/focus/schedule/zone';
import { formatClock, formatDay, formatTime, formatTimeRange } from '../../../../utils/platform/datetime';
import { click, key, render } from './render';
import { blockMaker } from '../blocks';
import { quickProps } from '../../settings/quick';

const NOW = new Date(2026, 4, 6, 10, 0).getTime();
const MIN = 60_000;
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function actions(): PopupActions {
  return {
    start: vi.fn(),
    startUntil: vi.fn(),
    end: vi.fn(),
    scheduleOnce: vi.fn(async () => true),
    createSchedule: vi.fn(async () => true),
    updateBlock: vi.fn(async () => true),
    deleteBlock: vi.fn(),
    deleteSchedule: vi.fn(),
    undo: vi.fn(),
    dismissUndo: vi.fn(),
    openOptions: vi.fn(),
  };
}

function props(over: Partial<PopupProps> = {}): PopupProps {
  const today = startOfLocalDay(NOW);
  return {
    now: NOW,
    today,
    days: localDays(today, 14),
    state: { active: false, blockId: null, endsAt: null, startedAt: null },
    blocks: [],
    schedules: [],
    summary: { focusMinutesKept: 0, heldToday: 0, brokeThroughToday: 0, notHeld: 0 },
    busy: false,
    error: null,
    undoLabel: null,
    notice: null,
    shortcut: 'Alt+Shift+G',
    actions: actions(),
    quick: quickProps(NOW),
    ...over,
  };
}

const block = blockMaker(NOW);

describe('Popup', () => {
  it('idle: offers 25/50/90 and starts the chosen one', () => {
    const p = props();
    const r = render(<Popup {...p} />);
    cleanup = r.cleanup;
    const buttons = [...r.host.querySelectorAll<HTMLButtonElement>('[data-testid="focus-start"]')];
    expect(buttons.map((b) => b.dataset.minutes)).toEqual(['25', '50', '90']);
    click(buttons[1]);
    expect(p.actions.start).toHaveBeenCalledWith(50);
    expect(r.host.querySelector('[data-testid="focus-active"]')).toBeNull();
    expect(r.host.querySelector('[data-testid="focus-status"]')!.textContent).toBe('Idle');
  });

  it('idle: focus until a time, later today or tomorrow', () => {
    const p = props();
    const r = render(<Popup {...p} />);
    cleanup = r.cleanup;
    const until = r.host.querySelector<HTMLInputElement>('[data-testid="focus-until"]')!;
    expect(until.value).toBe(formatClock(12 * 60)); // two hours on, on the hour
    const go = r.host.querySelector<HTMLButtonElement>('[data-testid="focus-start-until"]')!;
    expect(go.textContent).toBe(`Focus until ${formatTime(new Date(2026, 4, 6, 12, 0))}`);
    click(go);
    expect(p.actions.startUntil).toHaveBeenCalledWith(new Date(2026, 4, 6, 12, 0).getTime());
    key(until, 'Home'); // 00:00 has passed today: it means tomorrow
    expect(go.textContent).toBe(`Focus until ${formatTime(new Date(2026, 4, 7, 0, 0))} tomorrow`);
    click(go);
    expect(p.actions.startUntil).toHaveBeenLastCalledWith(new Date(2026, 4, 7, 0, 0).getTime());
  });

  it('shows nothing to start until the state is known', () => {
    const r = render(<Popup {...props({ state: null })} />);
    cleanup = r.cleanup;
    expect(r.host.querySelector('[data-testid="focus-start"]')).toBeNull();
    expect(r.host.querySelector('main')!.getAttribute('aria-busy')).toBe('true');
  });

  it('active: remaining time, data-ends-at, and no start buttons', () => {
    const endsAt = NOW + 24 * MIN + 30_000;
    const r = render(<Popup {...props({ state: { active: true, blockId: 'b', endsAt, startedAt: NOW - 30_000 } })} />);
    cleanup = r.cleanup;
    const active = r.host.querySelector<HTMLElement>('[data-testid="focus-active"]')!;
    expect(active.dataset.endsAt).toBe(String(endsAt));
    expect(active.textContent).toContain('24:30');
    expect(r.host.querySelector('[data-testid="focus-start"]')).toBeNull();
    expect(r.host.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')).toBe('2');
  });

  it('ending early is a deliberate step: reason optional, confirm ends, Escape steps back', () => {
    const p = props({ state: { active: true, blockId: 'b', endsAt: NOW + 10 * MIN, startedAt: NOW - MIN } });
    const r = render(<Popup {...p} />);
    cleanup = r.cleanup;
    expect(r.host.querySelector('[data-testid="focus-stop-confirm"]')).toBeNull();
    click(r.host.querySelector('[data-testid="focus-stop"]'));
    expect(p.actions.end).not.toHaveBeenCalled();
    const first = r.host.querySelector<HTMLInputElement>('input[name="fg-end-reason"]')!;
    expect(document.activeElement).toBe(first);
    key(first, 'Escape');
    expect(r.host.querySelector('[data-testid="focus-stop-confirm"]')).toBeNull();
    expect(p.actions.end).not.toHaveBeenCalled();

    click(r.host.querySelector('[data-testid="focus-stop"]'));
    click(r.host.querySelector('[data-testid="focus-stop-confirm"]'));
    expect(p.actions.end).toHaveBeenLastCalledWith(undefined);

    click(r.host.querySelector('input[value="urgent"]'));
    click(r.host.querySelector('[data-testid="focus-stop-confirm"]'));
    expect(p.actions.end).toHaveBeenLastCalledWith('urgent');
  });

  it("today's figures carry their values", () => {
    const r = render(<Popup {...props({ summary: { focusMinutesKept: 75, heldToday: 12, brokeThroughToday: 2, notHeld: 0 } })} />);
    cleanup = r.cleanup;
    const held = r.host.querySelector<HTMLElement>('[data-testid="held-count"]')!;
    expect(held.dataset.value).toBe('12');
    expect(held.textContent).toContain('12');
    expect(r.host.querySelector<HTMLElement>('[data-testid="focus-minutes-kept"]')!.dataset.value).toBe('75');
    expect(r.host.querySelector('[data-testid="not-held-count"]')).toBeNull();
    r.cleanup();
    const flooded = render(<Popup {...props({ summary: { focusMinutesKept: 75, heldToday: 12, brokeThroughToday: 2, notHeld: 4970 } })} />);
    cleanup = flooded.cleanup;
    expect(flooded.host.querySelector('[data-testid="not-held-count"]')?.textContent).toBe(
      '4,970 more notifications were not held (too many at once): the digest says where from.',
    );
  });

  it('empty state, then a list with edit/delete, repeating rules as one row each, and the undo bar', () => {
    const r = render(<Popup {...props()} />);
    cleanup = r.cleanup;
    expect(r.host.querySelector('[data-testid="upcoming-empty"]')!.textContent).toMatch(/Nothing booked/);

    const b1 = block(NOW + 60 * MIN, NOW + 90 * MIN);
    const b2 = block(NOW + 25 * 60 * MIN, NOW + 26 * 60 * MIN, { source: 'schedule', scheduleId: 's1', id: 's1:2026-05-07' });
    const b3 = block(NOW + 49 * 60 * MIN, NOW + 50 * 60 * MIN, { source: 'schedule', scheduleId: 's1', id: 's1:2026-05-08' });
    const past = block(NOW - 90 * MIN, NOW - 60 * MIN);
    const endedEarly = block(NOW - 30 * MIN, NOW + 30 * MIN, { status: 'ended-early', endedAt: NOW - 10 * MIN });
    const rule: FocusSchedule = { id: 's1', weekdays: [1, 2, 3, 4, 5], startTime: '11:00', durationMinutes: 60, createdAt: NOW };
    const p = props({ blocks: [past, endedEarly, b1, b2, b3], schedules: [rule], undoLabel: 'Deleted the block.' });
    r.rerender(<Popup {...p} />);
    // Past and ended blocks are gone; the rule's occurrences are not listed one by one.
    const rows = [...r.host.querySelectorAll<HTMLElement>('[data-testid="upcoming-block"]')];
    expect(rows.map((x) => Number(x.dataset.start))).toEqual([b1.start]);
    expect(rows[0]!.textContent).toContain(`Today · ${formatTimeRange(new Date(b1.start), new Date(b1.end))}`);
    const ruleRows = r.host.querySelectorAll('[data-testid="schedule-rule"]');
    expect(ruleRows).toHaveLength(1);
    const at11 = new Date(2026, 4, 6, 11, 0);
    expect(ruleRows[0]!.textContent).toContain(`Weekdays ${formatTimeRange(at11, new Date(at11.getTime() + 60 * MIN))}`);
    expect(r.host.querySelector('[data-testid="schedule-next"]')!.textContent).toContain(`next ${formatDay(new Date(b2.start))}`);
    // One occurrence can still be skipped from the rule's row.
    click(r.host.querySelector('[data-testid="schedule-skip"]'));
    expect(p.actions.deleteBlock).toHaveBeenCalledWith(b2);
    expect(r.host.querySelector('[role="status"]')!.textContent).toContain('Deleted the block.');
    click(r.host.querySelector('[data-testid="undo"]'));
    expect(p.actions.undo).toHaveBeenCalled();
  });

  it('shows the focus shortcut as the browser has it set', () => {
    const r = render(<Popup {...props()} />);
    cleanup = r.cleanup;
    expect(r.host.querySelector('[data-testid="popup-shortcut"]')!.textContent).toBe('Alt+Shift+G starts or ends focus from any tab.');
    r.rerender(<Popup {...props({ shortcut: null })} />);
    expect(r.host.querySelector('[data-testid="popup-shortcut"]')).toBeNull();
  });

  it('says what a booking did in the status region', () => {
    const r = render(<Popup {...props({ notice: 'Booked Today · 11:00 – 11:30 AM.' })} />);
    cleanup = r.cleanup;
    expect(r.host.querySelector('[role="status"] [data-testid="popup-notice"]')!.textContent).toBe('Booked Today · 11:00 – 11:30 AM.');
  });

  it('focus now beside a booked block says they join and when focus will end', () => {
    const soon = block(NOW + 15 * MIN, NOW + 60 * MIN);
    const r = render(<Popup {...props({ blocks: [soon] })} />);
    cleanup = r.cleanup;
    const note = r.host.querySelector('[data-testid="focus-join-note"]')!;
    expect(note.textContent).toBe(`25 min now runs into your block at ${formatTime(new Date(soon.start))}: they join, and focus ends ${formatTime(new Date(soon.end))}.`);
    expect(r.host.querySelector('[data-testid="focus-start"]')!.getAttribute('aria-describedby')).toBe(note.id);
  });

  it('no join note when nothing is booked near', () => {
    const r = render(<Popup {...props({ blocks: [block(NOW + 5 * 60 * MIN, NOW + 6 * 60 * MIN)] })} />);
    cleanup = r.cleanup;
    expect(r.host.querySelector('[data-testid="focus-join-note"]')).toBeNull();
  });

  it('editing a block saves the new times on its day', async () => {
    const b1 = block(NOW + 60 * MIN, NOW + 90 * MIN);
    const p = props({ blocks: [b1] });
    const r = render(<Popup {...p} />);
    cleanup = r.cleanup;
    click(r.host.querySelector('[aria-label^="Edit"]'));
    const from = r.host.querySelector<HTMLInputElement>('.fg-editor [data-testid="schedule-from"]')!;
    key(from, 'ArrowUp');
    const { act } = await import('react');
    await act(async () => {
      r.host.querySelector<HTMLFormElement>('.fg-editor')!.requestSubmit();
    });
    expect(p.actions.updateBlock).toHaveBeenCalledWith(b1.id, NOW + 75 * MIN, NOW + 90 * MIN);
  });

  it('closing the block editor with Escape puts focus back on its Edit button', () => {
    const b1 = block(NOW + 60 * MIN, NOW + 90 * MIN);
    const r = render(<Popup {...props({ blocks: [b1] })} />);
    cleanup = r.cleanup;
    click(r.host.querySelector('[aria-label^="Edit"]'));
    key(r.host.querySelector('.fg-editor [data-testid="schedule-from"]'), 'Escape');
    expect(r.host.querySelector('.fg-editor')).toBeNull();
    expect(document.activeElement).toBe(r.host.querySelector('[aria-label^="Edit"]'));
  });

  it('editing a running block moves only its end', async () => {
    const running = block(NOW - 10 * MIN, NOW + 15 * MIN, { status: 'active', source: 'now' });
    const p = props({ blocks: [running], state: { active: true, blockId: running.id, endsAt: running.end, startedAt: running.start } });
    const r = render(<Popup {...p} />);
    cleanup = r.cleanup;
    click(r.host.querySelector('[aria-label^="Edit"]'));
    expect(r.host.querySelector('.fg-editor [data-testid="schedule-from"]')).toBeNull();
    expect(r.host.querySelector('.fg-editor [role="radiogroup"]')).toBeNull();
    key(r.host.querySelector('.fg-editor [data-testid="schedule-to"]'), 'PageUp');
    const { act } = await import('react');
    await act(async () => {
      r.host.querySelector<HTMLFormElement>('.fg-editor')!.requestSubmit();
    });
    expect(p.actions.updateBlock).toHaveBeenCalledWith(running.id, running.start, running.end + 60 * MIN);
  });

  it('links to the other pages and settings', () => {
    const p = props();
    const r = render(<Popup {...p} />);
    cleanup = r.cleanup;
    const hrefs = [...r.host.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['/welcome.html', '/playground.html', '/stats.html', '/digest.html']);
    click(r.host.querySelector('[data-testid="open-options"]'));
    expect(p.actions.openOptions).toHaveBeenCalled();
  });

  it('says which sites it works on, Teams and Outlook included', () => {
    const r = render(<Popup {...props()} />);
    cleanup = r.cleanup;
    expect(r.host.querySelector('[data-testid="popup-sites"]')!.textContent).toBe('Works on Slack, Gmail, Calendar, Teams, and Outlook.');
  });

  it('shows errors from the background', () => {
    const r = render(<Popup {...props({ error: 'That time has already passed' })} />);
    cleanup = r.cleanup;
    expect(r.host.querySelector('[role="alert"]')!.textContent).toBe('That time has already passed');
  });
});

describe('formatRemaining', () => {
  it.each([
    [25 * MIN, '25:00'],
    [25 * MIN - 1, '25:00'],
    [59_000, '0:59'],
    [0, '0:00'],
    [-5_000, '0:00'],
    [90 * MIN, '1:30:00'],
    [61 * MIN + 5_000, '1:01:05'],
  ])('%i ms → %s', (ms, text) => expect(formatRemaining(ms)).toBe(text));
});

describe('Popup keyboard focus', () => {
  it('the scheduler takes focus when opened, and Escape closes it and returns focus to its button', () => {
    const r = render(<Popup {...props()} />);
    cleanup = r.cleanup;
    click(r.host.querySelector('[data-testid="schedule-open"]'));
    expect(document.activeElement).toBe(r.host.querySelector('[data-testid="schedule-mode-once"]'));
    key(document.activeElement, 'Escape');
    expect(r.host.querySelector('[data-testid="scheduler"]')).toBeNull();
    expect(document.activeElement).toBe(r.host.querySelector('[data-testid="schedule-open"]'));
  });

  it('after "25 min" focus lands on the running block, not on <body>', () => {
    const p = props();
    const r = render(<Popup {...p} />);
    cleanup = r.cleanup;
    click(r.host.querySelector('[data-testid="focus-start"]'));
    expect(p.actions.start).toHaveBeenCalledWith(25);
    r.rerender(<Popup {...p} state={{ active: true, blockId: 'b', endsAt: NOW + 25 * MIN, startedAt: NOW }} />);
    expect(document.activeElement).toBe(r.host.querySelector('[data-testid="focus-stop"]'));
  });
});
