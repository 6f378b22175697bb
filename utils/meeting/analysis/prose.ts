/**
 * Agendas written as prose, sentence by sentence: a sentence that says what the meeting is to
 * do or produce (a plan: who does what, to what end), or one that names the topics inside it
 * (a list of three, or two indirect questions: "what shipped and what's coming next").
 */

/** Sentences that state what the meeting is to produce or what invitees are to bring. */
const PURPOSE_SENTENCE = [
  /\b(?:make|making) (?:the|a) (?:[\w/-]+ ){0,4}(?:call|decision)\b/i,
  /\b(?:align|commit) (?:on|to)\b/i,
  /\bby the end (?:of (?:this|the) (?:meeting|session|call))\b/i,
  // A request for work on the material (not for logistics: RSVP, bring a dish, join on time).
  /\bplease (?!rsvp|bring|join|arrive|be\b|dial|let|note|confirm|come\b|reply|accept|forward)\w+/i,
  /(?:^|[.!?;] )(?:comment|review|read|add|leave|fill in|suggest|vote|drop|share) (?:in|on|to the|your|the|comments?|ideas?)\b/i,
  /^(?:to )?(?:discuss|decide|agree on|go over|walk through|align on|finali[sz]e|prioriti[sz]e|choose|pick)\s+\S+\s+\S+/i,
  // What the meeting is for, said in a sentence: "we want to document…", "the goal is…", "now we pick…".
  /\b(?:we want to|(?:the )?goal is|(?:the )?aim is|now we (?:pick|decide|choose|agree|plan))\b/i,
  // What everyone leaves with: "Leaving this call with one vendor chosen", "we walk out of the room with a date".
  /\b(?:leav(?:e|ing)|walk(?:ing)? out of|com(?:e|ing) out of) (?:this|the) (?:call|meeting|session|room|workshop)(?: [\w-]+){0,3} with\b/i,
  // A session that generates: "shout out as many names as you can", "as many hooks as possible".
  /\bas many (?:[\w-]+ ){1,3}as (?:you|we|possible)\b/i,
  // What the session ends with or does: "…and leave with new dates per school", "This session documents what happened".
  /\bleave with\b|\bthis (?:session|meeting|call|slot|workshop) (?:is (?:to|for) \w+|(?!is\b|was\b|has\b)\w+s (?:what|the|how|our|a|an)\b)/i,
];
/** A sentence that names three or more topics ("weekend sales, staffing gaps for the week and any late deliveries"). */
const PROSE_TOPICS = /[^,.;:!?]{3,60},[^,.;:!?]{3,60},?\s(?:and|or)\s[^,.;:!?]{3,60}/i;

/**
 * A plan for the session in the writer's own frame: "I'd like us to talk about…", "let's talk
 * it through and agree…", "we'll hear his side", "we shout out names and leave with a
 * shortlist", "product managers present…". A frame (first person plural or a stated wish, or
 * the people who will act) followed by a verb of doing in its base form; narrative ("we found
 * contamination") and logistics ("come say hi") are not plans.
 */
const PLAN =
  /\b(?:i(?:'d| would)? (?:like|love|want)(?: (?:us|you|everyone|each of you))? to|let(?:'s| us)|we(?:'ll| will|'re going to| are going to| need to| want to| should)?|(?:[\w-]+ )?(?:managers|leads|owners|teams|everyone)(?: will)?)\s+(?:\w+ly\s+)?(?:talk|hear|listen to|discuss|cover|align|agree|decide|choose|pick|plan|sketch|map|go (?:through|over)|walk (?:\w+ )?through|compare|weigh|assess|sign off|present|share|leave with|write (?:up|down)|sort out|work out|figure out|consolidate|understand|shout out|fire out|throw out|vote|rank|shortlist|review|comment)\b/i;
