/** Scores `analyzeMessage` against labelled drafts (tests/fixtures/analysis/dev-messages*.jsonl format). */
import { analyzeMessage } from '../../../utils/compose/analysis/message';
import { z } from '../../../utils/platform/zod';
import { printReport, validRows, type Row } from './score';

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

export const MESSAGE_LABELS: (keyof Labels & string)[] = ['ping', 'context', 'ask', 'deadline', 'urgency', 'sensitive', 'mode'];

/** Each valid row with its labels and what the analyser says. */
export function scoreMessages(rows: unknown[]): Row<Labels>[] {
  return validRows(rows, MessageRow, 'message').map(({ id, text, labels }) => {
    const a = analyzeMessage(text);
    return {
      id,
      expected: labels,
      actual: { ping: a.ping, context: a.context, ask: a.ask, deadline: a.deadline !== null, urgency: a.urgency, sensitive: a.sensitive, mode: a.mode },
    };
  });
}

export function evalMessages(rows: unknown[]): void {
  const scored = scoreMessages(rows);
  if (!scored.length) return void console.error('No valid message rows to score.');
  printReport('Messages', scored, MESSAGE_LABELS, 'mode', ['ping']);
}
