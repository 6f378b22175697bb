/**
 * Word-level signals of urgency and sensitivity, as LABELS.md defines them, from the patterns
 * of a language pack. Every pattern is bounded (no nested quantifiers) so the scan stays linear
 * on long drafts.
 */
import type { LanguagePack, Rule } from './lang/types';

interface CompiledRule {
  /** Words one of which every match holds (`requiredWords`); null: none known, the rule always runs. */
  words: string[] | null;
  /** Cheap first check, no allocation. */
  test: RegExp;
  /** Global copy, to look at each match's left context for a negation. */
  all: RegExp;
  why: string;
}

/*
 * No single alternation of all rules as a first check: V8 compiles a regular expression as a
 * whole the first time it runs, and the unions of the critical and sensitive rules (6–8 KB of
 * pattern each) took tens of milliseconds each, one long task on the page when the coach
 * started. Each rule alone compiles quickly (and can be compiled ahead, in idle time), and a
 * draft is scanned once per rule that can match it: a rule none of whose words is in the draft
 * is skipped. Looking up a word's trigrams in the draft's costs a few nanoseconds (an `includes`
 * then confirms the few words whose trigrams are all there), running a long pattern over the
 * draft microseconds, and many more where its code is no longer in the processor's caches, as on a
 * page between keystrokes.
 */
interface RuleSet {
  rules: CompiledRule[];
}

interface PackRules {
  critical: RuleSet;
  high: RuleSet;
  highNotIncident: RuleSet;
  sensitive: RuleSet;
}

