import {
  beforeInputText,
  closestFirst,
  contentsRange,
  editorListboxOpen,
  nearestAround,
  pastePlainText,
  POINTER_PRESS,
  readEditable,
  sameText,
  select,
  selectionSettled,
  sendThrough,
} from '../../platform/editor';
import type { HostAdapter } from './types';

/*
 * Microsoft Teams on the web (the new client, the older /v2 address and Teams free; origins in the site table).
 * Every Teams selector lives here, language-independent hooks first (data-tid, id patterns);
 * aria-label/title are localized and only read for the send key's hint.
 *
 * The composer is CKEditor 5 in the top document. CKEditor keeps the draft in its own model and
 * renders the DOM from it: typing arrives as `beforeinput` it cancels, so a script's DOM writes
 * and `execCommand('insertText')` (no `beforeinput` in Chrome) never reach the model and would be
 * undone or sent without. Replacing the draft goes through its paste pipeline instead (a
 * ClipboardEvent with text/plain, after CKEditor has taken the new selection), with a synthetic
 * `beforeinput` as the fallback.
 *
 * Editing a sent message is a CKEditor too, inside the message, and its button (name="done")
 * saves rather than sends: that is not a new message, so it is neither coached nor gated.
 * The send key is the user's setting, Enter or Ctrl/Cmd+Enter: the send button's label carries
 * the shortcut ("Send (Ctrl+Enter)"); a hint with a modifier ("+") means Enter makes a new line.
 */
export const TEAMS = {
  editor: [
    'div[id^="new-message-"][contenteditable="true"][role="textbox"]',
    '[data-tid="ckeditor"][contenteditable="true"]',
    '[data-shortcut-context="compose-field"][contenteditable="true"]',
  ],
  /**
   * Send (or, with name="done", save an edit). The data-tid depends on the layout: both are one
   * link, alternatives rather than a fallback (either layout is the page as it should be).
   */
  send: ['[data-tid="sendMessageCommands-send"], [data-tid="newMessageCommands-send"]'],
  /** A sent message; an editor inside one is an edit of it. */
  sentMessage: ['[data-tid="chat-pane-message"]', '[data-tid="channel-pane-message"]'],
  /** Non-text pieces of a draft read as their text (mentions) rather than walked into. */
  atom: '[data-tid*="mention"], [contenteditable="false"]',
  /** CKEditor's own UI inside the editable (widget handles, fake selection). */
  notDraft: '.ck-widget__type-around, .ck-widget__selection-handle, .ck-fake-selection-container',
} as const;

const DONE = 'done';

/** An editor that edits a sent message: not a new message. */
function isEdit(editor: HTMLElement): boolean {
  if (editor.id.startsWith('new-message-')) return false;
  if (closestFirst(editor, TEAMS.sentMessage)) return true;
  return nearestAround(editor, TEAMS.send)?.match.getAttribute('name') === DONE;
}

function newMessageEditor(node: EventTarget | null): HTMLElement | null {
  const editor = closestFirst(node, TEAMS.editor);
  return editor && !isEdit(editor) ? editor : null;
}

function isDisabled(button: HTMLElement): boolean {
  return button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true';
}

/** The composer's own send button (the nearest one around it), disabled or not. */
function ownSendButton(editor: HTMLElement): HTMLElement | null {
  const button = nearestAround(editor, TEAMS.send)?.match ?? null;
  return button && button.getAttribute('name') !== DONE ? button : null;
}

/**
 * Whether the user's send key is Ctrl/Cmd+Enter: the send button's label or title shows a
 * shortcut with a modifier, "(Ctrl+Enter)", "(Strg+Eingabe)", "(⌘+Enter)". Enter otherwise
 * (Teams' default).
 */
export function ctrlEnterSends(editor: HTMLElement): boolean {
  const button = ownSendButton(editor);
  if (!button) return false;
  const labels = `${button.getAttribute('aria-label') ?? ''} ${button.getAttribute('title') ?? ''}`;
  return /\([^()]*\S\s*\+\s*\S[^()]*\)/.test(labels);
}

export const teamsAdapter: HostAdapter = {
  chains: { composer: TEAMS.editor, send: TEAMS.send },

  composerFor(node) {
    return newMessageEditor(node);
  },

  frameOf(composer) {
    // No stable hook for the compose box: the smallest box holding the editor and its send button.
    return nearestAround(composer, TEAMS.send)?.scope ?? composer;
  },

  readText(composer) {
    return readEditable(composer, {
      atom: (el) => (el.matches(TEAMS.atom) ? (el.textContent ?? '') : null),
      skip: (el) => el.matches(TEAMS.notDraft),
    });
  },

  draftRange(composer) {
    return contentsRange(composer);
  },

  isAutocompleteOpen(composer) {
    // The mention picker is announced through the editor's ARIA state only (no stable list hook).
    return editorListboxOpen(composer, []);
  },

  sendButtonFor(composer) {
    const button = ownSendButton(composer);
    return button && !isDisabled(button) ? button : null;
  },

  sendTarget(event) {
    if (event instanceof KeyboardEvent) {
      // Every keystroke comes through here: rule out keys that cannot send before any selector.
      if (event.type !== 'keydown' || event.key !== 'Enter' || event.shiftKey || event.altKey) return null;
      const composer = newMessageEditor(event.target);
      if (!composer) return null;
      // Gate only the key that sends under the user's setting, never one that makes a new line.
      return (event.ctrlKey || event.metaKey) === ctrlEnterSends(composer) ? composer : null;
    }
    if (!POINTER_PRESS.has(event.type)) return null;
    const button = closestFirst(event.target, TEAMS.send);
    if (!button || isDisabled(button) || button.getAttribute('name') === DONE) return null;
    const composer = nearestAround(button, TEAMS.editor)?.match ?? null;
    return composer && !isEdit(composer) ? composer : null;
  },

  async replaceDraft(composer, text) {
    const attempt = async (insert: () => void): Promise<boolean> => {
      composer.focus({ preventScroll: true });
      select(contentsRange(composer));
      // CKEditor moves its model's selection on `selectionchange`, a queued event: wait for it,
      // or the text lands at the old caret instead of over the draft.
      await selectionSettled(composer.ownerDocument);
      insert();
      return sameText(this.readText(composer), text);
    };
    if (await attempt(() => pastePlainText(composer, text))) return true;
    // Firefox content scripts may deliver an empty paste: type it in instead.
    return attempt(() => beforeInputText(composer, text));
  },

  send(composer) {
    return sendThrough(this, composer, { key: 'Enter', ctrlKey: ctrlEnterSends(composer) });
  },
};
