import type { Mode } from '../platform/db/records';
import { replyByFor, type ReplyKind } from '../platform/norms';
import { siteHosts } from '../platform/sites';
import { MAX_ATTENDEES, MAX_MEETING_MINUTES } from './limits';

/*
 * The meeting-invite analyser: pure (no DOM, no `browser`), relative imports only, so the eval
 * and bench scripts can run it under tsx. Labels follow tests/fixtures/analysis/LABELS.md:
 *
 *   kind      what the meeting is for, from title (weighted) and description;
 *   hasAgenda the description lists topics/questions, or states the goal and expected outcome
 *             (conferencing boilerplate — Zoom/Meet/Teams join info, dial-ins — is ignored);
 *   mode      the decision table: async for routine status, document feedback and divergent
 *             idea gathering; sync for an incident in progress, social time, a one-on-one,
 *             sensitive feedback, a convergent final decision, a live brainstorm, and a project
 *             off-track that needs realigning now.
 */

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

/**
 * Occurrences in an average month: a year has 52 weeks and 260 working days, so weekly is
 * 52/12 ≈ 4.33, every two weeks 26/12 ≈ 2.17, daily (working days) 260/12 ≈ 21.7. A monthly
 * meeting happens once; a one-off meeting is counted once in the month it happens.
 */
export const OCCURRENCES_PER_MONTH: Record<Recurrence, number> = {
  none: 1,
  daily: 260 / 12,
  weekly: 52 / 12,
  biweekly: 26 / 12,
  monthly: 1,
};

/** Cap on the text we look at: descriptions can be long; the signal is near the top. */
const MAX_TEXT = 20_000;

const round2 = (n: number) => Math.round(n * 100) / 100;

function asText(v: unknown): string {
  return typeof v === 'string' ? v.slice(0, MAX_TEXT) : '';
}

function asCount(v: unknown, min: number, max: number): number {
  const n = typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : min;
  return Math.min(max, Math.max(min, n));
}

function asRecurrence(v: unknown): Recurrence {
  return (RECURRENCES as readonly unknown[]).includes(v) ? (v as Recurrence) : 'none';
}

// ---------------------------------------------------------------------------------------------
// Conferencing boilerplate

/** Video-call services whose join links are boilerplate; Teams' hosts come from the site table. */
const CONFERENCING_HOSTS = [
  'zoom.us', 'zoomgov.com', 'meet.google.com', 'webex.com', 'gotomeeting.com', 'gotomeet.me', 'whereby.com',
  'bluejeans.com', 'chime.aws', 'meet.jit.si', 'around.co', ...siteHosts('teams'),
];
const CONFERENCING_URL = new RegExp(
  `(?:https?://)?(?:[\\w-]+\\.)*(?:${CONFERENCING_HOSTS.map((h) => h.replaceAll('.', '\\.')).join('|')})/\\S*`,
  'gi',
);