/** Who does what: "each interviewer brings their scorecard", "everyone adds their part of the timeline". */
const EACH_DOES = /\b(?:(?:each|every) (?:[\w-]+ ){1,2}|everyone |everybody )(?:will \w+|to \w+|\w+s)(?: up| in| out)? (?:their|his|her|a|an|the|where|what|how|one)\b/i;
/** "We need to cut scope and set a new date", "we need everyone to agree a date": what the session must do. */
const NEED_TO = /\bwe need (?:\w+ ){0,2}to \w+/i;
/** What the session must produce, said as a need: "we need an agreed statement and a spokesperson". */
const NEEDED_OUTCOME = /\b(?:we )?need (?:an?|one|the) (?:agreed|clear|final|written|single|shared|new|decision|plan|answer|owner|statement|list|shortlist)\b/i;
/** Two indirect questions joined: "how you're feeling about coming back and what would make it easier". */
const WH_TOPICS = /\b(?:what|how|why|who|which|where|when)\b[^.;!?]{3,80}(?:\band|,) (?:what|how|why|who|which|where|when|any(?:thing)?)\b|^[\w' -]{3,40}? and (?:how|what|why|where|which|who)\b|\bround of (?:who|what|where|how)\b/i;
/** Two or more subjects for input or a session: "comment on tone and the quotes", "a refresher on fume hoods and storage". */
const INPUT_ON = /\b(?:comment|refresher|session|training|workshop|briefing|walkthrough|overview|presentation|talk|questions|round|update|discussion) (?:on|about|covering)\b[^.;!?]{3,60}\b(?:and|or)\b/i;
/**
 * What invitees contribute, named: "shout out ideas", "your views on carry-over", "options for
 * the venue", "we'll group the ideas". The contribution is what the session produces.
 */
const CONTRIBUTION = /\b(?:ideas?|suggestions|comments|edits|feedback|input|proposals|views|thoughts|opinions|perspectives)\b|\b(?:options|names|notes) (?:for|on|about|to)\b/i;
/** The decision the session makes, whoever makes it: "lab managers and purchasing pick one today", "then a dot-vote", "sign-off from finance". */
const DECIDES = /\b(?:agree|decid(?:e|es|ing)|choos(?:e|es|ing)|picks?|select|settle on|vot(?:e|es|ing)|shortlist\w*|approve|sign(?:s|ing)?[- ]?off|(?:decision|call) (?:on|between|about|whether)|re-?align|re-?plan|keep (?:the )?(?:best|top))\b/i;
/** Why the session, as a purpose clause: "so the new dispatchers can meet the control room", "so everyone has the numbers". */
const SO_THAT = /\bso (?:that )?(?:[\w'-]+ ){1,4}(?:can|could|will|has|have|know)\b/i;
/** What we are doing or will do there, whatever the verb: "we're spending the afternoon sorting donations", "we'll group the ideas". */
const WE_WILL = /\bwe(?:'re| are) \w+ing\b|\bwe(?:'ll| will) (?!be\b|have\b|meet\b|send\b|start\b|walk\b|head\b)\w+/i;
/** A question that lays out the options: "Do we accept, negotiate, or switch?" */
const OPTIONS_QUESTION = /[^,.;:!?]{2,40},[^,.;:!?]{2,40},?\s(?:or)\s[^,.;:!?]{2,40}\?/i;
/** People's names are not topics ("come say hi to Amal, Pedro and Yuki"). */
const NAME = /^\s*(?:and |or )?[\p{Lu}][\p{Ll}'-]+\s*$/u;
/** …nor the people greeted or thanked ("say hello to Amal, Pedro and Yuki on their first day"), nor those called in ("ops, engineering and ATC on this call"). */
const PEOPLE = /\b(?:hi|hello|welcome|meet|goodbye|farewell|congratulat\w*|thank)\b[^.!?]{0,20}?\b[\p{Lu}][\p{L}'-]+,\s*[\p{Lu}][\p{L}'-]+|\b(?:[Oo]n (?:this|the) (?:call|bridge)|[Bb]ridge (?:for|with)|needed|[Jj]oin(?:ing)?|[Dd]ial(?:ling)? in|invited)\b/u;

/**
 * A sentence with no verb of its own that lists what is covered: "Numbers by claim type, ageing
 * and blockers.", "Career goals and the salary question you raised.", "Rollback status,
 * workarounds for the queue, comms to customers." Three items, or two joined by "and"; each short.
 * A clause (a subject, an auxiliary, a request) is not a fragment, nor is a place, a time or food.
 */
const CLAUSE = /^(?:i|we|you|they|he|she|it|there|this|that|let's|please|come|join|bring)\b|\b(?:is|are|was|were|will|would|can|can't|could|should|must|do|does|did|has|have|had)\b|\w'(?:s|re|ll|ve|d)\b/i;
const NOT_TOPIC = /\d|\b(?:room|floor|online|remote|in person|cameras?|zoom|teams|meet|link|pizza|drinks?|food|snacks?|cake|coffee|tea|lunch|dinner|breakfast|nibbles|music|games?|company|fun|welcome|provided|optional)\b/i;
function topicFragment(sentence: string): boolean {
  if (CLAUSE.test(sentence) || PEOPLE.test(sentence)) return false;
  const body = sentence.replace(/[.!?…]+\s*$/, '');
  const items = body.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+/).map((i) => i.trim());
  const joined = /\s(?:and|or|&)\s/.test(body);
  if (items.length < (joined ? 2 : 3) || items.some((i) => !i || i.split(/\s+/).length > 7 || NOT_TOPIC.test(i))) return false;
  return items.filter((i) => NAME.test(i)).length < 2;
}

const sentences = (line: string) => line.split(/(?<=[.!?])\s+/);

/** The line says what the meeting is to do or produce. */
export function statesPurpose(line: string): boolean {
  return [...PURPOSE_SENTENCE, PLAN, EACH_DOES, NEED_TO, NEEDED_OUTCOME, CONTRIBUTION, DECIDES, SO_THAT, WE_WILL].some((re) => re.test(line));
}

/** A sentence of the line names the topics: three in a list (not three names), or two indirect questions. */
export function namesTopics(line: string): boolean {
  return sentences(line).some((sentence) => {
    if (WH_TOPICS.test(sentence) || INPUT_ON.test(sentence) || OPTIONS_QUESTION.test(sentence) || topicFragment(sentence)) return true;
    const list = sentence.split(/\s+/).length >= 8 && !PEOPLE.test(sentence) && PROSE_TOPICS.exec(sentence);
    if (!list) return false;
    const items = list[0].split(/,|\s(?:and|or)\s/).slice(1);
    // "…was rejected by the bank, 120 suppliers are unpaid and several are calling" tells what happened.
    return items.filter((i) => NAME.test(i)).length < 2 && items.filter((i) => /\b(?:is|are|was|were|has|have|had)\b/i.test(i)).length < 2;
  });
}
