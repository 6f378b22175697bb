import {
  closestFirst,
  contentsRange,
  editorListboxOpen,
  nearestAround,
  POINTER_PRESS,
  queryFirst,
  readEditable,
  replaceDraft,
  sendThrough,
} from '../../platform/editor';
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
  chains: { composer: [PLAYGROUND.composer], send: [PLAYGROUND.send] },

  composerFor(node) {
    return closestFirst(node, [PLAYGROUND.composer]);
  },

  frameOf(composer) {
    return closestFirst(composer, [PLAYGROUND.frame]) ?? composer;
  },

  readText(composer) {
    return readEditable(composer);
  },

  draftRange(composer) {
    return contentsRange(composer);
  },

  isAutocompleteOpen(composer) {
    return editorListboxOpen(composer, []);
  },

  sendButtonFor(composer) {
    const frame = closestFirst(composer, [PLAYGROUND.frame]);
    return frame ? queryFirst(frame, [PLAYGROUND.send]) : null;
  },

  sendTarget(event) {
    if (event instanceof KeyboardEvent) {
      if (event.type !== 'keydown' || event.key !== 'Enter' || event.altKey) return null;
      const composer = this.composerFor(event.target);
      if (!composer) return null;
      const chat = composer.dataset.fgComposer === 'chat';
      return (chat ? !event.shiftKey : event.ctrlKey || event.metaKey) ? composer : null;
    }
    const button = closestFirst(event.target, [PLAYGROUND.send]);
    if (!button || !POINTER_PRESS.has(event.type)) return null;
    return nearestAround(button, [PLAYGROUND.composer])?.match ?? null;
  },

  replaceDraft(composer, text) {
    return replaceDraft(this, composer, text, composer.dataset.fgComposer === 'chat' ? 'p' : 'div');
  },

  send(composer) {
    return sendThrough(this, composer);
  },
};
