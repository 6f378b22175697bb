/**
 * The agenda: the description lists topics or questions, or states the goal and the expected
 * outcome (in a list, under a heading, or in prose: prose.ts). Works on contentLines(), boilerplate gone.
 */
import { namesTopics, statesPurpose } from './prose';

const LIST_ITEM = /^(?:\d{1,2}[.)]|[a-z][.)]|[-*•·–—▪◦●○]|\[\s?[x ]?\s?\])\s+(.+)$/i;
/** "Label: rest" where the label announces an agenda, a goal or an outcome. */
const AGENDA_LABEL =
  /^(?:agenda|topics?|(?:(?:my|our|your|key) )?points|talking points|discussion points|points to discuss|to discuss|items?|questions?(?: to answer)?|open questions|focus areas?|goals?|objectives?|purpose|aim|outcomes?|expected outcomes?|desired outcomes?|deliverables?|pre-?reads?|pre-?reading|before the (?:meeting|session|call)|prep|preparation|we(?:'ll| will) (?:cover|discuss|decide|review))\b[^:]{0,30}:\s*(.*)$/i;
const GOAL_LABEL = /^(?:goals?|objectives?|purpose|aim|outcomes?|expected outcomes?|desired outcomes?|deliverables?)\b[^:]{0,30}:\s*(.+)$/i;
export interface AgendaFindings {
  hasAgenda: boolean;
  topics: string[];
  goal: string | null;
}

function isPlaceholder(s: string): boolean {
  return !/[\p{L}\p{N}]/u.test(s.replace(/[[\](){}<>_…]|\.{2,}|\b(?:tbd|todo|xxx)\b/gi, ''));
}

/** A heading whose topics follow on the next lines ("Agenda:", "Topics", "Questions to answer:"). */
const TOPIC_HEADING = /^(?:agenda|topics?|(?:(?:my|our|your|key) )?points|talking points|discussion points|points to discuss|to discuss|questions?(?: to answer)?|open questions|focus areas?|items?|we(?:'ll| will) (?:cover|discuss))\b[^:]{0,30}:?\s*$/i;
/** A goal/outcome label after another sentence ("Fill in the doc. Outcome: a post-mortem."). */
const INLINE_LABEL = /[.!?]\s+(?:goals?|objectives?|purpose|outcomes?|expected outcomes?|desired outcomes?|agenda|topics?|(?:my|our|your|key) points)\s*:\s*[\p{L}\p{N}]/iu;
/** "Round the table: progress, next steps, blockers" — three or more topics after a colon. */
const INLINE_LIST = /(?<!\d):\s*[^,:;]{2,40},\s*[^,:;]{2,40}(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)[^,:;]{2,40}\.?$/;
/** Lines about where and when, not what. */
const LOGISTICS_LABEL = /^(?:(?:location|where|room|address|venue|when|time|date|dress code|food|menu|parking)\s*:|bring\b)/i;
/** Questions about logistics are not topics ("Can everyone make it?"). */
const LOGISTICS_QUESTION = /\b(?:make it|join|attend|available|free (?:then|at)|time works?|works for|dial in|link|room)\b/i;
const MARKER = /^(?:\d{1,2}[.)]|[a-z][.)]|[-*•·–—▪◦●○])\s*/i;

/** Finds topics, questions, a goal/outcome statement, pre-reads. */
export function findAgenda(lines: readonly string[]): AgendaFindings {
  const topics: string[] = [];
  let goal: string | null = null;
  let labelled = false;
  let purposeful = false;
  let questions = 0;
  let underHeading = false;
  for (const line of lines) {
    const item = LIST_ITEM.exec(line);
    if (item?.[1] && !isPlaceholder(item[1])) topics.push(item[1].trim());
    const label = AGENDA_LABEL.exec(line);
    const heading = TOPIC_HEADING.test(line);
    if (label || heading) {
      // "Goal: …" with content counts; an empty "Goal:" (a skeleton) does not; an empty
      // "Agenda:" counts through the lines that follow it.
      const rest = label?.[1] ?? '';
      if (!isPlaceholder(rest)) labelled = true;
      underHeading = heading && isPlaceholder(rest);
    } else if (INLINE_LABEL.test(line) || (INLINE_LIST.test(line) && !LOGISTICS_LABEL.test(line))) {
      labelled = true;
    } else if (underHeading && !item) {
      const topic = line.replace(MARKER, '').trim();
      if (!isPlaceholder(topic) && topic.length <= 160) topics.push(topic);
    }
    const g = GOAL_LABEL.exec(line);
    if (g?.[1] && !goal && !isPlaceholder(g[1])) goal = g[1].trim();
    if (statesPurpose(line) || (!item && !LOGISTICS_LABEL.test(line) && namesTopics(line))) purposeful = true;
    if (/\?\s*$/.test(line) && line.split(/\s+/).length >= 4 && !LOGISTICS_QUESTION.test(line)) {
      questions++;
      if (!item && !underHeading) topics.push(line);
    }
  }
  const hasAgenda = labelled || purposeful || topics.length >= 2 || (topics.length === 1 && questions > 0);
  return { hasAgenda, topics: topics.slice(0, 20), goal };
}
