/** Scores `analyzeMessage` against labelled drafts (tests/fixtures/analysis/dev-messages*.jsonl format). */
import { analyzeMessage } from '../../../utils/compose/analysis/message';
import { detectLanguage } from '../../../utils/compose/analysis/language';
import { z } from '../../../utils/platform/zod';
import { printReport, validRows, type Row } from './score';

export const MessageRow = z.object({
  id: z.string().min(1),
  /** The draft's language (dev-messages-intl); English when absent. */
  lang: z.enum(['en', 'es', 'de', 'fr', 'pt']).default('en'),
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

/** A draft in a language the coach does not read (other-languages.jsonl): `{id, lang, text}`, no labels, as LABELS.md defines none. */
const UncoachedRow = z.object({
  id: z.string().min(1),
  lang: z
    .string()
    .min(2)
    .refine((lang) => !MessageRow.shape.lang.removeDefault().safeParse(lang).success, 'a coached language needs labels'),
  text: z.string(),
});

export const MESSAGE_LABELS: (keyof Labels & string)[] = ['ping', 'context', 'ask', 'deadline', 'urgency', 'sensitive', 'mode'];

type Scored = Row<Labels> & { lang: string; readAs: string };

/**
 * Each valid row with its labels and what the analyser says, reading each draft as the coach does:
 * in the language detected from its words, and a draft too short to tell ("Salut !", "ey 🙌") in
 * the writer's recent language, here the row's.
 */
export function scoreMessages(rows: unknown[]): Scored[] {
  return validRows(rows, MessageRow, 'message').map(({ id, lang, text, labels }) => {
    const a = analyzeMessage(text, { language: detectLanguage(text) ?? lang });
    return {
      id,
      lang,
      readAs: a.language ?? 'another language',
      expected: labels,
      actual: { ping: a.ping, context: a.context, ask: a.ask, deadline: a.deadline !== null, urgency: a.urgency, sensitive: a.sensitive, mode: a.mode },
    };
  });
}

/** One report per language, each with its ping F1 and the languages its drafts were read in. */
export function evalMessages(rows: unknown[]): void {
  const scored = scoreMessages(rows);
  if (!scored.length) return void console.error('No valid message rows to score.');
  const langs = [...new Set(scored.map((r) => r.lang))];
  for (const lang of langs) {
    const these = scored.filter((r) => r.lang === lang);
    printReport(langs.length > 1 ? `Messages in ${lang}` : 'Messages', these, MESSAGE_LABELS, 'mode', ['ping']);
    const readAs = new Map<string, number>();
    for (const r of these) readAs.set(r.readAs, (readAs.get(r.readAs) ?? 0) + 1);
    console.log(`  read as: ${[...readAs].map(([as, n]) => `${as} ${n}`).join(', ')}`);
  }
}

/** Each valid uncoached draft and whether the coach left it alone: no language (no verdict) and no ping (no gate can hold). */
function scoreUncoached(rows: unknown[]): { id: string; lang: string; leftAlone: boolean }[] {
  return validRows(rows, UncoachedRow, 'uncoached draft').map(({ id, lang, text }) => {
    const a = analyzeMessage(text);
    return { id, lang, leftAlone: a.language === null && !a.ping };
  });
}

/** How many drafts in other languages the coach left alone, in all and per language. */
export function evalUncoached(rows: unknown[]): void {
  const scored = scoreUncoached(rows);
  if (!scored.length) return void console.error('No valid uncoached drafts to score.');
  const share = (these: typeof scored) => `${these.filter((r) => r.leftAlone).length} of ${these.length}`;
  console.log(`\nDrafts in other languages: ${scored.length}, left alone (language null, no ping): ${share(scored)}`);
  for (const lang of new Set(scored.map((r) => r.lang))) console.log(`  ${lang.padEnd(4)} ${share(scored.filter((r) => r.lang === lang))}`);
  if (process.env.EVAL_VERBOSE) for (const r of scored.filter((s) => !s.leftAlone)) console.log(`  ${r.id}: coached or pinged`);
}
