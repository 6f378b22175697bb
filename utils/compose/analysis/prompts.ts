/**
 * The words "Make it async" adds to a draft, in one table per language so a language pack can
 * supply its own: a marked prompt for each missing part, and the label of the reply-by line.
 * A prompt is "unfilled" while its exact text is still in the draft; the analyser reads a draft
 * with its prompts taken out, so a prompt never counts as context or as an ask. Pure.
 */
import type { CoachedLanguage } from './language';
export interface PromptTable {
  /** Stands in for the missing context (why, or what the writer is working on). */
  context: string;
  /** Stands in for the missing ask. */
  ask: string;
  /** The label of the reply-by line ("Reply by: Wed, Nov 25"). */
  replyBy: string;
}

export const PROMPT_TABLES = {
  en: {
    context: "[Fill in: what you're working on, or why you're asking]",
    ask: '[Fill in: what you need from them]',
    replyBy: 'Reply by',
  },
  es: {
    context: '[Completa: en qué estás trabajando, o por qué lo preguntas]',
    ask: '[Completa: qué necesitas que haga]',
    replyBy: 'Respuesta antes de',
  },
  de: {
    context: '[Ergänzen: woran du arbeitest, oder warum du fragst]',
    ask: '[Ergänzen: was du von der Person brauchst]',
    replyBy: 'Antwort bis',
  },
  fr: {
    context: '[À compléter : ce sur quoi tu travailles, ou pourquoi tu demandes]',
    ask: '[À compléter : ce dont tu as besoin]',
    replyBy: 'Réponse souhaitée avant',
  },
  pt: {
    context: '[Preencha: no que você está trabalhando, ou por que está perguntando]',
    ask: '[Preencha: do que você precisa]',
    replyBy: 'Responder até',
  },
} as const satisfies Record<CoachedLanguage, PromptTable>;

export type PromptLanguage = keyof typeof PROMPT_TABLES;

const TABLES: readonly PromptTable[] = Object.values(PROMPT_TABLES);
const PROMPTS: readonly string[] = TABLES.flatMap((t) => [t.context, t.ask]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ANY_PROMPT = new RegExp(PROMPTS.map(escape).join('|'), 'g');
/** A line of its own that starts with a reply-by label: "Reply by: <value>". */
const REPLY_BY_LINE = new RegExp(`^[ \\t]*(?:${TABLES.map((t) => escape(t.replyBy)).join('|')})[ \\t]*:[ \\t]*(\\S[^\\n]*?)[ \\t]*$`, 'im');

/** The unfilled prompts in a draft, in the order they appear. */
export function promptsIn(text: string): string[] {
  return text.match(ANY_PROMPT) ?? [];
}

export interface OwnLines {
  /** The draft without its unfilled prompts and without the reply-by line. */
  text: string;
  /** The prompts still unfilled, in order. */
  prompts: string[];
  /** What the reply-by line says after its label, or null when the draft has none. */
  replyBy: string | null;
}

/** Sets aside what the rewrite wrote into a draft, so the analyser reads only the writer's words. */
export function setAsideOwnLines(text: string): OwnLines {
  const prompts = promptsIn(text);
  let rest = prompts.length ? text.replace(ANY_PROMPT, '') : text;
  const line = REPLY_BY_LINE.exec(rest);
  if (line) rest = rest.slice(0, line.index) + rest.slice(line.index + line[0].length);
  return { text: rest, prompts, replyBy: line?.[1] ?? null };
}
