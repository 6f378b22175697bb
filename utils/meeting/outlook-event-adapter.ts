import type { MeetingAdapter, MeetingDraft, MeetingEditor, MeetingField } from './adapter';
import type { Recurrence } from './analysis';
import { parseRecurrence, parseTimeOfDay } from './field-text';
import { appendToEditable, closestFirst, queryAll, queryFirst, readEditable } from '../platform/editor';

/*
 * Outlook on the web, calendar: the new-event form (a dialog in the top document, or the pop-out
 * compose page). Every selector for it lives here. Outlook documents no language-independent
 * hooks for this form, so the form is found by its structure: the description editor
 * (`data-ms-editor`, the same editor as mail, but outside any mail ComposeForm) with date/time
 * comboboxes around it. Dates and times are read from the comboboxes' values by what they parse
 * as, in any language; attendees are the chips in the form (`data-lpc-hover-target-id`, as in
 * mail). Localized labels (English) are only the fallback for fields structure cannot tell
 * apart: the title, the all-day switch, the recurrence summary and the Send/Save button.
 */
export const OUTLOOK_EVENT = {
  description: [
    'div[role="textbox"][contenteditable="true"][data-ms-editor="true"]',
    'div[data-ms-editor] [contenteditable="true"][role="textbox"]',
  ],
  mailForm: '[data-app-section="ComposeForm"]',
  container: ['[role="dialog"]'],
  combobox: 'input[role="combobox"], [role="combobox"] input',
  chip: '[data-lpc-hover-target-id]',
  title: ['input[placeholder="Add title"]', 'input[aria-label="Add a title for the event"]'],
  /** The first plain text input of the form is its title (structure, when the labels differ). */
  titleByOrder: 'input[type="text"]:not([role="combobox"]), input:not([type]):not([role="combobox"])',
  startDate: ['[aria-label="Start date"]'],
  startTime: ['[aria-label="Start time"]'],
  endDate: ['[aria-label="End date"]'],
  endTime: ['[aria-label="End time"]'],
  allDay: ['input[type="checkbox"][aria-label="All day"]', '[role="switch"][aria-label="All day"]', '[role="checkbox"][aria-label="All day"]'],
  /** The recurrence summary button: "Occurs every Monday" once set. */
  recurrence: ['button[aria-label^="Occurs"]', 'button[title^="Occurs"]'],
  /** The finishing button: "Send" with invitees, "Save" without. */
  finish: ['button[aria-label="Send"]', 'button[aria-label="Save"]', 'button[title="Send"]', 'button[title="Save"]'],
} as const;

export interface OutlookEventEditor extends MeetingEditor {
  kind: 'event';
}

const DESCRIPTION = OUTLOOK_EVENT.description.join(', ');

/** The form around an event description editor: its dialog, else the nearest box with comboboxes. */
function formAround(description: HTMLElement): HTMLElement | null {
  if (description.closest(OUTLOOK_EVENT.mailForm)) return null;
  const dialog = closestFirst(description, OUTLOOK_EVENT.container);
  if (dialog?.querySelector(OUTLOOK_EVENT.combobox)) return dialog;
  let el = description.parentElement;
  for (let depth = 0; el && depth < 12; depth++, el = el.parentElement) {
    if (el.querySelector(OUTLOOK_EVENT.combobox)) return el;
  }
  return null;
}

function findEditor(doc: Document): OutlookEventEditor | null {
  for (const description of queryAll(doc, OUTLOOK_EVENT.description)) {
    const root = formAround(description);
    if (root) return { kind: 'event', root };
  }
  return null;
}

function editorFor(node: EventTarget | null, doc: Document): OutlookEventEditor | null {
  if (!(node instanceof Element)) return null;
  const editor = findEditor(doc);
  return editor && editor.root.contains(node) ? editor : null;
}

/**
 * A date as Outlook displays it, in the page's locale: "12/9/2026" (en-US: month first),
 * "09/12/2026" or "9.12.2026" (day first), "2026-12-09" (year first), with or without a weekday.
 */
