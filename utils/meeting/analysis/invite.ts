/** The analyser's main module: an invite in, its kind, mode, agenda, cost and reasons out. */
import { MAX_ATTENDEES, MAX_MEETING_MINUTES } from '../limits';
import { findAgenda } from './agenda';
import { contentLines } from './boilerplate';
import { asCount, asRecurrence, asText } from './coerce';
import { fmtHours, meetingCost } from './cost';
import { classifyKind } from './kind';
import { decideMode } from './mode';
import type { MeetingAnalysis, MeetingInput } from './types';

/** Never throws: anything odd in the input is coerced (missing text → '', bad numbers → minimums). */
export function analyzeMeeting(input: MeetingInput): MeetingAnalysis {
  const raw = (input ?? {}) as Partial<Record<keyof MeetingInput, unknown>>;
  const title = asText(raw.title);
  const description = asText(raw.description);
  const attendees = asCount(raw.attendees, 1, MAX_ATTENDEES);
  const durationMinutes = asCount(raw.durationMinutes, 0, MAX_MEETING_MINUTES);
  const recurrence = asRecurrence(raw.recurrence);

  const lines = contentLines(description);
  const body = lines.join('\n');
  const agenda = findAgenda(lines);
  const { kind, pastIncident } = classifyKind(title, body, attendees, recurrence);
  const { mode, why } = decideMode(kind, `${title}\n${body}`, pastIncident);

  const { personHours, monthlyPersonHours } = meetingCost(attendees, durationMinutes, recurrence);

  const reasons = [why];
  if (!agenda.hasAgenda) reasons.push('No agenda: list the topics or state the goal and the expected outcome.');
  if (attendees > 8) reasons.push(`${attendees} people invited: more than 8 rarely all need to be there.`);
  if (recurrence !== 'none' && mode === 'async') {
    reasons.push(`Repeats ${recurrence}: about ${fmtHours(monthlyPersonHours)} person-hours a month.`);
  }
  return { mode, kind, hasAgenda: agenda.hasAgenda, personHours, monthlyPersonHours, reasons, topics: agenda.topics, goal: agenda.goal };
}
