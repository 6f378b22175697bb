/**
 * Splits a normalised draft into clauses and says what each one does: a greeting or pleasantry,
 * an availability probe ("got a sec?"), a question, a request, or a statement (context). The
 * words come from a language pack (English's, once loaded, by default).
 */
import { packOf } from './lang/packs';
import type { LanguagePack, PingMarker } from './lang/types';

export type ClauseKind = 'filler' | 'probe' | 'question' | 'request' | 'statement';

export type { PingMarker };

type Words = LanguagePack['clauses'];

export interface Clause {
  /** The clause as written (trimmed). */
  text: string;
  /** The clause without its leading greeting / markers, as written. */
  core: string;
  /** `core` lower-cased. */
  body: string;
  kind: ClauseKind;
  /** Content words in `body` (not stop words, not probe vocabulary for probes). */
  contentWords: number;
  /** All words in `body`. */
  wordCount: number;
  markers: PingMarker[];
  /** A request or question that also says why ("so I can...", "because..."). */
  reason: boolean;
  /** A statement that also sets a requirement ("won't go out unless we resend it"): context and an ask. */
  demand: boolean;
  /** Names the topic and nothing else ("it's about the Henderson account"). */
  topic: boolean;
  /** A courtesy that is a whole message on its own ("thanks!", "welcome aboard", "let me know if you need anything"). */
  courtesy: boolean;
}

const SHORT_LABEL = /^([^:\n]{1,30}):[ ]+(?=\S)/;

const isEnd = (ch: string | undefined) => ch === '.' || ch === '!' || ch === '?' || ch === ';';

function splitSentences(line: string, L: Words): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (!isEnd(ch)) continue;
    let j = i;
    while (j + 1 < line.length && isEnd(line[j + 1])) j++;
    const next = line[j + 1];
    const hard = ch === '?' || ch === '!' || line[j] === '?' || line[j] === '!';
    const boundary = next === undefined || next === ' ' || (hard && next !== ')' && next !== '"');
    if (boundary && !(ch === '.' && j === i && L.abbrev.test(line.slice(Math.max(start, i - 6), i)))) {
      out.push(line.slice(start, j + 1));
      start = j + 1;
    }
    i = j;
  }
  if (start < line.length) out.push(line.slice(start));
  return out;
}

