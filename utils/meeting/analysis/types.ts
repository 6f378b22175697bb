/** What an invite is, what the analyser says of it: the shapes every module here shares. */
import type { Mode } from '../../platform/db/records';

export const RECURRENCES = ['none', 'daily', 'weekly', 'biweekly', 'monthly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const MEETING_KINDS = ['status-update', 'brainstorm', 'decision', 'feedback', 'crisis', 'social', 'one-on-one', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type MeetingMode = Mode;

export interface MeetingInput {
  title: string;
  description: string;
  /** People invited, organiser included. */
  attendees: number;
  durationMinutes: number;
  recurrence: Recurrence;
  start?: Date;
}

export interface MeetingAnalysis {
  mode: MeetingMode;
  kind: MeetingKind;
  hasAgenda: boolean;
  /** attendees × duration in hours, for one occurrence (rounded to 0.01). */
  personHours: number;
  /** personHours × occurrences in an average month (see OCCURRENCES_PER_MONTH). */
  monthlyPersonHours: number;
  /** Why the verdict, in plain words, most important first. */
  reasons: string[];
  /** Agenda items found in the description (list items, questions), boilerplate removed. */
  topics: string[];
  /** A stated goal/outcome line, when the description has one. */
  goal: string | null;
}
