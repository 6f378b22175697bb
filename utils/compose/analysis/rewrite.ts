/**
 * "Make it async": keeps the writer's draft as written, in order, and adds only what is missing
 * — a marked prompt for missing context, one for a missing ask, and a reply-by line from the
 * team's norms — before any sign-off. Offered only for async drafts: a message that should be
 * said live never gets a reply-by days away. Pure: data in, text out.
 */
import { formatDay } from '../../platform/datetime';
import { replyByFor } from '../../platform/norms';
import { packOf } from './lang/packs';
import type { MessageAnalysis } from './message';
import { draftEnvelope } from './message-normalize';
import { PROMPT_TABLES, promptsIn, type PromptTable } from './prompts';
import type { CoachRewrite } from '../types';

export type MissingPart = 'context' | 'ask' | 'replyBy';

/** What the rewrite reads from a verdict. */
export type RewriteInput = Pick<MessageAnalysis, 'mode' | 'context' | 'ask' | 'deadline' | 'deadlineText' | 'urgency'> &
  Partial<Pick<MessageAnalysis, 'decision' | 'language'>>;

/**
 * How a reply-by day is written: in the draft's language ("mer. 25 nov.", the browser's own
 * date names for it: no locale data in the language's chunk), or for English as the browser
 * writes dates (`locale` only for tests).
 */
export function replyByDay(language: MessageAnalysis['language'] | undefined, locale?: string): (date: Date) => string {
  const written = language && language !== 'en' ? language : locale;
  return (date) => formatDay(date, written);
}

const FEEDBACK = /\b(?:review|feedback|thoughts|comments?|look over|take a look|opinion|input|proofread|critique)\b/i;

/**
 * The parts an async draft lacks. An FYI (context, nothing asked, no rush) lacks nothing; a draft
 * better said live gets nothing added.
 */
export function missingParts(a: RewriteInput): MissingPart[] {
  // A draft in a language the coach cannot read (language null) is left alone.
  if (a.language === null || a.mode !== 'async' || a.urgency === 'high' || a.urgency === 'critical') return [];
  const fyi = a.context && !a.ask && a.urgency === 'low';
  const parts: MissingPart[] = [];
  if (!a.context) parts.push('context');
  if (!a.ask && !fyi) parts.push('ask');
  if (!a.deadline && !a.deadlineText && !fyi) parts.push('replyBy');
  return parts;
}

/**
 * The rewrite of `text`. The prompts are in the draft's language (`analysis.language`), and so
 * is the reply-by day of a draft not in English (an English one follows the browser's locale,
 * `locale` in tests).
 */
export function buildAsyncRewrite(
  text: string,
  analysis: RewriteInput,
  now: Date,
  table: PromptTable = PROMPT_TABLES[analysis.language ?? 'en'],
  locale?: string,
): CoachRewrite {
  const missing = promptsIn(text).length ? [] : missingParts(analysis);
  if (!missing.length) return { text, firstPrompt: null };
  const feedback = analysis.decision === 'divergent' || FEEDBACK.test(text);
  const added = missing.map((part) => {
    if (part === 'context') return table.context;
    if (part === 'ask') return table.ask;
    return `${table.replyBy}: ${replyByDay(analysis.language, locale)(replyByFor(feedback ? 'feedback' : 'routine', now))}`;
  });
  // After the writer's own lines, before a sign-off or signature (the envelope ends where they start).
  const lines = text.split('\n');
  const envelope = draftEnvelope(text, packOf(analysis.language ?? 'en'));
  const body = envelope.truncated ? lines.length : envelope.text ? envelope.text.split('\n').length : 0;
  return {
    text: [...lines.slice(0, body), ...added, ...lines.slice(body)].join('\n'),
    firstPrompt: added.find((line) => line === table.context || line === table.ask) ?? null,
  };
}
