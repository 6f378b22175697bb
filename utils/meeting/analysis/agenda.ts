/**
 * The agenda: the description lists topics or questions, or states the goal and the expected
 * outcome (in a list, under a heading, or in prose). Works on contentLines(), boilerplate gone.
 */

const LIST_ITEM = /^(?:\d{1,2}[.)]|[a-z][.)]|[-*•·–—▪◦●○]|\[\s?[x ]?\s?\])\s+(.+)$/i;
/** "Label: rest" where the label announces an agenda, a goal or an outcome. */
const AGENDA_LABEL =
  /^(?:agenda|topics?|talking points|discussion points|points to discuss|to discuss|items?|questions?(?: to answer)?|open questions|focus areas?|goals?|objectives?|purpose|aim|outcomes?|expected outcomes?|desired outcomes?|deliverables?|pre-?reads?|pre-?reading|before the (?:meeting|session|call)|prep|preparation|we(?:'ll| will) (?:cover|discuss|decide|review))\b[^:]{0,30}:\s*(.*)$/i;
const GOAL_LABEL = /^(?:goals?|objectives?|purpose|aim|outcomes?|expected outcomes?|desired outcomes?|deliverables?)\b[^:]{0,30}:\s*(.+)$/i;
/** Sentences that state what the meeting is to produce or what invitees are to bring. */
const PURPOSE_SENTENCE = [
  /\b(?:final )?(?:decision|decide|call) (?:on|between|about|whether|which)\b/i,
  /\b(?:make|making) (?:the|a) (?:final )?(?:call|decision)\b/i,
  /\b(?:agree|align|commit) (?:on|and commit|to)\b/i,
  /\bwe (?:leave|walk out|finish|end) (?:this|the) (?:meeting|session|call) with\b/i,
  /\bby the end (?:of (?:this|the) (?:meeting|session|call))\b/i,
  /\b(?:collect|gather|crowdsource)(?:ing)?\b.{0,60}\b(?:feedback|ideas|input|options|suggestions|perspectives|proposals|comments)\b/i,
  /\b(?:add|drop|leave|put|share|post|submit)\b.{0,40}\b(?:your )?(?:ideas|suggestions|comments|feedback|input|proposals|options)\b/i,
  /\bplease (?:review|read|comment|fill in|add|leave|come with|prepare)\b/i,
  /\blet(?:'s| us) (?:discuss|review|go over|go through|cover|decide|agree|align|figure out)\b/i,
  /\b(?:we )?need to (?:decide|agree|align|realign|re-align|choose|pick|finali[sz]e|settle|reset|re-?plan)\b/i,
  /\bsuggest\b.{0,40}\b(?:in|on|to) the (?:doc|board|sheet|thread|deck|file)\b/i,
  /\b(?:we(?:'ll| will)|will) (?:shortlist|pick|vote|choose)\b/i,
  /\bmake (?:the|a) (?:[\w/-]+ ){0,4}call\b/i,
  /^(?:comment|review|read|add|leave|fill in|suggest|vote|drop|share) (?:in|on|your|the|comments?|ideas?)\b/i,
  /\b(?:re-?align|get aligned) on\b/i,
  /\bsign[- ]?off (?:on|from)\b/i,
  /\bfill in your\b/i,
  /^(?:to )?(?:discuss|decide|agree on|go over|walk through|align on|finali[sz]e|prioriti[sz]e|choose|pick)\s+\S+\s+\S+/i,
  /\b(?:review|read|comment on|fill in)\b.{0,60}\bbefore\b/i,
  /\bwe(?:'ll| will) (?:cover|discuss|go through|go over|walk through|review|decide)\b/i,
  // Prose agendas: the topics listed inside a sentence, or the activity and what it ends in.
  /\b(?:feedback|input|comments|thoughts|views|opinions) on\b[^.;]{1,40},[^.;]{1,40}\b(?:and|or)\b/i,
  /\bthen\b.{0,40}\b(?:vot(?:e|ing)|shortlist\w*|pick|choose|decide|rank\w*|agree)\b/i,
  /\b(?:dot[- ]?vot\w*|vote on|top \d{1,2}\b)/i,
  // What the meeting is for, said in a sentence: "we want to document…", "the goal is…", "now we pick…".
  /\b(?:we want to|(?:the )?goal is|(?:the )?aim is|so (?:that )?we (?:have|can|know|leave|end)|now we (?:pick|decide|choose|agree|plan)|we(?:'ll| will) (?:pick|plan|agree|sketch|map|walk|go))\b/i,
];
/** A sentence that names three or more topics ("weekend sales, staffing gaps for the week and any late deliveries"). */
const PROSE_TOPICS = /[^,.;:!?]{3,60},[^,.;:!?]{3,60},?\s(?:and|or)\s[^,.;:!?]{3,60}/i;

export interface AgendaFindings {
  hasAgenda: boolean;
  topics: string[];
  goal: string | null;
}

function isPlaceholder(s: string): boolean {
  return !/[\p{L}\p{N}]/u.test(s.replace(/[[\](){}<>_…]|\.{2,}|\b(?:tbd|todo|xxx)\b/gi, ''));
}

/** A heading whose topics follow on the next lines ("Agenda:", "Topics", "Questions to answer:"). */
const TOPIC_HEADING = /^(?:agenda|topics?|talking points|discussion points|points to discuss|to discuss|questions?(?: to answer)?|open questions|focus areas?|items?|we(?:'ll| will) (?:cover|discuss))\b[^:]{0,30}:?\s*$/i;
/** A goal/outcome label after another sentence ("Fill in the doc. Outcome: a post-mortem."). */
const INLINE_LABEL = /[.!?]\s+(?:goals?|objectives?|purpose|outcomes?|expected outcomes?|desired outcomes?|agenda|topics?)\s*:\s*[\p{L}\p{N}]/iu;
/** "Round the table: progress, next steps, blockers" — three or more topics after a colon. */
const INLINE_LIST = /:\s*[^,:;]{2,40},\s*[^,:;]{2,40},?\s*(?:and\s+)?[^,:;]{2,40}\.?$/;
/** Lines about where and when, not what. */
const LOGISTICS_LABEL = /^(?:location|where|room|address|venue|when|time|date|dress code|food|menu|parking|bring)\b/i;
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
    if (PURPOSE_SENTENCE.some((re) => re.test(line))) purposeful = true;
    if (!item && !LOGISTICS_LABEL.test(line) && line.split(/(?<=[.!?])\s+/).some((sentence) => sentence.split(/\s+/).length >= 8 && PROSE_TOPICS.test(sentence))) purposeful = true;
    if (/\?\s*$/.test(line) && line.split(/\s+/).length >= 4 && !LOGISTICS_QUESTION.test(line)) {
      questions++;
      if (!item && !underHeading) topics.push(line);
    }
  }
  const hasAgenda = labelled || purposeful || topics.length >= 2 || (topics.length === 1 && questions > 0);
  return { hasAgenda, topics: topics.slice(0, 20), goal };
}
