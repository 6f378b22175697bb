import type { HostAdapter } from '../compose/hosts/types';
import { countMatch } from '../health/chains';

/*
 * DOM helpers every host adapter shares: reading a contenteditable draft as plain text,
 * replacing it through the editor's own input path, and clicking a host button the way a user
 * does. No selectors live here; adapters pass theirs in.
 */

const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'TR', 'SECTION',
]);

export interface ReadOptions {
  /** Elements left out of the draft entirely (quoted replies, signatures). */
  skip?: (el: Element) => boolean;
  /** Text an element stands for as a whole (a mention, an emoji); null to read its children. */
  atom?: (el: Element) => string | null;
}

/**
 * The first element matching any selector, searched in order (primary first, then fallbacks).
 * Which link matched is counted for the site's health (utils/health/chains.ts).
 */
export function queryFirst(root: ParentNode, selectors: readonly string[]): HTMLElement | null {
  for (let i = 0; i < selectors.length; i++) {
    const el = root.querySelector<HTMLElement>(selectors[i]!);
    if (el) {
      countMatch(selectors, i);
      return el;
    }
  }
  return null;
}

/** Every element matching any of the selectors, in document order. */
export function queryAll(root: ParentNode, selectors: readonly string[]): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(selectors.join(', ')));
}

/** A range over everything inside an editor. */
export function contentsRange(el: Element): Range {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return range;
}

/**
 * Where the writer's own text ends in a mail editor: the first top-level block of `editor` that
 * is, or holds, an element matching `selector` (signature, quoted history). Null when none.
 */
export function draftEnd(editor: Element, selector: string): Element | null {
  return Array.from(editor.children).find((c) => c.matches(selector) || !!c.querySelector(selector)) ?? null;
}

/**
 * A range over an editor's contents up to, not including, `end` (everything when null). It ends
 * inside the block just before `end` rather than between the two: a browser deleting up to a
 * block boundary merges the next block's first line (a signature's "Best,") into the draft.
 */
export function rangeBefore(editor: Element, end: Element | null): Range {
  const range = contentsRange(editor);
  const last = end?.previousSibling;
  if (last instanceof Element && BLOCKS.has(last.tagName)) range.setEnd(last, last.childNodes.length);
  else if (end) range.setEndBefore(end);
  return range;
}

/** The closest ancestor-or-self of `node` matching any selector, in order (the link counted, as in queryFirst). */
export function closestFirst(node: EventTarget | null, selectors: readonly string[]): HTMLElement | null {
  const el = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
  if (!el) return null;
  for (let i = 0; i < selectors.length; i++) {
    const hit = el.closest<HTMLElement>(selectors[i]!);
    if (hit) {
      countMatch(selectors, i);
      return hit;
    }
  }
  return null;
}

/**
 * The nearest ancestor of `from` (at most `maxDepth` levels up) that contains an element
 * matching `selector`, with that element. This is how a composer finds its own send button
 * (and a button its composer) when several compose areas share a page.
 */
export function nearestAround(
  from: Element,
  selectors: readonly string[],
  maxDepth = 12,
): { scope: HTMLElement; match: HTMLElement } | null {
  let scope = from.parentElement;
  for (let depth = 0; scope && depth < maxDepth; depth++, scope = scope.parentElement) {
    const match = queryFirst(scope, selectors);
    if (match) return { scope, match };
  }
  return null;
}

/** Plain text of a contenteditable: one line per block or `<br>`, `\uFEFF` and NBSP cleaned. */
export function readEditable(root: Element, options: ReadOptions = {}): string {
  const lines: string[] = [];
  let cur = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) {
        cur += (child as Text).data;
        continue;
      }
      if (!(child instanceof Element)) continue;
      if (options.skip?.(child)) continue;
      const atom = options.atom?.(child) ?? null;
      if (atom !== null) {
        cur += atom;
        continue;
      }
      const tag = child.tagName;
      if (tag === 'BR') {
        // A trailing <br> only keeps an empty block open; the block end ends the line.
        if (!(child.nextSibling === null && BLOCKS.has((child.parentElement ?? root).tagName))) {
          lines.push(cur);
          cur = '';
        }
        continue;
      }
      if (tag === 'IMG') {
        cur += child.getAttribute('alt') ?? '';
        continue;
      }
      if (tag === 'STYLE' || tag === 'SCRIPT') continue;
      if (!BLOCKS.has(tag)) {
        walk(child);
        continue;
      }
      if (cur) {
        lines.push(cur);
        cur = '';
      }
      const before = lines.length;
      walk(child);
      if (cur || lines.length === before) lines.push(cur);
      cur = '';
    }
  };
  walk(root);
  if (cur) lines.push(cur);
  return lines.join('\n').replace(/\uFEFF/g, '').replace(/\u00A0/g, ' ').replace(/\s+$/, '');
}

