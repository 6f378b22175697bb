/**
 * The decision table: async for routine status, document feedback and divergent idea gathering;
 * sync for an incident in progress, social time, a one-on-one, sensitive feedback, a convergent
 * final decision, a live brainstorm, and a project off-track that needs realigning now.
 */
import { ABOUT_A_PERSON, OFF_TRACK } from './signals';
import type { MeetingKind, MeetingMode } from './types';

/** Sensitive matters besides a person as the subject (ABOUT_A_PERSON): confidence, health, job security. */
const SENSITIVE =
  /\b(?:confidential|private(?:ly)?\b(?! (?:beta|preview|repo|key|channel|api|network|cloud|equity|sector|link))|in confidence|sensitive|personal (?:matter|issue|reasons)|conflict (?:between|with)|interpersonal|tension|upset|hurt|frustrat\w*|performance (?:review|concern|issue|problem|improvement)|pip\b|underperform\w*|disciplinary|grievance|harass\w*|misconduct|mental health|health (?:issue|matter|reasons|problem)|medical|sick leave|well-?being|burn-?out|bereavement|how you(?:'re| are) feeling|how .* feels|reorg|layoffs?|redundanc\w*|(?:\w+'s|his|her|their) termination|termination (?:meeting|conversation|of)|let go|hr matter)\b/i;

const LIVE_BRAINSTORM =
  /\b(?:rapid[- ]fire|live|real[- ]time|in[- ]person|in the room|cameras? on|whiteboard|riff|bounce ideas|out loud|fast and loose|quick-?fire|lightning|speed round|shout(?:ing)? out|fire out|round[- ]robin|workshop|jam session|sprint(?:ing)? together)\b/i;

const ASYNC_BRAINSTORM = /\b(?:before (?:the|we|\w+day)|beforehand|no need to (?:attend|join|come|be there)|(?:drop|add|post|put) yours|in the form|in advance|ahead of time|add your|drop (?:your )?(?:ideas|suggestions)|in the doc|on the board|before .{0,30}decides?|long list|as many (?:options|ideas))\b/i;


/** "Other" meetings that are live by nature. */
const LIVE_OTHER = /\b(?:interview\w*|candidate|customer call|client call|customer meeting|client meeting|pair(?:ing)? (?:programming|session)|pairing)\b/i;

export function decideMode(kind: MeetingKind, all: string, pastIncident: boolean): { mode: MeetingMode; why: string } {
  if (kind === 'crisis') return { mode: 'sync', why: 'An incident in progress needs people live, now.' };
  if (kind === 'social') return { mode: 'sync', why: 'Social time is the point of being together: keep it live.' };
  if (kind === 'one-on-one') return { mode: 'sync', why: 'A one-on-one is a conversation: keep it live.' };
  if ((SENSITIVE.test(all) || ABOUT_A_PERSON.test(all)) && kind !== 'brainstorm') return { mode: 'sync', why: 'Sensitive or personal matters deserve a live conversation.' };
  if (OFF_TRACK.test(all) && !pastIncident) return { mode: 'sync', why: 'The project is off-track: realigning now is worth a live meeting.' };
  switch (kind) {
    case 'decision':
      return { mode: 'sync', why: 'A final decision that needs buy-in is best made together, live.' };
    case 'brainstorm':
      if (LIVE_BRAINSTORM.test(all) && !ASYNC_BRAINSTORM.test(all)) return { mode: 'sync', why: 'A rapid-fire live brainstorm works best in the room.' };
      return { mode: 'async', why: 'Gathering ideas before deciding works better in writing: everyone contributes, nobody waits.' };
    case 'feedback':
      return { mode: 'async', why: 'Detailed feedback on a document is better written, in the document.' };
    case 'status-update':
      return { mode: 'async', why: 'A routine status update can be a written update read on everyone’s own time.' };
    default:
      if (pastIncident) return { mode: 'async', why: 'Documenting a past incident is writing work: do it in the document.' };
      if (LIVE_OTHER.test(all)) return { mode: 'sync', why: 'Talking with a candidate, a customer or a pair partner happens live.' };
      return { mode: 'async', why: 'Nothing here needs everyone live at once: try a written request first.' };
  }
}