/** Whole lines that only carry joining information. */
const BOILERPLATE_LINE = [
  /^(?:join|joining)\b.*\b(?:zoom|meet|teams|webex|meeting|call|video|phone|bridge|by phone|on (?:your )?(?:computer|mobile))/i,
  /^(?:zoom|google meet|meet|microsoft teams|teams|webex)(?: meeting| call| link| video)?\s*:?\s*$/i,
  /^(?:zoom|google meet|meet|microsoft teams|teams|webex|video call|video|call|bridge|dial[- ]?in|phone|link)(?: meeting| call| link| id)?\s*:/i,
  /^(?:meeting|conference|webinar)\s*(?:id|number|code)\b/i,
  /^(?:passcode|password|pin|access code|participant code|meeting password)\b/i,
  /^(?:dial|dial[- ]?in|one tap mobile|find your local number|more phone numbers|join by phone|phone numbers?)\b/i,
  /^\+?\d[\d\s().,#*-]{6,}(?:\s*\(?[a-z]{2}\)?)?(?:\s+.*)?$/i, // a phone number line ("+1 646 558 8656 US (New York)")
  /^(?:-::~:~::~:|::~:~::|-{3,}|_{3,}|={3,})/, // Google's invite separators, rulers
  /^(?:invitation from google calendar|you are receiving this|learn more about meet|please do not edit this section|click here to join|for organizers|microsoft teams need help)\b/i,
  /^bridge link (?:below|above)\.?$/i,
];

/** Sentences that only point at joining info ("Bridge link below.") are not content either. */
const BOILERPLATE_SENTENCE = /\b(?:bridge|zoom|meet|teams|call|dial[- ]?in) link (?:below|above)\b\.?/gi;

/** The description with joining info removed, as trimmed non-empty lines. */
export function contentLines(description: string): string[] {
  return description
    .replace(CONFERENCING_URL, ' ')
    .replace(BOILERPLATE_SENTENCE, ' ')
    .split(/\r?\n/)
    .map((l) => l.replace(/[\u200b\ufeff]/g, '').trim())
    .filter((l) => l && !BOILERPLATE_LINE.some((re) => re.test(l)) && /[\p{L}\p{N}]/u.test(l));
}

// ---------------------------------------------------------------------------------------------
// Agenda

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

/** Finds topics, questions, a goal/outcome statement, pre-reads. */
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

// ---------------------------------------------------------------------------------------------
// Kind

type Cue = [RegExp, number];

const PAST_INCIDENT = /\b(?:post[- ]?mortem|post[- ]?incident|after[- ]action|after the fact|root cause analysis|rca|incident (?:review|report)|write[- ]?up|lessons learned|blameless)\b/i;

/** A person as the object of the meeting: their conduct, a complaint, hurt between colleagues. */
const ABOUT_A_PERSON =
  /\b(?:(?:his|her|their|\w+'s) (?:conduct|behaviou?r|performance|remarks)|complain\w*|(?:hard|difficult|tough) conversation|clear(?:ing)? the air|(?:got|was) heated|feeling blamed|frustrated with each other)\b/i;

/** A title that says it is happening now ("Flooding at the branch – now", "Ongoing: press story"). */
const IN_PROGRESS_TITLE = /[-–—:]\s*now\s*$|^\s*ongoing\s*:/i;

const KIND_CUES: Record<Exclude<MeetingKind, 'other'>, Cue[]> = {
  crisis: [
    [/\b(?:sev ?[0-2]|sev-[0-2]|p0|p1 incident|incident|outage|breach|leak(?:ed)?|war ?room|emergency|firefight|escalation bridge|all hands on deck|hotfix|rollback|roll back|site down|is down|are down|(?:payments?|checkout|login|api|prod(?:uction)?) (?:is |are )?(?:down|failing|broken|errors?))\b/i, 3],
    [/\b(?:fail(?:ing|ures?)|rejecting|unreachable|not loading|can(?:no|')t log ?in|spiking|exploding|since the \S+ deploy|right now|customers? can(?:no|')t)\b/i, 2],
    [/\b(?:bridge|inc-\d+|timing out|errors? spiking|degraded|on fire|mitigat\w*|customers? (?:are )?blocked|production issue|prod issue|urgent)\b/i, 2],
  ],
  social: [
    [/\b(?:drinks?|beers?|happy hour|lunch|dinner|breakfast|brunch|coffee|tea time|cake|birthday|bday|farewell|goodbye|good-bye|send-?off|leaving do|welcome (?:party|drinks|lunch)|(?<!third[- ])party|celebrat\w*|potluck|game night|games night|board games|video games|trivia|quiz night|karaoke|bowling|picnic|bbq|barbecue|team[- ]building|social(?! media)|hang out|offsite dinner|festive|holiday party|secret santa|pizza|tacos?|donuts?|ice cream|anniversary|congrat\w*|baby shower|toast)\b/i, 3],
    [/[\u{1F37A}\u{1F37B}\u{1F377}\u{1F378}\u{1F379}\u{1F942}\u{1F382}\u{1F370}\u{1F389}\u{1F38A}\u{1F388}\u{2615}\u{1F32E}\u{1F355}\u{1F354}\u{1F369}\u{1F366}\u{1F973}\u{1F3B3}\u{1F3AE}\u{1F3B2}\u{1F44B}]/u, 3],
    [/\b(?:my treat|come say|all welcome|everyone welcome|just for fun|get together|get-together)\b/i, 2],
  ],
  'one-on-one': [
    [/\b(?:1[:/ -]?on[:/ -]?1|1[:-]1|one[- ]on[- ]one|one[- ]to[- ]one|skip[- ]level|1o1)\b/i, 5],
    [/\b(?:just the two of us|between us|you and me|mentoring|mentorship|coaching session|career (?:chat|conversation|development))\b/i, 3],
    [/^\s*[\p{Lu}][\p{L}'-]+\s*(?:<>|<->|\/|&|\+|x)\s*[\p{Lu}][\p{L}'-]+\s*$/u, 4],
  ],
  decision: [
    [/\b(?:decision|decide|deciding|go\/no[- ]go|go[- ]no[- ]go|final call|sign[- ]?off|approve|approval|vote|commit(?:ment)? to|choose between|pick between|vendor selection|selection|build vs\.? buy|no[- ]hire|hiring (?:committee|decision)|interview debrief|\bvs\.?\b|versus|green[- ]?light|ratify|finali[sz]e|prioriti[sz]ation)\b/i, 3],
    [/\b(?:agree on|align on|committed list|make the call|which option|stands? behind|buy-in|planning)\b/i, 2],
    [/\b(?:pick|choose|select)(?:ing)? (?:the|a|one|our|between|which)\b/i, 3],
  ],
  feedback: [
    [/\b(?:feedback|design review|code review|doc(?:ument)? review|spec review|rfc|pr review|review of the (?:rfc|doc|draft|spec|design|pr)|crit|critique|comments? on|inline comments|leave (?:your )?comments|post[- ]?mortem review|retro(?:spective)?|performance review|review the draft|proofread)\b/i, 3],
    [/\b(?:review|draft|figma|mock(?:s|ups?)?|prototype|proposal|comments?)\b/i, 1],
    // Feedback about a person: their performance or conduct.
    [/\b(?:performance (?:conversation|discussion|talk|chat|feedback)|(?:his|her|their|\w+'s) (?:conduct|behaviou?r|performance))\b/i, 3],
  ],
  brainstorm: [
    [/\b(?:brainstorm\w*|ideation|ideate|ideas?|idea jam|hack(?:athon)?|blue[- ]sky|whiteboard(?:ing)?|naming|name ideas|mind ?map|think tank|explore options|suggestions)\b/i, 3],
    [/\b(?:figjam|miro|mural|sticky notes|wild ideas|no bad ideas|hooks|concepts)\b/i, 2],
    [/\b(?:input wanted|(?:everyone's|your|all) (?:input|perspectives?|views)|perspectives|pros and cons)\b/i, 3],
  ],
  'status-update': [
    [/\b(?:(?:health|ops|operations|metrics|kpi|numbers|pipeline|forecast|business|sales|weekly|monthly|quarterly) review)\b/i, 3],
    [/\b(?:status|stand-?up|standup|daily scrum|scrum|check-?in|sync|syncup|sync-up|catch-?up|touch ?base|update|updates|progress|weekly|daily|monthly|bi-?weekly|fortnightly|team meeting|staff meeting|all[- ]hands|town ?hall|metrics|kpis?|numbers|report(?:ing)?|business review|ops review|qbr|round-?up|recap|demo|showcase|show and tell|sprint review)\b/i, 2],
  ],
};

/** Realigning a project that has gone off-track: a status meeting that must happen live. */
const OFF_TRACK =
  /\b(?:behind (?:schedule|the committed|plan|the plan)|\w+ (?:weeks?|months?) (?:behind|late)|was due last|off[- ](?:track|course)|slipp(?:ed|ing)|at risk|missed (?:the |our )?(?:[\w-]+ )?(?:deadline|date|milestone)|reset (?:the |our )?plan|(?:re-?align|reset) (?:on|now)|realign\w*|re-?plan|scope (?:no longer fits|creep)|red status|status (?:is )?red|course[- ]correct\w*|get back on track)\b/i;

const SENSITIVE =
  /\b(?:confidential|private(?:ly)?\b(?! (?:beta|preview|repo|key|channel|api|network|cloud|equity|sector|link))|(?:his|her|their|\w+'s) (?:conduct|behaviou?r)|in confidence|private (?:matter|conversation)|sensitive|personal (?:matter|issue|reasons)|difficult conversation|hard conversation|tough conversation|complaints? (?:about|from|against)|conflict (?:between|with)|interpersonal|tension|upset|hurt|frustrat\w*|performance (?:review|concern|issue|problem|improvement)|pip\b|underperform\w*|disciplinary|grievance|harass\w*|misconduct|mental health|health (?:issue|matter|reasons|problem)|medical|sick leave|wellbeing|well-being|burn-?out|bereavement|how you(?:'re| are) feeling|how .* feels|reorg|layoffs?|redundanc\w*|termination|let go|hr matter)\b/i;

const LIVE_BRAINSTORM =
  /\b(?:rapid[- ]fire|live|real[- ]time|in[- ]person|in the room|cameras? on|on the whiteboard|whiteboard session|riff|bounce ideas|quick-?fire|lightning round|round[- ]robin|workshop|jam session|sprint(?:ing)? together)\b/i;

const ASYNC_BRAINSTORM = /\b(?:before (?:the|we|\w+day)|beforehand|no need to attend|in advance|ahead of time|add your|drop (?:your )?(?:ideas|suggestions)|in the doc|on the board|before .{0,30}decides?|long list|as many (?:options|ideas))\b/i;


/** "Other" meetings that are live by nature. */
const LIVE_OTHER = /\b(?:interview\w*|candidate|customer call|client call|customer meeting|client meeting|pair(?:ing)? (?:programming|session)|pairing)\b/i;

/** A social occasion named as where something happened ("Tom's comments at the customer dinner"). */
const SETTING = /\b(?:at|during|after|from) (?:the|a|our|last|yesterday's|this week's|last week's) (?:[\w-]+ )?(?:dinner|lunch|party|drinks|offsite|happy hour|breakfast)\b/gi;
/** The write-up words of a past incident: documentation, not a review of someone's work. */
const INCIDENT_WRITEUP = /\b(?:retro(?:spective)?|post[- ]?mortem)\b/gi;
/** A decision someone else makes later ("before the leads decide"): this meeting gathers input for it. */
const DEFERRED_DECISION = /\bbefore\b.{0,40}\bdecid(?:e|es|ing)\b/i;

function kindScores(title: string, body: string, pastIncident: boolean): Record<MeetingKind, number> {
  const scores: Record<MeetingKind, number> = {
    'status-update': 0, brainstorm: 0, decision: 0, feedback: 0, crisis: 0, social: 0, 'one-on-one': 0, other: 0,
  };
  const text = (t: string, kind: MeetingKind) => {
    const out = kind === 'social' ? t.replace(SETTING, ' ') : t;
    return pastIncident && kind === 'feedback' ? out.replace(INCIDENT_WRITEUP, ' ') : out;
  };
  for (const [kind, cues] of Object.entries(KIND_CUES) as [Exclude<MeetingKind, 'other'>, Cue[]][]) {
    const [t, b] = [text(title, kind), text(body, kind)];
    for (const [re, weight] of cues) {
      if (re.test(t)) scores[kind] += weight * 2;
      if (re.test(b)) scores[kind] += weight;
    }
  }
  if (DEFERRED_DECISION.test(`${title}\n${body}`)) scores.decision = Math.max(0, scores.decision - 3);
  return scores;
}

const KIND_ORDER: MeetingKind[] = ['crisis', 'one-on-one', 'social', 'decision', 'feedback', 'brainstorm', 'status-update'];

/** A retrospective or a resolved incident: over, so documentation (with an incident word beside it). */
const RESOLVED_INCIDENT = /\b(?:retro(?:spective)?|resolved|is closed|was closed|is over)\b/i;
const INCIDENT_WORD = /\b(?:incident|outage|sev ?-?\d|breach|downtime)\b/i;

/** Incident words in a meeting that is practice or process, not an incident in progress. */
const INCIDENT_PRACTICE = /\b(?:training|drill|tabletop|game ?day|process|playbook|runbook|simulation|exercise)\b/i;

function classifyKind(title: string, body: string, attendees: number): { kind: MeetingKind; pastIncident: boolean } {
  const all = `${title}\n${body}`;
  const pastIncident = PAST_INCIDENT.test(all) || (RESOLVED_INCIDENT.test(all) && INCIDENT_WORD.test(all));
  const scores = kindScores(title, body, pastIncident);
  if (IN_PROGRESS_TITLE.test(title)) scores.crisis += 6;
  if (INCIDENT_PRACTICE.test(title)) scores.crisis = 0;
  if (pastIncident) {
    // A write-up or review of a past incident is documentation, not a crisis.
    scores.crisis = 0;
    scores.feedback += /\b(?:review|comments?|feedback|input)\b/i.test(all) ? 4 : 0;
  }
  if (attendees === 2) scores['one-on-one'] += 5;
  else if (attendees > 2) scores['one-on-one'] = Math.min(scores['one-on-one'], /\b(?:1[:-]1|one[- ]on[- ]one|skip[- ]level)\b/i.test(title) ? 99 : 0);
  let best: MeetingKind = 'other';
  let bestScore = 0;
  for (const k of KIND_ORDER) {
    if (scores[k] > bestScore) {
      best = k;
      bestScore = scores[k];
    }
  }
  // A past-incident write-up without a review cue is documentation ("other").
  if (pastIncident && best !== 'feedback' && best !== 'one-on-one') return { kind: 'other', pastIncident };
  // "Mobile app v3: off track, realign now": a project's status, whatever else it names (the
  // scope to agree on, the ideas to get back on track).
  if ((best === 'other' || best === 'decision' || best === 'brainstorm') && OFF_TRACK.test(all)) return { kind: 'status-update', pastIncident };
  // A conversation about a person (their conduct, a complaint, hurt between colleagues) is feedback, however it is worded.
  if ((best === 'other' || best === 'decision' || best === 'status-update') && ABOUT_A_PERSON.test(all)) return { kind: 'feedback', pastIncident };
  return { kind: best, pastIncident };
}

// ---------------------------------------------------------------------------------------------
// Mode

function decideMode(kind: MeetingKind, all: string, pastIncident: boolean): { mode: MeetingMode; why: string } {
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

// ---------------------------------------------------------------------------------------------

function fmtHours(h: number): string {
  return String(round2(h));
}

/** Never throws: anything odd in the input is coerced (missing text → '', bad numbers → minimums). */
export function analyzeMeeting(input: MeetingInput): MeetingAnalysis {
  const raw = (input ?? {}) as Partial<Record<keyof MeetingInput, unknown>>;
  const title = asText(raw.title);
  const description = asText(raw.description);
  const attendees = asCount(raw.attendees, 1, MAX_ATTENDEES);
  const durationMinutes = asCount(raw.durationMinutes, 0, MAX_MEETING_MINUTES);
  const recurrence = asRecurrence(raw.recurrence);

  const lines = contentLines(description);
  const body = lines.join('\n');
  const agenda = findAgenda(lines);
  const { kind, pastIncident } = classifyKind(title, body, attendees);
  const { mode, why } = decideMode(kind, `${title}\n${body}`, pastIncident);

  const personHours = round2((attendees * durationMinutes) / 60);
  const monthlyPersonHours = round2(((attendees * durationMinutes) / 60) * OCCURRENCES_PER_MONTH[recurrence]);

  const reasons = [why];
  if (!agenda.hasAgenda) reasons.push('No agenda: list the topics or state the goal and the expected outcome.');
  if (attendees > 8) reasons.push(`${attendees} people invited: more than 8 rarely all need to be there.`);
  if (recurrence !== 'none' && mode === 'async') {
    reasons.push(`Repeats ${recurrence}: about ${fmtHours(monthlyPersonHours)} person-hours a month.`);
  }
  return { mode, kind, hasAgenda: agenda.hasAgenda, personHours, monthlyPersonHours, reasons, topics: agenda.topics, goal: agenda.goal };
}

// ---------------------------------------------------------------------------------------------
// The written alternative

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

/** Non-conferencing links in the description (documents, boards, RFCs): worth carrying over. */
function links(description: string): string[] {
  const found = description.replace(CONFERENCING_URL, ' ').match(/https?:\/\/[^\s<>()"']+/g) ?? [];
  return [...new Set(found.map((u) => u.replace(/[.,;:!?]+$/, '')))].slice(0, 5);
}

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
  const docs = links(description);
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
