// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, useState } from 'react';
import { DayPicker } from '../../../../components/focus/DayPicker';
import { TimeField, parseTimeInput } from '../../../../components/focus/TimeField';
import { WeekdayPicker } from '../../../../components/focus/WeekdayPicker';
import { Scheduler } from '../../../../components/focus/Scheduler';
import { localDays, startOfLocalDay } from '../../../../utils/focus/schedule/zone';
import { formatClock } from '../../../../utils/platform/datetime';
import { blur, click, key, render, type } from './render';

const NOW = new Date(2026, 4, 6, 10, 20).getTime(); // Wednesday
const TODAY = startOfLocalDay(NOW);
const DAYS = localDays(TODAY, 14);
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function StatefulDay({ onChange }: { onChange: (d: number) => void }) {
  const [v, setV] = useState(TODAY);
  return <DayPicker label="Day" days={DAYS} today={TODAY} value={v} onChange={(d) => (setV(d), onChange(d))} />;
}

describe('DayPicker', () => {
  it('is one tab stop; arrows, Home and End move the choice and the focus', () => {
    const onChange = vi.fn();
    const r = render(<StatefulDay onChange={onChange} />);
    cleanup = r.cleanup;
    const radios = () => [...r.host.querySelectorAll<HTMLButtonElement>('[role="radio"]')];
    expect(radios()).toHaveLength(14);
    expect(radios().filter((b) => b.tabIndex === 0)).toHaveLength(1);
    expect(radios()[0]!.textContent).toContain('Today');
    expect(radios()[1]!.textContent).toContain('Tmrw');
    key(radios()[0], 'ArrowRight');
    expect(onChange).toHaveBeenLastCalledWith(DAYS[1]);
    expect(radios()[1]!.getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(radios()[1]);
    key(radios()[1], 'End');
    expect(onChange).toHaveBeenLastCalledWith(DAYS[13]);
    key(radios()[13], 'ArrowRight'); // stays at the end
    expect(onChange).toHaveBeenLastCalledWith(DAYS[13]);
    key(radios()[13], 'Home');
    expect(onChange).toHaveBeenLastCalledWith(DAYS[0]);
    key(radios()[0], 'ArrowLeft');
    expect(onChange).toHaveBeenLastCalledWith(DAYS[0]);
  });
});

function StatefulTime({ onChange, initial = 9 * 60 }: { onChange: (m: number) => void; initial?: number }) {
  const [v, setV] = useState(initial);
  return <TimeField label="From" value={v} onChange={(m) => (setV(m), onChange(m))} />;
}

describe('TimeField', () => {
  it('steps by 15 minutes (snapping), by an hour with Page Up/Down, wraps at midnight', () => {
    const onChange = vi.fn();
    const r = render(<StatefulTime onChange={onChange} initial={9 * 60 + 7} />);
    cleanup = r.cleanup;
    const input = r.host.querySelector<HTMLInputElement>('input')!;
    expect(input.getAttribute('role')).toBe('spinbutton');
    key(input, 'ArrowUp');
    expect(onChange).toHaveBeenLastCalledWith(9 * 60 + 15);
    expect(input.value).toBe(formatClock(9 * 60 + 15));
    expect(input.getAttribute('aria-valuetext')).toBe(formatClock(9 * 60 + 15));
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    expect(onChange).toHaveBeenLastCalledWith(8 * 60 + 45);
    key(input, 'PageUp');
    expect(onChange).toHaveBeenLastCalledWith(9 * 60 + 45);
    key(input, 'Home');
    expect(onChange).toHaveBeenLastCalledWith(0);
    key(input, 'ArrowDown');
    expect(onChange).toHaveBeenLastCalledWith(23 * 60 + 45);
  });

  it('accepts typed times and refuses nonsense without losing the value', () => {
    const onChange = vi.fn();
    const r = render(<StatefulTime onChange={onChange} />);
    cleanup = r.cleanup;
    const input = r.host.querySelector<HTMLInputElement>('input')!;
    type(input, '2:30pm');
    blur(input);
    expect(onChange).toHaveBeenLastCalledWith(14 * 60 + 30);
    expect(input.value).toBe(formatClock(14 * 60 + 30));
    type(input, '25:99');
    blur(input);
    expect(r.host.querySelector('[role="alert"]')!.textContent).toBe(`Use a time like ${formatClock(9 * 60 + 30)}`);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).toHaveBeenCalledTimes(1);
    key(input, 'ArrowUp'); // still works from the last good value
    expect(onChange).toHaveBeenLastCalledWith(14 * 60 + 45);
  });

  it('shows the time as the browser\'s locale writes it (the unit tests run in en-US), and reads that back unchanged', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().locale).toBe('en-US');
    const onChange = vi.fn();
    const r = render(<StatefulTime onChange={onChange} initial={14 * 60 + 5} />);
    cleanup = r.cleanup;
    const input = r.host.querySelector<HTMLInputElement>('input')!;
    expect(input.value.replace(/\s/g, ' ')).toBe('2:05 PM');
    blur(input);
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
  });

  it.each(['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'en-AU'])('reads back every quarter hour as %s writes it', (locale) => {
    for (let m = 0; m < 1440; m += 15) expect([formatClock(m, locale), parseTimeInput(formatClock(m, locale))]).toEqual([formatClock(m, locale), m]);
  });

  it.each([
    ['09:30', 570],
    ['9:30 AM', 570],
    ['9:30\u202fPM', 1290],
    ['9:30', 570],
    ['930', 570],
    ['0930', 570],
    ['14', 840],
    ['2pm', 840],
    ['12 am', 0],
    ['23:59', 1439],
    ['24:00', null],
    ['9:60', null],
    ['soon', null],
    ['', null],
  ])('parseTimeInput(%j) = %j', (text, minutes) => expect(parseTimeInput(text)).toBe(minutes));
});

