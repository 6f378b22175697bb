/**
 * Word-level signals of urgency and sensitivity, as LABELS.md defines them, from the patterns
 * of a language pack. Every pattern is bounded (no nested quantifiers) so the scan stays linear
 * on long drafts.
 */
import type { LanguagePack, Rule } from './lang/types';

interface CompiledRule {
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
 * draft is scanned once per rule, which the debounced analysis affords.
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

function compile(rules: readonly Rule[]): RuleSet {
  return {
    rules: rules.map(([re, why]) => ({ test: re, all: new RegExp(re.source, re.flags + 'g'), why })),
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
  for (const { test, all, why } of set.rules) {
    if (!test.test(text)) continue;
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
