/**
 * The compose coach's analyser: reads a draft and says whether it should be async or sync, what
 * it is missing (context, ask, reply-by), how urgent it claims to be and whether it is sensitive.
 * Labels mean exactly what tests/fixtures/analysis/LABELS.md defines. The words come from a
 * language pack (lang/en.ts by default). Pure: no DOM, no `browser`.
 */
import { isContextStatement, splitClauses, type PingMarker } from './message-clauses';
import { findDeadline, formatDeadline } from './message-deadline';
import { normalizeDraft } from './message-normalize';
import { criticalSignal, highSignal, lowSignal, sensitiveSignal } from './message-signals';
import { PACKS } from './lang/packs';
import type { LanguagePack } from './lang/types';
import { detectLanguage, type CoachedLanguage, type DetectedLanguage } from './language';

/** Clauses read per draft: far more than any real message has (pasted logs stop here). */
const MAX_CLAUSES = 300;

export type Urgency = 'low' | 'normal' | 'high' | 'critical';

export interface MessageAnalysis {
  /** The language the draft was read in; null when it is one Focusgate cannot read (then nothing else is claimed). */
  language: CoachedLanguage | null;
  mode: 'async' | 'sync';
  /** The draft alone does not let the recipient act (bare greeting, "got a sec?", "quick question"). */
  ping: boolean;
  /** It says why, or what the situation is. */
  context: boolean;
  /** It contains a concrete request or question, topic included. */
  ask: boolean;
  /** The stated reply/action deadline, resolved against `now`; null when none (or none with a date). */
  deadline: Date | null;
  /** The deadline phrase as written ("by EOD tomorrow", "before we ship"), even when it has no date. */
  deadlineText: string | null;
  urgency: Urgency;
  sensitive: boolean;
  complexity: 'low' | 'medium' | 'high';
  decision: 'none' | 'divergent' | 'convergent';
  /** Short, human explanations for the panel. */
  reasons: string[];
}

function complexityOf(wordCount: number, asks: number, listItems: number, codeBlocks: number, urls: number): MessageAnalysis['complexity'] {
  if (wordCount > 150 || asks >= 3 || (listItems >= 3 && wordCount > 80)) return 'high';
  if (wordCount > 40 || asks >= 2 || codeBlocks > 0 || urls >= 2 || listItems >= 2) return 'medium';
  return 'low';
}

export interface AnalyzeOptions {
  now?: Date;
  /** The pack to read the draft with (tests); wins over `language`. */
  pack?: LanguagePack;
  /**
   * The draft's language when the caller knows it (the coach: detected, else the writer's recent
   * language, see language.ts); otherwise detected from the text, English when too short to tell.
   */
  language?: DetectedLanguage;
}

/** What the coach says about a draft in a language it cannot read: no verdict, no ping, nothing to hold. */
export const UNREAD_LANGUAGE = 'Focusgate coaches English, Spanish, German, French and Portuguese';

function unread(): MessageAnalysis {
  return {
    language: null,
    mode: 'async',
    ping: false,
    context: false,
    ask: false,
    deadline: null,
    deadlineText: null,
    urgency: 'normal',
    sensitive: false,
    complexity: 'low',
    decision: 'none',
    reasons: [UNREAD_LANGUAGE],
  };
}

