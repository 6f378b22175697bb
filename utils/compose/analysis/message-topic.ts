/**
 * A bare ping is a matter of structure: take away greetings, names and mentions, emoji, filler,
 * attention and availability requests, urgency words, sign-offs, signatures and quoted history
 * (the envelope and the clause leads already went), and see whether any topic is left.
 */
import { words, type Clause } from './message-clauses';
import type { LanguagePack } from './lang/types';

const NUMBER = /^\d{1,3}$/;

/** The words of the draft that could say what it is about, in order. */
export function topicWords(clauses: readonly Clause[], pack: LanguagePack): string[] {
  const { stop, probeVocab } = pack.clauses;
  const { noTopic, interjection, noTopicWord, verbAt } = pack.ping;
  const out: string[] = [];
  for (const c of clauses) {
    // Pleasantries ("hope you had a nice weekend!") and acknowledgements carry no topic.
    if (c.kind === 'filler' && !c.topic) continue;
    // "is our 1:1 still on?": a one-on-one is a topic, though made of digits.
    if (/\b1[:-]1s?\b/.test(c.core)) out.push('1:1');
    const ws = words(c.core);
    for (const [i, w] of ws.entries()) {
      if (w.startsWith('@') || w.startsWith('#') || NUMBER.test(w)) continue;
      if (stop.has(w) || probeVocab.has(w) || noTopic.has(w) || interjection.test(w) || noTopicWord?.test(w) || verbAt?.(ws, i)) continue;
      out.push(w);
    }
  }
  return out;
}

/** A clause that reaches for the reader: a greeting, a mention, a question, a request, a probe. */
export function reachesOut(c: Clause): boolean {
  return c.kind === 'probe' || c.kind === 'question' || c.kind === 'request' || c.markers.length > 0;
}