function splitInner(sentence: string, L: Words): string[] {
  let s = sentence.trim();
  const out: string[] = [];
  const label = SHORT_LABEL.exec(s);
  if (label && (label[1] ?? '').split(' ').length <= 4) {
    out.push(label[1] ?? '');
    s = s.slice(label[0].length);
  }
  const parts: string[] = [];
  let last = 0;
  for (const m of s.matchAll(L.innerSplit)) {
    parts.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(s.slice(last));
  for (const part of parts) {
    let from = 0;
    for (const m of L.midHint.test(part) ? part.matchAll(L.midRequest) : []) {
      const before = part.slice(from, m.index).trim();
      if (before.split(/\s+/).length >= 3) {
        out.push(before);
        from = m.index + 1;
      }
    }
    out.push(part.slice(from));
  }
  return out.map((p) => p.trim()).filter((p) => p.length > 0);
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7F]/;

export function words(text: string): string[] {
  const lower = text.toLowerCase();
  // The ASCII pattern is several times faster than the Unicode one and covers most drafts.
  // A word may contain . ' - (v2.31, don't, go/no-go) but does not end with them.
  return (NON_ASCII.test(lower) ? lower.match(/[\p{L}\p{N}@#](?:[\p{L}\p{N}'_/.&@#-]*[\p{L}\p{N}_/&@#])?/gu) : lower.match(/[a-z0-9@#](?:[a-z0-9'_/.&@#-]*[a-z0-9_/&@#])?/g)) ?? [];
}

/** `text` without trailing punctuation and spaces (a loop: an end-anchored regex rescans). */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && '?!.,;: \t-'.includes(text[end - 1] ?? 'x')) end--;
  return text.slice(0, end);
}

function countContent(ws: string[], L: Words): number {
  let n = 0;
  for (const w of ws) if (!L.stop.has(w)) n++;
  return n;
}

function stripLead(text: string, markers: PingMarker[], L: Words): string {
  let s = text;
  for (let round = 0; round < 6; round++) {
    const before = s;
    const g = L.greeting.exec(s);
    if (g) {
      markers.push('greeting');
      s = s.slice(g[0].length);
      const name = L.nameAfterGreeting.exec(s);
      if (name && name[0].length > 0) s = s.slice(name[0].length);
      else if (/^[\p{L}'-]+[ ,!.?]*$/u.test(s)) s = ''; // "hey sam"
    }
    const lower = s.toLowerCase();
    for (const [re, marker] of L.leadMarkers) {
      const m = re.exec(lower);
      if (m && m[0].length > 0) {
        if (marker) markers.push(marker);
        s = s.slice(m[0].length);
        break;
      }
    }
    if (s === before) break;
  }
  return s.trim();
}

function classifyBody(text: string, L: Words): Clause {
  const markers: PingMarker[] = [];
  const rest = stripLead(text, markers, L);
  const body = rest.toLowerCase();
  const ws = words(body);
  const clean = trimTrailing(body);
  const hasQ = body.includes('?');
  const base = { text, core: rest, body, markers, reason: false, demand: false, topic: false, courtesy: false, contentWords: countContent(ws, L), wordCount: ws.length };

  if (ws.length === 0) {
    if (hasQ) markers.push('question-mark');
    return { ...base, kind: 'filler' };
  }
  if (markers.includes('quick-question') && L.topicAfterQuickQuestion.test(body)) {
    // "quick question about the Q3 budget": the topic is stated, the question is not.
    return { ...base, markers: markers.filter((m) => m !== 'quick-question'), kind: 'filler', topic: true };
  }
  if (ws.every((w) => L.ackWords.has(w))) return { ...base, kind: 'filler', courtesy: true };
  if (L.pleasantry.test(clean) && !L.requestAnywhere.test(body) && !L.pleasantryTurn.test(body)) {
    if (L.greetingLike.test(clean)) markers.push('greeting');
    return { ...base, kind: 'filler', courtesy: !L.greetingLike.test(clean) };
  }
  if (L.pingWord.test(clean)) {
    markers.push('ping-word');
    return { ...base, kind: 'filler' };
  }
  if (ws.every((w) => L.probeVocab.has(w) || /^\d+$/.test(w)) && L.probeCore.test(body)) {
    markers.push('probe');
    return { ...base, kind: 'probe', contentWords: 0 };
  }
  if (ws.length === 1 && hasQ) {
    // "Sam?", "Thoughts?": nothing to answer unless the rest of the draft gives the topic.
    markers.push('question-mark');
    return { ...base, kind: 'probe', contentWords: 0 };
  }
  if (L.offer.test(clean)) return { ...base, kind: 'filler', courtesy: true };
  if (L.notARequest.test(clean)) return { ...base, kind: 'statement' };
  if (L.isDue.test(body) && !L.notDue.test(body)) return { ...base, kind: 'request', reason: L.reason.test(body) };
  if (L.requestStart.test(clean) || L.requestAnywhere.test(body) || (L.imperative.test(clean) && ws.length >= 2 && !L.statementAfterVerb.test(clean))) {
    return { ...base, kind: 'request', reason: L.reason.test(body) };
  }
  if (L.topicOnly.test(clean)) {
    return { ...base, kind: 'filler', topic: true };
  }
  // "who keeps labelling every ticket ASAP": a rhetorical complaint, not a question.
  if (L.rhetorical.test(clean)) return { ...base, kind: 'statement' };
  if (hasQ || L.questionStart.test(clean)) return { ...base, kind: 'question', reason: L.reason.test(body) };
  return { ...base, kind: 'statement', demand: L.demand.test(body) };
}

function classify(text: string, L: Words): Clause {
  const clause = classifyBody(text, L);
  // "can you help me?", "what?": asks nothing in particular, like a probe.
  if ((clause.kind === 'request' || clause.kind === 'question') && clause.contentWords === 0) clause.markers.push('probe');
  return clause;
}

const NAME_LINE = /^(?:[A-Z][\p{L}'.-]*[ ]?){1,3}[,.!]?$/u;

/** A statement that says why or what the situation is (not a lone name or a one-word line). */
export function isContextStatement(c: Clause): boolean {
  if (c.kind !== 'statement' || c.contentWords < 1 || c.wordCount < 2) return false;
  return !NAME_LINE.test(c.text.trim());
}

export interface Sentence {
  /** The sentence as written. */
  text: string;
  clauses: Clause[];
}

/** Splits into sentences and classifies their clauses, stopping after `maxClauses`. */
export function splitSentenceClauses(text: string, maxClauses = Infinity, pack: LanguagePack = packOf('en')): Sentence[] {
  const L = pack.clauses;
  const out: Sentence[] = [];
  let count = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    for (const sentence of splitSentences(line, L)) {
      if (count >= maxClauses) return out;
      const clauses = splitInner(sentence, L).map((c) => classify(c, L));
      count += clauses.length;
      if (clauses.length) out.push({ text: sentence.trim(), clauses });
    }
  }
  return out;
}

export function splitClauses(text: string, maxClauses = Infinity, pack: LanguagePack = packOf('en')): Clause[] {
  return splitSentenceClauses(text, maxClauses, pack).flatMap((s) => s.clauses);
}
