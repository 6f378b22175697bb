// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { StatsPage, type StatsPageProps } from '../../../components/stats/StatsPage';
import { RangePicker } from '../../../components/stats/RangePicker';
import type { InterruptionEvent } from '../../../utils/platform/db/records';
import { rollupsFromEvents } from '../../oracles/stats';
import { summarize } from '../../../utils/stats/summary';
import { click, key, render } from '../focus/popup/render';
import { formatDay } from '../../../utils/platform/datetime';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
// happy-dom has no canvas: Chart.js says so on every chart. Other errors still show.
beforeEach(() => {
  const error = console.error.bind(console);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('Failed to create chart')) error(...args);
  });
});

const at = (d: number, h: number) => new Date(2026, 2, d, h).getTime(); // the 2nd is a Monday
let n = 0;
const ev = (kind: InterruptionEvent['kind'], d: number, h: number, extra: Partial<InterruptionEvent> = {}): InterruptionEvent => ({
  id: `e${++n}`,
  kind,
  site: 'slack',
  at: at(d, h),
  ...extra,
});
const EVENTS: InterruptionEvent[] = [
  ev('focus-completed', 2, 11, { blockId: 'a', data: { plannedMinutes: 120, actualMinutes: 120 } }),
  ev('focus-ended-early', 3, 11, { blockId: 'b', data: { plannedMinutes: 50, actualMinutes: 15 } }),
  ...Array.from({ length: 7 }, () => ev('notification-held', 2, 9, { blockId: 'a' })),
  ev('notification-held', 3, 10, { site: 'gmail', blockId: 'b' }),
  ev('notification-breakthrough', 3, 10, { blockId: 'b' }),
  ev('notification-shown', 3, 16),
  ev('ping-caught', 2, 14),
  ev('ping-caught', 2, 15),
  ev('rewrite-applied', 2, 15),
];

function setup(overrides: Partial<StatsPageProps> = {}, events = EVENTS, firstDay: string | null = '2026-03-02') {
  const data = {
    busy: false,
    message: null,
    onExportJson: vi.fn(),
    onExportCsv: vi.fn(),
    onImport: vi.fn(),
    pendingImport: null,
    onConfirmImport: vi.fn(),
    onCancelImport: vi.fn(),
    onRebuild: vi.fn(),
    onDeleteAll: vi.fn(),
  };
  const props: StatsPageProps = {
    today: '2026-03-08',
    range: { preset: '7' },
    onRangeChange: vi.fn(),
    summary: summarize(rollupsFromEvents(events), '2026-03-02', '2026-03-08', firstDay),
    error: null,
    data,
    ...overrides,
  };
  const r = render(<StatsPage {...props} />);
  cleanup = r.cleanup;
  const q = (sel: string) => r.host.querySelector<HTMLElement>(sel);
  return { r, q, props, data };
}

