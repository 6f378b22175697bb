import { analyzeMeeting, type MeetingAnalysis, type MeetingKind, type MeetingMode, type Recurrence } from './analysis';

/*
 * What the meeting panel shows, computed from the event being edited, the user's working hours
 * and their focus blocks. Pure: the content script gathers the inputs, components render this.
 */

export const MAX_GUESTS = 8;

export interface EventFacts {
  title: string;
  description: string;
  attendees: number;
  durationMinutes: number | null;
  recurrence: Recurrence;
  start: Date | null;
  end: Date | null;
  allDay: boolean;
}

export interface WorkingHours {
  start: string; // "HH:MM"
  end: string;
  days: number[]; // 0 = Sunday
}

export interface MeetingPanelModel {
  mode: MeetingMode;
  kind: MeetingKind;
  reasons: string[];
  /** null when the duration is unknown (times not set yet, all-day). */
  personHours: number | null;
  costText: string;
  hasAgenda: boolean;
  attendees: number;
  tooManyGuests: boolean;
  /** Focus blocks this event overlaps; null while unknown (not asked yet or unavailable). */
  overlappingBlocks: number | null;
  outsideWorkingHours: boolean;
}

const RECURRENCE_WORD: Record<Recurrence, string> = {
  none: '',
  daily: 'daily',
  weekly: 'weekly',
  biweekly: 'every two weeks',
  monthly: 'monthly',
};

function fmt(n: number): string {
  return n >= 10 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

/** "6 people × 60 min = 6 person-hours; weekly: ~26 person-hours a month" */
export function costText(
  attendees: number,
  durationMinutes: number | null,
  recurrence: Recurrence,
  a: Pick<MeetingAnalysis, 'personHours' | 'monthlyPersonHours'>,
  allDay = false,
): string {
  const people = `${attendees} ${attendees === 1 ? 'person' : 'people'}`;
  if (allDay) return `${people}; an all-day event has no meeting time to cost`;
  if (durationMinutes === null) return `${people}; set a start and end time to see the cost`;
  const hours = `${fmt(a.personHours)} person-hour${a.personHours === 1 ? '' : 's'}`;
  const base = `${people} × ${durationMinutes} min = ${hours}`;
  return recurrence === 'none' ? base : `${base}; ${RECURRENCE_WORD[recurrence]}: ~${fmt(a.monthlyPersonHours)} person-hours a month`;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The event starts on a day off, before the working day starts, or after it ends (local time). */
export function startsOutsideWorkingHours(start: Date | null, hours: WorkingHours): boolean {
  if (!start || Number.isNaN(start.getTime())) return false;
  if (!hours.days.includes(start.getDay())) return true;
  const m = start.getHours() * 60 + start.getMinutes();
  return m < minutesOf(hours.start) || m >= minutesOf(hours.end);
}

export function buildPanelModel(ev: EventFacts, hours: WorkingHours, overlappingBlocks: number | null): { model: MeetingPanelModel; analysis: MeetingAnalysis } {
  const analysis = analyzeMeeting({
    title: ev.title,
    description: ev.description,
    attendees: ev.attendees,
    durationMinutes: ev.durationMinutes ?? 0,
    recurrence: ev.recurrence,
    start: ev.start ?? undefined,
  });
  const model: MeetingPanelModel = {
    mode: analysis.mode,
    kind: analysis.kind,
    reasons: analysis.reasons,
    personHours: ev.durationMinutes === null ? null : analysis.personHours,
    costText: costText(ev.attendees, ev.durationMinutes, ev.recurrence, analysis, ev.allDay),
    hasAgenda: analysis.hasAgenda,
    attendees: ev.attendees,
    tooManyGuests: ev.attendees > MAX_GUESTS,
    overlappingBlocks,
    outsideWorkingHours: !ev.allDay && startsOutsideWorkingHours(ev.start, hours),
  };
  return { model, analysis };
}