export function analyzeMessage(text: string, options?: AnalyzeOptions): MessageAnalysis {
  const language = options?.pack ? null : (options?.language ?? detectLanguage(typeof text === 'string' ? text : '') ?? 'en');
  if (language === 'other') return unread();
  const pack = options?.pack ?? PACKS[language ?? 'en'];
  const read = pack.code as CoachedLanguage;
  const nowOption = options?.now;
  const now = nowOption instanceof Date && !Number.isNaN(nowOption.getTime()) ? nowOption : new Date();
  const draft = normalizeDraft(typeof text === 'string' ? text : '', pack);
  const clauses = splitClauses(draft.text, MAX_CLAUSES, pack);
  const lower = draft.text.toLowerCase();
  const wordCount = clauses.reduce((n, c) => n + c.wordCount, 0);

  if (!/[\p{L}\p{N}?]/u.test(draft.text) && !draft.broadcast && draft.mentions === 0 && draft.codeBlocks === 0 && draft.urls === 0) {
    return {
      language: read,
      mode: 'async',
      ping: false,
      context: false,
      ask: false,
      deadline: null,
      deadlineText: null,
      urgency: 'normal',
      sensitive: false,
      complexity: 'low',
      decision: 'none',
      reasons: ['Nothing to check yet'],
    };
  }

  const markers = new Set<PingMarker>(clauses.flatMap((c) => c.markers));
  if (draft.broadcast || draft.mentions > 0) markers.add('mention');
  const probes = clauses.filter((c) => c.kind === 'probe');
  if (probes.length) markers.add('probe');

  const contentWords = clauses.reduce((n, c) => n + c.contentWords, 0);
  const context =
    clauses.some(isContextStatement) ||
    clauses.some((c) => c.reason) ||
    draft.codeBlocks > 0 ||
    (draft.urls > 0 && contentWords >= 5);
  const asks = clauses.filter((c) => (c.kind === 'request' || c.kind === 'question') && c.contentWords >= 1);
  // "Is that ok?", "Thoughts?", "call me": answerable once the draft has said what it is about.
  const vague = clauses.some((c) => c.kind === 'probe' || ((c.kind === 'request' || c.kind === 'question') && c.contentWords === 0));
  const ask = asks.length > 0 || clauses.some((c) => c.demand) || (vague && (context || clauses.some((c) => c.topic)));
  // A thank-you or a welcome after a greeting is a whole message; after "can you call me?" it is still a ping.
  const asked = markers.has('probe') || markers.has('quick-question') || markers.has('question-mark');
  const ping = !ask && !context && markers.size > 0 && (asked || !clauses.some((c) => c.courtesy));

  const deadline = findDeadline(clauses, now, pack, context);
  const critical = criticalSignal(lower, pack);
  const low = lowSignal(lower, pack);
  const high = critical ? null : (highSignal(lower, pack) ?? (deadline?.soon ? 'the deadline is later today' : null));
  let urgency: Urgency = 'normal';
  let urgencyWhy = '';
  if (critical) [urgency, urgencyWhy] = ['critical', critical];
  else if (low.explicit) [urgency, urgencyWhy] = ['low', 'says there is no rush'];
  else if (high) [urgency, urgencyWhy] = ['high', high];
  else if (low.fyi && !ask) [urgency, urgencyWhy] = ['low', 'an FYI'];
  const sensitiveWhy = sensitiveSignal(lower, pack);
  const sensitive = sensitiveWhy !== null;
  // A neutral update that asks nothing is an FYI; a personal one, or a reported error, is not "no rush".
  if (urgency === 'normal' && !ask && context && !sensitive && draft.codeBlocks === 0 && !pack.urgency.errorText.test(lower)) [urgency, urgencyWhy] = ['low', 'information only, nothing asked'];
  const mode = urgency === 'high' || urgency === 'critical' || sensitive ? 'sync' : 'async';

  const listItems = draft.text.split('\n').filter((l) => /^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+\S/.test(l)).length;
  const complexity = complexityOf(wordCount, asks.length, listItems, draft.codeBlocks, draft.urls);
  const decision = pack.decision.convergent.test(lower) ? 'convergent' : pack.decision.divergent.test(lower) ? 'divergent' : 'none';

  const reasons: string[] = [];
  if (mode === 'sync') {
    if (urgency === 'critical') reasons.push(`Critical: ${urgencyWhy}. Call or huddle now`);
    else if (urgency === 'high') reasons.push(`Urgent: ${urgencyWhy}. A quick call may be faster`);
    if (sensitive) reasons.push(`Sensitive: ${sensitiveWhy}. Better said live`);
  } else if (ping) {
    reasons.push("Bare ping: it doesn't say what you need");
  }
  reasons.push(context ? 'Context: says why or what is going on' : "No context: say what you're working on or why");
  const fyi = !ask && context && urgency === 'low';
  reasons.push(ask ? 'Ask: the request is clear' : fyi ? 'FYI: nothing asked, and that is fine' : 'No clear ask: say what you need from them');
  if (deadline?.date) reasons.push(`Reply by: ${formatDeadline(deadline.date, now)}`);
  else if (deadline) reasons.push(`Reply by: "${deadline.phrase.length > 50 ? `${deadline.phrase.slice(0, 49)}…` : deadline.phrase}" (no date)`);
  else if (ask && urgency !== 'critical') reasons.push('No reply-by: add when you need it');
  if (urgency === 'low' && !fyi) reasons.push(`Low urgency: ${urgencyWhy}`);
  if (draft.truncated) reasons.push('Long draft: only the start was checked');

  return {
    language: read,
    mode,
    ping,
    context,
    ask,
    deadline: deadline?.date ?? null,
    deadlineText: deadline?.phrase ?? null,
    urgency,
    sensitive,
    complexity,
    decision,
    reasons,
  };
}
