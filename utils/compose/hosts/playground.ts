import * as editor from '../../platform/editor';
import { fromChains } from './chains';
import type { HostAdapter } from './types';

/*
 * Focusgate's own playground page: a chat-style composer (Enter sends, one <p> per line) and an
 * email-style composer (Ctrl/Cmd+Enter or the Send button). Its hooks are data attributes we
 * control, so there are no fallbacks.
 */
const PLAYGROUND = {
  composer: '[data-fg-composer][contenteditable="true"]',
  frame: '[data-fg-frame]',
  send: '[data-fg-send]',
} as const;

export const playgroundAdapter: HostAdapter = {
  ...fromChains({ composer: [PLAYGROUND.composer], send: [PLAYGROUND.send], frame: [PLAYGROUND.frame] }),

  readText(composer) {
    return editor.readEditable(composer);
  },

  draftRange(composer) {
    return editor.contentsRange(composer);
  },

  isAutocompleteOpen(composer) {
    return editor.editorListboxOpen(composer, []);
  },

  sendButtonFor(composer) {
    const frame = editor.closestFirst(composer, [PLAYGROUND.frame]);
    return frame ? editor.queryFirst(frame, [PLAYGROUND.send]) : null;
  },

  sendTarget(event) {
    if (event instanceof KeyboardEvent) {
      if (event.type !== 'keydown' || event.key !== 'Enter' || event.altKey) return null;
      const composer = this.composerFor(event.target);
      if (!composer) return null;
      const chat = composer.dataset.fgComposer === 'chat';
      return (chat ? !event.shiftKey : event.ctrlKey || event.metaKey) ? composer : null;
    }
    const button = editor.closestFirst(event.target, [PLAYGROUND.send]);
    if (!button || !editor.POINTER_PRESS.has(event.type)) return null;
    return editor.nearestAround(button, [PLAYGROUND.composer])?.match ?? null;
  },

  replaceDraft(composer, text) {
    return editor.replaceDraft(this, composer, text, composer.dataset.fgComposer === 'chat' ? 'p' : 'div');
  },

  send(composer) {
    return editor.sendThrough(this, composer);
  },
};
