import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GMAIL } from '../../../utils/compose/hosts/gmail';
import { OUTLOOK } from '../../../utils/compose/hosts/outlook';
import { SLACK } from '../../../utils/compose/hosts/slack';
import { TEAMS, teamsAdapter } from '../../../utils/compose/hosts/teams';

/**
 * Loads a host fixture page (tests/fixtures/<name>) into the happy-dom document, without its
 * emulation script: unit tests drive the DOM themselves.
 */
export function loadFixture(name: string): void {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures', name), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((s) => s.remove());
  document.title = parsed.title;
  document.documentElement.lang = parsed.documentElement.lang;
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

/** The composers on a loaded fixture, in page order, by the adapter's own selector table. */
const all = (selectors: readonly string[]) => Array.from(document.querySelectorAll<HTMLElement>(selectors.join(', ')));
export const slackComposers = (): HTMLElement[] => all(SLACK.editor);
export const gmailComposers = (): HTMLElement[] => all(GMAIL.body);
/** Teams' editors the adapter coaches (an in-place edit of a sent message is not one). */
export const teamsComposers = (): HTMLElement[] => all(TEAMS.editor).filter((el) => teamsAdapter.composerFor(el) === el);
export const outlookComposers = (): HTMLElement[] => all(OUTLOOK.body);

export function key(target: EventTarget, init: KeyboardEventInit & { key: string }, type = 'keydown'): KeyboardEvent {
  const event = new KeyboardEvent(type, { bubbles: true, cancelable: true, composed: true, ...init });
  target.dispatchEvent(event);
  return event;
}

export function mouse(target: EventTarget, type: string): MouseEvent {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, button: 0 });
  target.dispatchEvent(event);
  return event;
}

/** Sets an editor's lines the way the host editor would hold them (one element per line). */
export function setLines(editor: HTMLElement, lines: string[], tag = 'p'): void {
  editor.replaceChildren(
    ...lines.map((line) => {
      const el = document.createElement(tag);
      if (line) el.append(line);
      else el.append(document.createElement('br'));
      return el;
    }),
  );
}

/** An element as a host page would build it: its attributes, in order. */
export function element(tag: string, attributes: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}
