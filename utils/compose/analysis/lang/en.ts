/**
 * English for the message analyser: every word, phrase and pattern the language-independent
 * core matches. Patterns are bounded (no nested quantifiers) so scans stay linear on long drafts.
 */
import * as chrono from 'chrono-node';
import { addMonths } from 'date-fns';
import type { LanguagePack } from './types';

/** Systems whose being down is critical. */
const SYSTEM =
  '(?:prod|production|site|website|web ?site|app|apps|api|apis|server|servers|service|services|database|db|system|systems|platform|gateway|checkout|login|logins|sso|network|vpn|email|cluster|wms|erp|crm|portal|store|shop|payments?|backend|frontend|everything|dashboard|cdn|dns|auth|search|homepage|storefront|pos|tills?|scanners?|printers?|terminals?|registers?|wifi|internet|phones?|phone lines?|call center|machines?|line|integration|okta|idp)';
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? ?$/;

/** Rewrites office shorthand chrono does not know into phrases it does. */
export function rewriteShorthand(snippet: string, now: Date): string {
  return snippet
    .replace(/\b(?:eod|cob|end of (?:the )?(?:business )?day|close of business)\b/g, '5pm')
    .replace(/\b(?:eow|end of (?:the |this )?(?:work ?)?week)\b/g, 'friday 5pm')
    .replace(/\b(?:(?:the )?end of (?:the |this )?year|year[- ]end|eoy)\b/g, 'december 31')
    .replace(/\bfirst thing\b/g, '9am')
    .replace(/^(?:sometime|some time|anytime|any time) (?:this week|before the weekend)\b/, 'by friday 5pm')
    .replace(/^(?:sometime|some time|anytime|any time) next week\b/, 'by end of next week')
    .replace(/\bthis week\b/g, 'friday 5pm')
    .replace(/^b4\b/, 'before')
    .replace(/\blunch(?:time)?\b/g, 'noon')
    // "before 5", "at 1": a bare hour in working hours is afternoon up to 7, morning from 8.
    .replace(/\b(by|before|at|until|till) (\d{1,2})(?![\d:.]| ?(?:am|pm|a\.m|p\.m|h\b|%|min|hours?|days?|weeks?|months?|th\b|st\b|nd\b|rd\b|people|of\b|x\b| (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))/g, (m, word: string, hour: string) => {
      const h = Number(hour);
      if (h < 1 || h > 12) return m;
      return `${word} ${h}${h <= 7 || h === 12 ? 'pm' : 'am'}`;
    })
    .replace(/\b(?:the )?(\d{1,2})(?:st|nd|rd|th)\b(?! of)/g, (m, day: string, offset: number, whole: string) => {
      if (MONTH.test(whole.slice(Math.max(0, offset - 10), offset))) return m;
      const d = Number(day);
      if (d < 1 || d > 31) return m;
      const month = d >= now.getDate() ? now : addMonths(now, 1);
      return `${month.toLocaleString('en-US', { month: 'long' })} ${d}`;
    });
}

/**
 * What each rewrite needs: text with none of it is returned as it is (no rewrite could apply), as
 * most of the prefixes message-deadline.ts `originalEnd` prepares one by one are, without 11 scans.
 */
const REWRITTEN = /\d|eod|cob|end of|close of|eow|eoy|year|first thing|time|this week|lunch/;

const prepare = (snippet: string, now: Date): string => (REWRITTEN.test(snippet) ? rewriteShorthand(snippet, now) : snippet);

export const en: LanguagePack = {
  code: 'en',
  envelope: {
    quoteHeader: { word: 'wrote:', start: /^[ \t]*On\b/ },
    disclaimer: /\b(?:confidential|intended (?:solely |only )?for|disclaimer|privileged|received (?:it|this)(?: e-?mail| message)? in error|unsubscribe)\b/i,
    quoteMarkers: [
      /^[ \t]*-{2,}[ \t]*Original Message[ \t]*-{2,}/im,
      /^[ \t]*From:[^\n]{0,300}\n[ \t]*(?:Sent|Date):/m,
      /^[ \t]*_{10,}[ \t]*$/m,
    ],
    signatureMarkers: [/^--[ \t]*$/m, /^[ \t]*Sent from my \w+/im, /^[ \t]*Get Outlook for \w+/im, /^[ \t]*Sent from (?:Outlook|Mail|Yahoo)/im],
    signOff: /^[ \t]*(?:with |and )?(?:thanks|thank you|thanks so much|thanks again|many thanks|thx|ty|best|best regards|best wishes|kind regards|warm regards|warmly|regards|cheers|sincerely|all the best|br|talk soon|speak soon|yours|yours sincerely|mit freundlichen grüßen|viele grüße|respectfully)[ \t]*[,.!]*(?:[ \t]+[A-Z][\p{L}'-]*){0,2}[ \t]*$/iu,
  },
  ping: {
    noTopic: new Set(
      (
        // attention and availability
        'sec secs second seconds minute minutes min mins moment moments few couple bit time times free available availability around there here ' +
        'back online offline busy desk office laptop computer pc phone phones line awake reachable openings opening slot slots window ' +
        // contact and meeting verbs
        'call calls calling ring buzz ping pinged dm message text chat chats talk talking speak speaking sync huddle meet meeting meetings catch connect ' +
        'giving give gave hop jump join discuss discussion touch base reach contact swing stop drop pop come over pick answer steal grab borrow schedule set use hand hit ' +
        // when and how many: arranging the talk is no topic
        'half mornings afternoons weeks together arrange poll circulate invite calendar slots suggest three four arvo bandwidth spare brain word convo w brb ' +
        'zoom teams meet facetime video voice quick quickly brief briefly short real later sometime anytime whenever soon ' +
        // politeness and hedges
        'wondering wonder whether might may coming days day conversation conversations shout holler suit suits totally zero ' +
        'please pls plz kindly mind appreciate appreciated grateful would like love possible possibly suitable convenient works work good ' +
        'let let\'s lets lemme gimme wanna gonna gotta sorry bug bother bothering disturb interrupt hope nice great weekend ' +
        // questions without a question
        'question questions q qq ask asking query dumb silly stupid random small one favor favour something thing ' +
        // urgency words say how much, not what about
        'urgent urgently asap emergency important critical now right away immediately still anybody anyone either both guys folks team all you ' +
        // chat shorthand
        'u ur ya yall y\'all r rn k ok okay sure yes yeah pls ty thx lmk wyd hbu sup'
      ).split(' '),
    ),
    interjection:
      /^(?:o+i+|o+y+|a+y+e*|e+y+|y+o+|p+s+t+|g'?day|s+h+|h+m+|u+m+|u+h+|e+r+m*|a+h+e+m+|a+h+|o+h+|b(?:e+|o+)p+|ding|dong|knock|yoo+hoo+|mornin'?|morning|evening|afternoon|gm|gn|hi+y?a*|he+y+[ao]*|he+l+o+|el+o+|hul+o+|howdy|wassup|whatsup|heya|hiya|ahoy|tada|wave|waves|hehe+|haha+|lol+|over|anybody|anyone|home)$/,
    summon: /\b(?:(?:need|use) (?:you|u|ya|help|(?:your|ur) help)|(?:pick|answer) (?:up )?(?:your|the|ur) phone|(?:call|ring) me(?: back)?|gimme a (?:call|ring))\b/,
  },
  clauses: {
    topicAfterQuickQuestion: /^(?:about|re|regarding|on|concerning)\b/,
    pingWord: /^(?:ping|hello+|you there|u there|anyone there)$/,
    topicOnly: /^(?:it'?s|this is|it is) (?:about|regarding|re|related to|concerning)\b|^(?:about|regarding|concerning) /,
    rhetorical: /^(?:who keeps|why does everyone|why do people|who even)\b/,
    isDue: /\b(?:is|are) due\b/,
    notDue: /\bdue to\b/,
    pleasantryTurn: /\b(?:but|because)\b/,
    stop: new Set(
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
    ),
    /** Words an availability probe is made of: a clause using only these says nothing about the topic. */
    probeVocab: new Set(
      (
        'you u ya ye ur your yours you\'re youre r are is got get have has a an the few couple quick quickly real sec secs second seconds minute minutes min mins ' +
        'moment moments bit time call calls chat talk speak sync huddle jump hop on for at some point when whenever free around there available ' +
        'online busy desk awake back in about here can could would will we i me us give ring ping buzz to do does anyone anybody someone somebody ' +
        'everyone now today tonight tomorrow later soon asap urgent urgently it\'s its it this that please pls plz need needs wanna want grab borrow ' +
        'catch up chance good still ok okay something sth smth so just and or be able 5 10 15 20 30 2 1 one two five ten fifteen ' +
        'monday tuesday wednesday thursday friday mon tue tues wed thu thurs fri morning afternoon evening this next week pm am o\'clock noon lunch after before ' +
        'if possible important private privately quickly briefly meet zoom teams facetime phone video voice steal find checking check with no rush hurry'
      ).split(' '),
    ),
    probeCore: /\b(?:sec|secs|second|minute|minutes|min|mins|moment|around|free|there|available|online|busy|desk|awake|call|chat|talk|speak|sync|huddle|ring|buzz|ping|meet|zoom|facetime|phone|steal|checking in|check in|good time|got \d+|have \d+)\b/,
    greeting: /^(?:hi|hii+|hey+|heya|hiya|hello+|hallo|howdy|yo|sup|morning|good (?:morning|afternoon|evening)|gm|greetings|dear|ahoy|hola|salut|servus|moin)\b[ ,!.:;-]*/i,
    nameAfterGreeting: /^(?:(?:all|team|everyone|everybody|folks|guys|y'all|there|friends|again|both|you)\b|@\S+|(?:(?:Mr|Mrs|Ms|Dr|Prof)\.? ?)?[A-Z][\p{L}'-]*(?: [A-Z][\p{L}'-]*){0,2}(?=[ ]*(?:[,!.:;\n-]|$))|[A-Z][\p{L}'-]*(?= [a-z]))[ ,!.:;-]*/u,
    leadMarkers: [
      [/^@\S+[ ,:;-]*/, 'mention'],
      [/^(?:quick|short|small|random|dumb|stupid|silly) (?:question|q|qq|one)\b[ ,:;.!-]*(?:for (?:you|u|ya)\b)?[ ,:;.!-]*/, 'quick-question'],
      [/^(?:qq|question|a question|q)\b[ ,:;.!-]*(?:for (?:you|u|ya)\b)?[ ,:;.!-]*/, 'quick-question'],
      [/^(?:(?:i|i've) )?(?:have|got) a (?:quick |small |dumb |silly )?(?:question|q)\b(?: for (?:you|u))?[ ,:;.!-]*/, 'quick-question'],
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
    ],
    pleasantry: /^(?:thanks|thank you|thx|ty|tysm|cheers|much appreciated|appreciate it|hope\b|i hope (?:you|you're|all|this|everything)\b|how are (?:you|things)|how's it going|how is it going|how's your|what's up|whats up|wassup|happy (?:monday|tuesday|wednesday|thursday|friday|weekend|holidays|new year)|have a (?:great|good|nice|lovely)|sorry (?:to|for) |sorry again|apologies for|good (?:morning|afternoon|evening|night)|welcome\b|congrats|congratulations|talk soon|speak soon|see you|take care|(?:just )?(?:wanted to )?check(?:ing)? in (?:and|to see|on (?:you|everyone))|see how (?:you|everyone)|how (?:is )?everyone|looking forward|sorry to hear|so sorry to hear)\b/,
    /** Pleasantries that greet rather than thank ("happy friday!", "hope you had a good weekend"). */
    greetingLike: /^(?:hope\b|i hope\b|how are|how's it going|how is it going|how's your|what's up|whats up|wassup|happy (?:monday|tuesday|wednesday|thursday|friday|weekend|holidays|new year)|good (?:morning|afternoon|evening)|(?:just )?(?:wanted to )?check(?:ing)? in|welcome back|sorry (?:to|for) (?:bother|bugging|interrupt|disturb|ping|writ|messag|reach|the (?:late|early|random))|apologies for (?:the|bothering))/,
    /** Acknowledgements that are a whole clause ("ok thanks", "sounds good!"). */
    ackWords: new Set(
      'ok okay k kk yes yep yeah yup no nope sure cool great nice awesome perfect thanks thank you thx ty np no worries problem got it noted will do done sounds good lol haha ack all see ya bye ttyl best regards sorry oops ah oh wow amazing love this that'.split(' '),
    ),
    questionStart: /^(?:who|whom|whose|what|what's|whats|where|where's|when|when's|why|how|how's|which|is|are|was|were|do|does|did|have|has|had|should|shall|may|might|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|any(?:one|body)?|does anyone|thoughts|wdyt|r u|am i|do we|did we|is there|are there|wondering|i wonder|i was wondering|curious)\b/,
    requestStart: /^(?:(?:can|could|would|will|won't|can't|couldn't) (?:you|u|ya|someone|somebody|anyone|anybody|one of you|any of you|we|i get|i have|i ask you to|y'all)\b|please|pls|plz|kindly|(?:is there )?any chance (?:you|u|someone|somebody|anyone)|would you (?:mind|be able|have time)|are you able to|do you mind|could you possibly|(?:i|we)(?: (?:really |still |urgently |just )?(?:need|want|require|would like|would love|would appreciate|am asking|are asking|ask)|'d (?:really )?(?:like|love|appreciate))\b(?! to\b)|(?:i|we)(?: need| want| would like|'d like) (?:you|u|someone|somebody|one of you|your|help)\b|(?:would|'d) love (?:your|to get your|to hear|some|a)\b|(?:i'm |i am |we're |we are )?looking for (?:someone|somebody|a volunteer|volunteers|help|feedback|input|a reviewer|reviewers|eyes)\b|(?:keen|eager|curious) to (?:hear|get|know|learn) (?:your|what|how|if|whether)\b|(?:we|you and i) should (?:talk|discuss|sync|meet|chat|catch up)\b|(?:i|we)(?: would|'d) be (?:grateful|thankful)|(?:i|we)(?:'d| would) like to (?:discuss|talk|ask|request|meet|schedule|set up|get|have|know|hear|understand|check|confirm|review|go over)\b|need (?!to\b)\S|(?:it )?would be (?:great|nice|awesome|helpful|good|amazing|ideal) (?:if|to)\b|(?:let|lemme|lmk)\b|make sure|remember to|don't forget|do not|don't)/,
    imperative: /^(?:send|share|review|check|take|look|add|remove|join|confirm|approve|sign|update|fix|merge|submit|reply|respond|catch|hit|buzz|ring|forward|book|schedule|hold|pull|push|restart|rotate|deploy|read|fill|complete|provide|tell|give|help|email|message|loop|cc|grab|bring|cover|upload|download|make|get|put|move|set|create|assign|prepare|draft|write|double[- ]check|verify|test|try|run|stop|cancel|revert|roll|reach|follow|ping|drop|invite|order|pay|call|text|sync|print|post|publish|finish|handle|escalate|investigate|contact|notify|inform|ask|find out|figure out|clean|archive|rename|delete|install|turn|enable|disable|block|unblock|revoke|reset|reboot|page|swap|switch|change|use|keep|note|avoid|come|go|feel free|lock|shut|kill|pause|resume|freeze|isolate|wake|alert|chase|announce|double)\b/,
    statementAfterVerb: /^\S+ (?:\S+ )?(?:is|are|was|were|has|have|had|went|looks|seems)\b/,
    notARequest: /^(?:please )?(?:find|see) (?:attached|below|above|enclosed)|^please (?:note|be (?:aware|advised))\b/,
    /** Offers and courtesies phrased like requests: they ask nothing and say nothing. */
    offer: /^take (?:all )?(?:the time you need|your time|care)|^(?:let me know|lmk|feel free to (?:reach out|ask|ping)|ping me) if (?:you|u) (?:need|have) (?:anything|something|any ?thing else|help|any help|questions|any questions)|^(?:let me know|lmk) if (?:i|we) can help|^happy to help(?: out)?$/,
    requestAnywhere: /\b(?:please|pls|plz|lmk|let me know|get back to me|needs your|need your|(?:is|are) asking (?:if|whether|for)|waiting (?:for|on) (?:you|your)|can (?:you|someone|somebody|anyone) |could (?:you|someone|somebody|anyone) )/,
    demand: /\bunless (?:we|you|someone|somebody)\b|\b(?:needs|need|has|have) to be (?:\w+ed|done|sent|signed|fixed|approved|ready)\b/,
    reason: /\b(?:so (?:that )?(?:i|we|they|you|he|she|it|the \w+) (?:can|could|will|won't|don't|are|have|get)|because|cause|since (?!\d)|as (?:i|we|they|the|it|our|my|he|she)\b|in order to|due to|otherwise|to unblock|now that|or (?:else|otherwise)|or the (?:\w+ ){1,2}(?:will|won't|can't|will not|would|goes|gets|is)|for (?:her|his|their|my|our) (?:call|meeting|review|talk|presentation|report|demo)|wants it|needs it|need (?:it|them|this|these) for)\b/,
    abbrev: /\b(?:mr|mrs|ms|dr|prof|st|vs|etc|e\.g|i\.e|approx|inc|ltd|no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i,
    /** Where a new clause starts inside a sentence: after a comma or dash, before a pronoun or a request. */
    innerSplit: /(?:,|;| [-\u2013\u2014]+| \.\.\.?)[ ]+(?=(?:can|could|would|will|pls|please|plz|is|are|do|does|did|where|what|when|who|why|how|any|anyone|someone|somebody|anybody|i|i'm|im|i've|we|we're|we've|it|it's|its|this|that's|they|they're|he|she|he's|she's|there's|so|because|but|no rush|just|need|needs|and i|and we|and it|lmk|let me|anything|everything|nothing|otherwise|which|or else)\b|[\w'-]+(?: [\w'-]+){0,2} (?:is|are|was|were|has|have|had|will|would|wants|needs|said|says|asked|told|thinks|expects|plans|starts|ends|goes|went|broke|failed|rolls|gets|got|seems|looks|did|does|can't|won't|isn't|aren't|wasn't|doesn't|didn't|expires|expired|closes|closed|opens|runs|breaks|fails|works|depends|happens|means|shows|comes|moves|moved|lands|ships|launches|matters|changed|cancell?ed|pushed|asked|called)\b|(?:want|wanna|do you|shall we|should we)\b)/gi,
    midRequest: / (?=(?:can|could|would) (?:you|u|someone|somebody|anyone|anybody)\b)|(?<!\b(?:what|who|where|how|why|when|if|that|whether|because|so|as|since|until|while|and|or|but|than|which) )(?<=\w) (?=(?:i'm|i am|we're|we are|i've|we've|i just|we just) )|(?<=\b(?:LINK|CODE)) (?=(?:which|what|who|where|how|when|why|is|are|does|do|did|any|anyone|thoughts|please|pls)\b)/gi,
    /** Cheap test for the words MID_REQUEST can split before (most clauses have none). */
    midHint: / (?:can|could|would|i'm|i am|we're|we are|i've|we've|i just|we just|which|what|who|where|how|when|why|is|are|does|do|did|any|anyone|thoughts|please|pls) /i,
  },
  urgency: {
    /** Critical: production/system down, security incident, data loss, customers blocked now, an emergency. */
    critical: [
      // The verb phrase first, then (lookbehind) a system noun before it: cheap on text with neither.
      [new RegExp(`\\b(?:is|are|'s|went|has been|have been|keeps going|goes|just went) (?:completely |totally |fully |still |hard |all )?(?:down|dead|offline|unreachable|unavailable|unresponsive|not responding|not loading)\\b(?<=\\b${SYSTEM}\\b[^.!?\\n]{0,60})`), 'a system is down'],
      [/\b(?:(?:down|offline) for|refusing|rejecting|turning away) (?:all|every|everyone|everybody|customers|users)\b/, 'a system is down'],
      [/\b(?:whole|entire) (?:site|website|app|platform|system|store|shop)\b[^.!?\n]{0,30}\b(?:down|offline|broken|unreachable|errors?|warning|blank|5\d\d)\b|\b(?:ssl |tls )?cert(?:ificate)? (?:has |just )?expired\b/, 'a system is down'],
      [/\b(?:outage|outages)\b/, 'an outage'],
      [/\b(?:sev ?-?[01]|p0|pri ?0|severity ?[01])\b/, 'a sev1/P0 incident'],
      [/\b(?:security (?:incident|breach|issue|problem)|data (?:breach|leak)|breach(?:ed)?|leaked|compromised|hacked|phishing|ransomware|malware|ddos|intrusion|unauthori[sz]ed access|defaced|(?:someone|somebody|hackers?|attackers?) (?:got|broke) into|publicly (?:readable|accessible|exposed|available)|exposed (?:publicly|to the internet))\b/, 'a security incident'],
      [/\b(?:accidentally|mistakenly|by mistake) (?:deleted|dropped|wiped|overwrote|removed|truncated|purged)\b/, 'data loss'],
      [/\b(?:data loss|lost (?:all |the |our )?(?:data|records|files)|(?:deleted|dropped|wiped|wiping|deleting|erasing|truncated|corrupted|overwrote|lost)\b[^.!?\n]{0,60}\b(?:rows|data|records|tables?|database|db|files|orders|backups?|customers?|commits|history|emails|messages|documents|drafts|photos|repo|repository|bucket|s3))\b/, 'data loss'],
      [/\b(?:all|every|most|our|many|\d[\d,k]*\+?) (?:of (?:our|the) )?(?:\w+ )?(?:customers?|users?|clients?|merchants?|members|shoppers|buyers|players|accounts)\b[^.!?\n]{0,50}\b(?:(?:can't|cannot|can not|unable to|are unable to|aren't able to) (?:log ?in|sign ?in|sign ?up|check ?out|pay|purchase|buy|order|place orders|access|use|load|open|reach|connect|complete|get in|download|submit|book)|blocked|failing|fail|getting errors?|erroring|see(?:ing)? errors?|locked out|stuck|affected|(?:getting |being )?(?:logged|kicked) out)\b/, 'customers are blocked'],
      [/\b(?:customers?|users?|clients?|merchants?|shoppers)\b[^.!?\n]{0,20}\b(?:(?:can't|cannot|can not|unable to|aren't able to) (?:log ?in|sign ?in|sign ?up|check ?out|pay|purchase|buy|order|place orders|access|use|load|open|reach|connect|complete|get in|download|submit|book)|are locked out)\b/, 'customers are blocked'],
      [/\b(?:checkout|payments?|logins?|sign-?ins?|sign-?ups?|signups|orders?|transactions|requests|purchases|writes|api calls)\b[^.!?\n]{0,20}\b(?:failing|failed|broken|erroring|down|rejected|declined|timing out)\b[^.!?\n]{0,40}\b(?:all|every|everyone|customers|users)\b/, 'customers are blocked'],
      [/\b(?:every|all) (?:\w+ )?(?:signups?|requests?|orders?|payments?|checkouts?|logins?|transactions?|users?|customers?)\b[^.!?\n]{0,30}\b(?:erroring|failing|fails|crash(?:es|ing)?|down|broken|returning (?:5\d\d|errors?))\b/, 'customers are blocked'],
      [/\b(?:crash(?:es|ing)?|fail(?:s|ing)?|down|erroring|unavailable) (?:\w+ ){0,3}for (?:all|every|everyone|everybody) (?:\w+ ){0,2}(?:users?|customers?)\b/, 'customers are blocked'],
      [/\b(?:5\d\ds?|errors?|timeouts?|crash(?:es|ing)?|down) (?:for|to) (?:everyone|everybody|all (?:\w+ )?(?:users|customers|clients))\b/, 'customers are blocked'],
      [/\b(?:5\d\ds?|errors?) (?:on|for) (?:every|all) (?:\w+ ){0,2}(?:requests?|payments?|orders?|checkouts?)\b/, 'a system is down'],
      // The situation, not a keyword: money lost now, stock about to be lost, a secret out, the wrong site served.
      [/\b(?:charging|billing|refunding|paying(?: out)?|crediting|shipping|sending|dispensing) (?:\w+ ){0,3}(?:twice|double|two times|multiple times)\b|\b(?:burning|losing|costing|bleeding|wasting) (?:\w+ )?[£$€]?[\d,.]+k? (?:an?|per) (?:minute|hour)\b|\b[\d,]+k?\+? (?:double[- ]charges|duplicate charges)\b|\b(?:payments?|money|funds|transfers?|invoices?) (?:\w+ ){0,3}(?:went|sent|going|go|paid) to (?:the |a )?(?:fraud\w*|scam\w*|wrong (?:account|person|vendor))|\b(?:shipping|selling) (?:\w+ ){0,3}below cost\b|\blosing (?:money|revenue|sales|orders|customers|\$[\d,.]+k?)\b|\b(?:wiring|draining|siphoning) (?:\w+ ){0,2}(?:money|funds|cash|accounts?)\b|\bcloned cards?\b|\b(?:fridge|freezer|cold room|chiller)\b[^.!?\n]{0,30}\bat \d+ ?°|\bfraudulent (?:charges|payments|transfers)\b|\b(?:about to|going to) lose (?:all |the |our )*(?:\w+ )?(?:stock|inventory|data|orders|customers|money)\b/, 'money or goods are being lost now'],
      [/\b(?:api keys?|secrets?|tokens?|passwords?|credentials|private keys?|access keys?|aws keys?)\b[^.!?\n]{0,40}\b(?:leaked|exposed|pushed|committed|posted|pasted|public(?:ly)?|visible to)\b|\b(?:pushed|committed|posted|pasted|leaked) (?:\w+ ){0,4}(?:api keys?|secrets?|tokens?|passwords?|credentials|(?:private|access) keys?|connection strings?)\b/, 'a secret is exposed'],
      // Someone else's data where it must not be: visible, or sent to the wrong party.
      [/\b(?:(?:patients?|customers?|clients?|students?|employees?|users?|personal|medical)'?s?'? (?:\w+ ){0,2}(?:records|data|details|numbers|addresses|files|results|list)|card numbers|bank details|salar(?:y|ies)|connection strings?)\b[^.!?\n]{0,50}\b(?:visible|exposed|public|readable|in plain ?text|in (?:the )?(?:\w+ )?logs|(?:may )?have been copied)\b|\bshow(?:ing|s) (?:\w+ )?(?:(?:other|another) (?:\w+ )?(?:patients|customers|clients|students|users)|(?:patients|customers|clients|students|users)\b[^.!?\n]{0,30}\bwrong\b)|\b(?:sent|emailed|posted|shared|forwarded|uploaded)\b[^.!?\n]{0,60}\b(?:wrong|opposing) (?:\w+ )?(?:party|counsel|client|customer|patient|ward|recipients?|people|person|company|family)\b/, 'data is exposed'],
      // A safety hazard happening now, and a live product broken for its users.
      [/\b(?:alarm|sprinkler)s?\b[^.!?\n]{0,30}\b(?:going|went) off|\bon fire\b|\bcollapsed\b[^.!?\n]{0,40}\bambulance|(?:cleared|evacuated) the (?:area|building|site|floor)|pulled everyone (?:off|out)|\b(?:passengers|patients|guests|trucks|trains|flights) (?:\w+ ){0,2}(?:are |were )?(?:held|stranded|queu\w+|can't|cannot)\b|\bleak(?:ing|s)? (?:\w+ ){0,2}(?:diesel|fuel|oil|gas|chemicals?|sewage)\b|\b(?:diesel|fuel|oil|gas|chemical) (?:leak|spill)|\b(?:water main|pipe)s? (?:has |have )?burst|\bburst (?:water main|pipe)/, 'a safety emergency'],
      [/\b(?:went|gone|is|are) live with (?:the |a )?(?:\w+ ){0,2}(?:debug|bug|broken|wrong)/, 'a defect is live'],
      [/\b(?:fail(?:ing)?|go(?:ing)? down|run(?:ning)? out|crash(?:ing)?) (?:with)?in (?:the next (?:few )?)?minutes\b/, 'a failure is minutes away'],
      [/\b(?:customers?|users?|visitors|shoppers|everyone|everybody)\b[^.!?\n]{0,15}\b(?:are |is )?(?:seeing|getting|hitting|landing on|redirected to) (?:\w+ ){0,5}(?:instead of (?:our|the)|someone else's|5\d\ds?\b|blank pages?)/, 'customers are affected now'],
      [/\b(?:all|every|everyone|everybody|whole|entire)\b[^.!?\n]{0,30}\b(?:is |are )?(?:getting|seeing|hitting|returning|throwing) (?:\w+ )?(?:5\d\ds?|errors?|timeouts?)\b/, 'customers are affected now'],
      [/\b(?:truncated|dropped|wiped|deleted|corrupted|overwrote|overwritten) (?:\w+ ){0,3}(?:in|on|from) (?:prod|production|the live)\b|\b(?:in|on) (?:prod|production) instead of (?:staging|test|dev)\b/, 'data loss'],
      [/\b(?:(?:primary|database|db|disk|volume)\b[^.!?\n]{0,20}\b(?:went|is|has gone) read[- ]only|nobody can (?:save|write|pay|order|check ?out|buy|book|submit|use the \w+))\b/, 'a production system is failing'],
      [/\b(?:returning|throwing|serving)\b[^.!?\n]{0,40}\b(?:for|to) (?:all|every|everyone|most|many) (?:\w+ )?(?:customers?|users?|clients?|requests?)\b/, 'customers are blocked'],
      [/\b(?:errors?|failing|failures?|fail|5\d\ds?|timeouts?)\b[^.!?\n]{0,30}\b[1-9]\d ?% of (?:requests|users|customers|traffic|orders|checkouts|logins|calls|payments)\b/, 'customers are blocked'],
      [/\bno (?:orders|payments|customers?|users?|shipments|deliveries|trucks|calls|signups|sign-ups|transactions|one outside) (?:can|could|are being|were being|are getting|have been)\b/, 'customers are blocked'],
      [/\b(?:prod|production|live)\b[^.!?\n]{0,60}\b(?:100% disk|out of (?:disk|memory|space)|disk (?:is )?full|writes (?:are|were) failing|not accepting writes|crash ?loop\w*|data corruption)/, 'a production system is failing'],
      [/\b(?:nobody|no one|none of us) (?:in the company |at the company |company-wide )?can (?:log ?in|sign ?in|access|work)\b/, 'a system is down'],
      [/\b(?:an|family|medical|real|genuine|total|complete|major|security|production|prod) emergency\b|\bemergency(?:!|$)|^emergency\b/, 'an emergency'],
    ],
    criticalNegated: /\b(?:not|no|isn't|is not|wasn't|non|nothing|without|planned|scheduled|maintenance|possible|potential|prevent|avoid|if|when|whenever|in case|unless|doesn't|don't|won't|would|could)\b[^.!?\n]{0,20}$/,
    conditional: /\b(?:if|when|whenever|in case|unless|doesn't|don't|won't)\b/,
    /** Talking about incidents in general ("the security incident runbook") is not having one. */
    aboutIncidents: /^[^.!?\n]{0,12}\b(?:runbooks?|process|policy|policies|training|template|procedures?|drills?|simulation|exercise|playbook|plan|postmortem|post-mortem|retro|review|report|doc|docs|contacts?)\b/,
    resolved: /\b(?:resolved|is fixed|was fixed|fixed now|back up|back online|back to normal|recovered|mitigated|postmortem|post-mortem|retro|retrospective|no (?:customer |user )?impact|all clear)\b/,
    pastTime: /\b(?:last (?:night|week|month|quarter|year)|yesterday|earlier today)\b/,
    stillHappening: /\b(?:this morning's|so far|the rest of|right now|(?:is|are) (?:still )?(?:being|going|burning|losing|leaking|draining|wiping|failing|crashing|erroring|refusing)|keeps?|in progress|as we speak|stop (?:the|it|them))\b/,
    ongoing: /\b(?:right now|still|ongoing|currently|again|as we speak|since (?:\d|yesterday|last|this)|(?:has|have) been (?:down|failing|broken|offline))/,
    /** High: needed within hours, someone blocked now, ASAP/urgent, a meeting starting soon. */
    high: [
      [/\b(?:asap|a\.s\.a\.p|urgent|urgently|as soon as (?:possible|you can|you see this)|right away|immediately|time[- ]sensitive|top priority|high priority|highest priority)\b/, 'asks for it urgently'],
      [/\b(?:blocked|blocker|blocking|locked out)\b/, 'someone is blocked'],
      [/\b(?:leaving|heading|going|rushing|driving|on my way|have to (?:leave|go|run)|need to (?:leave|go|run))\b[^.!?\n]{0,30}\b(?:right )?now\b/, 'needed right now'],
      [/\b(?:have|need|got|gotta) to (?:leave|go|run)(?: right now| now| immediately| asap)?(?=[.!]|$)/, 'needed right now'],
      [/\bi (?:can't|cannot|can not|am unable to) (?:access|log ?in|login|sign ?in|get into|work|connect|deploy|push|merge)\b/, 'someone is blocked'],
      [/\b(?:(?:is|are|am|'m|'s|'re|got|get|getting) stuck\b|stuck (?:on|at|in) the\b|(?:sitting|standing) (?:around|idle)|(?:are|is) (?:all |just )?idle|(?:don't|do not|doesn't) have (?:the )?(?:perms|permissions?|rights|access) to)/, 'someone is blocked'],
      [/\b(?:waiting|sitting|standing) (?:in|at|on|outside) (?:the |my |your |our )?(?:lobby|reception|door|front desk|line|phone|call|zoom|gate|entrance)\b|\bon (?:line \d|hold)\b[^.!?\n]{0,30}\b(?:asking|waiting|for you)\b/, 'someone is waiting now'],
      [/\bneed (?:you|u|ya|your help|help|someone|somebody|a \w+)(?: \w+){0,3} (?:now|right now|asap|immediately)\b|\bdrop (?:everything|what (?:you're|you are) doing)\b/, 'needed right now'],
      [/\b(?:stopped|halted|stalled|stuck|idle|waiting) (?:\w+ ){0,2}for (?:\w+ ){0,2}(?:\d+|an?|two|three) ?(?:mins?|minutes|hours?)\b|\b(?:has|have) been (?:waiting|stuck|stopped|idle) (?:on|for|since)\b/, 'people have been blocked for a while'],
      [/\b(?:nobody|no one|noone|none of us) can\b|\b(?:can't|cannot|unable to) (?:deploy|ship|release|merge|proceed|continue|work|move forward|test|build)\b/, 'someone is blocked'],
      [/(?<!\b(?:back|return|away|out|offline|lunch|off) )\bin (?:\d{1,2}|a few|few|five|ten|fifteen|twenty|thirty|forty(?:-five)?) ?(?:min|mins|minutes)\b|\bin (?:an|one|1|half an|a half|2|3|two|three|a couple of) ?(?:hours?|hrs?)\b|\b(?:within|in) the (?:next )?hour\b|\bin the next (?:\d{1,2} |few |couple of )?(?:min|mins|minutes|hours?)\b/, 'a meeting or deadline is minutes away'],
      [/\b(?:starting|starts|begins|beginning) (?:soon|shortly|any minute|now)\b|\babout to (?:start|begin)\b/, 'a meeting is starting soon'],
      [/\b(?:(?:the|my|our|this|today's) \d{1,2}(?::\d\d)? ?(?:am|pm)|tonight's(?: \w+)?) (?:meeting|call|standup|stand-up|demo|review|presentation|sync|interview|session|webinar|concert|event|show|dinner|exam|class|workshop|keynote)\b(?! (?:tomorrow|on|next))/, 'a meeting later today'],
      [/\b(?:are|is|am|they're|we're|i'm) (?:\w+ )?waiting\b[^.!?\n]{0,40}\bnow\b/, 'someone is waiting now'],
      [/\b(?:need|needs|have to|has to|must)\b[^.!?\n]{0,40}\bright now\b/, 'needed right now'],
    ],
    mentionBefore: /\b(?:marked|mark it|labell?ed|tagged|flagged|called|named|titled|set to|the word|the term)[ ]+["']?$/,
    mentionAfter: /^["']?[ ]*(?:label|option|tag|field|status|priority|button|template|scenario|column|checkbox|setting|flag|keyword|word|line|emoji|channel|filter)s?\b/,
    highNegated: /\b(?:not|no|isn't|nothing|non|un|without|never|not really)[ -](?:\w+ )?$/,
    highIncident: [[/\b(?:sev ?-?2|p1|pri ?1)\b/, 'a sev2/P1 incident']],
    lowExplicit: /\b(?:no rush|no hurry|no pressure|not urgent|nothing urgent|non[- ]urgent|not time[- ]sensitive|low[- ]pri(?:ority)?|not a priority|whenever (?:you|u|works|is convenient|is fine|suits)|any ?time is fine|when(?:ever)? (?:you|u|ya|they|someone|anyone) (?:get|gets|have|has|find|finds|got) (?:a )?(?:chance|time|sec|second|moment|minute)|at your (?:convenience|leisure)|no need to (?:reply|respond|answer|get back)|in your own time|when (?:you're|you are|youre|ur|u r|u're|you) free|when (?:you|u) can|no urgency|no reply (?:needed|required)|nothing (?:else )?(?:you need |for you )?to do|if you have (?:time|a (?:sec|moment|minute))|no deadline|no action (?:needed|required)|nothing (?:needed|required) from you|not blocking|non-blocking|not a big deal|no big deal|nbd)\b/,
    lowFyi: /\b(?:fyi|f\.y\.i|for your (?:information|info|reference|records)|heads[- ]up|just (?:wanted to )?(?:let you know|letting you know)|just so (?:you|everyone|everybody) knows?|in the loop|for visibility|for (?:the record|info)|in case (?:you|anyone) missed it|psa)\b/,
    testSystem: {
      test: /\b(?:staging|stage env|test (?:env|environment|server|system|instance)|dev (?:env|environment|server|box|cluster)|sandbox|uat|pre-?prod|qa (?:env|environment|server|box))\b/,
      production: /\b(?:prod|production|live|customers?|users|checkout|payments?)\b/,
    },
  },
  sensitivity: {
    /** Sensitive: conflict between people, someone upset or hurt, performance concerns about a person, personal or health matters. */
    sensitive: [
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
      // Interpersonal frames: a person in a state, an apology for one's own conduct, concern about someone's work, a family member's health.
      [/\b(?:i'm|i am|i've been|i have been|i feel|i'm feeling|he's|she's|they're|he is|she is|they are|(?:he|she|they|who) (?:was|were|seems?|seemed|looks?|looked|has been|have been|'s been)) (?:\w+ ){0,2}?(?:shaken|rattled|distraught|in shock|traumati[sz]ed|scared|terrified|heartbroken|struggling|exhausted|drained|not (?:ok|okay|coping)|falling apart|a wreck|really quiet|very quiet|so quiet|withdrawn|low lately|down lately)\b/, 'someone is struggling'],
      [/\b(?:noticed|seems? like|worried that) (?:you|he|she|they)(?:'ve| have| has|'s)? been (?:\w+ )?(?:quiet|down|off|distant|withdrawn|stressed|exhausted|struggling|upset|absent)\b|\bmy door is (?:always )?open\b|\b(?:don't|do not) (?:want|have) to talk about it\b|\btold me in confidence\b|\bin (?:strict )?confidence\b/, 'a personal matter'],
      [/\b(?:i owe you an apology|(?:i|i'd|i want to|i wanted to) (?:like to )?apologi[sz]e (?:to you )?for (?:how|what|my|the way)|(?:i'm|i am) (?:so |really |truly )?sorry (?:for|about) (?:how i|what i|my (?:tone|reaction|comment|behaviou?r|outburst))|took it out on (?:you|him|her|them)|(?:wasn't|was not) fair (?:to|on) (?:you|him|her|them)|say sorry properly|(?:i|we) (?:was|were) out of line)/, 'an apology'],
      [/\b(?:he|she|they|\w+) (?:has|have|had) (?:\w+ ){0,2}missed (?:\w+ ){0,5}(?:deadlines|commitments|deliverables|targets|meetings|shifts)\b|\b(?:address|raise|discuss) (?:it|this|that) with (?:him|her|them)(?: directly| separately| first)?\b|\b(?:his|her|their|\w+'s) (?:output|work|performance|deliverables|quality of work|attendance) (?:has|have) (?:\w+ )?(?:dropped|slipped|declined|suffered)|\bperformance route\b/, 'a concern about a person\'s work'],
      [/\b(?:my|his|her|their|our) (?:son|daughter|kid|kids|child|children|baby|wife|husband|partner|mom|mum|mother|dad|father|parents?|grandma|grandmother|grandpa|grandfather|brother|sister|family)(?:'s)? (?:\w+ ){0,4}(?:fell|collapsed|injured|hurt|accident|hospital|er|emergency room|a&e|ambulance|stroke|heart attack|dementia|alzheimer's|seizure|got worse|getting worse|is ill|is sick|in labou?r|went into labou?r|passed|not well)\b|\b(?:caring for|looking after|care of) (?:my|his|her|their) (?:son|daughter|kid|kids|child|children|baby|wife|husband|partner|mom|mum|mother|dad|father|parents?|grandma|grandmother|grandpa|grandfather|brother|sister|family)\b|\b(?:affect(?:s|ing)?|ruin(?:s|ing)?) my (?:sleep|health|mental health)\b/, 'a personal or health matter'],
      [/\b(?:report|reporting|complain(?:ing)? about) (?:the )?(?:behaviou?r|conduct|comments?) (?:of|by|from)\b|\b(?:commented|comments?|remarks?) on (?:my|her|his|their) (?:appearance|looks|body|weight|clothes|outfit)\b|\b(?:i|we) find (?:it |this |that )?(?:inappropriate|unprofessional|offensive)\b|\b(?:grabbed|touched|pushed|shoved|hit|assaulted|threatened) (?:her|him|them|me|my|a colleague|an? (?:associate|employee|colleague))\b|\b(?:quit|leave|resign) (?:after|because of) (?:what|how) \w+ (?:said|did|treated)\b/, 'a conduct complaint'],
    ],
    sensitiveNegated: /\b(?:not|no|isn't|nothing)[ ](?:\w+ )?$/,
  },
  deadline: {
    dueNotDeadline: /^due to\b/,
    pastDue: /\b(?:was|were|been) $/,
    byAuthor: /\b(?:written|made|caused|sent|built|done|owned|run|led|approved|reviewed) $/,
    eventFirst: /^(?:before|b4|ahead of|prior to)\b/,
    eventDeadline: /^(?:before|ahead of|prior to) (?:we|you|they|the|our|it|i)\b/,
    morning: /\bmorning\b/,
    notEndOfDay: /\b(?:afternoon|evening|tonight|noon|midnight)\b/,
    prepare,
    parse: (text, now) => chrono.en.casual.parse(text, now, { forwardDate: true }),
    trigger: /\b(?:by|b4|before|(?:sometime|some time|anytime|any time)(?= (?:this|next|today|tomorrow|tonight|on|before|by|in))|no later than|not later than|latest by|at the latest by|within|in the next|until|till|til|due|ahead of|prior to|deadline(?: is)?)\b/g,
    /** Triggers that only mean a deadline inside a request ("send it until Wednesday", "within the hour"). */
    requestOnly: new Set(['within', 'in the next', 'until', 'till', 'til']),
    backReference: /^(?:by |before )(?:then|that time|that|it (?:starts|begins)|the (?:call|meeting|standup|review|demo|session) (?:starts|begins))\b/,
    later: /\b(?:tomorrow|mon|tue|wed|thu|fri|sat|sun|next|week|month)/,
    soon: /\b(?:today|tonight|this (?:morning|afternoon|evening)|minutes?|mins?|hours?|hrs?|the hour)\b/,
    /** Clock times and day words that make a time in a request a deadline ("join the call at 11:00 today"). */
    requestTime: /\b(?:today(?!'s)|tonight|tomorrow(?!'s)|this (?:morning|afternoon|evening|week)|at \d{1,2}(?::\d{2} ?(?:am|pm)?| ?(?:am|pm))|(?<!(?:from|since|after|of) )(?:my|your|our|his|her|their|the|this) \d{1,2}(?::\d{2})? ?(?:am|pm))\b/,
    amount: /^by (?:a|an|one|two|three|four|five|a few|a couple of|\d+) (?:minutes?|hours?|days?|weeks?|months?|sprints?)\b/,
    /** A statement that still sets a requirement ("won't go out unless we resend it in the next two hours"). */
    requirement: /\b(?:unless|needs? to|has to|have to|must|required|deadline)\b/,
    ownPromise: /^(?:i|we)(?:'ll| will| shall| am going to|'m going to| are going to|'re going to| plan to| aim to| hope to| should be able to)\b/,
    businessDays: /^(?:within|in the next|in) (\d{1,2}|one|two|three|four|five|ten) (?:business|working|work) days?\b/,
    numberWords: { one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10 },
    /** Words without which chrono cannot find a date: skips the parser for "by the team", "before we ship". */
    dateHint: /\d|\b(?:today|tonight|tomorrow|yesterday|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|noon|midnight|morning|afternoon|evening|night|week|weekend|month|year|hour|hours|minute|minutes|min|mins|day|days|eod|eow|cob|end of|close of|lunch|first thing|next|this|an hour|half|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)/,
  },
  decision: {
    convergent: /\b(?:go\/no[- ]go|go or no[- ]go|decide|decision|approve|approval|sign[- ]off|sign off on|which (?:one|option|version|approach|design|of (?:these|the two))|pick (?:one|between)|choose between|final (?:call|say)|agree on|vote|move forward|yes or no|a or b)\b/,
    divergent: /\b(?:ideas?|brainstorm\w*|thoughts|what do (?:you|y'all|you all) think|wdyt|suggestions?|input on|perspectives?|opinions?|any advice|advice on|how would you|pros and cons|alternatives|what would you)\b/,
  },
};
