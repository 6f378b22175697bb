import type { MeetingAdapter, MeetingDraft, MeetingEditor, MeetingField } from './adapter';
import type { Recurrence } from './analysis';
import { appendToEditable, queryFirst, readEditable } from '../platform/editor';
import { parseRecurrence, parseTimeOfDay } from './field-text';

/*
 * Google Calendar adapter: every Calendar selector and quirk lives here (see docs/hosts.md).
 * Each selector list is tried in order, primary first; language-independent hooks (ids, data-*
 * attributes, roles) come before translated aria-labels. A miss returns null / a neutral value,
 * never throws: the coach then simply has less to say.
 *
 * Page URLs these must match:
 *   full editor   /calendar/u/0/r/eventedit[/<id>] (on the calendar site, utils/platform/sites.ts)
 *   quick-create  any calendar view, after clicking an empty slot (a [role=dialog])
 */
export const CALENDAR_SELECTORS = {
  /** `body[data-viewfamily="EVENT_EDIT"]` marks the full editor (data-viewkey="EVENTEDIT"). */
  fullEditorBody: ['body[data-viewfamily="EVENT_EDIT"]', 'body[data-viewkey="EVENTEDIT"]'],
  title: ['#xTiIn', 'input[aria-label="Title"]'],
  startDate: ['#xStDaIn'],
  endDate: ['#xEnDaIn'],
  startTime: ['#xStTiIn'],
  endTime: ['#xEnTiIn'],
  allDay: ['#xAlDaCbx[role="checkbox"]', '#xAlDaCbx', '[role="checkbox"][id^="xAlDa"]'],
  guestList: ['#xGstLst'],
  /** A guest chip; `data-email` is the language-independent hook (the organiser has one too). */
  guestChip: ['[role="treeitem"][data-email]', '[data-hovercard-id][data-email]'],
  /**
   * Description: a contenteditable textbox. `#xDescIn` and `#hInySc0` (2020–2024 scripts) are
   * hypotheses kept as fallbacks after the documented label.
   */
  description: [
    '[contenteditable="true"][role="textbox"][aria-label="Description"]',
    '#xDescIn [contenteditable="true"]',
    '#hInySc0[contenteditable="true"]',
    'textarea[aria-label="Description"]',
  ],
  /** Recurrence: a listbox/combobox; no documented data hook, so its selected option is read. */
  recurrence: [
    '#xRecurrence',
    '[role="listbox"][aria-label="Recurrence"]',
    '[role="combobox"][aria-label="Recurrence"]',
    '[role="listbox"][aria-label="Repeat"]',
  ],
  recurrenceSelected: ['[role="option"][aria-selected="true"]'],
  /**
   * Save. Its `jsname` is obfuscated but the one language-independent hook (seen 2024–2026 on
   * both editors), so it leads: a renamed jsname then shows as a fallback in site health; the
   * English label (docs/hosts.md) carries Save meanwhile. `#xSaveBu` was a hypothesis never seen
   * on the page, dropped: a primary that never matches would say "the page changed" everywhere.
   */
  save: ['button[jsname="x8hlje"]', 'button[aria-label="Save"]', '[role="button"][aria-label="Save"]'],
  /** Quick-create: a dialog that holds the Event tab button. */
  quickDialog: ['[role="dialog"]'],
  quickDialogMark: ['button#tabEvent'],
  quickTitle: ['input[aria-label="Add title"]', 'input[type="text"]'],
} as const;

export type CalendarEditorKind = 'full' | 'quick';

export interface CalendarEditor extends MeetingEditor {
  kind: CalendarEditorKind;
}

/** On Calendar, the organiser's own chip is among the guest chips once anyone is invited. */
export type CalendarEventDraft = MeetingDraft;

const DIALOG = CALENDAR_SELECTORS.quickDialog.join(', ');

/** The quick-create dialog that contains `node` (or any, when node is null). */
function quickDialog(doc: Document, node: Element | null): HTMLElement | null {
  const dialogs = node ? [node.closest<HTMLElement>(DIALOG)].filter((d): d is HTMLElement => !!d) : Array.from(doc.querySelectorAll<HTMLElement>(DIALOG));
  return dialogs.find((d) => !!queryFirst(d, CALENDAR_SELECTORS.quickDialogMark)) ?? null;
}

