/** Scores `analyzeMessage` against labelled drafts (shared/analysis/dev-messages.jsonl format). */
import { analyzeMessage } from '../../../utils/analysis/message';
import { z } from '../../../utils/zod';
import { printReport, type Row } from './score';

const MessageRow = z.object({
  id: z.string().min(1),
  text: z.string(),
  labels: z.object({
    ping: z.boolean(),
    context: z.boolean(),
    ask: z.boolean(),
    deadline: z.boolean(),
    urgency: z.enum(['low', 'normal', 'high', 'critical']),
    sensitive: z.boolean(),
    mode: z.enum(['async', 'sync']),
  }),
});
type Labels = z.infer<typeof MessageRow>['labels'];

const LABELS: (keyof Labels & string)[] = ['ping', 'context', 'ask', 'deadline', 'urgency', 'sensitive', 'mode'];

export function evalMessages(rows: unknown[]): void {
  const scored: Row<Labels>[] = [];
  rows.forEach((raw, i) => {
    const parsed = MessageRow.safeParse(raw);
    if (!parsed.success) {
      const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : `message #${i + 1}`;
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`).join('; ');
      console.error(`${id}: malformed message row, skipped (${problems})`);
      return;
    }
    const { id, text, labels } = parsed.data;
    const a = analyzeMessage(text);
    scored.push({
      id,
      expected: labels,
      actual: { ping: a.ping, context: a.context, ask: a.ask, deadline: a.deadline !== null, urgency: a.urgency, sensitive: a.sensitive, mode: a.mode },
    });
  });
  const skipped = rows.length - scored.length;
  if (skipped) console.error(`${skipped} of ${rows.length} message rows were malformed and not scored.`);
  if (!scored.length) {
    console.error('No valid message rows to score.');
    return;
  }
  printReport('Messages', scored, LABELS, 'mode');
}
