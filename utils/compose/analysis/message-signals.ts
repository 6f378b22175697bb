/**
 * Word-level signals of urgency and sensitivity, as LABELS.md defines them. Every pattern is
 * bounded (no nested quantifiers) so the scan stays linear on long drafts.
 */

type Rule = [RegExp, string];

const SYSTEM =
  '(?:prod|production|site|website|web ?site|app|apps|api|apis|server|servers|service|services|database|db|system|systems|platform|gateway|checkout|login|logins|sso|network|vpn|email|cluster|wms|erp|crm|portal|store|shop|payments?|backend|frontend|everything|dashboard|cdn|dns|auth|search|homepage|storefront|pos|tills?|scanners?|printers?|terminals?|registers?|wifi|internet|phones?|phone lines?|call center|machines?|line|integration|okta|idp)';

/** Critical: production/system down, security incident, data loss, customers blocked now, an emergency. */
const CRITICAL = compile([
  // The verb phrase first, then (lookbehind) a system noun before it: cheap on text with neither.
  [new RegExp(`\\b(?:is|are|'s|went|has been|have been|keeps going|goes|just went) (?:completely |totally |fully |still |hard )?(?:down|offline|unreachable|unavailable|unresponsive|not responding|not loading)\\b(?<=\\b${SYSTEM}\\b[^.!?\\n]{0,60})`), 'a system is down'],
  [/\b(?:down|offline) for (?:all|every|everyone|everybody|customers|users)\b/, 'a system is down'],
  [/\b(?:whole|entire) (?:site|website|app|platform|system|store|shop)\b[^.!?\n]{0,30}\b(?:down|offline|broken|unreachable|errors?|warning|blank|5\d\d)\b|\b(?:ssl |tls )?cert(?:ificate)? (?:has |just )?expired\b/, 'a system is down'],
  [/\b(?:outage|outages)\b/, 'an outage'],
  [/\b(?:sev ?-?[01]|p0|pri ?0|severity ?[01])\b/, 'a sev1/P0 incident'],
  [/\b(?:security (?:incident|breach|issue|problem)|data (?:breach|leak)|breach(?:ed)?|leaked|compromised|hacked|phishing|ransomware|malware|ddos|intrusion|publicly (?:readable|accessible|exposed|available)|exposed (?:publicly|to the internet))\b/, 'a security incident'],
  [/\b(?:accidentally|mistakenly|by mistake) (?:deleted|dropped|wiped|overwrote|removed|truncated|purged)\b/, 'data loss'],
  [/\b(?:data loss|lost (?:all |the |our )?(?:data|records|files)|(?:deleted|dropped|wiped|truncated|corrupted|overwrote|lost)\b[^.!?\n]{0,60}\b(?:rows|data|records|tables?|database|db|files|orders|backups?|customers?|commits|history|emails|messages|documents|repo|repository|bucket|s3))\b/, 'data loss'],
  [/\b(?:all|every|most|our|many|\d[\d,k]*\+?) (?:of (?:our|the) )?(?:\w+ )?(?:customers?|users?|clients?|merchants?|members|shoppers|buyers|players|accounts)\b[^.!?\n]{0,50}\b(?:(?:can't|cannot|can not|unable to|are unable to|aren't able to) (?:log ?in|sign ?in|sign ?up|check ?out|pay|purchase|buy|order|place orders|access|use|load|open|reach|connect|complete|get in|download|submit|book)|blocked|failing|fail|getting errors?|erroring|see(?:ing)? errors?|locked out|affected|(?:getting |being )?(?:logged|kicked) out)\b/, 'customers are blocked'],
  [/\b(?:customers?|users?|clients?|merchants?|shoppers)\b[^.!?\n]{0,20}\b(?:(?:can't|cannot|can not|unable to|aren't able to) (?:log ?in|sign ?in|sign ?up|check ?out|pay|purchase|buy|order|place orders|access|use|load|open|reach|connect|complete|get in|download|submit|book)|are locked out)\b/, 'customers are blocked'],
  [/\b(?:checkout|payments?|logins?|sign-?ins?|sign-?ups?|signups|orders?|transactions|requests|purchases|writes|api calls)\b[^.!?\n]{0,20}\b(?:failing|failed|broken|erroring|down|rejected|declined|timing out)\b[^.!?\n]{0,40}\b(?:all|every|everyone|customers|users)\b/, 'customers are blocked'],
  [/\b(?:every|all) (?:\w+ )?(?:signups?|requests?|orders?|payments?|checkouts?|logins?|transactions?|users?|customers?)\b[^.!?\n]{0,30}\b(?:erroring|failing|fails|crash(?:es|ing)?|down|broken|returning (?:5\d\d|errors?))\b/, 'customers are blocked'],
  [/\b(?:crash(?:es|ing)?|fail(?:s|ing)?|down|erroring|unavailable) (?:\w+ ){0,3}for (?:all|every|everyone|everybody) (?:\w+ ){0,2}(?:users?|customers?)\b/, 'customers are blocked'],
  [/\b(?:5\d\ds?|errors?|timeouts?|crash(?:es|ing)?|down) (?:for|to) (?:everyone|everybody|all (?:\w+ )?(?:users|customers|clients))\b/, 'customers are blocked'],
  [/\b(?:5\d\d|errors?) on (?:every|all) requests?\b/, 'a system is down'],
  [/\b(?:returning|throwing|serving) (?:5\d\ds?|errors?|timeouts?)\b[^.!?\n]{0,30}\b(?:for|to) (?:all|every|everyone|most|many) (?:\w+ )?(?:customers?|users?|clients?|requests?)\b/, 'customers are blocked'],
  [/\b(?:errors?|failing|failures?|fail|5\d\ds?|timeouts?)\b[^.!?\n]{0,30}\b[1-9]\d ?% of (?:requests|users|customers|traffic|orders|checkouts|logins|calls|payments)\b/, 'customers are blocked'],
  [/\bno (?:orders|payments|customers?|users?|shipments|deliveries|trucks|calls|signups|sign-ups|transactions|one outside) (?:can|could|are being|were being|are getting|have been)\b/, 'customers are blocked'],
  [/\b(?:prod|production|live)\b[^.!?\n]{0,60}\b(?:100% disk|out of (?:disk|memory|space)|disk (?:is )?full|writes (?:are|were) failing|not accepting writes|crash ?loop\w*|data corruption)/, 'a production system is failing'],
  [/\b(?:nobody|no one|none of us) (?:in the company |at the company |company-wide )?can (?:log ?in|sign ?in|access|work)\b/, 'a system is down'],
  [/\b(?:an|family|medical|real|genuine|total|complete|major|security|production|prod) emergency\b|\bemergency(?:!|$)|^emergency\b/, 'an emergency'],
]);
const CRITICAL_NEGATED =
  /\b(?:not|no|isn't|is not|wasn't|non|nothing|without|planned|scheduled|maintenance|possible|potential|prevent|avoid|if|when|whenever|in case|unless|doesn't|don't|won't|would|could)\b[^.!?\n]{0,20}$/;
const CONDITIONAL = /\b(?:if|when|whenever|in case|unless|doesn't|don't|won't)\b/;
/** Talking about incidents in general ("the security incident runbook") is not having one. */
const ABOUT_INCIDENTS = /^[^.!?\n]{0,12}\b(?:runbooks?|process|policy|policies|training|template|procedures?|drills?|simulation|exercise|playbook|plan|postmortem|post-mortem|retro|review|report|doc|docs|contacts?)\b/;
const RESOLVED =
  /\b(?:resolved|is fixed|was fixed|fixed now|back up|back online|back to normal|recovered|mitigated|postmortem|post-mortem|retro|retrospective|no (?:customer |user )?impact|all clear|last (?:night|week|month|quarter|year)|yesterday|earlier today)\b/;
const ONGOING = /\b(?:right now|still|ongoing|currently|again|as we speak|since (?:\d|yesterday|last|this)|(?:has|have) been (?:down|failing|broken|offline))/;

const INCIDENT = 'a sev2/P1 incident';
/** High: needed within hours, someone blocked now, ASAP/urgent, a meeting starting soon. */
const HIGH = compile([
  [/\b(?:asap|a\.s\.a\.p|urgent|urgently|as soon as (?:possible|you can|you see this)|right away|immediately|time[- ]sensitive|top priority|high priority|highest priority)\b/, 'asks for it urgently'],
  [/\b(?:blocked|blocker|blocking|locked out)\b/, 'someone is blocked'],
  [/\b(?:leaving|heading|going|rushing|driving|on my way|have to (?:leave|go|run)|need to (?:leave|go|run))\b[^.!?\n]{0,30}\b(?:right )?now\b/, 'needed right now'],
  [/\b(?:have|need|got|gotta) to (?:leave|go|run)(?: right now| now| immediately| asap)?(?=[.!]|$)/, 'needed right now'],
  [/\bi (?:can't|cannot|can not|am unable to) (?:access|log ?in|login|sign ?in|get into|work|connect|deploy|push|merge)\b/, 'someone is blocked'],
  [/\b(?:nobody|no one|noone|none of us) can\b|\b(?:can't|cannot|unable to) (?:deploy|ship|release|merge|proceed|continue|work|move forward|test|build)\b/, 'someone is blocked'],
  [/(?<!\b(?:back|return|away|out|offline|lunch|off) )\bin (?:\d{1,2}|a few|few|five|ten|fifteen|twenty|thirty|forty(?:-five)?) ?(?:min|mins|minutes)\b|\bin (?:an|one|1|half an|a half) ?(?:hour|hr)\b|\b(?:within|in) the (?:next )?hour\b|\bin the next (?:\d{1,2} |few |couple of )?(?:min|mins|minutes|hours?)\b/, 'a meeting or deadline is minutes away'],
  [/\b(?:starting|starts|begins|beginning) (?:soon|shortly|any minute|now)\b|\babout to (?:start|begin)\b/, 'a meeting is starting soon'],
  [/\b(?:the|my|our|this|today's) \d{1,2}(?::\d\d)? ?(?:am|pm) (?:meeting|call|standup|stand-up|demo|review|presentation|sync|interview|session)\b(?! (?:tomorrow|on|next))/, 'a meeting later today'],
  [/\b(?:are|is|am|they're|we're|i'm) (?:\w+ )?waiting\b[^.!?\n]{0,40}\bnow\b/, 'someone is waiting now'],
  [/\b(?:need|needs|have to|has to|must)\b[^.!?\n]{0,40}\bright now\b/, 'needed right now'],
  [/\b(?:sev ?-?2|p1|pri ?1)\b/, INCIDENT],
]);
const HIGH_NOT_INCIDENT: RuleSet = { any: HIGH.any, rules: HIGH.rules.filter((rule) => rule.why !== INCIDENT) };
const HIGH_NEGATED = /\b(?:not|no|isn't|nothing|non|un|without|never|not really)[ -](?:\w+ )?$/;

const LOW_EXPLICIT =
  /\b(?:no rush|no hurry|no pressure|not urgent|nothing urgent|non[- ]urgent|not time[- ]sensitive|low[- ]pri(?:ority)?|not a priority|whenever (?:you|u|works|is convenient|is fine|suits)|any ?time is fine|when(?:ever)? (?:you|u|ya|they|someone|anyone) (?:get|gets|have|has|find|finds|got) (?:a )?(?:chance|time|sec|second|moment|minute)|at your (?:convenience|leisure)|no need to (?:reply|respond|answer|get back)|in your own time|when (?:you're|you are|youre|ur|u r|u're|you) free|when (?:you|u) can|no urgency|if you have (?:time|a (?:sec|moment|minute))|no deadline|no action (?:needed|required)|nothing (?:needed|required) from you|not blocking|non-blocking|not a big deal|no big deal|nbd)\b/;
const LOW_FYI = /\b(?:fyi|f\.y\.i|for your (?:information|info|reference|records)|heads[- ]up|just (?:wanted to )?(?:let you know|letting you know)|just so you know|in the loop|for visibility|psa)\b/;

interface CompiledRule {
  /** Cheap first check, no allocation. */
  test: RegExp;
  /** Global copy, to look at each match's left context for a negation. */
  all: RegExp;
  why: string;
}

interface RuleSet {
  /** All rules as one alternation: a single scan rules out a draft with none of them. */
  any: RegExp;
  rules: CompiledRule[];
}

function compile(rules: Rule[]): RuleSet {
  return {
    any: new RegExp(rules.map(([re]) => `(?:${re.source})`).join('|')),
    rules: rules.map(([re, why]) => ({ test: re, all: new RegExp(re.source, re.flags + 'g'), why })),
  };
}

function findRule(text: string, set: RuleSet, negated: RegExp, notAfter?: RegExp): string | null {
  if (!set.any.test(text)) return null;
  for (const { test, all, why } of set.rules) {
    if (!test.test(text)) continue;
    for (const m of text.matchAll(all)) {
      if (negated.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (notAfter?.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      if (notAfter && CONDITIONAL.test(m[0])) continue;
      return why;
    }
  }
  return null;
}

/** The draft reports an incident that is over ("resolved now", "postmortem to follow"). */
function isPast(text: string): boolean {
  return RESOLVED.test(text) && !ONGOING.test(text);
}

export function criticalSignal(text: string): string | null {
  return isPast(text) ? null : findRule(text, CRITICAL, CRITICAL_NEGATED, ABOUT_INCIDENTS);
}

export function highSignal(text: string): string | null {
  return findRule(text, isPast(text) ? HIGH_NOT_INCIDENT : HIGH, HIGH_NEGATED);
}

export function lowSignal(text: string): { explicit: boolean; fyi: boolean } {
  return { explicit: LOW_EXPLICIT.test(text), fyi: LOW_FYI.test(text) };
}

/** Sensitive: conflict between people, someone upset or hurt, performance concerns about a person, personal or health matters. */
const SENSITIVE = compile([
  [/\b(?:upset|hurt|angry|furious|livid|pissed|in tears|crying|cried|devastated|heartbroken|humiliated|embarrassed me|offended|insulted|disrespected|belittled|undermined|excluded|ignored me|feel(?:s|ing)? (?:ignored|left out|unheard|unsafe|undervalued|unappreciated|attacked|uncomfortable|awful|terrible|bad about))\b/, 'someone is upset'],
  [/\b(?:snapped at|yelled at|shouted at|screamed at|lashed out|rude to|was rude|being rude|talked down|shut(?:s|ting)? (?:them|me|him|her|people) down|gets personal|got personal|personal attack|blamed me|threw (?:me|him|her|them) under the bus|took credit|taking credit|as (?:his|her|their) own|behind my back|passive[- ]aggressive|toxic|hostile|don't feel safe|doesn't feel safe|not feel safe|feel unsafe)\b/, 'a conflict between people'],
  [/\b(?:harass\w*|bully\w*|discriminat\w*|racis\w*|sexis\w*|inappropriate (?:comments?|behaviou?r|remarks?|jokes?)|comments? about (?:my|her|his|their) (?:accent|appearance|weight|age|religion|race|gender|body)|microaggression\w*|retaliat\w*)\b/, 'a conduct complaint'],
  [/\b(?:(?:formal )?complaint about|complain(?:ing|ed)? about (?:a |my |our )?(?:colleague|coworker|co-worker|manager|boss|teammate|him|her|them)|raise (?:a )?(?:formal )?(?:complaint|grievance)|grievance|hr (?:complaint|issue|investigation)|loop in hr|involve hr|talk to hr about)\b/, 'a complaint about a colleague'],
  [/\b(?:performance (?:issue|issues|concern|concerns|problem|problems|improvement plan)|\bpip\b|underperform\w*|not pulling (?:his|her|their) weight|missed (?:\w+ )?(?:sprint )?commitments|keeps missing|no[- ]show|let (?:him|her|them) go|fir(?:e|ing) (?:him|her|them)|terminat(?:e|ion) (?:him|her|them|his|her)|disciplinary|written warning|final warning|demot\w+)\b/, 'a performance concern about a person'],
  [/\b(?:pregnan\w*|maternity|paternity|(?:i|i'm|i am|i'll|i will|need to|going on|go on|take|taking|on) (?:\w+ ){0,2}(?:parental|sick|medical|bereavement|compassionate) leave|miscarriage|fertility|ivf|divorce|separation from|breakup|break-up|passed away|(?:mother|father|mom|mum|dad|grandma|grandmother|grandpa|grandfather|wife|husband|partner|son|daughter|brother|sister|friend|uncle|aunt|cousin|dog|cat) (?:\w+ )?died|death in (?:my|the) family|funeral|bereavement|grief|grieving|cancer|diagnos\w+|surgery|chemo\w*|hospital\w*|(?:i'm|im|i am|i was|i've been|he's|she's|he is|she is|he was|she was|they're|they are|very|really|got|feeling|out|off|call(?:ed|ing)? in|(?:mother|father|mom|mum|dad|kid|son|daughter|child|baby|wife|husband|partner|brother|sister) is) sick|illness|health (?:issue|issues|problem|problems|condition|scare|reasons)|mental health|therapy|therapist|anxiety|depress\w*|panic attacks?|burn(?:ed|t)? ?out|overwhelmed|stressed out|family emergency|personal (?:matter|reasons|issue|issues|situation|stuff)|something personal|disability|rehab|addiction)\b/, 'a personal or health matter'],
  [/\b(?:(?:was|were|been|had|in) (?:a |an )?(?:car |bike |bad |serious )?(?:accident|crash)\b(?<!\b(?:server|app|build|deploy) crash)|treated unfairly|unfair(?:ly)? (?:to|towards) (?:me|him|her|them)|(?:rough|hard|difficult|tough) (?:time|few weeks|patch)(?= *(?:[.!,;]|$|at home|lately|personally|right now|since|with (?:my|the) (?:family|health|divorce)))|going through (?:a lot|something|stuff)|not doing (?:well|great|ok|okay) (?:lately|personally|at home|mentally)|underpaid|(?:my|a) (?:raise|pay rise)|salary (?:increase|review|negotiation)|warning letter|(?:keeps|kept|keep) (?:coming|showing up|arriving)(?: in)? late)\b/, 'a personal or performance matter'],
  [/\b(?:resign\w*|quitting|i quit|leaving the company|laid off|layoffs?|redundanc\w*|pay cut|promotion (?:was )?denied|passed over for)\b/, 'a personal career matter'],
  [/\b(?:(?:being|been|get|got|keeps? (?:getting|being)) (?:talked over|interrupted|ignored|excluded|dismissed|left out|pushed out|sidelined|singled out|undermined)|talk(?:s|ed|ing)? over (?:me|us|her|him)|(?:don't|do not) appreciate (?:being|how|the way|that)|worried about (?:him|her|them|my|[a-z]+'s)|(?:really |very )?withdrawn|sorry (?:to hear|for your loss)|condolences|(?:get|getting|got) (?:me|him|her|them) in trouble|out to get (?:me|him|her)|lost (?:his|her|their|my) (?:father|mother|dad|mom|mum|wife|husband|partner|son|daughter|brother|sister|baby))\b/, 'someone is upset'],
  [/\b(?:(?:makes|making|made) (?:me|him|her|them|us|people|everyone|(?:several|many|some|a few) (?:people|of us|colleagues)) (?:feel )?(?:really |very |so )?(?:uncomfortable|unsafe|anxious|sad|upset|small|stupid|worthless)|sarcastic (?:comments?|remarks?)|(?:comments?|remarks?|jokes?) about (?:[\w']+ ){0,3}(?:accent|appearance|weight|body|looks|age|religion|race|gender|background)|(?:comments?|remarks?) about my work|something sensitive|(?:sensitive|delicate) (?:matter|issue|topic|situation))\b/, 'a conflict between people'],
  [/\b(?:keeps? (?:ignoring|interrupting|dismissing|undermining|talking over|criticizing|criticising) (?:me|my|us|our|him|her|them)|(?:getting|gets|got) to me|picking up (?:his|her|their) slack|(?:raise|bring) (?:it|this) (?:up )?with (?:him|her|them)|(?:approach|confront) (?:him|her|them)|(?:his|her|their|\w+'s) (?:attitude|behaviou?r|performance|work ethic)|concerns? about (?:his|her|their|\w+'s))\b/, 'a conflict between people'],
  [/\b(?:vent|venting|conflict (?:with|between)|tension (?:with|between)|falling out|not (?:speaking|talking) to (?:me|each other)|(?:haven't|have not|hasn't|aren't|are not|stopped) (?:been )?(?:talking|speaking) to each other|(?:haven't|have not|hasn't|aren't|are not) (?:been )?(?:talking|speaking) (?:since|after)|mad at (?:me|him|her|them)|upset with|frustrated with (?:him|her|them|me)|disappointed in (?:him|her|them|me|you)|said something wrong|my fault|hurt (?:his|her|their|my) feelings)\b/, 'a conflict between people'],
]);
const SENSITIVE_NEGATED = /\b(?:not|no|isn't|nothing)[ ](?:\w+ )?$/;

export function sensitiveSignal(text: string): string | null {
  return findRule(text, SENSITIVE, SENSITIVE_NEGATED);
}