describe('StatsPage', () => {
  it.each([
    ['stat-held', 8],
    ['stat-breakthrough', 1],
    ['stat-focus-kept-minutes', 135],
    ['stat-pings-caught', 2],
    ['stat-shown', 1],
    ['stat-blocks-completed', 1],
    ['stat-blocks-ended-early', 1],
    ['stat-uninterrupted', 1],
    ['stat-refocus-minutes', 8 * 23],
    ['stat-proper-share', 0.5],
  ])('%s carries data-value %s for the range', (testId, value) => {
    const { q } = setup();
    expect(q(`[data-testid="${testId}"]`)?.dataset.value).toBe(String(value));
  });

  it('shows shares as whole percentages: pings turned into messages, focus kept of planned', () => {
    const { q } = setup();
    expect(q('[data-testid="stat-proper-share"] .fg-figure-value')?.textContent).toBe('50%');
    expect(q('[data-testid="stat-focus-kept-minutes"] .fg-figure-hint')?.textContent).toBe('of 2 h 50 min planned (79%)');
  });

  it('gives every chart a text equivalent', () => {
    const { r } = setup();
    const captions = [...r.host.querySelectorAll('table caption')].map((c) => c.textContent);
    expect(captions).toEqual([
      'Focus minutes per day (days with focus only)',
      'Notifications by site',
      'Notifications per day (days with notifications only)',
      'All notifications by weekday (rows) and hour of day (columns)',
    ]);
    const heat = r.host.querySelectorAll('table')[3]!;
    const monday = [...heat.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === 'Monday')!;
    expect(monday.querySelectorAll('td')[9]!.textContent).toBe('7'); // 7 held at 09:00 on Monday
    expect(r.host.textContent).toContain('Busiest: Monday 09:00–10:00 (7)');
    expect(r.host.textContent).toMatch(/Gloria Mark.*CHI 2008/);
  });

  it('names every chart by its caption and says in one line what it shows', () => {
    const { r } = setup();
    const figures = [...r.host.querySelectorAll('figure')];
    expect(figures.map((f) => f.querySelector('figcaption')?.textContent?.split(':')[0])).toEqual([
      'Focus minutes per day, planned and kept',
      'Notifications by site',
      'Notifications per day',
      'When notifications arrive, by weekday and hour',
    ]);
    expect(figures.slice(0, 3).map((f) => f.querySelector('[data-testid="chart-summary"]')?.textContent)).toEqual([
      `Planned minutes 170, kept minutes 135. Most focus planned and kept in one day: ${formatDay(new Date(2026, 2, 2))} (240).`,
      'Held 8, broke through 1, shown outside focus 1. Most from: Slack (9).',
      `Held 8, broke through 1, shown outside focus 1. Busiest day: ${formatDay(new Date(2026, 2, 2))} (7).`,
    ]);
    // The canvases are hidden from screen readers; the figure's caption, summary and table speak for them.
    expect(figures.every((f) => f.querySelector('canvas')?.closest('[aria-hidden="true"]'))).toBe(true);
  });

  it('explains what will appear when nothing is recorded yet, with zero figures and no empty charts', () => {
    const { q } = setup({}, [], null);
    expect(q('[data-testid="stats-empty"]')?.textContent).toContain('Once you use it, this page shows');
    expect(q('[data-testid="stat-held"]')?.dataset.value).toBe('0');
    expect(q('[data-testid="stat-proper-share"]')?.dataset.value).toBeUndefined();
    expect(q('[data-testid="stat-proper-share"] .fg-figure-value')?.textContent).toBe('—');
    expect(q('figure')).toBeNull(); // no empty charts
  });

  it('says when the range misses the recorded days, and greets the first day', () => {
    const empty = setup({}, [], '2026-01-05');
    expect(empty.q('[data-testid="stats-empty"]')?.textContent).toContain(`from ${formatDay(new Date(2026, 0, 5))} on`);
    empty.r.cleanup();
    cleanup = undefined;
    const first = setup({ today: '2026-03-02' }, EVENTS, '2026-03-02');
    expect(first.q('[data-testid="stats-first-day"]')).not.toBeNull();
  });

  it('changes the range from the presets and validates a custom range', () => {
    const { q, props, r } = setup();
    click(q('[data-testid="range-90"]'));
    expect(props.onRangeChange).toHaveBeenLastCalledWith({ preset: '90' });
    expect(q('[data-testid="range-7"]')?.getAttribute('aria-pressed')).toBe('true');
    const from = q('[data-testid="range-from"]') as HTMLInputElement;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(from, '2026-03-09');
      from.dispatchEvent(new Event('input', { bubbles: true }));
    });
    click(q('[data-testid="range-custom"]'));
    expect(r.host.querySelector('[role="alert"]')?.textContent).toMatch(/start day must be on or before/);
    expect(props.onRangeChange).toHaveBeenCalledTimes(1);
  });

  it('From and To show the days a preset covers, and follow the chosen preset', () => {
    const { q } = setup();
    expect([(q('[data-testid="range-from"]') as HTMLInputElement).value, (q('[data-testid="range-to"]') as HTMLInputElement).value]).toEqual(['2026-03-02', '2026-03-08']);
    const picker = render(<RangePicker value={{ preset: '30' }} today="2026-03-08" onChange={vi.fn()} />);
    const from = () => (picker.host.querySelector('[data-testid="range-from"]') as HTMLInputElement).value;
    const to = () => (picker.host.querySelector('[data-testid="range-to"]') as HTMLInputElement).value;
    expect([from(), to()]).toEqual(['2026-02-07', '2026-03-08']);
    picker.rerender(<RangePicker value={{ preset: 'today' }} today="2026-03-08" onChange={vi.fn()} />);
    expect([from(), to()]).toEqual(['2026-03-08', '2026-03-08']);
    picker.cleanup();
  });

  it('hands a chosen file to onImport and asks for a recount', () => {
    const { q, data } = setup();
    const input = q('[data-testid="import-json"]') as HTMLInputElement;
    const file = new File(['{}'], 'export.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(data.onImport).toHaveBeenCalledWith(file);
    click(q('[data-testid="rebuild-rollups"]'));
    expect(data.onRebuild).toHaveBeenCalledTimes(1);
  });

  it('lists what an import would change and sends the ticked choices only', () => {
    const preview = { events: 12, blocks: 2, schedules: 1, days: 3, upcoming: 1, settingsChanges: ['Keep events for: 90 days → 7 days (older events will be deleted)'] };
    const onConfirmImport = vi.fn();
    const { q, props } = setup();
    cleanup?.();
    const shown = setup({ data: { ...props.data, pendingImport: { name: 'old.json', preview }, onConfirmImport } });
    expect(shown.q('[role="dialog"]')?.textContent).toMatch(/Import old\.json\?.*12 events.*1 upcoming focus blocks.*Keep events for: 90 days → 7 days/);
    expect(document.activeElement?.textContent).toBe('Cancel');
    click(shown.q('[data-testid="import-settings"]'));
    click(shown.q('[data-testid="import-confirm"]'));
    expect(onConfirmImport).toHaveBeenCalledWith({ replaceSettings: true, includeUpcoming: false });
    expect(q('[role="dialog"]')).toBeNull();
  });

  it('confirms "Delete all my data" in a dialog that traps focus, closes on Escape and returns focus', () => {
    const { q, data } = setup();
    const trigger = q('[data-testid="delete-all"]')!;
    trigger.focus();
    click(trigger);
    const dialog = q('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const [cancel, confirm] = [...dialog.querySelectorAll('button')];
    expect(document.activeElement).toBe(cancel);
    key(cancel, 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(confirm);
    key(confirm, 'Tab');
    expect(document.activeElement).toBe(cancel);
    key(cancel, 'Escape');
    expect(q('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(trigger);
    expect(data.onDeleteAll).not.toHaveBeenCalled();

    click(trigger);
    click(q('[data-testid="delete-all-confirm"]'));
    expect(data.onDeleteAll).toHaveBeenCalledTimes(1);
    expect(q('[role="dialog"]')).toBeNull();
  });
});
