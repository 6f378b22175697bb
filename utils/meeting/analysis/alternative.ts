/** The written alternative: a request that replaces the meeting. */
import { replyByFor, type ReplyKind } from '../../platform/norms';
import { documentLinks } from './boilerplate';
import { asText } from './coerce';
import { fmtHours } from './cost';
import { analyzeMeeting } from './invite';
import type { MeetingAnalysis, MeetingInput, MeetingKind } from './types';

const ASKS: Record<MeetingKind, string> = {
  'status-update': 'what you finished since last time, what comes next, and anything blocking you',
  brainstorm: 'as many ideas as you like, one line each — no need to polish them',
  decision: 'your preferred option, the reason in a sentence or two, and any concern that would make it a no for you',
  feedback: 'your comments directly in the document, plus one line here with your overall take',
  crisis: 'what you know, what you are doing about it, and what you need',
  social: 'whether you can make it',
  'one-on-one': 'the topics you want to cover',
  other: 'your input on the points below',
};

const REPLY_KIND: Record<MeetingKind, ReplyKind> = {
  'status-update': 'routine',
  brainstorm: 'feedback',
  decision: 'feedback',
  feedback: 'feedback',
  crisis: 'routine',
  social: 'routine',
  'one-on-one': 'routine',
  other: 'routine',
};

/**
 * A written update/request that replaces the meeting: title, goal, what each person should
 * contribute, the topics, links and a reply-by date from the team's norms.
 */
export function buildAsyncAlternative(input: MeetingInput, analysis: MeetingAnalysis = analyzeMeeting(input), now: Date = new Date()): string {
  const title = asText(input?.title).trim() || 'Quick written round instead of a meeting';
  const description = asText(input?.description);
  const replyBy = replyByFor(REPLY_KIND[analysis.kind], now);
  const goal = analysis.goal ?? defaultGoal(analysis.kind, title);
  const out = [
    `${title} — written round instead of a meeting`,
    '',
    `Goal: ${goal}`,
    '',
    `What I need from each of you: ${ASKS[analysis.kind]}.`,
  ];
  if (analysis.topics.length) {
    out.push('', 'Topics:', ...analysis.topics.map((t, i) => `${i + 1}. ${t}`));
  }
  const docs = documentLinks(description);
  if (docs.length) out.push('', 'Links:', ...docs.map((l) => `- ${l}`));
  out.push(
    '',
    `Please reply in this thread by ${replyBy.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' })}.`,
    analysis.personHours > 0
      ? `(This replaces a meeting that would have taken ${fmtHours(analysis.personHours)} person-hours. If something needs a live conversation, say so and we'll set up a short call for just the people involved.)`
      : "(If something needs a live conversation, say so and we'll set up a short call for just the people involved.)",
  );
  return out.join('\n');
}

function defaultGoal(kind: MeetingKind, title: string): string {
  switch (kind) {
    case 'status-update':
      return `everyone knows where "${title}" stands without a meeting.`;
    case 'brainstorm':
      return `a long list of ideas for "${title}" to shortlist from.`;
    case 'decision':
      return `a decision on "${title}" that everyone can stand behind.`;
    case 'feedback':
      return `one consolidated set of feedback on "${title}".`;
    default:
      return `move "${title}" forward without a meeting.`;
  }
}

/** A blank agenda to fill in; its empty fields do not count as an agenda until filled. */
export function agendaSkeleton(): string {
  return ['Goal: ', 'Expected outcome: ', 'Agenda:', '1. ', '2. ', '3. ', 'Pre-read: '].join('\n');
}
