/**
 * `calendar`: how long the meeting analyser takes per invite (it runs on every edit of the
 * Calendar editor, debounced), on the dev set's invites and on a long pasted description.
 */
import { readFileSync } from 'node:fs';
import { analyzeMeeting, buildAsyncAlternative, type MeetingInput } from '../../utils/meeting/analysis';
import { fmtMs, timeCalls } from './timing';

/** The dev set's invites (tests/fixtures/analysis). */
function devInvites(): MeetingInput[] {
  return readFileSync(new URL('../fixtures/analysis/dev-meetings.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { meeting: MeetingInput }).meeting);
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
