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

interface RuleSet {
  /** All rules as one alternation: a single scan rules out a draft with none of them. */
  any: RegExp;
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
    any: new RegExp(rules.map(([re]) => `(?:${re.source})`).join('|')),
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

/** The writer's words that gave a signal, as the reason quotes them (long matches cut). */
function quote(words: string): string {
  const t = words.trim();
  return `"${t.length > 40 ? `${t.slice(0, 39)}…` : t}"`;
}

function findRule(text: string, set: RuleSet, negated: RegExp, notAfter?: { about: RegExp; conditional: RegExp }): string | null {
  if (!set.any.test(text)) return null;
  for (const { test, all, why } of set.rules) {
    if (!test.test(text)) continue;
    for (const m of text.matchAll(all)) {
      if (negated.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (notAfter?.about.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      if (notAfter?.conditional.test(m[0])) continue;
      return `${why} (${quote(m[0])})`;
    }
  }
  return null;
}

/** The draft reports an incident that is over ("resolved now", "postmortem to follow"). */
function isPast(text: string, pack: LanguagePack): boolean {
  return pack.urgency.resolved.test(text) && !pack.urgency.ongoing.test(text);
}

export function criticalSignal(text: string, pack: LanguagePack): string | null {
  const { urgency } = pack;
  return isPast(text, pack) ? null : findRule(text, rulesOf(pack).critical, urgency.criticalNegated, { about: urgency.aboutIncidents, conditional: urgency.conditional });
}

export function highSignal(text: string, pack: LanguagePack): string | null {
  const rules = rulesOf(pack);
  return findRule(text, isPast(text, pack) ? rules.highNotIncident : rules.high, pack.urgency.highNegated);
}

export function lowSignal(text: string, pack: LanguagePack): { explicit: boolean; fyi: boolean } {
  return { explicit: pack.urgency.lowExplicit.test(text), fyi: pack.urgency.lowFyi.test(text) };
}

export function sensitiveSignal(text: string, pack: LanguagePack): string | null {
  return findRule(text, rulesOf(pack).sensitive, pack.sensitivity.sensitiveNegated);
}
