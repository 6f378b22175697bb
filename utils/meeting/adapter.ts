import type { Recurrence } from './analysis';

/*
 * What the meeting coach needs from a calendar's event editor. One adapter per site owns every
 * selector (utils/meeting/calendar-adapter.ts for Google Calendar, outlook-event-adapter.ts for
 * Outlook); the coach and its session only talk to this. A miss returns null or a neutral
 * value, never throws: the coach then has less to say.
 */

export interface MeetingEditor {
  /** Which of the site's editors this is (Calendar: the full editor or quick-create). */
  kind: string;
  /** The element that holds every field of this editor (observers are scoped to it). */
  root: HTMLElement;
}

/** The event as its editor shows it. */
export interface MeetingDraft {
  title: string;
  description: string;
  /** People attending, the organiser included; 1 when nobody is invited. */
  attendees: number;
  start: Date | null;
  end: Date | null;
  /** null when the times cannot be read or it is an all-day event. */
  durationMinutes: number | null;
  allDay: boolean;
  recurrence: Recurrence;
}

export interface MeetingAdapter<E extends MeetingEditor = MeetingEditor> {
  /** The editor currently on the page, or null. */
  findEditor(doc: Document): E | null;
  /** The editor a node (a focus target, a click) belongs to, or null. */
  editorFor(node: EventTarget | null, doc: Document): E | null;
  readEvent(editor: E): MeetingDraft;
  /** The description field, where an agenda outline goes; null when there is none. */
  descriptionBox(editor: E): HTMLElement | null;
  /** Appends text to the description through the editor's own input path; whether it landed. */
  appendToDescription(editor: E, text: string): boolean;
  /** The editor's Save (or Send) button, or null when it cannot be found. */
  saveButton(editor: E): HTMLElement | null;
  /** True when this event saves or sends the event (its Save/Send button pressed). */
  isSaveActivation(event: Event, editor: E): boolean;
  /** Attributes the site changes when a field changes (the session re-reads on them). */
  watchedAttributes: readonly string[];
  /** The selector chains site health counts (utils/health), by name. */
  readonly chains: Readonly<Record<string, readonly string[]>>;
  /** Which fields of this editor could be found (the ones this kind of editor has). */
  readableFields(editor: E): Partial<Record<MeetingField, boolean>>;
  /** Whether the page's address says an event editor should be on it (site health: its absence is a failure). */
  expectsEditor(doc: Document): boolean;
}

/** The fields site health checks the meeting coach can read. */
export type MeetingField = 'title' | 'guests' | 'time' | 'description';