/** Whether two drafts read the same, whitespace and line structure aside (editors differ in how they break lines). */
export function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[\s\uFEFF]+/g, ' ').trim();
  return norm(a) === norm(b);
}

/** Makes `range` the document's selection. */
export function select(range: Range): void {
  const sel = range.startContainer.ownerDocument?.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(range);
}

/** What replacing a draft needs from its adapter: where the draft is and how it reads. */
type DraftAccess = Pick<HostAdapter, 'draftRange' | 'readText'>;

/**
 * Replaces the draft with `text` through the editor's own input path: focus, select the draft,
 * `execCommand('insertText')` (so the host's model and undo stay in sync). When that is
 * unavailable or leaves other text, rebuilds the lines as nodes and fires `input`. Never assigns
 * textContent or HTML strings to the editor. `lineTag` is one rebuilt line (`p` for Quill, `div` for
 * Gmail). Returns whether the editor now holds `text`.
 */
export function replaceDraft(adapter: DraftAccess, editor: HTMLElement, text: string, lineTag: string): boolean {
  const doc = editor.ownerDocument;
  const draft = () => adapter.draftRange(editor);
  editor.focus({ preventScroll: true });
  select(draft());
  let inserted: boolean;
  try {
    inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    inserted = false;
  }
  if (inserted && sameText(adapter.readText(editor), text)) return true;

  const range = draft();
  // A draft that ends inside its last line leaves that line's empty element behind.
  const lastLine = range.endContainer !== editor && range.endContainer instanceof Element ? range.endContainer : null;
  range.deleteContents();
  if (lastLine?.parentNode === editor && !lastLine.textContent) lastLine.remove();
  const frag = doc.createDocumentFragment();
  for (const line of text.split('\n')) {
    const el = doc.createElement(lineTag);
    if (line) el.append(doc.createTextNode(line));
    else el.append(doc.createElement('br'));
    frag.append(el);
  }
  range.insertNode(frag);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
  placeCaretAtEnd(editor, draft());
  return sameText(adapter.readText(editor), text);
}

/**
 * Resolves after the browser has reported a selection change (the `selectionchange` event is
 * queued as a task, and editors such as CKEditor 5 move their model's selection only on it),
 * or after `timeoutMs` when nothing changed.
 */
export function selectionSettled(doc: Document, timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      doc.removeEventListener('selectionchange', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * Pastes plain text into an editor the way a user's paste reaches it: a cancelable `paste`
 * ClipboardEvent carrying a DataTransfer with `text/plain`. Editors that keep their own model
 * (CKEditor 5, RoosterJS) handle paste through it; the browser itself inserts nothing for a
 * synthetic paste. Returns false where the event cannot be built.
 */
export function pastePlainText(editor: HTMLElement, text: string): boolean {
  if (typeof DataTransfer !== 'function' || typeof ClipboardEvent !== 'function') return false;
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true, clipboardData: data }));
  return true;
}

/**
 * Types text the way an input method does on an editor that handles `beforeinput` itself: a
 * cancelable `beforeinput` with `inputType: 'insertText'` over the current selection.
 */
export function beforeInputText(editor: HTMLElement, text: string): void {
  editor.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data: text }));
}

/**
 * Sends through the host's own send button, the way a click does; without one, dispatches the
 * host's send key on the editor when given. Returns whether a button was pressed.
 */
export function sendThrough(adapter: Pick<HostAdapter, 'sendButtonFor'>, editor: HTMLElement, fallbackKey?: KeyboardEventInit): boolean {
  const button = adapter.sendButtonFor(editor);
  if (button) pressButton(button);
  else if (fallbackKey) sendKey(editor, fallbackKey);
  return !!button;
}

/**
 * Whether the composer's send control is on the page at all (enabled or not, as the adapter's
 * send chain finds it around the composer). Without one a held send could not be completed, so
 * the coach never holds it, and site health says sends cannot be held there.
 */
export function sendControlFound(adapter: Pick<HostAdapter, 'sendButtonFor' | 'chains'>, composer: HTMLElement): boolean {
  return !!adapter.sendButtonFor(composer) || !!nearestAround(composer, adapter.chains.send);
}

