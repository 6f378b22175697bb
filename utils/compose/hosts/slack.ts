import * as editor from '../../platform/editor';
import { fromChains } from './chains';
import type { HostAdapter } from './types';

/*
 * Slack on the web. Every Slack selector lives here, primary first, then fallbacks.
 * The editor is a Quill fork: a contenteditable `.ql-editor` with one <p> per line; mentions
 * and emoji are elements carrying `data-stringify-text`. Channel, DM and thread composers share
 * that structure; several can be on screen, so everything is resolved from the focused editor.
 * Nothing here reads aria-label or visible text (both are localized).
 */
export const SLACK = {
  editor: [
    '[data-qa="message_input"] .ql-editor[contenteditable="true"]',
    '.p-workspace__input .ql-editor[contenteditable="true"]',
    '.p-threads_footer__input .ql-editor[contenteditable="true"]',
    '[data-qa="message_input"] [contenteditable="true"][role="textbox"]',
  ],
  /** The visible compose box (editor, toolbar and send button). */
  frame: ['.c-wysiwyg_container', '[data-qa="message_input"]', '.p-workspace__input', '.p-threads_footer__input'],
  send: ['[data-qa="texty_send_button"]', 'button.c-wysiwyg_container__button--send'],
  /** Autocomplete menus (mentions, channels, emoji, slash commands) render as listboxes. */
  listbox: ['[role="listbox"]'],
} as const;

function isDisabled(button: HTMLElement): boolean {
  return (
    button.getAttribute('aria-disabled') === 'true' ||
    button.hasAttribute('disabled') ||
    Array.from(button.classList).some((c) => c.endsWith('--disabled'))
  );
}

export const slackAdapter: HostAdapter = {
  ...fromChains({ composer: SLACK.editor, send: SLACK.send, frame: SLACK.frame }),

  readText(composer) {
    return editor.readEditable(composer, {
      atom: (el) => el.getAttribute('data-stringify-text'),
      // Quill's clipboard and cursor helpers sit inside the editor but are not the draft.
      skip: (el) => el.classList.contains('ql-clipboard') || el.classList.contains('ql-cursor'),
    });
  },

  draftRange(composer) {
    return editor.contentsRange(composer);
  },

  isAutocompleteOpen(composer) {
    return editor.editorListboxOpen(composer, SLACK.listbox);
  },

  sendButtonFor(composer) {
    // Only inside this composer's own box: never another composer's button (an inline message
    // edit outside these boxes gets none, and its send falls back to the Enter key).
    for (const selector of SLACK.frame) {
      const box = composer.closest(selector);
      const button = box ? editor.queryFirst(box, SLACK.send) : null;
      if (button) return isDisabled(button) ? null : button;
    }
    return null;
  },

  sendTarget(event) {
    if (event instanceof KeyboardEvent) {
      // Enter sends; Shift+Enter is a newline (the controller never gates it either).
      if (event.type !== 'keydown' || event.key !== 'Enter' || event.shiftKey || event.altKey) return null;
      return this.composerFor(event.target);
    }
    if (!editor.POINTER_PRESS.has(event.type)) return null;
    const button = editor.closestFirst(event.target, SLACK.send);
    if (!button || isDisabled(button)) return null;
    const around = editor.nearestAround(button, SLACK.editor);
    return around?.match ?? null;
  },

  replaceDraft(composer, text) {
    return editor.replaceDraft(this, composer, text, 'p');
  },

  send(composer) {
    // A click on Slack's own button: a synthetic Enter often leaves the draft unsent.
    return editor.sendThrough(this, composer, { key: 'Enter' });
  },
};

