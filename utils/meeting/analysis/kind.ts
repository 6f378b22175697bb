/** What the meeting is for, from title (weighted 1.5 times: the description's stated purpose can outweigh a label word like "sync") and description. */
import { ABOUT_A_PERSON, OFF_TRACK } from './signals';
import type { MeetingKind, Recurrence } from './types';

type Cue = [RegExp, number];

const PAST_INCIDENT = /\b(?:post[- ]?mortem|post[- ]?incident|after[- ]action|after the fact|root cause analysis|rca|incident (?:review|report)|write[- ]?up|lessons learned|blameless)\b/i;

/** Planning, once, converges on a plan (a decision); planning every week is the routine round. */
const PLANNING = /\bplanning\b/i;

/** A title that is a question, and its first word ("Decision: rename the product?" → "rename"). */
const QUESTION_TITLE = /^(?:[^:–—]*[:–—]\s*)?(\w+)[^?]*\?\s*$/;

/** A title that says it is happening now ("Flooding at the branch – now", "Ongoing: press story"). */
const IN_PROGRESS_TITLE = /[-–—:]\s*now\s*$|^\s*(?:ongoing|now)\s*[:–—-]/i;

const KIND_CUES: Record<Exclude<MeetingKind, 'other'>, Cue[]> = {
  crisis: [
    // Harm under way to people, goods or machines, named by what it is.
    [/\b(?:contaminat\w*|product recall|recall (?:notice|call)|ransomware|malware|phishing|hacked|compromised|intrusion|(?:a|the) fire\b|fire (?:at|in) the|flood(?:ing|ed)?|evacuat\w*|injur(?:y|ed|ies)|power cut|gas leak|spill|alarm\w*)\b/i, 3],
    [/\b(?:sev[ -]?[0-2]|p0|incident|outage|breach|leak(?:ed)?|war ?room|emergency|firefight|escalation bridge|all hands on deck|hotfix|roll ?back|(?:site|is|are) down|(?:payments?|checkout|login|api|prod(?:uction)?) (?:is |are )?(?:down|failing|broken|errors?))\b/i, 3],
    [/\b(?:fail(?:s|ed|ing|ures?)?|not working|offline|reject(?:ed|ing)|unreachable|not loading|can(?:no|')t log ?in|spiking|exploding|since the \S+ deploy|right now|customers? can(?:no|')t|(?:not|n't)(?: been)? (?:paid|delivered|shipped)|unpaid)\b/i, 2],
    // It is happening now: people summoned to the call, the time it started ("since 06:20", "on this call").
    [/\b(?:on this (?:call|bridge)|join now|on now|since (?:\d|this morning|last night))|\w down(?=\s*(?:$|[-–—:(]|(?:in|at|for|since) ))/i, 2],
    [/\b(?:bridge|inc-\d+|timing out|errors? spiking|degraded|on fire|mitigat\w*|customers? (?:are )?blocked|prod(?:uction)? issue)\b/i, 2],
  ],
  social: [
    [/\b(?:drinks?|beers?|happy hour|lunch|dinner|breakfast|brunch|coffee|tea time|cake|birthday|bday|farewell|good-?bye|send-?off|leaving do|(?<!third[- ])party|celebrat\w*|potluck|games? night|board games|video games|trivia|quiz|pub|football|five-a-side|yoga|hike|bake sale|escape room|fun run|karaoke|bowling|picnic|bbq|barbecue|team[- ]building|social(?! media)|hang out|festive|christmas|xmas|halloween|after work|secret santa|pizza|tacos?|donuts?|ice cream|anniversary|congrat\w*|baby shower|toast)\b/i, 3],
    [/[\u{1F37A}\u{1F37B}\u{1F377}\u{1F378}\u{1F379}\u{1F942}\u{1F382}\u{1F370}\u{1F389}\u{1F38A}\u{1F388}\u{2615}\u{1F32E}\u{1F355}\u{1F354}\u{1F369}\u{1F366}\u{1F973}\u{1F3B3}\u{1F3AE}\u{1F3B2}\u{1F44B}]/u, 3],
    [/\b(?:my treat|come say|all welcome|everyone welcome|just for fun|get together|get-together)\b/i, 2],
    [/\b(?:(?:book|film|movie|running|chess|lunch) club|(?:film|movie) (?:night|screening)|volunteer(?:ing)? day|volunteering|team outing|day out|(?:spend(?:ing)?|the) (?:afternoon|day|evening) together)\b/i, 3],
  ],
  'one-on-one': [
    [/\b(?:1[:/ -]?on[:/ -]?1|1[:-]1|one[- ]on[- ]one|one[- ]to[- ]one|skip[- ]level|1o1)\b/i, 5],
    [/\b(?:just the two of us|between us|you and me|mentoring|mentorship|coaching session|career (?:chat|conversation|development))\b/i, 3],
    [/^\s*[\p{Lu}][\p{L}'-]+\s*(?:<>|<->|\/|&|\+|x)\s*[\p{Lu}][\p{L}'-]+\s*$/u, 4],
  ],
  decision: [
    [/\b(?:decision|decid(?:e|ing)|go ?[/ -] ?no[- ]go|yes or no|one answer|final call|sign[- ]?off|approve|approval|vote|commit(?:ment)? to|choose between|pick between|selection|no[- ]hire|hiring (?:committee|decision)|interview debrief|\bvs\.?\b|versus|green[- ]?light|ratify|finali[sz]e|prioriti[sz]ation)\b/i, 3],
    [/\b(?:agree|align on|settle on|committed list|make the call|which option|stands? behind|buy-in)\b/i, 2],
    [/\b(?:pick|choose|select)(?:ing)? (?:the|a|one|our|between|which)\b/i, 3],
  ],
  feedback: [
    [/\b(?:feedback|design review|code review|doc(?:ument)? review|spec review|rfc|pr review|review of the (?:rfc|doc|draft|spec|design|pr)|crit|critique|comments? on|inline comments|leave (?:your )?comments|post[- ]?mortem review|retro(?:spective)?|performance review|review the draft|proofread)\b/i, 3],
    [/\b(?:review|draft|figma|mock(?:s|ups?)?|prototype|proposal|comments?)\b/i, 1],
    [/\b(?:notes on|edits|mark(?:ed)?[- ]?up|track changes|read-?through)\b/i, 2],
    // Feedback about a person: their performance or conduct.
    [/\b(?:performance (?:conversation|discussion|talk|chat|feedback)|(?:his|her|their|\w+'s) (?:conduct|behaviou?r|performance))\b/i, 3],
  ],
  brainstorm: [
    // Generating candidates: ideas, names, taglines, slogans; a jam.
    [/\b(?:brainstorm\w*|spitball\w*|ideation|ideate|ideas?|jam|hack(?:athon)?|blue[- ]sky|whiteboard(?:ing)?|naming|names? (?:for|ideas)|(?<=\w )names$|tag ?lines?|slogans?|themes?|mind ?map|think tank|explore options|suggestions)\b/i, 3],
    [/\b(?:figjam|miro|mural|sticky notes|wild ideas|no bad ideas|hooks|concepts)\b/i, 2],
    [/\b(?:input wanted|(?:everyone's|your|all) (?:input|perspectives?|views)|perspectives|pros and cons|hypothes[ie]s|theories)\b/i, 3],
    // Generating many options is the activity, whatever is voted on at the end.
    [/\b(?:as many (?:[\w-]+ ){0,3}as (?:we|you|possible)|shout(?:ing)?[- ]out|fire out|throw(?:ing)? out|rapid[- ]fire|quick[- ]fire|speed round|lightning (?:round|brainstorm))\b/i, 3],
  ],
  'status-update': [
    [/\b(?:(?:health|ops|operations|metrics|kpi|numbers|pipeline|forecast|business|sales|weekly|monthly|quarterly) review)\b/i, 3],
    [/\b(?:status|stand-?up|huddle|daily scrum|scrum|check-?in|sync|syncup|catch-?up|touch ?base|updates?|progress|weekly|daily|monthly|biweekly|fortnightly|team meeting|staff meeting|all[- ]hands|town ?hall|metrics|kpis?|numbers|report(?:ing)?|qbr|round-?up|recap|read-?out|shift handover|where (?:are we|we are|things stand)|so far|demo|showcase|show and tell|sprint review)\b/i, 2],
  ],
};


/** A social occasion named as where something happened ("Tom's comments at the customer dinner"). */
const SETTING = /\b(?:at|during|after|from) (?:the|a|our|last|yesterday's|this week's|last week's) (?:[\w-]+ )?(?:dinner|lunch|party|drinks|offsite|happy hour|breakfast)\b/gi;
/** What the work is for or about is its subject, not the occasion ("venue suggestions for the summer party", "names for the spring beer"). */
const OCCASION_AS_SUBJECT = /\b(?:for|about|plan(?:ning)?|organi[sz](?:e|ing)) (?:the|our|a|this year's|next month's) (?:[\w-]+ ){0,2}[\w-]+/gi;
/** The write-up words of a past incident: documentation, not a review of someone's work. */
const INCIDENT_WRITEUP = /\b(?:retro(?:spective)?|post[- ]?mortem)\b/gi;
/** A decision someone else makes later ("before the leads decide"): this meeting gathers input for it. */
const DEFERRED_DECISION = /\bbefore\b.{0,40}\bdecid(?:e|es|ing)\b/i;
const CONVERGES = /\b(?:pick|choose|sign|select|settle on)\b[^.;!?]{0,40}\b(?:today|now)\b|\btoday we (?:pick|choose|sign|decide|settle)\b/i;

function kindScores(title: string, body: string, pastIncident: boolean): Record<MeetingKind, number> {
  const scores: Record<MeetingKind, number> = {
    'status-update': 0, brainstorm: 0, decision: 0, feedback: 0, crisis: 0, social: 0, 'one-on-one': 0, other: 0,
  };
  const text = (t: string, kind: MeetingKind) => {
    const out = kind === 'social' ? t.replace(SETTING, ' ').replace(OCCASION_AS_SUBJECT, ' ') : t;
    return pastIncident && kind === 'feedback' ? out.replace(INCIDENT_WRITEUP, ' ') : out;
  };
  for (const [kind, cues] of Object.entries(KIND_CUES) as [Exclude<MeetingKind, 'other'>, Cue[]][]) {
    // Whether a past incident's session reviews a document is for the description to say: a
    // title's "review" ("Post-incident review: …") names the write-up.
    const [t, b] = [pastIncident && kind === 'feedback' ? '' : text(title, kind), text(body, kind)];
    for (const [re, weight] of cues) {
      if (re.test(t)) scores[kind] += weight * 1.5;
      if (re.test(b)) scores[kind] += weight;
    }
  }
  const all = `${title}\n${body}`;
  if (DEFERRED_DECISION.test(all)) scores.decision = Math.max(0, scores.decision - 3);
  // The invite rules a kind out ("No new ideas needed, just the figures", "Nothing new is decided here").
  if (/\bno (?:new )?ideas\b/i.test(all)) scores.brainstorm = 0;
  if (/\b(?:nothing|no(?:thing)? new) (?:is |gets |will be )?decided\b|\bno decisions?\b/i.test(all)) scores.decision = 0;
  // One option is chosen in this session ("Today we pick one slogan", "we compare them and sign one today").
  if (CONVERGES.test(all)) scores.decision += 6;
  // A candidate over coffee is an interview, not social time, nor an incident ("questions on the fire panel").
  if (/\b(?:interview\w*|candidate)\b/i.test(all)) scores.social = scores.crisis = 0;
  return scores;
}

const KIND_ORDER: MeetingKind[] = ['crisis', 'one-on-one', 'social', 'decision', 'feedback', 'brainstorm', 'status-update'];

/**
 * An incident that is over: a retrospective, resolved or closed, or a date that puts it in the
 * past ("last month's flood", "the archive flooding of 28 Nov"), with an incident word beside it.
 */
const RESOLVED_INCIDENT = /\b(?:retro(?:spective)?|resolved|(?:is|was) (?:closed|over|complete)|closed(?=\))|back to normal|document(?:s|ing)?|what happened|(?:last \w+|yesterday)'s|(?:of|on) (?:the )?\d{1,2}(?:st|nd|rd|th)? [a-z]{3})\b/i;
const INCIDENT_WORD = /\b(?:incident|outage|sev ?-?\d|breach|downtime|flood\w*|fire|leak|attack|failure|spill)\b/i;

/** Incident words in a meeting that is practice or process, not an incident in progress. */
const INCIDENT_PRACTICE = /\b(?:training|drill|tabletop|game ?day|process|playbook|runbook|simulation|exercise)\b/i;

export function classifyKind(title: string, body: string, attendees: number, recurrence: Recurrence): { kind: MeetingKind; pastIncident: boolean } {
  const all = `${title}\n${body}`;
  const pastIncident = PAST_INCIDENT.test(all) || (RESOLVED_INCIDENT.test(all) && INCIDENT_WORD.test(all));
  const scores = kindScores(title, body, pastIncident);
  const recurring = recurrence !== 'none';
  scores[recurring ? 'status-update' : 'decision'] += (PLANNING.test(title) ? 4 : 0) + (PLANNING.test(body) ? 2 : 0);
  if (IN_PROGRESS_TITLE.test(title)) scores.crisis += 6;
  // A title that asks: an open question ("How might we…?", "What should…?") gathers ideas; a
  // closed one ("Keep or drop Saturdays?", "Which venue?") wants a decision.
  const asked = QUESTION_TITLE.exec(title)?.[1];
  if (asked && !/^(?:where|when|who)$/i.test(asked)) scores[/^(?:how|what|why)$/i.test(asked) ? 'brainstorm' : 'decision'] += 6;
  if (INCIDENT_PRACTICE.test(title)) scores.crisis = 0;
  if (pastIncident) {
    // A write-up or review of a past incident is documentation, not a crisis.
    scores.crisis = 0;
    scores.feedback += /\b(?:review|comments?|feedback|input)\b/i.test(body) ? 4 : 0;
  }
  const named1on1 = /\b(?:1[:-]1|one[- ]on[- ]one|skip[- ]level)\b/i.test(title);
  if (attendees === 2) scores['one-on-one'] += 4;
  else if (attendees > 2) scores['one-on-one'] = Math.min(scores['one-on-one'], named1on1 ? 99 : 0);
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
  // A meeting that recurs and says nothing else of its purpose is the team's routine round.
  if (best === 'other' && recurring && !pastIncident) return { kind: 'status-update', pastIncident };
  // "Mobile app v3: off track, realign now": a project's status, whatever else it names (the
  // scope to agree on, the ideas to get back on track).
  if ((best === 'other' || best === 'decision' || best === 'brainstorm') && OFF_TRACK.test(all)) return { kind: 'status-update', pastIncident };
  // A conversation about a person (their conduct, a complaint, concerns about their work) is
  // feedback, however it is worded; between two people too, unless the title calls it a 1:1.
  if ((best === 'other' || best === 'decision' || best === 'status-update' || (best === 'one-on-one' && !named1on1)) && ABOUT_A_PERSON.test(all)) return { kind: 'feedback', pastIncident };
  return { kind: best, pastIncident };
}
