/**
 * What the message analyser needs to know about a language. The analyser's core
 * (message*.ts) is language-independent: it splits clauses, strips what carries no topic and
 * weighs signals; every word, phrase and pattern it matches comes from a `LanguagePack`.
 * Patterns match lower-cased text unless a comment says otherwise.
 */
import type { ParsedResult } from 'chrono-node';

/** Shapes of a clause's lead that carry no topic (a mention, "quick question", "fyi", "ok so"). */
export type PingMarker = 'greeting' | 'probe' | 'quick-question' | 'question-mark' | 'ping-word' | 'urgency-only' | 'mention';

/** A pattern and the short explanation shown to the writer when it matches. */
export type Rule = readonly [RegExp, string];

export interface LanguagePack {
  /** BCP 47 primary subtag ("en"). */
  code: string;

  /** Mail-client furniture around what the writer wrote (case-sensitive where the client's casing is fixed). */
  envelope: {
    /** Where quoted history starts ("-----Original Message-----", "From: ... Sent:"). */
    quoteMarkers: RegExp[];
    /** A "... wrote:" quote header: the word that ends it and how its line starts. */
    quoteHeader: { word: string; start: RegExp };
    /** Where a signature starts ("-- ", "Sent from my iPhone"). */
    signatureMarkers: RegExp[];
    /** A closing line ("Thanks,", "Best regards, Tom"); matched on the line as written. */
    signOff: RegExp;
    /** A legal footer after the sign-off ("This e-mail is confidential..."): cut with the signature. */
    disclaimer: RegExp;
  };

  /**
   * What a bare ping is made of. A draft is a ping when, once greetings, names, mentions, emoji,
   * filler and every word below are taken away, no topic is left.
   */
  ping: {
    /** Words that never name a topic: attention and availability requests, scheduling, politeness, urgency, filler. */
    noTopic: ReadonlySet<string>;
    /** Interjections and greetings, by shape ("oi", "ayyy", "psst", "mornin", "beep"). */
    interjection: RegExp;
    /**
     * Whole words that never name a topic, by shape: the inflections of the closed classes a ping is
     * made of (calling and talking verbs, "have"/"be"/"can" in every person, availability and haste
     * words: "llámame", "hätten", "t'es", "liga-me"). Absent, the word lists alone.
     */
    noTopicWord?: RegExp;
    /**
     * Whether the word at `i` of a clause's words stands where a verb does ("tu fais quoi", "kann ich
     * dich kurz stören", "pourrions-nous nous entretenir"): a verb does not name the topic, the noun
     * it acts on does. Absent, every word may name it. (lang/intl.ts `verbSlot` builds one.)
     */
    verbAt?: (words: readonly string[], i: number) => boolean;
    /** A topicless summons that says the writer needs them now ("need you", "need your help"). */
    summon: RegExp;
  };