/** The root of the full editor: the nearest ancestor of the title holding every field found on the page. */
function fullEditorRoot(doc: Document): HTMLElement | null {
  if (!queryFirst(doc, CALENDAR_SELECTORS.fullEditorBody)) return null;
  const title = queryFirst(doc, CALENDAR_SELECTORS.title);
  if (!title) return null;
  const fields = [CALENDAR_SELECTORS.guestList, CALENDAR_SELECTORS.description, CALENDAR_SELECTORS.startTime]
    .map((sel) => queryFirst(doc, sel))
    .filter((el): el is HTMLElement => !!el);
  let el: HTMLElement | null = title.parentElement;
  while (el && el !== doc.body) {
    const root = el;
    if (fields.every((f) => root.contains(f))) return root;
    el = el.parentElement;
  }
  return doc.body;
}

/** The editor currently on the page: the full event editor first, else an open quick-create dialog. */
export function findEditor(doc: Document): CalendarEditor | null {
  const full = fullEditorRoot(doc);
  if (full) return { kind: 'full', root: full };
  const dialog = quickDialog(doc, null);
  return dialog ? { kind: 'quick', root: dialog } : null;
}

/** The editor a node (a focus target, a click) belongs to, or null. */
export function editorFor(node: EventTarget | null, doc: Document): CalendarEditor | null {
  const el = node instanceof Element ? node : null;
  if (!el) return null;
  const dialog = quickDialog(doc, el);
  if (dialog) return { kind: 'quick', root: dialog };
  const full = fullEditorRoot(doc);
  return full && full.contains(el) ? { kind: 'full', root: full } : null;
}

/** `data-date` "YYYYMMDD" → a local date at midnight. */
export function parseDataDate(raw: string | null | undefined): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec((raw ?? '').trim());
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 ? d : null;
}

function timeOf(el: HTMLElement | null): number | null {
  if (!el) return null;
  return parseTimeOfDay(el.getAttribute('data-initial-value')) ?? parseTimeOfDay((el as HTMLInputElement).value);
}

function at(day: Date | null, minutes: number | null): Date | null {
  if (!day || minutes === null) return null;
  const d = new Date(day);
  d.setHours(0, minutes, 0, 0);
  return d;
}

export function descriptionBox(editor: CalendarEditor): HTMLElement | null {
  return queryFirst(editor.root, CALENDAR_SELECTORS.description);
}

function readDescription(editor: CalendarEditor): string {
  const box = descriptionBox(editor);
  if (!box) return '';
  if (box instanceof HTMLTextAreaElement) return box.value;
  return readEditable(box);
}

/** Distinct guest chips by e-mail; 1 (the organiser alone) when there are none. */
export function countGuests(editor: CalendarEditor): number {
  const scope = queryFirst(editor.root, CALENDAR_SELECTORS.guestList) ?? editor.root;
  const emails = new Set<string>();
  for (const sel of CALENDAR_SELECTORS.guestChip) {
    for (const chip of Array.from(scope.querySelectorAll(sel))) {
      const email = chip.getAttribute('data-email')?.trim().toLowerCase();
      if (email) emails.add(email);
    }
    if (emails.size) break;
  }
  return Math.max(1, emails.size);
}

function readRecurrence(editor: CalendarEditor): Recurrence {
  const box = queryFirst(editor.root, CALENDAR_SELECTORS.recurrence);
  if (!box) return 'none';
  const selected = queryFirst(box, CALENDAR_SELECTORS.recurrenceSelected) ?? box;
  const data = selected.getAttribute('data-value') ?? '';
  const byData = parseRecurrence(data);
  return byData !== 'none' || /freq=/i.test(data) ? byData : parseRecurrence(selected.textContent);
}

