/**
 * The compose coach's analyser: reads a draft and says whether it should be async or sync, what
 * it is missing (context, ask, reply-by), how urgent it claims to be and whether it is sensitive.
 * Labels mean exactly what tests/fixtures/analysis/LABELS.md defines. The words come from a
 * language pack (lang/en.ts by default). Pure: no DOM, no `browser`.
 */
import type { Mode } from '../../platform/db/records';
import { isContextStatement, splitClauses, words, type Clause, type PingMarker } from './message-clauses';
import { findDeadline, formatDeadline } from './message-deadline';
import { normalizeDraft, type NormalizedDraft } from './message-normalize';
import { blankQuotes, criticalSignal, highSignal, lowSignal, onTestSystem, sensitiveSignal, type SignalHit } from './message-signals';
import { reachesOut, topicWords } from './message-topic';
import { loadedModel, loadedReader, packOf } from './lang/packs';
import type { LanguagePack } from './lang/types';
import { detectLanguage, type CoachedLanguage, type DetectedLanguage } from './language';
import type { Head, LinearModel } from './learned/model';
import type { RuleFacts } from './learned/signals';

/** Clauses read per draft: far more than any real message has (pasted logs stop here). */
const MAX_CLAUSES = 300;

export type Urgency = 'low' | 'normal' | 'high' | 'critical';

export interface MessageAnalysis {
  /** The language the draft was read in; null when it is one Focusgate cannot read (then nothing else is claimed). */
  language: CoachedLanguage | null;
  mode: Mode;
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
  /** What drove each verdict, in the writer's own words. */
  evidence: Evidence[];
}

/** A verdict and the span of the draft that drove it. */
export interface Evidence {
  about: 'ping' | 'urgency' | 'sensitive';
  /** Why, in a few words ("a system is down", "nothing but a greeting"). */
  why: string;
  /** The writer's words as written (at most about 80 characters). */
  quote: string;
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
   * Its pack must have been loaded (lang/packs.ts `loadPack`), English's too.
   */
  language?: DetectedLanguage;
  /**
   * The learned model read alongside the rules: by default the checked-in one of the draft's
   * language, which arrives with its rules (lang/packs.ts), `null` for the rules alone (the
   * trainer compares both).
   */
  model?: LinearModel | null;
  /** Called with what a model reads of the draft, the cleaned draft and the rules' findings (the trainer learns from them). */
  modelInput?: (draft: NormalizedDraft, facts: RuleFacts) => void;
}

/** What the coach says about a draft in a language it cannot read: no verdict, no ping, nothing to hold. */
export const UNREAD_LANGUAGE = 'Focusgate coaches English, Spanish, German, French and Portuguese';

/** Emoji that answer ("👍", ":pray:") rather than reach out ("👋", ":eyes:"). */
const ACK_EMOJI = /[\u{1F44D}\u{1F44C}\u2705\u2714\u2764\u{1F64F}\u{1F389}\u{1F44F}\u{1F4AF}]|:(?:\+1|thumbsup|ok_hand|white_check_mark|heavy_check_mark|heart|pray|tada|clap|100|raised_hands):/u;
const MAX_QUOTE = 80;
const MAX_PING_WORDS = 120;

function quoteOf(text: string, start: number, end: number): string {
  // Widen to whole words, then cap the length.
  let from = start;
  let to = end;
  while (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1] ?? '')) from--;
  while (to < text.length && /[\p{L}\p{N}]/u.test(text[to] ?? '')) to++;
  const quote = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote;
}

function quoteDraft(text: string): string {
  return quoteOf(text, 0, Math.min(text.length, MAX_QUOTE + 1));
}

const EMPTY: Omit<MessageAnalysis, 'language' | 'ping' | 'reasons' | 'evidence'> = {
  mode: 'async',
  context: false,
  ask: false,
  deadline: null,
  deadlineText: null,
  urgency: 'normal',
  sensitive: false,
  complexity: 'low',
  decision: 'none',
};

/** A thank-you, an "ok", a "lgtm": courtesy, and nothing asked of the reader. */
function courtesyOnly(clauses: Clause[]): boolean {
  return clauses.some((c) => c.courtesy) && !clauses.some((c) => c.kind === 'probe' || c.kind === 'question' || c.kind === 'request');
}

/** It reaches for the reader: a greeting, a mention, a question, a request, a probe, a summons ("could really use ur help"). */
function reachesOutAtAll(clauses: Clause[], draft: NormalizedDraft, summoned: boolean): boolean {
  return summoned || clauses.some(reachesOut) || draft.broadcast || draft.mentions > 0;
}