/** Focuses the editor and puts the caret at the end of the writer's draft. */
export function placeCaretAtEnd(editor: HTMLElement, draft: Range): void {
  editor.focus({ preventScroll: true });
  draft.collapse(false);
  select(draft);
}

/**
 * Focuses the editor and selects the first occurrence of `text` inside the writer's draft (a
 * prompt the writer should type over). Text split across nodes is not found. Returns whether
 * it was selected; otherwise the caret goes to the end of the draft.
 */
export function selectInDraft(editor: HTMLElement, draft: Range, text: string): boolean {
  const doc = editor.ownerDocument;
  const root = draft.commonAncestorContainer;
  const walker = doc.createTreeWalker(root.nodeType === Node.TEXT_NODE ? (root.parentNode ?? root) : root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!draft.intersectsNode(node)) continue;
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    editor.focus({ preventScroll: true });
    const range = doc.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    select(range);
    return true;
  }
  placeCaretAtEnd(editor, draft);
  return false;
}

/** The events a pointer press on a button dispatches, in order (all are gated together). */
export const POINTER_PRESS: ReadonlySet<string> = new Set(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);

/** Clicks a host button the way a pointer does (some hosts act on mousedown/mouseup). */
function pressButton(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView;
  const Pointer = typeof PointerEvent === 'function' ? PointerEvent : MouseEvent;
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, view };
  el.dispatchEvent(new Pointer('pointerdown', init));
  el.dispatchEvent(new MouseEvent('mousedown', init));
  el.dispatchEvent(new Pointer('pointerup', init));
  el.dispatchEvent(new MouseEvent('mouseup', init));
  el.click();
}

/** Last resort when a host has no send button to click: its send key, dispatched on the editor. */
function sendKey(editor: HTMLElement, init: KeyboardEventInit): void {
  editor.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init }));
}

/** Rendered and not hidden (an autocomplete list that is merely in the DOM does not count). */
function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
  return el.getClientRects().length > 0;
}

/** True when Enter in this editor would pick a suggestion (ARIA combobox state, or a visible list). */
export function editorListboxOpen(editor: Element, listboxSelectors: readonly string[]): boolean {
  if (editor.getAttribute('aria-expanded') === 'true') return true;
  if (editor.getAttribute('aria-activedescendant')) return true;
  const doc = editor.ownerDocument;
  for (const attr of ['aria-controls', 'aria-owns']) {
    for (const id of (editor.getAttribute(attr) ?? '').split(/\s+/).filter(Boolean)) {
      const list = doc.getElementById(id);
      if (list && isShown(list) && list.querySelector('[role="option"]')) return true;
    }
  }
  for (const s of listboxSelectors) {
    for (const list of Array.from(doc.querySelectorAll(s))) if (isShown(list)) return true;
  }
  return false;
}

/**
 * Appends `text` as new lines at the end of an editable (a contenteditable or a textarea; in place
 * of its empty line when it has no text) through its own input path: focus, caret at the end, `execCommand('insertText')`; when that leaves the
 * text out, appends line nodes and fires `input`. Never assigns HTML strings or textContent.
 * Returns whether the text is now there.
 */
export function appendToEditable(box: HTMLElement, text: string): boolean {
  const doc = box.ownerDocument;
  const read = () => (box instanceof HTMLTextAreaElement ? box.value : readEditable(box));
  const before = read();
  const insert = before.trim() ? `\n${text}` : text;
  const firstLine = text.split('\n')[0]?.trim() ?? '';
  const landed = () => read().length > before.length && read().includes(firstLine);
  box.focus({ preventScroll: true });
  if (box instanceof HTMLTextAreaElement) {
    box.setSelectionRange(box.value.length, box.value.length);
  } else {
    // An empty editable still holds an empty line: the text takes its place.
    const end = contentsRange(box);
    if (before.trim()) end.collapse(false);
    select(end);
  }
  try {
    if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, insert) && landed()) return true;
  } catch {
    /* fall through to the node path */
  }
  if (box instanceof HTMLTextAreaElement) {
    box.setRangeText(insert, box.value.length, box.value.length, 'end');
  } else {
    const frag = doc.createDocumentFragment();
    for (const line of text.split('\n')) {
      const div = doc.createElement('div');
      if (line) div.append(doc.createTextNode(line));
      else div.append(doc.createElement('br'));
      frag.append(div);
    }
    if (!before.trim()) box.replaceChildren();
    box.append(frag);
  }
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: insert }));
  return landed();
}