/** An escape, a class, a group's opening, a quantifier, or one character of a pattern's source. */
const TOKEN = /\\[^]|\[(?:\\[^]|[^\]\\])*\]|\((?:\?<?[=!:])?|(?:[*+?]|\{\d+(?:,\d*)?\})\??|[^]/g;

type Need = string[] | null;

/**
 * Words one of which every text `re` matches contains (read off its source: literal runs, the
 * alternatives of a group, what a lookahead or lookbehind needs), or null when that cannot be
 * said (flags, syntax that is not read, words too short or too many): then the rule always runs.
 */
export function requiredWords(re: RegExp): string[] | null {
  const tokens = re.source.match(TOKEN) ?? [];
  let at = 0;
  let unread = !!re.flags;
  // The rarer the words the better: longer ones (spaces aside: " for " is as common as "for"), none
  // under three letters (they rule out nothing on real drafts); fewer ones only break a tie.
  const score = (need: string[], shortest = Math.min(...need.map((w) => w.trim().length))) => (shortest < 3 ? -1e9 : shortest * 16 - need.length);
  const better = (a: Need, b: Need): Need => (a && (!b || score(a) >= score(b)) ? a : b);
  const alternation = (): Need => {
    let all: Need = [];
    do {
      const need = sequence();
      all = all && need && [...all, ...need];
    } while (tokens[at] === '|' && ++at);
    return all;
  };
  const sequence = (): Need => {
    let need: Need = null;
    let run = '';
    for (let token = tokens[at]; token && token !== '|' && token !== ')'; token = tokens[at]) {
      at++;
      // A stray quantifier (a named group's "?<"), a code unit or control escape, a back-reference: not read.
      if (/^(?:[*+?]|\\[uxck\d])/.test(token)) unread = true;
      let char = /^(?:[^.^$[\]{}()\\]|\\\W)$/.test(token) ? token.slice(-1) : '';
      let piece = token[0] === '(' ? alternation() : null;
      if (token[0] === '(' && tokens[at++] !== ')') unread = true;
      if (token.includes('!')) piece = null;
      const quantifier = /^[*+?{]/.test(tokens[at] ?? '') ? tokens[at++] : '';
      if (quantifier) {
        // At least once keeps what the atom needs; possibly never needs nothing.
        piece = /^(?:\+|\{[1-9])/.test(quantifier) ? (char ? [char] : piece) : null;
        char = '';
      }
      if (char) run += char;
      else {
        if (run) need = better(need, [run]);
        run = '';
        need = better(need, piece);
      }
    }
    return run ? better(need, [run]) : need;
  };
  const need = alternation();
  // Too many words (more than 16 per letter of the shortest) cost more to look for than they rule out.
  return need && !unread && at === tokens.length && score(need) > 0 ? need : null;
}

/** A draft's character trigrams, hashed into 16,384 bits (a 2,000-character draft sets about one in twenty). */
const gramBits = new Int32Array(512);
let gramsOf: string | null = null;
const trigram = (s: string, i: number) => (s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & 16383;

/** Whether `text` contains `word` (as `includes` says): most words are ruled out by a trigram the text lacks, before any `includes`. */
export function holdsWord(text: string, word: string): boolean {
  if (text !== gramsOf) {
    gramBits.fill(0);
    for (let i = 2; i < text.length; i++) {
      const h = trigram(text, i - 2);
      gramBits[h >> 5]! |= 1 << h; // a shift counts modulo 32
    }
    gramsOf = text;
  }
  for (let i = 2; i < word.length; i++) {
    const h = trigram(word, i - 2);
    if (!(gramBits[h >> 5]! & (1 << h))) return false;
  }
  return text.includes(word);
}

function compile(rules: readonly Rule[]): RuleSet {
  return {
    rules: rules.map(([re, why]) => ({ words: requiredWords(re), test: re, all: new RegExp(re.source, re.flags + 'g'), why })),
  };
}

/** Each pack's rules are compiled once, on first use. */
const compiled = new WeakMap<LanguagePack, PackRules>();

function rulesOf(pack: LanguagePack): PackRules {
  let rules = compiled.get(pack);
  if (!rules) {
    const { urgency, sensitivity } = pack;
    const highNotIncident = compile(urgency.high);
    rules = {
      critical: compile(urgency.critical),
      high: compile([...urgency.high, ...urgency.highIncident]),
      highNotIncident,
      sensitive: compile(sensitivity.sensitive),
    };
    compiled.set(pack, rules);
  }
  return rules;
}

/** What made a signal fire: the reason, and where in the scanned text. */
export interface SignalHit {
  why: string;
  start: number;
  end: number;
}

interface Context {
  negated: RegExp;
  /** Right context that makes the match a topic, not a claim ("security incident runbook"). */
  about?: RegExp;
  conditional?: RegExp;
  /** Left and right context of a word mentioned, not used ("marked urgent", "the ASAP option"). */
  mention?: { before: RegExp; after: RegExp };
}

function findRule(text: string, set: RuleSet, ctx: Context): SignalHit | null {
  for (const { words, test, all, why } of set.rules) {
    if ((words && !words.some((w) => holdsWord(text, w))) || !test.test(text)) continue;
    for (const m of text.matchAll(all)) {
      const end = m.index + m[0].length;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const after = text.slice(end, end + 40);
      if (ctx.negated.test(before)) continue;
      if (ctx.about?.test(after) || ctx.conditional?.test(m[0])) continue;
      if (ctx.mention && (ctx.mention.before.test(before) || ctx.mention.after.test(after))) continue;
      return { why, start: m.index, end };
    }
  }
  return null;
}

/** Text in double quotes, or in single quotes that are not apostrophes (no letter outside them: "the 'ASAP' option", not "don't ... it's"). */
const QUOTED = /"[^"\n]{1,120}"|(?<![\p{L}\p{N}])'[^'\n]{1,60}'(?![\p{L}\p{N}])/gu;

/**
 * Quoted words are mentioned, not used ("the "ASAP" delivery option", a "critical: all systems
 * down" drill, "I wrote 'ASAP' but"): blanked out, with the same length so positions still point
 * into the draft.
 */
export function blankQuotes(text: string): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}

/** The draft reports an incident that is over ("resolved now", "postmortem to follow", "last week"). */
function isPast(text: string, pack: LanguagePack): boolean {
  const { urgency } = pack;
  if (urgency.ongoing.test(text)) return false;
  return urgency.resolved.test(text) || (urgency.pastTime.test(text) && !urgency.stillHappening.test(text));
}

/** How far around a critical signal the system it is about is looked for. */
const SYSTEM_REACH = 80;

/**
 * A critical signal about a system only the team uses ("nobody can log in to staging"): people
 * are blocked, customers are not (a high signal instead).
 */
export function onTestSystem(text: string, hit: SignalHit, pack: LanguagePack): boolean {
  const systems = pack.urgency.testSystem;
  if (!systems) return false;
  const around = text.slice(Math.max(0, hit.start - SYSTEM_REACH), hit.end + SYSTEM_REACH);
  return systems.test.test(around) && !systems.production.test(around);
}

export function criticalSignal(text: string, pack: LanguagePack): SignalHit | null {
  const { urgency } = pack;
  if (isPast(text, pack)) return null;
  return findRule(text, rulesOf(pack).critical, { negated: urgency.criticalNegated, about: urgency.aboutIncidents, conditional: urgency.conditional, mention: { before: urgency.mentionBefore, after: urgency.mentionAfter } });
}

export function highSignal(text: string, pack: LanguagePack): SignalHit | null {
  const rules = rulesOf(pack);
  const { urgency } = pack;
  return findRule(text, isPast(text, pack) ? rules.highNotIncident : rules.high, { negated: urgency.highNegated, mention: { before: urgency.mentionBefore, after: urgency.mentionAfter } });
}

export function lowSignal(text: string, pack: LanguagePack): { explicit: RegExpExecArray | null; fyi: RegExpExecArray | null } {
  return { explicit: pack.urgency.lowExplicit.exec(text), fyi: pack.urgency.lowFyi.exec(text) };
}

export function sensitiveSignal(text: string, pack: LanguagePack): SignalHit | null {
  return findRule(text, rulesOf(pack).sensitive, { negated: pack.sensitivity.sensitiveNegated });
}