/** Reaches out (a greeting, a mention, a question, a request, a summons, only interjections) and names no topic (`topic` words). */
function isTopicless(clauses: Clause[], draft: NormalizedDraft, pack: LanguagePack, summoned: boolean, topic: number): boolean {
  if (courtesyOnly(clauses)) return false;
  const { interjection } = pack.ping;
  // "oi oi", "beep boop", "mornin": statements made of nothing but interjections; the one word
  // after an interjection that closes a short one is who it calls ("g'day legends", "pst, Marco").
  const { stop, ackWords } = pack.clauses;
  const calls = (w: string, i: number, ws: string[]) => {
    const before = ws[i - 1] ?? '';
    return stop.has(w) || interjection.test(w) || (i === ws.length - 1 && i > 0 && i < 3 && interjection.test(before) && !ackWords.has(before) && !ackWords.has(w));
  };
  if (reachesOutAtAll(clauses, draft, summoned)) return topic === 0;
  return topic <= 1 && clauses.every((c) => c.kind !== 'statement' || words(c.core).every(calls));
}

export function analyzeMessage(text: string, options?: AnalyzeOptions): MessageAnalysis {
  const language = options?.pack ? null : (options?.language ?? detectLanguage(typeof text === 'string' ? text : '') ?? 'en');
  if (language === 'other') return { ...EMPTY, language: null, ping: false, reasons: [UNREAD_LANGUAGE], evidence: [] };
  const pack = options?.pack ?? packOf(language ?? 'en');
  const read = pack.code as CoachedLanguage;
  const nowOption = options?.now;
  const now = nowOption instanceof Date && !Number.isNaN(nowOption.getTime()) ? nowOption : new Date();
  const raw = typeof text === 'string' ? text : '';
  const draft = normalizeDraft(raw, pack);
  const clauses = splitClauses(draft.text, MAX_CLAUSES, pack);
  const lower = draft.text.toLowerCase();
  // Positions in `lower` point into `draft.text` unless lower-casing changed a length (rare scripts).
  const source = lower.length === draft.text.length ? draft.text : lower;
  const wordCount = clauses.reduce((n, c) => n + c.wordCount, 0);

  if (!/[\p{L}\p{N}?]/u.test(draft.text) && !draft.broadcast && draft.mentions === 0 && draft.codeBlocks === 0 && draft.urls === 0) {
    // Emoji alone: a wave or a pair of eyes reaches out and says nothing; a thumbs-up answers.
    if (draft.emoji > 0 && !ACK_EMOJI.test(raw)) {
      const quote = quoteDraft(draft.text || raw.trim());
      return {
        ...EMPTY,
        language: read,
        ping: true,
        reasons: ["Bare ping: it doesn't say what you need", 'No context: say what you\'re working on or why', 'No clear ask: say what you need from them'],
        evidence: [{ about: 'ping', why: 'nothing but emoji', quote }],
      };
    }
    return { ...EMPTY, language: read, ping: false, reasons: ['Nothing to check yet'], evidence: [] };
  }

  const markers = new Set<PingMarker>(clauses.flatMap((c) => c.markers));
  if (draft.broadcast || draft.mentions > 0) markers.add('mention');
  const probes = clauses.filter((c) => c.kind === 'probe');
  if (probes.length) markers.add('probe');

  // Structure first: with greetings, names, mentions, emoji, filler, availability and urgency words
  // taken away, is there a topic left? A draft that reaches out with none is a ping.
  // (A draft of more than MAX_PING_WORDS words always says something: the check stays cheap on long ones.)
  const scan = blankQuotes(lower);
  const summon = pack.ping.summon.exec(scan);
  const left = wordCount <= MAX_PING_WORDS && draft.urls === 0 && draft.codeBlocks === 0 ? topicWords(clauses, pack) : null;
  const topic = left?.length ?? null;
  const topicless = topic !== null && isTopicless(clauses, draft, pack, summon !== null, topic);

  const contentWords = clauses.reduce((n, c) => n + c.contentWords, 0);
  const stated =
    clauses.some(isContextStatement) ||
    clauses.some((c) => c.reason) ||
    draft.codeBlocks > 0 ||
    (draft.urls > 0 && contentWords >= 5);
  const asks = clauses.filter((c) => (c.kind === 'request' || c.kind === 'question') && c.contentWords >= 1);
  // "Is that ok?", "Thoughts?", "call me": answerable once the draft has said what it is about.
  const vague = clauses.some((c) => c.kind === 'probe' || ((c.kind === 'request' || c.kind === 'question') && c.contentWords === 0));
  const asksSomething = asks.length > 0 || clauses.some((c) => c.demand) || (vague && (stated || clauses.some((c) => c.topic)));
  // A thank-you or a welcome after a greeting is a whole message; after "can you call me?" it is still a ping.
  const asked = markers.has('probe') || markers.has('quick-question') || markers.has('question-mark');
  const rulePing = topicless || (!asksSomething && !stated && markers.size > 0 && (asked || !clauses.some((c) => c.courtesy)));
  const reaches = reachesOutAtAll(clauses, draft, summon !== null);
  const courtesy = courtesyOnly(clauses);
  // The learned model weighs in on drafts in every language it learned from, reading the words
  // and what the rules found in them (learned/features.ts): the language, the ping markers, how
  // many topic words are left, whether it reaches out, asks, states something. Not the rules'
  // verdicts: on the drafts it learns from the rules are right by construction, and a model that
  // leans on them learns nothing about where they fail (the trainer's header).
  const model = options?.model === undefined ? (loadedModel(read) ?? null) : options.model;
  const reader = loadedReader();
  // Of the topic words left, those the writer wrote in lower case: things ("el inventario"), not names or places ("Chamberí").
  const things = left?.filter((w) => draft.text.includes(w)).length ?? null;
  const facts: RuleFacts = [read, topic, markers, reaches, summon !== null, asksSomething, vague, stated, courtesy, things];
  options?.modelInput?.(draft, facts);
  const learned = model && reader ? { model, reader, reading: reader.readDraft(model, draft, facts) } : null;
  const judge = (head: Head, rule: boolean): boolean => (learned ? learned.reader.decide(learned.model.heads[head], learned.reading.logits[head], rule) : rule);
  // Whatever the model makes of it, a ping reaches for the reader ("ok, thanks!" does not), and a
  // long draft, or one with a link or code (no `topic` count), always says something.
  const canBePing = topic !== null && reaches && !courtesy;
  const ping = judge('ping', rulePing) && (rulePing || canBePing);
  // A ping lets the reader do nothing: no situation, no request, nothing to do by when.
  // The model may find a situation the rules missed only where the draft says more than one thing:
  // a lone request ("can you look at the onboarding doc") states no why, however it is worded.
  const context = (stated || clauses.length > 1) && judge('context', stated) && !ping;
  const ask = asksSomething && !ping;
  /** The words that pushed a head towards yes, for a verdict the model made. */
  const modelQuote = (head: Head): string => {
    const span = learned ? learned.reader.strongestSpan(learned.model.heads[head], learned.reading.features, (words) => !pack.clauses.stop.has(words.toLowerCase())) : null;
    return span ? quoteOf(draft.text, span.start, span.end) : quoteDraft(draft.text);
  };

  const deadline = ping ? null : findDeadline(clauses, now, pack, context);
  const incident = criticalSignal(scan, pack);
  const critical = incident && !onTestSystem(scan, incident, pack) ? incident : null;
  const low = lowSignal(scan, pack);
  const blocked: SignalHit | null = incident && !critical ? { ...incident, why: 'a test system is down: people are blocked' } : null;
  const highHit: SignalHit | null = critical ? null : (blocked ?? highSignal(scan, pack) ?? (summon && ping ? { why: 'says they are needed now', start: summon.index, end: summon.index + summon[0].length } : null));
  const spanOf = (m: RegExpExecArray): SignalHit => ({ why: '', start: m.index, end: m.index + m[0].length });
  // "No rush, but I need it by 3pm today": an urgency stated after the "no rush" wins (one
  // inside a question is asked about, not claimed: "low priority: who keeps tagging tickets ASAP?").
  const lowAt = low.explicit?.index ?? -1;
  const highLater = highHit !== null && highHit.start > lowAt && !/^[^.!?\n]*\?/.test(scan.slice(highHit.start));
  const urgentLater = low.explicit !== null && (highLater || (deadline?.soon === true && lower.lastIndexOf(deadline.phrase.toLowerCase()) > lowAt));
  const claimed: [Urgency, string, SignalHit | null] = critical
    ? ['critical', critical.why, critical]
    : low.explicit && !urgentLater
      ? ['low', 'says there is no rush', spanOf(low.explicit)]
      : highHit
        ? ['high', highHit.why, highHit]
        : deadline?.soon
          ? ['high', 'the deadline is later today', null]
          : low.fyi && !ask
            ? ['low', 'an FYI', spanOf(low.fyi)]
            : ['normal', '', null];
  let [urgency, urgencyWhy] = claimed;
  let urgencyQuote = claimed[2] ? quoteOf(source, claimed[2].start, claimed[2].end) : null;
  const sensitiveHit = sensitiveSignal(lower, pack);
  const sensitive = judge('sensitive', sensitiveHit !== null);
  const sensitiveWhy = sensitiveHit?.why ?? 'it reads as personal or about a person';
  if ((urgency === 'low' && !low.explicit) || urgency === 'normal') {
    // The model reads "no rush" the rules miss, and a thank-you or an "I'll do it" that is no FYI;
    // the writer's own "no rush" stands.
    const ruleLow = urgency === 'low';
    if (judge('low', ruleLow) !== ruleLow) {
      [urgency, urgencyWhy, urgencyQuote] = ruleLow ? ['normal', '', null] : ['low', 'information only, nothing asked', modelQuote('low')];
    }
  }
  const ruleUrgent = urgency === 'high' || urgency === 'critical';
  if (judge('urgent', ruleUrgent) !== ruleUrgent) {
    [urgency, urgencyWhy, urgencyQuote] = ruleUrgent ? ['normal', '', null] : ['high', 'it reads as needed now', modelQuote('urgent')];
  }
  if (urgency === 'high' || urgency === 'critical') {
    const ruleCritical = urgency === 'critical';
    if (judge('critical', ruleCritical) !== ruleCritical) {
      [urgency, urgencyWhy, urgencyQuote] = ruleCritical ? ['high', urgencyWhy, urgencyQuote] : ['critical', 'it reads as an emergency happening now', modelQuote('critical')];
    }
  }
  const evidence: Evidence[] = [];
  if (urgencyQuote && urgency !== 'normal') evidence.push({ about: 'urgency', why: urgencyWhy, quote: urgencyQuote });
  if (sensitive) {
    const quote = sensitiveHit ? quoteOf(source, sensitiveHit.start, sensitiveHit.end) : modelQuote('sensitive');
    evidence.push({ about: 'sensitive', why: sensitiveWhy, quote });
  }
  const mode = urgency === 'high' || urgency === 'critical' || sensitive ? 'sync' : 'async';
  if (ping) evidence.unshift({ about: 'ping', why: topicless || !rulePing ? 'nothing but a greeting or a request for their time' : 'no question or topic stated', quote: quoteDraft(draft.text) });

  const listItems = draft.text.split('\n').filter((l) => /^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+\S/.test(l)).length;
  const complexity = complexityOf(wordCount, asks.length, listItems, draft.codeBlocks, draft.urls);
  const decision = pack.decision.convergent.test(lower) ? 'convergent' : pack.decision.divergent.test(lower) ? 'divergent' : 'none';

  const reasons: string[] = [];
  if (mode === 'sync') {
    if (urgency === 'critical') reasons.push(`Critical: ${urgencyWhy}. Call or huddle now`);
    else if (urgency === 'high') reasons.push(`Urgent: ${urgencyWhy}. A quick call may be faster`);
    if (sensitive) reasons.push(`Sensitive: ${sensitiveWhy}. Better said live`);
  }
  if (ping) reasons.push("Bare ping: it doesn't say what you need");
  reasons.push(context ? 'Context: says why or what is going on' : "No context: say what you're working on or why");
  const fyi = !ask && context && urgency === 'low';
  reasons.push(ask ? 'Ask: the request is clear' : fyi ? 'FYI: nothing asked, and that is fine' : 'No clear ask: say what you need from them');
  if (deadline?.date) reasons.push(`Reply by: ${formatDeadline(deadline.date, now)}`);
  else if (deadline) reasons.push(`Reply by: "${deadline.phrase.length > 50 ? `${deadline.phrase.slice(0, 49)}…` : deadline.phrase}" (no date)`);
  else if (ask && urgency !== 'critical') reasons.push('No reply-by: add when you need it');
  if (urgency === 'low' && !fyi) reasons.push(`Low urgency: ${urgencyWhy}`);
  if (draft.truncated) reasons.push('Long draft: only its start and end were checked');

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
    evidence,
  };
}
