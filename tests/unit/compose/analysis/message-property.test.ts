import fc from 'fast-check';
import { analyzeMessage } from '../../../../utils/compose/analysis/message';
import { loadAllPacks } from '../../../../utils/compose/analysis/lang/packs';
import { PROMPT_TABLES } from '../../../../utils/compose/analysis/prompts';
import { buildAsyncRewrite } from '../../../../utils/compose/analysis/rewrite';
import { z } from '../../../../utils/platform/zod';

const Analysis = z
  .object({
    language: z.enum(['en', 'es', 'de', 'fr', 'pt']).nullable(),
    mode: z.enum(['async', 'sync']),
    ping: z.boolean(),
    context: z.boolean(),
    ask: z.boolean(),
    deadline: z.date().nullable(),
    deadlineText: z.string().nullable(),
    urgency: z.enum(['low', 'normal', 'high', 'critical']),
    sensitive: z.boolean(),
    complexity: z.enum(['low', 'medium', 'high']),
    decision: z.enum(['none', 'divergent', 'convergent']),
    reasons: z.array(z.string().min(1).max(120)).min(1),
    evidence: z.array(z.object({ about: z.enum(['ping', 'urgency', 'sensitive']), why: z.string().min(1), quote: z.string().max(80) }).strict()),
  })
  .strict();

const NOW = new Date(2026, 10, 24, 10, 0);

/** Checks the shape and the invariants LABELS.md implies between labels. */
function checkValid(text: string): void {
  const a = analyzeMessage(text, { now: NOW });
  Analysis.parse(a);
  if (a.deadline) expect(Number.isNaN(a.deadline.getTime())).toBe(false);
  expect(a.mode).toBe(a.urgency === 'high' || a.urgency === 'critical' || a.sensitive ? 'sync' : 'async');
  if (a.ping) expect(a.ask || a.context).toBe(false);
  // Every verdict that takes the writer somewhere names what drove it.
  if (a.ping) expect(a.evidence.some((e) => e.about === 'ping')).toBe(true);
  if (a.sensitive) expect(a.evidence.some((e) => e.about === 'sensitive' && e.quote.length > 0)).toBe(true);
  // The rewrite only adds whole lines: take them out and the writer's draft is back, unchanged.
  const rewrite = buildAsyncRewrite(text, a, NOW);
  // (in whichever language the draft was read in)
  const tables = Object.values(PROMPT_TABLES);
  const added = new Set<string>(tables.flatMap((t) => [t.context, t.ask]));
  const replyBy = (line: string) => tables.some((t) => line.startsWith(`${t.replyBy}: `));
  const kept = rewrite.text.split('\n').filter((line) => !added.has(line) && !replyBy(line));
  expect(kept.join('\n')).toBe(text.split('\n').filter((line) => !replyBy(line)).join('\n'));
}

/** Pieces of real drafts, so random strings also hit markup, quotes, deadlines and signals. */
const PIECES = [
  'hi', 'Hey @sam', '<@U024BE7LH>', '<!here>', '@channel', ':wave:', '😬', '\uFEFF', '\u200B', '```', '`npm test`', '\n', '\n\n', '> quoted',
  'On Mon, 24 Nov 2026 at 09:00, Ana <ana@acme.com> wrote:', '-- ', 'Sent from my iPhone', 'Thanks,', 'Best,\nTom', 'https://example.com/a?b=c',
  '<https://x.io|x>', 'by EOD tomorrow', 'before the 12th', 'within the hour', 'no later than Dec 4', 'by then', 'before it starts', 'until',
  'due', 'b4', 'in 20 min', 'asap', 'urgent', 'no rush', 'fyi', 'prod is down', 'sev1', 'deleted rows', 'customers can\'t log in', 'upset',
  'performance issue', 'can you', 'could you', 'please', 'got a sec?', 'quick question', '?', '!', '.', ',', ' - ', ':', ';', 'the', 'review',
];

// 60 drafts of up to 20,000 characters each: the time this takes follows the machine's load
// (analyser speed is measured by `npm run bench`), so these cases get room beyond the default 5 s.
const LONG_RUN = 30_000;

// Drafts in every coached language: their packs load on demand (lang/packs.ts).
beforeAll(loadAllPacks);

describe('analyzeMessage never throws and returns a valid result', () => {
  // size 'max': lengths spread over the whole range, not fast-check's small default.
  it('on any grapheme string up to 20,000 characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20000, size: 'max' }), (s) => checkValid(s)), { numRuns: 60 });
  }, LONG_RUN);

  it('on any binary Unicode string (lone surrogates included) up to 20,000 characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20000, size: 'max' }), (s) => checkValid(s)), { numRuns: 60 });
  }, LONG_RUN);

  it('on short strings of any code unit', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => checkValid(s)), { numRuns: 500 });
  });

  it('on random compositions of real draft pieces', () => {
    const draft = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 400 }).map((parts) => parts.join(' '));
    fc.assert(fc.property(draft, (s) => checkValid(s)), { numRuns: 300 });
  });

  it('on pathological repetitions', () => {
    for (const unit of ['`', '```', ':a', '<@U1', 'On x\n', 'wrote:\n', '> ', '?', 'by ', 'the 12th ', 'https://', '@', 'a@b.c ', '\n', '.', ' ']) {
      const s = unit.repeat(Math.ceil(20000 / unit.length)).slice(0, 20000);
      checkValid(s);
    }
  });

  it('treats a non-string or an invalid `now` gracefully', () => {
    expect(Analysis.parse(analyzeMessage(undefined as unknown as string))).toBeTruthy();
    const a = analyzeMessage('can you send it by 3pm?', { now: new Date(Number.NaN) });
    expect(a.deadline).not.toBeNull();
  });
});
