/**
 * Turns a raw draft (Slack, Gmail, Teams, Outlook...) into plain prose the analyser can read:
 * quoted replies, signatures and sign-offs are cut, code and links become placeholder words,
 * Slack markup and emoji are removed, and a long draft is cut to its start and end. Everything here
 * is linear in the input length.
 */
import { packOf } from './lang/packs';
import type { LanguagePack } from './lang/types';

/**
 * A longer cleaned draft is read at its start and its end, this many characters in all, and the
 * questions in between: the greeting, the point, the asks and the reply-by of an email sit there,
 * the rest of the middle holds details. A long email costs about what a short one does.
 */
export const MAX_ANALYSED_CHARS = 1200;
/** Of which the start. */
const HEAD_CHARS = 600;
/** Characters of questions kept from the middle. */
const MIDDLE_QUESTIONS = 400;
/** How far a cut may move to land at the end of a line or sentence. */
const CUT_SLACK = 200;
/** Raw input beyond this is ignored before any work is done. */
const MAX_RAW_CHARS = 40000;

export interface NormalizedDraft {
  /** Cleaned prose; sentences and lines are kept, code is `CODE`, links are `LINK`. */
  text: string;
  codeBlocks: number;
  urls: number;
  /** `@name` / `<@U123>` mentions. */
  mentions: number;
  /** `@here`, `@channel`, `@everyone`. */
  broadcast: boolean;
  /** Emoji and `:shortcode:` runs (each run counts once). */
  emoji: number;
  /** Input was longer than what was analysed. */
  truncated: boolean;
}

/** An ASCII emoticon standing alone (after a space or at a line start, before a space, punctuation or the end). */
const EMOTICON = /(^|[ \n])(?:[:;=][-'^]?[()[\]DPpO/\\|*3]{1,3}|\\o\/?|o\/|<3|\^_?\^|[xX]D)(?=[ \n.,!?]|$)/gm;
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060\u00AD]/g;
const ODD_SPACES = /[\u00A0\u2007\u202F\u3000\t]/g;

/** Where a Gmail-style "On Mon, 24 Nov 2026 ... <a@b.c> wrote:" header starts (it may wrap onto two lines). */
function quoteHeaderStart(text: string, header: LanguagePack['envelope']['quoteHeader']): number {
  const { word, start } = header;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (start.test(text.slice(lineStart, lineStart + 8))) return lineStart;
    const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
    if (prevStart >= 0 && lineStart - prevStart < 300 && start.test(text.slice(prevStart, prevStart + 8))) return prevStart;
  }
  return -1;
}

function cutAt(text: string, patterns: RegExp[]): string {
  let end = text.length;
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && m.index < end && m.index > 0) end = m.index;
  }
  return text.slice(0, end);
}

/** Cuts a trailing sign-off ("Thanks,\nTom\nTitle | Company\n+1 ...", a legal footer after it) when it closes the text. */
function cutSignOff(text: string, signOff: RegExp, disclaimer: RegExp): string {
  const lines = text.split('\n');
  const first = Math.max(1, lines.length - 8);
  for (let i = first; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!signOff.test(line)) continue;
    const rest = lines.slice(i + 1);
    if (rest.every((l) => l.length <= 80 || disclaimer.test(l))) return lines.slice(0, i).join('\n').trimEnd();
  }
  return text;
}

/** Replaces fenced code blocks with `CODE` without regex backtracking (unclosed fences run to the end). */
export function replaceFences(text: string, placeholder: (code: string) => string = () => '\nCODE.\n'): { text: string; count: number } {
  let out = '';
  let count = 0;
  let pos = 0;
  for (;;) {
    const open = text.indexOf('```', pos);
    if (open < 0) break;
    const close = text.indexOf('```', open + 3);
    out += text.slice(pos, open) + placeholder(text.slice(open, close < 0 ? text.length : close + 3));
    count++;
    if (close < 0) {
      pos = text.length;
      break;
    }
    pos = close + 3;
  }
  return { text: out + text.slice(pos), count };
}

/**
 * The part of a draft the writer wrote for this message: invisible characters, quoted replies,
 * signatures and the closing sign-off removed. Keeps links, code and markup.
 */
export function draftEnvelope(raw: string, pack: LanguagePack = packOf('en')): { text: string; truncated: boolean } {
  const { envelope } = pack;
  let text = typeof raw === 'string' ? raw : '';
  const truncated = text.length > MAX_RAW_CHARS;
  if (truncated) text = text.slice(0, MAX_RAW_CHARS);
  text = text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"');
  const header = quoteHeaderStart(text, envelope.quoteHeader);
  if (header > 0) text = text.slice(0, header);
  text = cutAt(text, envelope.quoteMarkers);
  text = text
    .split('\n')
    .filter((l) => !/^[ \t]*>/.test(l))
    .join('\n');
  text = cutAt(text, envelope.signatureMarkers);
  return { text: cutSignOff(text.trimEnd(), envelope.signOff, envelope.disclaimer), truncated };
}