/** Everything the analyser needs, read from the editor's fields. */
export function readEvent(editor: CalendarEditor): CalendarEventDraft {
  const root = editor.root;
  const titleEl = (editor.kind === 'quick' ? queryFirst(root, CALENDAR_SELECTORS.quickTitle) : null) ?? queryFirst(root, CALENDAR_SELECTORS.title);
  const title = titleEl instanceof HTMLInputElement || titleEl instanceof HTMLTextAreaElement ? titleEl.value : (titleEl?.textContent ?? '');
  const allDayEl = queryFirst(root, CALENDAR_SELECTORS.allDay);
  const allDay = allDayEl?.getAttribute('aria-checked') === 'true' || (allDayEl instanceof HTMLInputElement && allDayEl.checked);
  const startDay = parseDataDate(queryFirst(root, CALENDAR_SELECTORS.startDate)?.getAttribute('data-date'));
  const endDay = parseDataDate(queryFirst(root, CALENDAR_SELECTORS.endDate)?.getAttribute('data-date')) ?? startDay;
  const start = allDay ? startDay : at(startDay, timeOf(queryFirst(root, CALENDAR_SELECTORS.startTime)));
  const rawEnd = allDay ? endDay : at(endDay, timeOf(queryFirst(root, CALENDAR_SELECTORS.endTime)));
  const valid = !!start && !!rawEnd && rawEnd > start;
  const end = valid || allDay ? rawEnd : null;
  const durationMinutes = valid && !allDay ? Math.round((rawEnd.getTime() - start.getTime()) / 60_000) : null;
  return {
    title: title.trim(),
    description: readDescription(editor),
    attendees: countGuests(editor),
    start,
    end,
    durationMinutes,
    allDay,
    recurrence: readRecurrence(editor),
  };
}

export function saveButton(editor: CalendarEditor): HTMLElement | null {
  const doc = editor.root.ownerDocument;
  return queryFirst(editor.root, CALENDAR_SELECTORS.save) ?? (editor.kind === 'full' ? queryFirst(doc, CALENDAR_SELECTORS.save) : null);
}

/** True when a click (or Enter/Space on it) activates this editor's Save button. */
export function isSaveActivation(event: Event, editor: CalendarEditor): boolean {
  // Every click and keystroke on the page comes through here: look for Save only for those that could press it.
  const press = event.type === 'click' || (event.type === 'keydown' && ['Enter', ' '].includes((event as KeyboardEvent).key));
  if (!press || !(event.target instanceof Node)) return false;
  return !!saveButton(editor)?.contains(event.target);
}

/** Appends `text` to the description through the editor's own input path (see appendToEditable). */
export function appendToDescription(editor: CalendarEditor, text: string): boolean {
  const box = descriptionBox(editor);
  return !!box && appendToEditable(box, text);
}

/** Which fields the editor shows: the quick-create dialog has a title and time only. */
export function readableFields(editor: CalendarEditor): Partial<Record<MeetingField, boolean>> {
  const root = editor.root;
  const found = (sel: readonly string[]) => !!queryFirst(root, sel);
  const title = (editor.kind === 'quick' && found(CALENDAR_SELECTORS.quickTitle)) || found(CALENDAR_SELECTORS.title);
  if (editor.kind === 'quick') return { title };
  return {
    title,
    guests: found(CALENDAR_SELECTORS.guestList) || found(CALENDAR_SELECTORS.guestChip),
    time: found(CALENDAR_SELECTORS.startDate) && (found(CALENDAR_SELECTORS.startTime) || found(CALENDAR_SELECTORS.allDay)),
    description: !!descriptionBox(editor),
  };
}

/** Google Calendar's event editors, for the meeting coach. */
export const calendarAdapter: MeetingAdapter<CalendarEditor> = {
  findEditor,
  editorFor,
  readEvent,
  descriptionBox,
  appendToDescription,
  saveButton,
  isSaveActivation,
  watchedAttributes: ['data-initial-value', 'data-date', 'aria-checked', 'aria-selected', 'data-email', 'data-value'],
  chains: {
    fullEditorBody: CALENDAR_SELECTORS.fullEditorBody,
    title: CALENDAR_SELECTORS.title,
    guestList: CALENDAR_SELECTORS.guestList,
    guestChip: CALENDAR_SELECTORS.guestChip,
    startTime: CALENDAR_SELECTORS.startTime,
    description: CALENDAR_SELECTORS.description,
    save: CALENDAR_SELECTORS.save,
  },
  readableFields,
  // The full editor's own address (see "Page URLs" above).
  expectsEditor: (doc) => /\/r\/eventedit(\/|$)/.test(doc.location?.pathname ?? ''),
};
