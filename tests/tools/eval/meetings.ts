import { z } from '../../../utils/zod';
import { analyzeMeeting, MEETING_KINDS, RECURRENCES } from '../../../utils/analysis/meeting';
import { printReport, type Row } from './score';

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

/** Scores `analyzeMeeting` against labelled invites (shared/analysis/dev-meetings.jsonl format). */
export function evalMeetings(rows: unknown[]): void {
  const scored: Row<MeetingLabels>[] = [];
  rows.forEach((raw, i) => {
    const parsed = meetingRowSchema.safeParse(raw);
    if (!parsed.success) {
      const id = raw && typeof raw === 'object' && 'id' in raw ? String(raw.id) : `#${i + 1}`;
      console.error(`meeting ${id}: invalid row, skipped (${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')})`);
      return;
    }
    const { id, meeting, labels } = parsed.data;
    const a = analyzeMeeting(meeting);
    scored.push({ id, expected: labels, actual: { mode: a.mode, hasAgenda: a.hasAgenda, kind: a.kind } });
  });
  printReport('Meetings', scored, ['mode', 'hasAgenda', 'kind'], 'mode');
}
