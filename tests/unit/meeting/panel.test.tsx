// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { MeetingPanel } from '../../../components/meeting/MeetingPanel';
import { buildPanelModel, startsOutsideWorkingHours, type EventFacts } from '../../../utils/meeting/panel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HOURS = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };
const facts = (over: Partial<EventFacts> = {}): EventFacts => ({
  title: 'Weekly status sync',
  description: '',
  attendees: 8,
  durationMinutes: 60,
  recurrence: 'none',
  start: new Date(2026, 10, 30, 10, 0), // a Monday
  end: new Date(2026, 10, 30, 11, 0),
  allDay: false,
  ...over,
});

describe('cost sentence', () => {
  it.each([
    [6, 60, 'weekly', '6 people × 60 min = 6 person-hours; weekly: ~26 person-hours a month'],
    [8, 60, 'none', '8 people × 60 min = 8 person-hours'],
    [1, 60, 'none', '1 person × 60 min = 1 person-hour'],
    [6, 45, 'biweekly', '6 people × 45 min = 4.5 person-hours; every two weeks: ~9.8 person-hours a month'],
    [8, 15, 'daily', '8 people × 15 min = 2 person-hours; daily: ~43 person-hours a month'],
    [4, null, 'none', '4 people; set a start and end time to see the cost'],
  ] as const)('%i people, %s min, %s', (attendees, minutes, recurrence, text) => {
    const { model } = buildPanelModel(facts({ attendees, durationMinutes: minutes, recurrence }), HOURS, null);
    expect(model.costText).toBe(text);
  });
});

describe('working hours', () => {
  it.each([
    [new Date(2026, 10, 30, 10, 0), false],
    [new Date(2026, 10, 30, 9, 0), false],
    [new Date(2026, 10, 30, 8, 59), true],
    [new Date(2026, 10, 30, 17, 0), true],
    [new Date(2026, 10, 29, 11, 0), true], // Sunday
    [null, false],
  ] as const)('%s → outside: %s', (start, outside) => {
    expect(startsOutsideWorkingHours(start, HOURS)).toBe(outside);
  });

  it('never flags an all-day event, nor costs it', () => {
    const { model } = buildPanelModel(facts({ allDay: true, durationMinutes: null, start: new Date(2026, 10, 29) }), HOURS, null);
    expect(model.outsideWorkingHours).toBe(false);
    expect(model.personHours).toBeNull();
    expect(model.costText).toBe('8 people; an all-day event has no meeting time to cost');
  });
});

describe('panel model', () => {
  it('flags more than 8 guests, not 8', () => {
    expect(buildPanelModel(facts({ attendees: 8 }), HOURS, null).model.tooManyGuests).toBe(false);
    expect(buildPanelModel(facts({ attendees: 9 }), HOURS, null).model.tooManyGuests).toBe(true);
  });
});

describe('MeetingPanel', () => {
  function render(el: React.ReactElement) {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    act(() => root.render(el));
    return { host, unmount: () => act(() => root.unmount()) };
  }

  it('renders the test contract and the checks, and calls back on its buttons', () => {
    const { model } = buildPanelModel(facts({ attendees: 12, start: new Date(2026, 10, 30, 7, 30), end: new Date(2026, 10, 30, 8, 30) }), HOURS, 2);
    const onCopyDraft = vi.fn();
    const onInsertAgenda = vi.fn();
    const { host, unmount } = render(
      <MeetingPanel model={model} status="Copied" canInsertAgenda collapsed={false} onToggle={() => {}} onCopyDraft={onCopyDraft} onInsertAgenda={onInsertAgenda} />,
    );
    const q = (s: string) => host.querySelector<HTMLElement>(s);
    expect(q('[data-testid="meeting-verdict"]')?.dataset.mode).toBe('async');
    expect(q('[data-testid="meeting-cost"]')?.dataset.personHours).toBe('12');
    expect(q('[data-testid="meeting-agenda"]')?.dataset.ok).toBe('false');
    expect(q('[data-testid="meeting-guests"]')?.textContent).toContain('12 guests: more than 8');
    expect(q('[data-testid="meeting-focus-overlap"]')?.textContent).toContain('2 of your focus blocks');
    expect(q('[data-testid="meeting-hours"]')).not.toBeNull();
    expect(q('[role="status"]')?.textContent).toBe('Copied');
    q('[data-testid="meeting-async-draft"]')!.click();
    q('[data-testid="meeting-agenda-insert"]')!.click();
    expect(onCopyDraft).toHaveBeenCalledOnce();
    expect(onInsertAgenda).toHaveBeenCalledOnce();
    unmount();
  });

  it('says nothing about focus blocks while unknown or none, and hides the outline button once there is an agenda', () => {
    const { model } = buildPanelModel(facts({ description: '1. Release\n2. Hiring' }), HOURS, 0);
    const { host, unmount } = render(
      <MeetingPanel model={model} status="" canInsertAgenda collapsed={false} onToggle={() => {}} onCopyDraft={() => {}} onInsertAgenda={() => {}} />,
    );
    expect(host.querySelector('[data-testid="meeting-agenda"]')?.getAttribute('data-ok')).toBe('true');
    expect(host.querySelector('[data-testid="meeting-focus-overlap"]')).toBeNull();
    expect(host.querySelector('[data-testid="meeting-agenda-insert"]')).toBeNull();
    expect(host.querySelector('[data-testid="meeting-guests"]')).toBeNull();
    unmount();
  });
});
