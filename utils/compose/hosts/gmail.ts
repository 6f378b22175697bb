import * as editor from '../../platform/editor';
import type { HostAdapter } from './types';

/*
 * Gmail on the web. Every Gmail selector lives here, primary first, then fallbacks.
 * Compose windows are `[role=dialog]` under `div.AD` (several at once), fullscreen compose sits
 * under `.aSs .aSt`, an inline reply inside the thread's `.ip.adB` / `.M9`. The body is a
 * contenteditable `g_editable` textbox. Gmail translates aria-label and data-tooltip, so
 * nothing here reads them: only classes, roles and structural attributes. Gmail enforces
 * Trusted Types, so edits build nodes (see editor.ts).
 */
export const GMAIL = {
  body: [
    '[g_editable="true"][contenteditable="true"][role="textbox"]',
    'div.Am.editable[contenteditable="true"]',
    '.Ap [contenteditable="true"][role="textbox"]',
  ],
  /**
   * One compose area each: a compose window, fullscreen compose, an inline reply. The three
   * kinds are one link (alternatives that coexist, not fallbacks: a reply is no sign the page
   * changed); `.M9`, the reply's inner box, is the fallback.
   */
  frame: ['div.AD [role="dialog"], .aSs .aSt, .ip.adB', '.M9'],
  /** Send, not Send & Archive (`.Uo`) and not the schedule-send arrow (`aria-haspopup`). */
  send: [
    '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    'div[role="button"].T-I-atl:not(.Uo):not([aria-haspopup="true"])',
  ],
  /** Not the writer's draft: quoted history and signatures. */
  notDraft: ['.gmail_quote', '.gmail_signature', '.gmail_signature_prefix', '[data-smartmail="gmail_signature"]', '.ajR'],
} as const;

const NOT_DRAFT = GMAIL.notDraft.join(', ');
/** What every link of GMAIL.send is. */
const BUTTON = '[role="button"]';

function frameFor(node: Element): HTMLElement | null {
  return editor.closestFirst(node, GMAIL.frame) ?? editor.nearestAround(node, GMAIL.send)?.scope ?? null;
}

function bodyIn(scope: ParentNode): HTMLElement | null {
  return editor.queryFirst(scope, GMAIL.body);
}

export const gmailAdapter: HostAdapter = {
  chains: { composer: GMAIL.body, send: GMAIL.send, frame: GMAIL.frame },

  composerFor(node) {
    return editor.closestFirst(node, GMAIL.body);
  },

  frameOf(composer) {
    return frameFor(composer) ?? composer;
  },

  readText(composer) {
    return editor.readEditable(composer, { skip: (el) => el.matches(NOT_DRAFT) });
  },

  draftRange(composer) {
    // Stop before the first top-level block holding quoted history or the signature.
    return editor.rangeBefore(composer, editor.draftEnd(composer, NOT_DRAFT));
  },

  isAutocompleteOpen(composer) {
    return editor.editorListboxOpen(composer, []);
  },

  sendButtonFor(composer) {
    const frame = frameFor(composer);
    return frame ? editor.queryFirst(frame, GMAIL.send) : null;
  },

  sendTarget(event) {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return null;
    if (event instanceof KeyboardEvent) {
      // Every keystroke comes through here: rule out keys that cannot send before any selector.
      if (event.type !== 'keydown' || (event.key !== 'Enter' && event.key !== ' ')) return null;
      // Every space typed in the body comes here too: each send selector is a [role="button"],
      // so where no button is around the target, the send chain is not searched.
      const button = target.closest(BUTTON) ? editor.closestFirst(target, GMAIL.send) : null;
      const onButton = button && !event.ctrlKey && !event.metaKey;
      const shortcut = event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey;
      if (!onButton && !shortcut) return null;
      if (onButton) return editor.nearestAround(button, GMAIL.body)?.match ?? null;
      // Ctrl/Cmd+Enter sends from anywhere in the compose area (body, subject, recipients).
      const direct = this.composerFor(target);
      if (direct) return direct;
      const frame = editor.closestFirst(target, GMAIL.frame);
      return frame ? bodyIn(frame) : null;
    }
    if (!editor.POINTER_PRESS.has(event.type)) return null;
    const button = editor.closestFirst(target, GMAIL.send);
    return button ? (editor.nearestAround(button, GMAIL.body)?.match ?? null) : null;
  },

  replaceDraft(composer, text) {
    return editor.replaceDraft(this, composer, text, 'div');
  },

  send(composer) {
    return editor.sendThrough(this, composer, { key: 'Enter', ctrlKey: true });
  },
};