export function parseDisplayDate(raw: string | null | undefined, lang: string): Date | null {
  const m = /(\d{1,4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,4})/.exec(raw ?? '');
  if (!m) return null;
  const [a, b, c] = [m[1]!, m[2]!, m[3]!].map(Number) as [number, number, number];
  let y: number, mo: number, d: number;
  if (m[1]!.length === 4) [y, mo, d] = [a, b, c];
  else if (/^en-us$|^en$/i.test(lang)) [mo, d, y] = [a, b, c];
  else [d, mo, y] = [a, b, c];
  if (y < 100) y += 2000;
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

/** "Occurs every Monday" → weekly; otherwise as Calendar's recurrence text reads. */
export function parseOccurs(raw: string | null | undefined): Recurrence {
  const byText = parseRecurrence(raw);
  if (byText !== 'none') return byText;
  return /\bevery (mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(raw ?? '') ? 'weekly' : 'none';
}

const isShown = (el: Element) => !(el as HTMLElement).hidden && !el.closest('[hidden], [aria-hidden="true"]');
const valueOf = (el: Element | null) => (el instanceof HTMLInputElement ? el.value : (el?.textContent ?? ''));

/** Start/end dates and times: by what the comboboxes' values parse as, else by their labels. */
function readSpan(root: HTMLElement): { startDay: Date | null; endDay: Date | null; startMin: number | null; endMin: number | null; timesShown: boolean } {
  const lang = root.ownerDocument.documentElement.lang || 'en-US';
  const boxes = Array.from(root.querySelectorAll(OUTLOOK_EVENT.combobox)).filter(isShown);
  const dates = boxes.map((b) => parseDisplayDate(valueOf(b), lang)).filter((d): d is Date => !!d);
  const times = boxes.map((b) => parseTimeOfDay(valueOf(b))).filter((t): t is number => t !== null);
  const labelled = (sel: readonly string[]) => {
    const el = queryFirst(root, sel);
    return el && isShown(el) ? valueOf(el) : null;
  };
  const startDay = dates[0] ?? parseDisplayDate(labelled(OUTLOOK_EVENT.startDate), lang);
  const endDay = (dates.length > 1 ? dates[dates.length - 1] : null) ?? parseDisplayDate(labelled(OUTLOOK_EVENT.endDate), lang) ?? startDay;
  const startMin = times.length >= 2 ? times[0]! : parseTimeOfDay(labelled(OUTLOOK_EVENT.startTime));
  const endMin = times.length >= 2 ? times[1]! : parseTimeOfDay(labelled(OUTLOOK_EVENT.endTime));
  return { startDay, endDay: endDay ?? null, startMin, endMin, timesShown: times.length > 0 || startMin !== null };
}

function at(day: Date | null, minutes: number | null): Date | null {
  if (!day || minutes === null) return null;
  const d = new Date(day);
  d.setHours(0, minutes, 0, 0);
  return d;
}

function descriptionBox(editor: OutlookEventEditor): HTMLElement | null {
  return queryFirst(editor.root, OUTLOOK_EVENT.description);
}

function titleOf(root: HTMLElement): HTMLElement | null {
  return queryFirst(root, OUTLOOK_EVENT.title) ?? root.querySelector<HTMLElement>(OUTLOOK_EVENT.titleByOrder);
}

/** Title, time and description; attendees have no hook until someone is invited, so they are not checked. */
function readableFields(editor: OutlookEventEditor): Partial<Record<MeetingField, boolean>> {
  return { title: !!titleOf(editor.root), time: readSpan(editor.root).startDay !== null, description: !!descriptionBox(editor) };
}

function readEvent(editor: OutlookEventEditor): MeetingDraft {
  const { root } = editor;
  const titleEl = titleOf(root);
  const box = descriptionBox(editor);
  // The wells list the invitees, not the organiser, who attends too.
  const invitees = Array.from(root.querySelectorAll(OUTLOOK_EVENT.chip)).filter((c) => !c.closest(DESCRIPTION)).length;
  const span = readSpan(root);
  const switchEl = queryFirst(root, OUTLOOK_EVENT.allDay);
  const switched = switchEl instanceof HTMLInputElement ? switchEl.checked : switchEl?.getAttribute('aria-checked') === 'true';
  const allDay = switched || (!!span.startDay && !span.timesShown);
  const start = allDay ? span.startDay : at(span.startDay, span.startMin);
  const rawEnd = allDay ? span.endDay : at(span.endDay, span.endMin);
  const valid = !!start && !!rawEnd && rawEnd > start;
  return {
    title: valueOf(titleEl).trim(),
    description: box ? readEditable(box) : '',
    attendees: invitees + 1,
    start,
    end: valid || allDay ? rawEnd : null,
    durationMinutes: valid && !allDay ? Math.round((rawEnd.getTime() - start.getTime()) / 60_000) : null,
    allDay,
    recurrence: parseOccurs(valueOf(queryFirst(root, OUTLOOK_EVENT.recurrence))),
  };
}

function isSaveActivation(event: Event, editor: OutlookEventEditor): boolean {
  const press = event.type === 'click' || (event.type === 'keydown' && ['Enter', ' '].includes((event as KeyboardEvent).key));
  if (!press || !(event.target instanceof Node)) return false;
  return !!finishButton(editor)?.contains(event.target);
}

function finishButton(editor: OutlookEventEditor): HTMLElement | null {
  return queryFirst(editor.root, OUTLOOK_EVENT.finish);
}

/** Outlook's new-event form, for the meeting coach. */
export const outlookEventAdapter: MeetingAdapter<OutlookEventEditor> = {
  findEditor,
  editorFor,
  readEvent,
  descriptionBox,
  appendToDescription: (editor, text) => {
    const box = descriptionBox(editor);
    return !!box && appendToEditable(box, text);
  },
  saveButton: finishButton,
  isSaveActivation,
  watchedAttributes: ['aria-checked', 'aria-label', 'aria-selected', 'hidden', 'data-lpc-hover-target-id'],
  chains: { description: OUTLOOK_EVENT.description, title: OUTLOOK_EVENT.title },
  readableFields,
  // The new-event form opens over the calendar without an address of its own.
  expectsEditor: () => false,
};
