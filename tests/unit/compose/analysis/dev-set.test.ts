import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreMeetings, MEETING_LABELS } from '../../../tools/eval/meetings';
import { scoreMessages, MESSAGE_LABELS } from '../../../tools/eval/messages';
import { accuracyPerLabel } from '../../../tools/eval/score';

/*
 * The accuracy floors on the shared dev sets, as a regression guard (the figures
 * themselves come from `npm run eval`). The dev sets sit in shared/ beside the checkout.
 */
const DEV = new URL('../../../../shared/analysis/', import.meta.url);
const rows = (name: string) =>
  readFileSync(new URL(name, DEV), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);
const present = existsSync(new URL('dev-messages.jsonl', DEV)) && existsSync(new URL('dev-meetings.jsonl', DEV));

describe.runIf(present)('accuracy on the shared dev sets', () => {
  it('messages: mode, ping, urgency ≥ 0.9 and every boolean ≥ 0.85', () => {
    const input = rows('dev-messages.jsonl');
    const scored = scoreMessages(input);
    expect(scored).toHaveLength(input.length);
    const acc = accuracyPerLabel(scored, MESSAGE_LABELS);
    for (const label of ['mode', 'ping', 'urgency'] as const) expect(acc[label], label).toBeGreaterThanOrEqual(0.9);
    for (const label of ['ping', 'context', 'ask', 'deadline', 'sensitive'] as const) expect(acc[label], label).toBeGreaterThanOrEqual(0.85);
  });

  it('meetings: mode and hasAgenda ≥ 0.9, kind ≥ 0.8', () => {
    const input = rows('dev-meetings.jsonl');
    const scored = scoreMeetings(input);
    expect(scored).toHaveLength(input.length);
    const acc = accuracyPerLabel(scored, MEETING_LABELS);
    expect(acc.mode).toBeGreaterThanOrEqual(0.9);
    expect(acc.hasAgenda).toBeGreaterThanOrEqual(0.9);
    expect(acc.kind).toBeGreaterThanOrEqual(0.8);
  });
});
