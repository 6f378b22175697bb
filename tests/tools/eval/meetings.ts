import { z } from '../../../utils/platform/zod';
import { analyzeMeeting, MEETING_KINDS, RECURRENCES } from '../../../utils/meeting/analysis';
import { printReport, validRows, type Row } from './score';

const meetingRowSchema = z.object({
  id: z.string(),
  meeting: z.object({
    title: z.string(),
    description: z.string(),
    attendees: z.number().int().min(1),
    durationMinutes: z.number().min(0),
    recurrence: z.enum(RECURRENCES),
  }),
  labels: z.object({
    mode: z.enum(['async', 'sync']),
    hasAgenda: z.boolean(),
    kind: z.enum(MEETING_KINDS),
  }),
});

type MeetingLabels = z.infer<typeof meetingRowSchema>['labels'];

export const MEETING_LABELS: (keyof MeetingLabels & string)[] = ['mode', 'hasAgenda', 'kind'];

/** Each valid invite with its labels and what the analyser says (dev-meetings.jsonl format). */
export function scoreMeetings(rows: unknown[]): Row<MeetingLabels>[] {
  return validRows(rows, meetingRowSchema, 'meeting').map(({ id, meeting, labels }) => {
    const a = analyzeMeeting(meeting);
    return { id, expected: labels, actual: { mode: a.mode, hasAgenda: a.hasAgenda, kind: a.kind } };
  });
}

export function evalMeetings(rows: unknown[]): void {
  const scored = scoreMeetings(rows);
  if (!scored.length) return void console.error('No valid meeting rows to score.');
  printReport('Meetings', scored, MEETING_LABELS, 'mode');
}
