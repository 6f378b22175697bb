import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreMeetings, MEETING_LABELS } from '../../../tools/eval/meetings';
import { scoreMessages, MESSAGE_LABELS } from '../../../tools/eval/messages';
import { accuracyPerLabel } from '../../../tools/eval/score';

/*
 * Accuracy floors on the labelled dev sets in tests/fixtures/analysis, as a regression guard
 * (the figures themselves come from `npm run eval`). The set-aside files in holdout/ are not
 * read here: they are scored once per finished change, never held to a floor.
 */
const DEV = new URL('../../../fixtures/analysis/', import.meta.url);
const rows = (name: string) =>
  readFileSync(new URL(name, DEV), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as unknown);
describe('accuracy on the dev sets', () => {
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