describe('WeekdayPicker', () => {
  it('toggles days Monday first and has a weekdays shortcut', () => {
    const onChange = vi.fn();
    const r = render(<WeekdayPicker value={[1, 3]} onChange={onChange} />);
    cleanup = r.cleanup;
    const days = [...r.host.querySelectorAll<HTMLButtonElement>('[data-weekday]')];
    expect(days.map((d) => d.dataset.weekday)).toEqual(['1', '2', '3', '4', '5', '6', '0']);
    expect(days.map((d) => d.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'true', 'false', 'false', 'false', 'false']);
    expect(days[0]!.getAttribute('aria-label')).toBe('Monday');
    click(days[6]);
    expect(onChange).toHaveBeenLastCalledWith([0, 1, 3]);
    click(days[0]);
    expect(onChange).toHaveBeenLastCalledWith([3]);
    click([...r.host.querySelectorAll('button')].find((b) => b.textContent === 'Weekdays'));
    expect(onChange).toHaveBeenLastCalledWith([1, 2, 3, 4, 5]);
  });
});

describe('Scheduler', () => {
  function open() {
    const onScheduleOnce = vi.fn(async () => true);
    const onCreateSchedule = vi.fn(async () => true);
    const r = render(<Scheduler now={NOW} today={TODAY} days={DAYS} busy={false} onScheduleOnce={onScheduleOnce} onCreateSchedule={onCreateSchedule} />);
    cleanup = r.cleanup;
    click(r.host.querySelector('[data-testid="schedule-open"]'));
    return { r, onScheduleOnce, onCreateSchedule };
  }
  const submit = (r: ReturnType<typeof render>) =>
    act(async () => {
      r.host.querySelector<HTMLFormElement>('form')!.requestSubmit();
    });

  it('once: suggests the next whole hour today and books it on the chosen day', async () => {
    const { r, onScheduleOnce } = open();
    const from = r.host.querySelector<HTMLInputElement>('[data-testid="schedule-from"]')!;
    expect(from.value).toBe(formatClock(11 * 60));
    expect(r.host.querySelector<HTMLInputElement>('[data-testid="schedule-to"]')!.value).toBe(formatClock(12 * 60));
    key(r.host.querySelector('[role="radio"][aria-checked="true"]'), 'ArrowRight');
    await submit(r);
    expect(onScheduleOnce).toHaveBeenCalledWith(new Date(2026, 4, 7, 11).getTime(), new Date(2026, 4, 7, 12).getTime());
    expect(r.host.querySelector('form')).toBeNull(); // closed after success
  });

  it('once: a time already past today is refused with a message', async () => {
    const { r, onScheduleOnce } = open();
    const from = r.host.querySelector<HTMLInputElement>('[data-testid="schedule-from"]')!;
    const to = r.host.querySelector<HTMLInputElement>('[data-testid="schedule-to"]')!;
    type(from, '08:00');
    blur(from);
    type(to, '09:00');
    blur(to);
    await submit(r);
    expect(onScheduleOnce).not.toHaveBeenCalled();
    expect(r.host.querySelector('[role="alert"]')!.textContent).toMatch(/already passed/);
  });

  it('repeat: sends weekdays, start time and duration; needs at least one day', async () => {
    const { r, onCreateSchedule } = open();
    click(r.host.querySelector('[data-testid="schedule-mode-repeat"]'));
    expect(r.host.querySelectorAll('[role="radio"][aria-label]').length).toBe(0); // no day picker for rules
    const from = r.host.querySelector<HTMLInputElement>('[data-testid="schedule-from"]')!;
    const to = r.host.querySelector<HTMLInputElement>('[data-testid="schedule-to"]')!;
    type(from, '9:00');
    blur(from);
    type(to, '11:00');
    blur(to);
    await submit(r);
    expect(onCreateSchedule).toHaveBeenCalledWith({ weekdays: [1, 2, 3, 4, 5], startTime: '09:00', durationMinutes: 120 });
  });

  it('an end before the start runs into the next day (once and repeating)', async () => {
    const { r, onScheduleOnce, onCreateSchedule } = open();
    const from = r.host.querySelector<HTMLInputElement>('[data-testid="schedule-from"]')!;
    const to = r.host.querySelector<HTMLInputElement>('[data-testid="schedule-to"]')!;
    type(from, '22:30');
    blur(from);
    type(to, '01:00');
    blur(to);
    expect(r.host.querySelector('.fg-span-length')!.textContent).toBe('2 h 30 min · ends Thu');
    await submit(r);
    expect(onScheduleOnce).toHaveBeenCalledWith(new Date(2026, 4, 6, 22, 30).getTime(), new Date(2026, 4, 7, 1, 0).getTime());
    click(r.host.querySelector('[data-testid="schedule-open"]'));
    click(r.host.querySelector('[data-testid="schedule-mode-repeat"]'));
    const from2 = r.host.querySelector<HTMLInputElement>('[data-testid="schedule-from"]')!;
    const to2 = r.host.querySelector<HTMLInputElement>('[data-testid="schedule-to"]')!;
    type(from2, '23:00');
    blur(from2);
    type(to2, '00:15');
    blur(to2);
    expect(r.host.querySelector('.fg-span-length')!.textContent).toBe('1 h 15 min · ends next day');
    await submit(r);
    expect(onCreateSchedule).toHaveBeenCalledWith({ weekdays: [1, 2, 3, 4, 5], startTime: '23:00', durationMinutes: 75 });
  });

  it('repeat: an empty block and no weekdays are refused', async () => {
    const { r, onCreateSchedule } = open();
    click(r.host.querySelector('[data-testid="schedule-mode-repeat"]'));
    for (const d of [1, 2, 3, 4, 5]) click(r.host.querySelector(`[data-weekday="${d}"]`));
    await submit(r);
    expect(r.host.querySelector('[role="alert"]')!.textContent).toMatch(/at least one day/);
    click(r.host.querySelector('[data-weekday="6"]'));
    const to = r.host.querySelector<HTMLInputElement>('[data-testid="schedule-to"]')!;
    type(to, '11:00'); // the same as the start
    blur(to);
    await submit(r);
    expect(r.host.querySelector('[role="alert"]')!.textContent).toMatch(/end after it starts/);
    expect(onCreateSchedule).not.toHaveBeenCalled();
  });
});
