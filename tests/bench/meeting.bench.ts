/**
 * `calendar`: how long the meeting analyser takes per invite (it runs on every edit of the
 * Calendar editor, debounced), on the dev set's invites and on a long pasted description.
 */
import { readFileSync } from 'node:fs';
import { analyzeMeeting, buildAsyncAlternative, type MeetingInput } from '../../utils/meeting/analysis';
import { fmtMs, timeCalls } from './timing';

const FALLBACK: MeetingInput[] = [
  { title: 'Weekly status sync', description: '', attendees: 8, durationMinutes: 60, recurrence: 'weekly' },
  { title: 'Go/no-go: 5.0', description: 'Final decision.\n1. Bugs\n2. Support\n3. Vote', attendees: 8, durationMinutes: 30, recurrence: 'none' },
  { title: 'Sev1 bridge', description: 'Join Zoom Meeting\nhttps://acme.zoom.us/j/1\nMeeting ID: 1', attendees: 12, durationMinutes: 60, recurrence: 'none' },
];

/** The dev set's invites when the shared folder is there (it is outside the repository), else a few of our own. */
function devInvites(): MeetingInput[] {
  try {
    return readFileSync(new URL('../../../shared/analysis/dev-meetings.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { meeting: MeetingInput }).meeting);
  } catch {
    return FALLBACK;
  }
}

export default async function bench(): Promise<void> {
  const dev = devInvites();
  let i = 0;
  const each = timeCalls(() => analyzeMeeting(dev[i++ % dev.length]!), 3000, 300);
  const long: MeetingInput = {
    title: 'Quarterly business review',
    description: Array.from({ length: 400 }, (_, n) => (n % 5 === 0 ? `${n}. Topic number ${n} with a link https://docs.example.com/${n}` : `Notes line ${n}: numbers, owners and dates for the review.`)).join('\n'),
    attendees: 14,
    durationMinutes: 90,
    recurrence: 'monthly',
  };
  const big = timeCalls(() => analyzeMeeting(long), 300, 30);
  const draft = timeCalls(() => buildAsyncAlternative(long), 300, 30);
  console.log(`calendar analyzeMeeting (dev set, ${dev.length} invites): median ${fmtMs(each.median)}, p95 ${fmtMs(each.p95)} over ${each.runs} runs`);
  console.log(`calendar analyzeMeeting (400-line description): median ${fmtMs(big.median)}, p95 ${fmtMs(big.p95)}`);
  console.log(`calendar buildAsyncAlternative (400-line description): median ${fmtMs(draft.median)}, p95 ${fmtMs(draft.p95)}`);
}
