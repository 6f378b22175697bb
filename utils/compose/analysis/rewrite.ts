/**
 * "Make it async": turns a draft into a self-contained written message that keeps the writer's
 * words, in four parts: what I'm working on / what I need / reply by / urgency. Anything the
 * writer still has to say is left as a [bracketed placeholder]. Pure: data in, text out.
 */
import { format } from 'date-fns';
import { isContextStatement, splitSentenceClauses, type Clause } from './message-clauses';
import { formatDeadline } from './message-deadline';
import { draftEnvelope, replaceFences } from './message-normalize';
import type { MessageAnalysis } from './message';
import { replyByFor } from '../../platform/norms';

export const PLACEHOLDER_CONTEXT = "[what you're working on, or why you're asking]";
export const PLACEHOLDER_NEED = '[what you need]';

const URGENCY_TEXT: Record<MessageAnalysis['urgency'], string> = {
  low: 'Low, no rush',
  normal: 'Normal',
  high: 'High, needed within hours',
  critical: 'Critical, something is broken right now',
};
const MAX_STRUCTURED_CHARS = 8000;
const FEEDBACK = /\b(?:review|feedback|thoughts|comments?|look over|take a look|opinion|input|proofread|critique)\b/i;

/** Links and code are set aside as private-use tokens so sentence splitting cannot cut them. */
function protect(text: string): { text: string; saved: string[] } {
  const saved: string[] = [];
  const token = (original: string): string => {
    if (saved.length >= 3800) return original;
    saved.push(original);
    return `\uE000${String.fromCharCode(0xe100 + saved.length - 1)}\uE001`;
  };
  let out = replaceFences(text, (code) => `\n${token(code.trim())}\n`).text;
  out = out
    .replace(/`[^`\n]{1,300}`/g, token)
    .replace(/<https?:\/\/[^\s>]{1,2000}>/gi, token)
    .replace(/\b(?:https?:\/\/|www\.)[^\s<>()]{1,2000}/gi, (url) => {
      const trail = /[.,;:!?]+$/.exec(url)?.[0] ?? '';
      return token(url.slice(0, url.length - trail.length)) + trail;
    });
  return { text: out, saved };
}

function restore(text: string, saved: string[]): string {
  return text.replace(/\uE000([\uE100-\uEFFF])\uE001/g, (_m, c: string) => saved[c.charCodeAt(0) - 0xe100] ?? '');
}

function sentence(part: string): string {
  const t = part.trim().replace(/^[,;:\-\u2013\u2014\s]+/, '');
  if (!t) return '';
  const first = t[0] ?? '';
  const capped = first.toUpperCase() + t.slice(1);
  return /[\p{L}\p{N}]$/u.test(capped) ? `${capped}.` : capped;
}

function join(parts: string[]): string {
  return parts
    .map(sentence)
    .filter(Boolean)
    .map((p, i) => (i > 0 && /^(?:[-*\u2022]|\d{1,2}[.)])\s/.test(p) ? `\n${p}` : p))
    .join(' ')
    .replace(/ \n/g, '\n');
}

type Section = 'context' | 'need' | 'attach' | null;

function sectionOf(c: Clause, ask: boolean): Section {
  if ((c.kind === 'request' || c.kind === 'question') && c.contentWords > 0) return 'need';
  if (isContextStatement(c)) return 'context';
  if (c.kind === 'probe' && ask) return 'need';
  // A link or code block with no words of its own belongs with what came before it.
  if (c.kind !== 'probe' && /\uE000/.test(c.core)) return 'attach';
  return null;
}

function replyBy(text: string, analysis: MessageAnalysis, now: Date): string {
  if (analysis.deadline) return formatDeadline(analysis.deadline, now);
  if (analysis.deadlineText) return analysis.deadlineText;
  const kind = analysis.decision === 'divergent' || FEEDBACK.test(text) ? 'feedback' : 'routine';
  return format(replyByFor(kind, now), 'EEE d MMM');
}

export function buildAsyncRewrite(text: string, analysis: MessageAnalysis, now: Date): string {
  const { text: envelope, saved } = protect(draftEnvelope(text).text);
  // Very long pastes: structure the start, keep the rest verbatim at the end of the context.
  const cut = envelope.length > MAX_STRUCTURED_CHARS ? envelope.lastIndexOf('\n', MAX_STRUCTURED_CHARS) : -1;
  const head = cut > 0 ? envelope.slice(0, cut) : envelope.slice(0, MAX_STRUCTURED_CHARS);
  const tail = envelope.slice(head.length).trim();
  const sentences = splitSentenceClauses(head);
  const first = sentences[0]?.clauses[0];
  const greeting = first?.markers.includes('greeting') && !first.core.replace(/[\s,.!?:;-]+/g, '') ? first.text : '';

  const parts: Record<'context' | 'need', string[]> = { context: [], need: [] };
  let last: 'context' | 'need' = 'context';
  const put = (section: Section, part: string) => {
    if (!section) return;
    const target = section === 'attach' ? last : section;
    parts[target].push(part);
    last = target;
  };
  for (const s of sentences) {
    const sections = s.clauses.map((c) => sectionOf(c, analysis.ask));
    const kinds = new Set(sections.filter((k) => k === 'context' || k === 'need'));
    if (kinds.size <= 1 && sections.some((k) => k !== null)) {
      // One kind of sentence: keep it whole, as written, minus a leading greeting.
      const lead = s.clauses[0];
      const from = lead ? s.text.indexOf(lead.text) + lead.text.length - lead.core.length : 0;
      put([...kinds][0] ?? 'attach', s.text.slice(Math.max(0, from)));
    } else {
      s.clauses.forEach((c, i) => put(sections[i] ?? null, c.core));
    }
  }
  if (tail) parts.context.push(tail);
  const context = parts.context;
  const need = parts.need;

  const working = context.length ? restore(join(context), saved) : PLACEHOLDER_CONTEXT;
  let needs = need.length ? restore(join(need), saved) : PLACEHOLDER_NEED;
  if (!need.length && !analysis.ask && analysis.context && analysis.urgency === 'low') needs = 'Nothing, this is to keep you in the loop.';

  const lines = [
    ...(greeting ? [restore(greeting.trim(), saved).replace(/[\p{L}\p{N}]$/u, '$&,'), ''] : []),
    `What I'm working on: ${working}`,
    `What I need: ${needs}`,
    `Reply by: ${replyBy(envelope, analysis, now)}`,
    `Urgency: ${URGENCY_TEXT[analysis.urgency]}`,
  ];
  return lines.join('\n');
}
