/*
 * The meeting-invite analyser: pure (no DOM, no `browser`; the boundaries lint rule holds every
 * file here to it), relative imports only, so the eval and bench scripts can run it under tsx.
 * Labels follow tests/fixtures/analysis/LABELS.md:
 *
 *   kind      what the meeting is for, from title (weighted) and description (kind.ts);
 *   hasAgenda the description lists topics/questions, or states the goal and expected outcome
 *             (agenda.ts; conferencing boilerplate — join info, dial-ins — is ignored: boilerplate.ts);
 *   mode      the decision table (mode.ts).
 *
 * invite.ts runs them in turn (after coerce.ts) and adds the cost (cost.ts); alternative.ts
 * writes the request that replaces the meeting. This file is what the rest of the code imports.
 */
export { analyzeMeeting } from './invite';
export { agendaSkeleton, buildAsyncAlternative } from './alternative';
export { contentLines } from './boilerplate';
export { OCCURRENCES_PER_MONTH } from './cost';
export { MEETING_KINDS, RECURRENCES, type MeetingAnalysis, type MeetingInput, type MeetingKind, type MeetingMode, type Recurrence } from './types';