/** Whether a sentence or line ends just before `i` (a line break, or . ? ! and a space). */
function breakAt(text: string, i: number): boolean {
  const ch = text[i - 1];
  return ch === '\n' || ((ch === '.' || ch === '?' || ch === '!') && text[i] === ' ');
}

/** Where a sentence or line ends (just after it), at or before `at`, else `at`. */
function cutBefore(text: string, at: number): number {
  for (let i = at; i > at - CUT_SLACK && i > 0; i--) if (breakAt(text, i)) return i;
  return at;
}

/** Where a sentence or line starts, at or after `at`, else `at`. */
function cutAfter(text: string, at: number): number {
  for (let i = at; i < at + CUT_SLACK && i < text.length; i++) if (breakAt(text, i)) return i;
  return at;
}

/** The sentences of `middle` that ask something, `MIDDLE_QUESTIONS` characters at most. */
function questionsOf(middle: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < middle.length; i++) {
    const ch = middle[i];
    if (ch === '\n' || ((ch === '.' || ch === '!') && middle[i + 1] === ' ')) start = i + 1;
    else if (ch === '?') {
      const question = middle.slice(start, i + 1).trim();
      if (out.length + question.length > MIDDLE_QUESTIONS) break;
      out += `${question}\n`;
      start = i + 1;
    }
  }
  return out;
}

/** The start and the end of a long text, cut between sentences, and the questions in between. */
function startAndEnd(text: string): string {
  const head = cutBefore(text, HEAD_CHARS);
  const tail = cutAfter(text, text.length - (MAX_ANALYSED_CHARS - head));
  return `${text.slice(0, head).trimEnd()}\n${questionsOf(text.slice(head, tail))}${text.slice(tail).trimStart()}`;
}

export function normalizeDraft(raw: string, pack: LanguagePack = packOf('en')): NormalizedDraft {
  const envelope = draftEnvelope(raw, pack);
  let text = envelope.text;
  let truncated = envelope.truncated;

  const fences = text.includes('`') ? replaceFences(text) : { text, count: 0 };
  if (text.includes('`')) text = fences.text.replace(/`[^`\n]{1,300}`/g, ' CODE ');

  let urls = 0;
  let mentions = 0;
  let broadcast = false;
  let emoji = 0;
  const emojiRun = () => {
    emoji++;
    return '\n';
  };
  // Each pass only runs when its marker character is present: most drafts skip most of them.
  if (text.includes('<')) {
    text = text
      .replace(/<(https?:\/\/[^\s>|]{1,2000})(?:\|([^>\n]{0,200}))?>/gi, (_m, _u, label?: string) => {
        urls++;
        return ` ${label ?? ''} LINK `;
      })
      .replace(/<!(?:here|channel|everyone)[^>\n]{0,40}>/g, () => {
        broadcast = true;
        return ' ';
      })
      .replace(/<!subteam\^[A-Z0-9]{1,20}(?:\|([^>\n]{0,80}))?>/g, () => {
        mentions++;
        return ' @group ';
      })
      .replace(/<@[UW][A-Z0-9]{1,20}(?:\|[^>\n]{0,80})?>/g, () => {
        mentions++;
        return ' @someone ';
      })
      .replace(/<#C[A-Z0-9]{1,20}(?:\|([^>\n]{0,80}))?>/g, (_m, name?: string) => ` #${name ?? 'channel'} `);
  }
  if (/https?:|www\./i.test(text)) {
    text = text.replace(/\b(?:https?:\/\/|www\.)[^\s<>()]{1,2000}/gi, () => {
      urls++;
      return ' LINK ';
    });
  }
  if (text.includes('@')) {
    text = text
      .replace(/\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}\b/g, ' EMAIL ')
      .replace(/(^|[\s(])@(?:here|channel|everyone)\b/gi, (_m, pre: string) => {
        broadcast = true;
        return pre;
      })
      .replace(/(^|[\s(])@[\w.-]{1,60}/g, (m) => {
        if (!/@(?:someone|group)$/.test(m)) mentions++;
        return m;
      });
  }
  // :emoji: shortcodes and pictographs often end a chat sentence: keep that boundary.
  if (text.includes(':')) text = text.replace(/(?::[a-z][a-z0-9_+'-]{0,40}:[ ]?)+/gi, emojiRun);
  // Emoticons are emoji typed in ASCII (":)", ";-P", "o/", "\\o/", "<3", "^^", "xD"), each a word of its own.
  text = text.replace(EMOTICON, (_m, before: string) => before + emojiRun());
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7F]/.test(text)) text = text.replace(/\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3 ]*/gu, emojiRun);
  text = text.replace(/[ ]{2,}/g, ' ');

  text = text.trim();
  if (text.length > MAX_ANALYSED_CHARS) {
    text = startAndEnd(text);
    truncated = true;
  }
  return { text, codeBlocks: fences.count, urls, mentions, broadcast, emoji, truncated };
}
