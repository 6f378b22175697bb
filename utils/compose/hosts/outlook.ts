import * as editor from '../../platform/editor';
import { fromChains } from './chains';
import type { HostAdapter } from './types';

/*
 * Outlook on the web, mail (every Outlook origin of the site table, work and personal
 * accounts): new mail, inline reply and pop-out compose. Every Outlook mail selector lives here; all are language-independent (data-app-section, data-testid, ids): the body's
 * aria-label ("Message body", "Corps du message") is never read.
 *
 * Each compose form is a [data-app-section="ComposeForm"]; older drafts' forms can stay in the
 * DOM, so everything is resolved from the composer the user is in. The body is a RoosterJS-style
 * editor that rebuilds its model from DOM mutations, so the shared execCommand path reaches it.
 * The writer's draft is what sits above the first of the signature, the reply/forward header
 * and the quoted message: those are never read as the draft nor touched by a rewrite.
 */
const FORM = '[data-app-section="ComposeForm"]';
/** The body inside its compose form (the calendar's description is the same kind of editor). */
const BODY_IN_FORM = [
  'div[role="textbox"][contenteditable="true"][data-ms-editor="true"]',
  'div[data-ms-editor] [contenteditable="true"][role="textbox"]',
];

export const OUTLOOK = {
  form: [FORM],
  body: BODY_IN_FORM.map((s) => `${FORM} ${s}`),
  send: ['[data-testid="ComposeSendButton"]'],
  /** Where the writer's text ends: the first of these, and everything after it, is not the draft. */
  notDraft: '#appendonsend, #divRplyFwdMsg, #Signature, #mail-editor-reference-message-container',
} as const;

/** The body of the compose form around `node` (a button, the subject, a recipient well). */
function bodyAround(node: Element): HTMLElement | null {
  const form = editor.closestFirst(node, OUTLOOK.form);
  return form ? editor.queryFirst(form, BODY_IN_FORM) : null;
}

/** True for elements at or after the end of the writer's draft. */
function pastDraft(end: Element | null, el: Element): boolean {
  return !!end && (el === end || !!(end.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
}

export const outlookAdapter: HostAdapter = {
  ...fromChains({ composer: OUTLOOK.body, send: OUTLOOK.send, frame: OUTLOOK.form }),

  readText(composer) {
    const end = editor.draftEnd(composer, OUTLOOK.notDraft);
    return editor.readEditable(composer, { skip: (el) => pastDraft(end, el) });
  },

  draftRange(composer) {
    return editor.rangeBefore(composer, editor.draftEnd(composer, OUTLOOK.notDraft));
  },

  isAutocompleteOpen(composer) {
    return editor.editorListboxOpen(composer, []);
  },

  sendButtonFor(composer) {
    const form = editor.closestFirst(composer, OUTLOOK.form);
    const button = form ? editor.queryFirst(form, OUTLOOK.send) : null;
    return button && !button.hasAttribute('disabled') && button.getAttribute('aria-disabled') !== 'true' ? button : null;
  },

  sendTarget(event) {
    const target = event.target instanceof Element ? event.target : null;
    if (!target) return null;
    if (event instanceof KeyboardEvent) {
      // Every keystroke comes through here: rule out keys that cannot send before any selector.
      if (event.type !== 'keydown' || (event.key !== 'Enter' && event.key !== ' ')) return null;
      const button = editor.closestFirst(target, OUTLOOK.send);
      if (button && !event.ctrlKey && !event.metaKey) return bodyAround(button);
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey) return null;
      // Ctrl/Cmd+Enter sends from anywhere in the compose form (body, subject, recipients).
      return this.composerFor(target) ?? bodyAround(target);
    }
    if (!editor.POINTER_PRESS.has(event.type)) return null;
    const button = editor.closestFirst(target, OUTLOOK.send);
    if (!button) return null;
    return bodyAround(button);
  },

  replaceDraft(composer, text) {
    return editor.replaceDraft(this, composer, text, 'div');
  },

  send(composer) {
    return editor.sendThrough(this, composer, { key: 'Enter', ctrlKey: true });
  },
};
