/**
 * Splits a normalised draft into clauses and says what each one does: a greeting or pleasantry,
 * an availability probe ("got a sec?"), a question, a request, or a statement (context).
 */

export type ClauseKind = 'filler' | 'probe' | 'question' | 'request' | 'statement';

export type PingMarker = 'greeting' | 'probe' | 'quick-question' | 'question-mark' | 'ping-word' | 'urgency-only' | 'mention';

export interface Clause {
  /** The clause as written (trimmed). */
  text: string;
  /** The clause without its leading greeting / markers, as written. */
  core: string;
  /** `core` lower-cased. */
  body: string;
  kind: ClauseKind;
  /** Content words in `body` (not stop words, not probe vocabulary for probes). */
  contentWords: number;
  /** All words in `body`. */
  wordCount: number;
  markers: PingMarker[];
  /** A request or question that also says why ("so I can...", "because..."). */
  reason: boolean;
  /** A statement that also sets a requirement ("won't go out unless we resend it"): context and an ask. */
  demand: boolean;
  /** Names the topic and nothing else ("it's about the Henderson account"). */
  topic: boolean;
  /** A courtesy that is a whole message on its own ("thanks!", "welcome aboard", "let me know if you need anything"). */
  courtesy: boolean;
}

const STOP = new Set(
  (
    'a an the and or but so if then than of to in on at for from by with about as into onto over under up down out off ' +
    'i me my mine we us our you u ur your yours he him his she her it its they them their this that these those there here ' +
    "i'm im i've ive i'd i'll we're we've we'd we'll you're you've you'd you'll he's she's it's its they're that's there's what's whats who's where's how's " +
    'is am are was were be been being do does did done have has had having can could would will shall should may might must ' +
    "don't doesn't didn't isn't aren't wasn't weren't won't wouldn't can't cannot couldn't shouldn't haven't hasn't " +
    'what who whom whose which where when why how not no yes yeah yep ok okay pls please plz kindly just also too very really ' +
    'some any all every each other another more most much many few lot lots bit thing things stuff something anything everything ' +
    'someone anyone anybody somebody everyone everybody one get got let know lmk thanks thank thx hi hey hello now today still again ' +
    'code link email @someone @group help favor favour question questions sec minute moment look check see take into ' +
    'tomorrow tonight eod eow cob monday tuesday wednesday thursday friday saturday sunday morning afternoon evening noon week weekend asap'
  ).split(' '),
);

/** Words an availability probe is made of: a clause using only these says nothing about the topic. */
const PROBE_VOCAB = new Set(
  (
    'you u ya ye ur your yours you\'re youre r are is got get have has a an the few couple quick quickly real sec secs second seconds minute minutes min mins ' +
    'moment moments bit time call calls chat talk speak sync huddle jump hop on for at some point when whenever free around there available ' +
    'online busy desk awake back in about here can could would will we i me us give ring ping buzz to do does anyone anybody someone somebody ' +
    'everyone now today tonight tomorrow later soon asap urgent urgently it\'s its it this that please pls plz need needs wanna want grab borrow ' +
    'catch up chance good still ok okay something sth smth so just and or be able 5 10 15 20 30 2 1 one two five ten fifteen ' +
    'monday tuesday wednesday thursday friday mon tue tues wed thu thurs fri morning afternoon evening this next week pm am o\'clock noon lunch after before ' +
    'if possible important private privately quickly briefly meet zoom teams facetime phone video voice steal find checking check with no rush hurry'
  ).split(' '),
);
const PROBE_CORE =
  /\b(?:sec|secs|second|minute|minutes|min|mins|moment|around|free|there|available|online|busy|desk|awake|call|chat|talk|speak|sync|huddle|ring|buzz|ping|meet|zoom|facetime|phone|steal|checking in|check in|good time|got \d+|have \d+)\b/;

const GREETING =
  /^(?:hi|hii+|hey+|heya|hiya|hello+|hallo|howdy|yo|sup|morning|good (?:morning|afternoon|evening)|gm|greetings|dear|ahoy|hola|salut|servus|moin)\b[ ,!.:;-]*/i;
