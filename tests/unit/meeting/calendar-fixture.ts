import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURE = readFileSync(resolve(import.meta.dirname, '../../fixtures/calendar-eventedit.html'), 'utf8');

/** Loads Calendar's event-editor fixture markup (its stand-in script does not run here; tests change the DOM as Calendar would). */
export function loadFixture(): void {
  const parsed = new DOMParser().parseFromString(FIXTURE, 'text/html');
  for (const s of Array.from(parsed.querySelectorAll('script'))) s.remove();
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
}

export const $ = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;