  /** How clauses are split and what each one does. */
  clauses: {
    /** Words that say nothing about the topic. */
    stop: ReadonlySet<string>;
    /** Words an availability probe is made of ("got a sec?", "are you around?"). */
    probeVocab: ReadonlySet<string>;
    /** At least one of these makes an all-probe-words clause a probe. */
    probeCore: RegExp;
    /** A greeting at the start of a clause (case-insensitive). */
    greeting: RegExp;
    /** A name or "all"/"team" after a greeting (as written: capitals matter). */
    nameAfterGreeting: RegExp;
    /**
     * A name a clause may be addressed to, as written (capitals matter): taken away like a mention
     * at the clause's start when a comma, a colon, "!" or "¿" follows ("Pedro, ¿tienes un minuto?"),
     * and, with `vocativeTail`, at its end ("tá aí, Pedro?"). Absent, only a name after a greeting is.
     */
    vocative?: RegExp;
    vocativeTail?: RegExp;
    /** Leads stripped from a clause, with the ping marker each one leaves (null: none). */
    leadMarkers: readonly (readonly [RegExp, PingMarker | null])[];
    pleasantry: RegExp;
    /** Pleasantries that greet rather than thank. */
    greetingLike: RegExp;
    ackWords: ReadonlySet<string>;
    /** "quick question about the budget": the word that introduces a topic after a quick-question lead. */
    topicAfterQuickQuestion: RegExp;
    /** A clause that is nothing but "ping" / "hello" / "you there". */
    pingWord: RegExp;
    /** "it's about the Henderson account": names the topic and nothing else. */
    topicOnly: RegExp;
    /** Rhetorical complaints phrased as questions ("who keeps labelling every ticket ASAP"). */
    rhetorical: RegExp;
    /** "X is due": a requirement phrased as a statement (and what is not one: "due to"). */
    isDue: RegExp;
    notDue: RegExp;
    /** Words that, inside a pleasantry, make it more than one ("but", "because"). */
    pleasantryTurn: RegExp;
    questionStart: RegExp;
    requestStart: RegExp;
    imperative: RegExp;
    /** "update is live": an imperative-looking verb followed by a statement. */
    statementAfterVerb: RegExp;
    notARequest: RegExp;
    /** Offers and courtesies phrased like requests. */
    offer: RegExp;
    requestAnywhere: RegExp;
    /** A statement that also sets a requirement. */
    demand: RegExp;
    /** A request or question that also says why. */
    reason: RegExp;
    /** Abbreviations whose full stop does not end a sentence (case-insensitive, end-anchored). */
    abbrev: RegExp;
    /** Where a new clause starts inside a sentence (global, case-insensitive). */
    innerSplit: RegExp;
    /** Mid-clause request starts (global, case-insensitive) and a cheap test for them. */
    midRequest: RegExp;
    midHint: RegExp;
  };

  /** What the draft claims about urgency (LABELS.md). */
  urgency: {
    critical: readonly Rule[];
    /** Left context that negates or hypothesises a critical signal ("no outage", "if the site is down"). */
    criticalNegated: RegExp;
    conditional: RegExp;
    /** Right context that makes a critical term a topic ("security incident runbook"). */
    aboutIncidents: RegExp;
    /** The incident is over (and, below, still going on). */
    resolved: RegExp;
    ongoing: RegExp;
    /** Past time ("yesterday"): the incident is over unless something is still happening ("so far", "the rest of"). */
    pastTime: RegExp;
    stillHappening: RegExp;
    /** A word mentioned rather than used: "marked urgent", "the ASAP option" (left and right context). */
    mentionBefore: RegExp;
    mentionAfter: RegExp;
    high: readonly Rule[];
    /** High signals that only name an incident level: ignored once the incident is over. */
    highIncident: readonly Rule[];
    highNegated: RegExp;
    lowExplicit: RegExp;
    lowFyi: RegExp;
    /**
     * A system only the team uses (staging, a test environment) and one customers use (production):
     * an outage of the first near the words of a critical signal blocks people (high), unless the
     * second is named too. Absent, every outage is critical.
     */
    testSystem?: { test: RegExp; production: RegExp };
  };

  sensitivity: {
    sensitive: readonly Rule[];
    sensitiveNegated: RegExp;
  };

  /** Stated reply/action deadlines. */
  deadline: {
    /** Words that start a deadline phrase (global). */
    trigger: RegExp;
    /** Triggers that only mean a deadline inside a request. */
    requestOnly: ReadonlySet<string>;
    backReference: RegExp;
    later: RegExp;
    soon: RegExp;
    requestTime: RegExp;
    amount: RegExp;
    requirement: RegExp;
    ownPromise: RegExp;
    businessDays: RegExp;
    numberWords: Readonly<Record<string, number>>;
    dateHint: RegExp;
    /** Trigger words that are not deadlines in context: "due to", "was due", "written by". */
    dueNotDeadline: RegExp;
    pastDue: RegExp;
    byAuthor: RegExp;
    /** Triggers that may name an event before the date ("before we cut the release on the 14th"). */
    eventFirst: RegExp;
    /** "before we ship": a deadline phrase that names an event without a date. */
    eventDeadline: RegExp;
    /** Phrase words that fix the time of day when the parser did not. */
    morning: RegExp;
    notEndOfDay: RegExp;
    /** Office shorthand rewritten into phrases the date parser knows. */
    prepare(snippet: string, now: Date): string;
    parse(text: string, now: Date): ParsedResult[];
  };

  /** What kind of answer the draft asks for. */
  decision: {
    convergent: RegExp;
    divergent: RegExp;
  };
}