const NAME_AFTER_GREETING =
  /^(?:(?:all|team|everyone|everybody|folks|guys|y'all|there|friends|again|both|you)\b|@\S+|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.? ?)?[A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*){0,2}(?=[ ]*(?:[,!.:;\n-]|$))|[A-Z][\p{L}'-]*(?= [a-z]))[ ,!.:;-]*/u;

const LEAD_MARKERS: [RegExp, PingMarker | null][] = [
  [/^@\S+[ ,:;-]*/, 'mention'],
  [/^(?:quick|short|small|random|dumb|stupid|silly) (?:question|q|qq|one)\b[ ,:;.!-]*(?:for (?:you|u|ya)\b)?[ ,:;.!-]*/, 'quick-question'],
  [/^(?:qq|question|a question|q)\b[ ,:;.!-]*(?:for (?:you|u|ya)\b)?[ ,:;.!-]*/, 'quick-question'],
  [/^(?:i|i've) (?:have|got) a (?:quick |small )?(?:question|q)\b(?: for (?:you|u))?[ ,:;.!-]*/, 'quick-question'],
  [/^can i ask (?:you )?(?:a )?(?:quick |small )?(?:question|something)\b[ ,:;.!?-]*/, 'quick-question'],
  [/^(?:urgent|urgently|asap|important|emergency|critical)\b[ ,:;.!-]*/, 'urgency-only'],
  [/^(?:it'?s|this is|its) (?:really |very |kind of |kinda |super )?(?:urgent|important|an emergency|time[- ]sensitive)\b[ ,:;.!-]*/, 'urgency-only'],
  [/^ping\b(?! (?:me|us|him|her|them|you|u)\b)[ ,:;.!?-]*/, 'ping-word'],
  [
    /^(?:fyi|f\.y\.i\.?|fwiw|btw|psa|tl;?dr|heads[- ]up|just a (?:quick )?heads[- ]up|for your (?:information|info|reference|records)|no action (?:needed|required)|nothing (?:needed|required) from you|no need to (?:reply|respond|answer)(?: to this)?|no rush(?: on this)?(?: at all)?|no urgency|no hurry|no pressure|low[- ]pri(?:ority)?|not urgent|nothing urgent|whenever you (?:get|have|find) (?:a )?(?:chance|time|sec|second|moment|minute)|when(?:ever)? you have time|whenever (?:works|is fine|suits)(?: for you)?|any ?time is fine|so|ok so|okay so|also|and|but|oh|ah|um|uh|well|anyway|lol|haha+)\b[ ,:;.!-]*/,
    null,
  ],
  // Labels only when written as labels ("update: ...", "P0 - ..."): "update the docs" is a request.
  [/^(?:blocker|p[0-4]|sev ?-?[0-4]|update|reminder|friendly reminder|subject|re|fw|fwd)(?:[ ]*[:!-]+[ ]*|$)/, null],
  [/^(?:ok|okay|k|kk|sure|yes|yep|yeah|great|cool|perfect|got it|sounds good|noted|lgtm|ah ok|oh ok)\b[ ,!.]+(?=\S)/, null],
  [/^just (?:wanted to |want to |a note to )?(?:let you know|letting you know|flag(?:ging)?|say(?:ing)?|mention(?:ing)?|share|sharing|update you|so you know)\b(?: that)?[ ,:;.!-]*/, null],
  [/^(?:just|then|and then|maybe|perhaps|also) (?=\S)/, null],
];

const PLEASANTRY =
  /^(?:thanks|thank you|thx|ty|tysm|cheers|much appreciated|appreciate it|hope\b|i hope (?:you|you're|all|this|everything)\b|how are (?:you|things)|how's it going|how is it going|how's your|what's up|whats up|wassup|happy (?:monday|tuesday|wednesday|thursday|friday|weekend|holidays|new year)|have a (?:great|good|nice|lovely)|sorry (?:to|for) |sorry again|apologies for|good (?:morning|afternoon|evening|night)|welcome\b|congrats|congratulations|talk soon|speak soon|see you|take care|(?:just )?(?:wanted to )?check(?:ing)? in (?:and|to see|on (?:you|everyone))|see how (?:you|everyone)|how (?:is )?everyone|looking forward|sorry to hear|so sorry to hear)\b/;
/** Pleasantries that greet rather than thank ("happy friday!", "hope you had a good weekend"). */
const GREETING_LIKE =
  /^(?:hope\b|i hope\b|how are|how's it going|how is it going|how's your|what's up|whats up|wassup|happy (?:monday|tuesday|wednesday|thursday|friday|weekend|holidays|new year)|good (?:morning|afternoon|evening)|(?:just )?(?:wanted to )?check(?:ing)? in|welcome back|sorry (?:to|for) (?:bother|bugging|interrupt|disturb|ping|writ|messag|reach|the (?:late|early|random))|apologies for (?:the|bothering))/;
/** Acknowledgements that are a whole clause ("ok thanks", "sounds good!"). */
const ACK_WORDS = new Set(
  'ok okay k kk yes yep yeah yup no nope sure cool great nice awesome perfect thanks thank you thx ty np no worries problem got it noted will do done sounds good lol haha ack all see ya bye ttyl best regards sorry oops ah oh wow amazing love this that'.split(' '),
);
const QUESTION_START =
  /^(?:who|whom|whose|what|what's|whats|where|where's|when|when's|why|how|how's|which|is|are|was|were|do|does|did|have|has|had|should|shall|may|might|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|any(?:one|body)?|does anyone|thoughts|wdyt|r u|am i|do we|did we|is there|are there|wondering|i wonder|i was wondering|curious)\b/;
const REQUEST_START =
  /^(?:(?:can|could|would|will|won't|can't|couldn't) (?:you|u|ya|someone|somebody|anyone|anybody|one of you|any of you|we|i get|i have|i ask you to|y'all)\b|please|pls|plz|kindly|(?:is there )?any chance (?:you|u|someone|somebody|anyone)|would you (?:mind|be able|have time)|are you able to|do you mind|could you possibly|(?:i|we)(?: (?:really |still |urgently |just )?(?:need|want|require|would like|would love|would appreciate|am asking|are asking|ask)|'d (?:really )?(?:like|love|appreciate))\b(?! to\b)|(?:i|we)(?: need| want| would like|'d like) (?:you|u|someone|somebody|one of you|your|help)\b|(?:would|'d) love (?:your|to get your|to hear|some|a)\b|(?:i'm |i am |we're |we are )?looking for (?:someone|somebody|a volunteer|volunteers|help|feedback|input|a reviewer|reviewers|eyes)\b|(?:keen|eager|curious) to (?:hear|get|know|learn) (?:your|what|how|if|whether)\b|(?:we|you and i) should (?:talk|discuss|sync|meet|chat|catch up)\b|(?:i|we)(?: would|'d) be (?:grateful|thankful)|(?:i|we)(?:'d| would) like to (?:discuss|talk|ask|request|meet|schedule|set up|get|have|know|hear|understand|check|confirm|review|go over)\b|need (?!to\b)\S|(?:it )?would be (?:great|nice|awesome|helpful|good|amazing|ideal) (?:if|to)\b|(?:let|lmk)\b|make sure|remember to|don't forget|do not|don't)/;
const IMPERATIVE =
  /^(?:send|share|review|check|take|look|add|remove|join|confirm|approve|sign|update|fix|merge|submit|reply|respond|forward|book|schedule|hold|pull|push|restart|rotate|deploy|read|fill|complete|provide|tell|give|help|email|message|loop|cc|grab|bring|cover|upload|download|make|get|put|move|set|create|assign|prepare|draft|write|double[- ]check|verify|test|try|run|stop|cancel|revert|roll|reach|follow|ping|drop|invite|order|pay|call|text|sync|print|post|publish|finish|handle|escalate|investigate|contact|notify|inform|ask|find out|figure out|clean|archive|rename|delete|install|turn|enable|disable|block|unblock|revoke|reset|reboot|page|swap|switch|change|use|keep|note|avoid|come|go|feel free|lock|shut|kill|pause|resume|freeze|isolate|wake|alert|chase|announce|double)\b/;
const STATEMENT_AFTER_VERB = /^\S+ (?:\S+ )?(?:is|are|was|were|has|have|had|went|looks|seems)\b/;
const NOT_A_REQUEST = /^(?:please )?(?:find|see) (?:attached|below|above|enclosed)|^please (?:note|be (?:aware|advised))\b/;
/** Offers and courtesies phrased like requests: they ask nothing and say nothing. */
const OFFER =
  /^take (?:all )?(?:the time you need|your time|care)|^(?:let me know|lmk|feel free to (?:reach out|ask|ping)|ping me) if (?:you|u) (?:need|have) (?:anything|something|any ?thing else|help|any help|questions|any questions)|^(?:let me know|lmk) if (?:i|we) can help|^happy to help(?: out)?$/;
const REQUEST_ANYWHERE = /\b(?:please|pls|plz|lmk|let me know|get back to me|needs your|need your|(?:is|are) asking (?:if|whether|for)|waiting (?:for|on) (?:you|your)|can (?:you|someone|somebody|anyone) |could (?:you|someone|somebody|anyone) )/;
const DEMAND = /\bunless (?:we|you|someone|somebody)\b|\b(?:needs|need|has|have) to be (?:\w+ed|done|sent|signed|fixed|approved|ready)\b/;
const REASON = /\b(?:so (?:that )?(?:i|we|they|you|he|she|it|the \w+) (?:can|could|will|won't|don't|are|have|get)|because|cause|since (?!\d)|as (?:i|we|they|the|it|our|my|he|she)\b|in order to|due to|otherwise|to unblock|now that|or (?:else|otherwise)|or the (?:\w+ ){1,2}(?:will|goes|gets|is)|for (?:her|his|their|my|our) (?:call|meeting|review|talk|presentation|report|demo)|wants it|needs it|need (?:it|them|this|these) for)\b/;

const ABBREV = /\b(?:mr|mrs|ms|dr|prof|st|vs|etc|e\.g|i\.e|approx|inc|ltd|no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
/** Where a new clause starts inside a sentence: after a comma or dash, before a pronoun or a request. */
const INNER_SPLIT =
  /(?:,|;| [-\u2013\u2014]+| \.\.\.?)[ ]+(?=(?:can|could|would|will|pls|please|plz|is|are|do|does|did|where|what|when|who|why|how|any|anyone|i|i'm|im|i've|we|we're|we've|it|it's|its|this|that's|they|they're|he|she|he's|she's|there's|so|because|but|no rush|just|need|needs|and i|and we|and it|lmk|let me|anything|everything|nothing|otherwise|which|or else)\b|[\w'-]+(?: [\w'-]+)? (?:is|are|was|were|has|have|had|will|would|wants|needs|said|says|asked|told|thinks|expects|plans|starts|ends|goes|went|broke|failed|rolls|gets|got|seems|looks|did|does|can't|won't|isn't|aren't|wasn't|doesn't|didn't|expires|expired|closes|closed|opens|runs|breaks|fails|works|depends|happens|means|shows|comes|moves|lands|ships|launches|matters)\b)/gi;
const MID_REQUEST =
  / (?=(?:can|could|would) (?:you|u|someone|somebody|anyone|anybody)\b)|(?<!\b(?:what|who|where|how|why|when|if|that|whether|because|so|as|since|until|while|and|or|but|than|which) )(?<=\w) (?=(?:i'm|i am|we're|we are|i've|we've|i just|we just) )|(?<=\b(?:LINK|CODE)) (?=(?:which|what|who|where|how|when|why|is|are|does|do|did|any|anyone|thoughts|please|pls)\b)/gi;
/** Cheap test for the words MID_REQUEST can split before (most clauses have none). */
const MID_HINT = / (?:can|could|would|i'm|i am|we're|we are|i've|we've|i just|we just|which|what|who|where|how|when|why|is|are|does|do|did|any|anyone|thoughts|please|pls) /i;
const SHORT_LABEL = /^([^:\n]{1,30}):[ ]+(?=\S)/;

const isEnd = (ch: string | undefined) => ch === '.' || ch === '!' || ch === '?' || ch === ';';

function splitSentences(line: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (!isEnd(ch)) continue;
    let j = i;
    while (j + 1 < line.length && isEnd(line[j + 1])) j++;
    const next = line[j + 1];
    const hard = ch === '?' || ch === '!' || line[j] === '?' || line[j] === '!';
    const boundary = next === undefined || next === ' ' || (hard && next !== ')' && next !== '"');
    if (boundary && !(ch === '.' && j === i && ABBREV.test(line.slice(Math.max(start, i - 6), i)))) {
      out.push(line.slice(start, j + 1));
      start = j + 1;
    }
    i = j;
  }
  if (start < line.length) out.push(line.slice(start));
  return out;
}

function splitInner(sentence: string): string[] {
  let s = sentence.trim();
  const out: string[] = [];
  const label = SHORT_LABEL.exec(s);
  if (label && (label[1] ?? '').split(' ').length <= 4) {
    out.push(label[1] ?? '');
    s = s.slice(label[0].length);
  }
  const parts: string[] = [];
  let last = 0;
  for (const m of s.matchAll(INNER_SPLIT)) {
    parts.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(s.slice(last));
  for (const part of parts) {
    let from = 0;
    for (const m of MID_HINT.test(part) ? part.matchAll(MID_REQUEST) : []) {
      const before = part.slice(from, m.index).trim();
      if (before.split(/\s+/).length >= 3) {
        out.push(before);
        from = m.index + 1;
      }
    }
    out.push(part.slice(from));
  }
  return out.map((p) => p.trim()).filter((p) => p.length > 0);
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7F]/;

export function words(text: string): string[] {
  const lower = text.toLowerCase();
  // The ASCII pattern is several times faster than the Unicode one and covers most drafts.
  // A word may contain . ' - (v2.31, don't, go/no-go) but does not end with them.
  return (NON_ASCII.test(lower) ? lower.match(/[\p{L}\p{N}@#](?:[\p{L}\p{N}'_/.&@#-]*[\p{L}\p{N}_/&@#])?/gu) : lower.match(/[a-z0-9@#](?:[a-z0-9'_/.&@#-]*[a-z0-9_/&@#])?/g)) ?? [];
}

/** `text` without trailing punctuation and spaces (a loop: an end-anchored regex rescans). */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && '?!.,;: \t-'.includes(text[end - 1] ?? 'x')) end--;
  return text.slice(0, end);
}

function countContent(ws: string[]): number {
  let n = 0;
  for (const w of ws) if (!STOP.has(w)) n++;
  return n;
}

function stripLead(text: string, markers: PingMarker[]): string {
  let s = text;
  for (let round = 0; round < 6; round++) {
    const before = s;
    const g = GREETING.exec(s);
    if (g) {
      markers.push('greeting');
      s = s.slice(g[0].length);
      const name = NAME_AFTER_GREETING.exec(s);
      if (name && name[0].length > 0) s = s.slice(name[0].length);
      else if (/^[\p{L}'-]+[ ,!.?]*$/u.test(s)) s = ''; // "hey sam"
    }
    const lower = s.toLowerCase();
    for (const [re, marker] of LEAD_MARKERS) {
      const m = re.exec(lower);
      if (m && m[0].length > 0) {
        if (marker) markers.push(marker);
        s = s.slice(m[0].length);
        break;
      }
    }
    if (s === before) break;
  }
  return s.trim();
}

function classifyBody(text: string): Clause {
  const markers: PingMarker[] = [];
  const rest = stripLead(text, markers);
  const body = rest.toLowerCase();
  const ws = words(body);
  const clean = trimTrailing(body);
  const hasQ = body.includes('?');
  const base = { text, core: rest, body, markers, reason: false, demand: false, topic: false, courtesy: false, contentWords: countContent(ws), wordCount: ws.length };

  if (ws.length === 0) {
    if (hasQ) markers.push('question-mark');
    return { ...base, kind: 'filler' };
  }
  if (markers.includes('quick-question') && /^(?:about|re|regarding|on|concerning)\b/.test(body)) {
    // "quick question about the Q3 budget": the topic is stated, the question is not.
    return { ...base, markers: markers.filter((m) => m !== 'quick-question'), kind: 'filler' };
  }
  if (ws.every((w) => ACK_WORDS.has(w))) return { ...base, kind: 'filler', courtesy: true };
  if (PLEASANTRY.test(clean) && !REQUEST_ANYWHERE.test(body) && !/\b(?:but|because)\b/.test(body)) {
    if (GREETING_LIKE.test(clean)) markers.push('greeting');
    return { ...base, kind: 'filler', courtesy: !GREETING_LIKE.test(clean) };
  }
  if (/^(?:ping|hello+|you there|u there|anyone there)$/.test(clean)) {
    markers.push('ping-word');
    return { ...base, kind: 'filler' };
  }
  if (ws.every((w) => PROBE_VOCAB.has(w) || /^\d+$/.test(w)) && PROBE_CORE.test(body)) {
    markers.push('probe');
    return { ...base, kind: 'probe', contentWords: 0 };
  }
  if (ws.length === 1 && hasQ) {
    // "Sam?", "Thoughts?": nothing to answer unless the rest of the draft gives the topic.
    markers.push('question-mark');
    return { ...base, kind: 'probe', contentWords: 0 };
  }
  if (OFFER.test(clean)) return { ...base, kind: 'filler', courtesy: true };
  if (NOT_A_REQUEST.test(clean)) return { ...base, kind: 'statement' };
  if (/\b(?:is|are) due\b/.test(body) && !/\bdue to\b/.test(body)) return { ...base, kind: 'request', reason: REASON.test(body) };
  if (REQUEST_START.test(clean) || REQUEST_ANYWHERE.test(body) || (IMPERATIVE.test(clean) && ws.length >= 2 && !STATEMENT_AFTER_VERB.test(clean))) {
    return { ...base, kind: 'request', reason: REASON.test(body) };
  }
  if (/^(?:it'?s|this is|it is) (?:about|regarding|re|related to|concerning)\b|^(?:about|regarding|concerning) /.test(clean)) {
    return { ...base, kind: 'filler', topic: true };
  }
  // "who keeps labelling every ticket ASAP": a rhetorical complaint, not a question.
  if (/^(?:who keeps|why does everyone|why do people|who even)\b/.test(clean)) return { ...base, kind: 'statement' };
  if (hasQ || QUESTION_START.test(clean)) return { ...base, kind: 'question', reason: REASON.test(body) };
  return { ...base, kind: 'statement', demand: DEMAND.test(body) };
}

function classify(text: string): Clause {
  const clause = classifyBody(text);
  // "can you help me?", "what?": asks nothing in particular, like a probe.
  if ((clause.kind === 'request' || clause.kind === 'question') && clause.contentWords === 0) clause.markers.push('probe');
  return clause;
}

const NAME_LINE = /^(?:[A-Z][\p{L}'.-]*[ ]?){1,3}[,.!]?$/u;

/** A statement that says why or what the situation is (not a lone name or a one-word line). */
export function isContextStatement(c: Clause): boolean {
  if (c.kind !== 'statement' || c.contentWords < 1 || c.wordCount < 2) return false;
  return !NAME_LINE.test(c.text.trim());
}

export interface Sentence {
  /** The sentence as written. */
  text: string;
  clauses: Clause[];
}

/** Splits into sentences and classifies their clauses, stopping after `maxClauses`. */
export function splitSentenceClauses(text: string, maxClauses = Infinity): Sentence[] {
  const out: Sentence[] = [];
  let count = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    for (const sentence of splitSentences(line)) {
      if (count >= maxClauses) return out;
      const clauses = splitInner(sentence).map(classify);
      count += clauses.length;
      if (clauses.length) out.push({ text: sentence.trim(), clauses });
    }
  }
  return out;
}

export function splitClauses(text: string, maxClauses = Infinity): Clause[] {
  return splitSentenceClauses(text, maxClauses).flatMap((s) => s.clauses);
}
