/**
 * Which language a draft is written in, from its words: each language has a profile of its most
 * frequent short words and chat words ("que", "und", "les", "você", "hey"…), a few letters only
 * it uses (ñ ¿, ß, ã õ), and spelling cues so a word no profile lists still votes ("-ción",
 * "-ssa", "ij"). The coached languages are told apart from each other and from common neighbours
 * (Italian, Dutch and Afrikaans, Polish, Catalan, Galician, Hungarian, the Scandinavian languages,
 * Finnish, Turkish…), and a coached language is named only on positive evidence: a draft mostly of
 * words none of them reads (a word only spelt like one of them counting half) is
 * another language, as is a draft in a script other than Latin. Too little to tell ("hey", "👋",
 * "?", "ok", "que ?") is `null`: the caller then reads it in the writer's recent language if the
 * words fit it (createLanguageMemory). Pure: no DOM, no `browser`.
 */

export type CoachedLanguage = 'en' | 'es' | 'de' | 'fr' | 'pt';
/** A detected language: a coached one, or `other` for any language Focusgate cannot read. */
export type DetectedLanguage = CoachedLanguage | 'other';

export const COACHED_LANGUAGES: readonly CoachedLanguage[] = ['en', 'es', 'de', 'fr', 'pt'];

type Profiled = CoachedLanguage | 'it' | 'nl' | 'pl' | 'sv' | 'da' | 'ro' | 'ca' | 'tr' | 'cs' | 'fi' | 'gl' | 'hu';

/**
 * Words that mark a language, lower-case, with and without their accents when chat drops them.
 * Words shared by several languages are listed in each: the draft's other words decide.
 */
const PROFILES: Record<Profiled, string> = {
  en:
    "the an and or but he of to in on at for with from by about is are was were be been am do does did don't doesn't didn't " +
    "have has had i'm i've i'll i'd you you're your we we're our they it it's this that these those there what where when why " +
    'how who which can could would will should not no yes just please thanks thank hello got sec quick question ' +
    "around free call chat talk morning today tomorrow need want know let me my if so any some all up out get into can't won't " +
    'available anyone someone still team pls yeah yep ur min mins minute urgent yo now good time great sure done ' +
    'send sent review deck doc docs meeting week here us them their being whenever rush over anybody wassup bro fam work new nice oi take',
  es:
    'el la los las un una unos unas pero de del al en con por para es son está están estás estoy fue ser hay ' +
    'yo tú te me mi mis nos se su sus le les lo usted ustedes vosotros nosotros este esto estos ese esa eso ' +
    'qué cómo dónde cuándo quién cuál porque muy más ya también sí ' +
    'hola buenas buenos días oye gracias favor puedes podrías podemos tienes tengo necesito hoy mañana ' +
    'pregunta rápida momento llámame llamas hablar ahora prisa puedas lunes martes miércoles jueves viernes ' +
    'semana mes antes hasta vale cliente reunión mandas pasas ahí algún tema saludo urgente ' +
    'hacer hace falta sin nuevo nueva entonces bueno pues tenemos quiero puedo pueda hablamos ellos ellas había hemos sido dice dijo cosas ayer duda servidor informe' +
    " min preguntita segundito ratito rato hueco andas avisas ayuda tendrías breve holi" +
    " podría quisiera agradecería estimado atentamente",
  de:
    'der die das den dem des ein eine einen einem einer und oder aber ich du er sie es wir ihr mich mir dich dir uns euch ' +
    'ist sind bin bist war hat habe hab hast haben wird werden kann kannst können könnt könnten koennen nicht kein keine ' +
    'mit von zu zum zur für fuer auf aus bei nach vor bis über im am um auch noch schon mal nur sehr wie was wer wo wann ' +
    'warum welche hallo moin servus danke bitte kurz kurze frage zeit heute morgen gleich jetzt sofort dringend eile ' +
    'montag dienstag mittwoch donnerstag freitag woche ihnen herr frau grüße grüßen gruß da dass daß wenn ob doch ja nein ' +
    'anrufen quatschen telefonat kunde notfall irgendwann ' +
    'wurde an unser machen macht nichts neue neuen gestern also gut will möchte hier dort hatte gewesen sagen sagt sache brauche muss zusammen' +
    " min ne minute guten hätten hättest deine hilfe meld eilt gespräch kurzes telefonieren na ruf vom liebe",
  fr:
    "le les l' un une des du de et mais que qui quoi est sont suis es était sera je tu il elle nous vous ils elles " +
    "on me te se moi toi lui leur ce cette ces mon ma mes ton ta tes son sa ses notre votre nos vos au aux avec pour par " +
    "dans sur sous pas ne n' plus très bien aussi où quand comment pourquoi quel quelle bonjour salut coucou merci " +
    "peux peut pouvez pourrais as avez ai fait faire c'est j' d' m' qu' t' j'ai t'as qu'il d'ici avant demain aujourd'hui lundi mardi " +
    "mercredi jeudi vendredi semaine petite question minute minutes appeler appelle-moi stp svp s'il plaît urgent rien ça " +
    'client équipe ' +
    'faire fait rien nouveau nouvelle hier alors bon avons veux ici avait été dire dit chose besoin faut' +
    " min dispo t'es là auriez échange signe fais-moi appel rapide rappelle-moi vite",
  pt:
    'os as um uma uns umas ou mas de do da dos das no na nas em com por para pra pro que são está estão estou ' +
    'era foi ser têm tenho eu você vocês tu te me meu minha seu sua nós ele ela eles elas isso isto esse essa ' +
    'este não sim também já muito mais como onde quando quem qual porque olá oi obrigado obrigada ' +
    'valeu favor estás andas pode podes consegue consegues podemos preciso hoje amanhã agora segunda terça quarta quinta sexta ' +
    'semana até antes minuto minutinho dúvida rápida conversar ligar liga urgente pressa tudo bem abraço ' +
    'abraços queria cliente equipa equipe bom boa dias ' +
    'fazer faz novo nova ontem então temos quero posso possa aqui tinha sido disse coisas precisa nenhum tá né gente servidor relatório fala galera opa blz beleza' +
    " min dia tua ajuda duvidazinha tempinho chama prezado consigo agendar tens liga-me ligue-me" +
    " gostaria poderia agradeço prezada atenciosamente alguém vem",
  it:
    'il lo la gli un una di del della che non sono sei hai ha io mi ti ci per con anche molto più come dove quando perché ' +
    'ciao grazie puoi oggi domani ieri adesso questo questa minuto nessuno scusa',
  nl:
    'de het een en van op te met voor aan bij uit zijn ben bent heb hebt heeft ik jij je mij mijn niet geen wel ook nog ' +
    'dat die dit wat wie waar hoe kan kun kunnen wil moet zou we graag hoi bedankt even vandaag er niemand alle sinds jy ek nie dankie asseblief julle ons',
  // Polish and Czech are told by their letters and spelling (ł ż ś, ř ů, "sz"): their word lists
  // changed no labelled draft's reading.
  pl: '',
  sv:
    'och att det som en ett är jag du han hon vi ni de inte har kan ska med för på av till om hej tack hur var när vad ' +
    'idag imorgon fråga ringa kund mig dig skicka minut tjena tjenare hallå hinner stund eftermiddag förmiddag snabb möte mötet',
  da:
    'og at det som en et er jeg du han hun vi de ikke har kan skal med for på af til om hej tak hvordan hvor hvad ' +
    'hvornår dag morgen spørgsmål ringe kunde mig dig sende sig jeres',
  ro:
    'și în la cu pe de din că este sunt am ai are nu da eu tu el ea noi voi ei ce cine unde când cum ' +
    'pentru mulțumesc bună salut poți mâine azi acum întrebare client minut',
  ca:
    'els amb però és són està em ens aquest aquesta aquests molt més què quan bon dia gràcies pots demà avui ara ' +
    'ràpida també perquè abans després dilluns dimarts dimecres dijous divendres tinc tens podem fer moment vens tot',
  tr:
    've bir bu şu ben sen biz siz onlar için ile de da mi mı mü ne nasıl nerede neden değil var yok merhaba ' +
    'selam teşekkürler lütfen yarın bugün şimdi soru müşteri',
  cs: '',
  fi:
    'ja on ei se että mutta kun jos tai nyt vielä myös minä mä sinä sä hän me te he olen oot olet onko onks voitko voisitko ' +
    'voit moi hei terve kiitos kiitti huomenna tänään eilen kysymys soita asiakas perjantai',
  gl: 'ola bos grazas moitas moito hoxe onte xa xoves venres cando poidas teñas pola quen dende unha tes intre chisco',
  hu: 'szia van egy nem és hogy köszi kérlek holnap perc perced',
};

const LANGS = Object.keys(PROFILES) as Profiled[];
const COACHED_MASK = 0b11111; // en es de fr pt: the first five

/** word → the languages whose profile lists it, as a bit mask (one table lookup per word). */
const WORD_LANGS = new Map<string, number>();
LANGS.forEach((lang, i) => {
  // Each word also as chat often writes it, without its accents ("rapida", "tambien").
  for (const w of PROFILES[lang].split(' ')) for (const form of [w, w.normalize('NFD').replace(/\p{M}/gu, '')]) if (w) WORD_LANGS.set(form, (WORD_LANGS.get(form) ?? 0) | (1 << i));
});

/** Letters (and marks) that belong to few languages: each occurrence counts like a word. */
const LETTER_CUES: [RegExp, string][] = [
  [/[¿¡]/g, 'es'],
  [/ñ/g, 'es gl'],
  [/[őű]/g, 'hu'],
  [/ß/g, 'de'],
  [/[ãõ]/g, 'pt'],
  [/[àèùâêîôûëïœ]/g, 'fr it pt ca'],
  [/ç/g, 'fr pt ca tr'],
  [/[äöü]/g, 'de sv tr fi hu'],
  [/[ąćęłńśźż]/g, 'pl'],
  [/[ěřůčšž]/g, 'cs'],
  [/[ışğ]/g, 'tr'],
  [/[åæø]/g, 'sv da'],
  [/[ăâîșşțţ]/g, 'ro'],
  [/l·l|ò/g, 'ca it'],
  [/[áéíóú]/g, 'es pt fr it ca gl hu'],
];

/**
 * How the words of a language are spelt, for a word no profile lists ("skolebussen", "ehditkö",
 * "sigues"): its endings and letter pairs still vote, half a word's worth.
 */
const SPELLING_CUES: [RegExp, string][] = [
  [/^(?:th|wh)|ght|ea|(?:ing|ly|ness|ed|[^aeiou]y|ow|ay|ey)$/, 'en'],
  [/ck/, 'en de'],
  [/tions?$/, 'en fr'],
  [/(?:ción|ciones|amos|emos|imos|aba|ía)$|^(?:qu|gu)[ei]|^ll|ue[bdgv]/, 'es'],
  [/(?:ado|ada|ido|ida)s?$/, 'es pt'],
  [/s$/, 'en es fr pt'],
  [/sch|tz|(?:ung|keit|heit|lich|chen|ig|igt|iert)$|^(?:ge|ver|zu)[^aeiou]/, 'de'],
  [/(?:eau|eux|ais|ait|aient|ez|ée|ées|oir)$|[^o]u[ir]$/, 'fr'],
  [/ção|ções|ões|(?:inho|inha|mos|ou)$|lh[aeo]|nh[aeo]/, 'pt'],
  [/ij|oe[^su]|(?:tje|tjes|lijk|heid)$/, 'nl'],
  [/^x|[ao]xe$/, 'gl'],
  [/sz/, 'hu pl'],
  [/ció$|cions$/, 'ca'],
  [/(?:ului|ilor|ează|ește)$/, 'ro'],
  [/ää|yy|öö|(?:ss|ll|st|lt)[aä]$|(?:kö|ko|kin|ksi|nen|mme|tte|vat|vät|lle)$|[äöy][^\s]*[äöy]|[^e]ii|uu/, 'fi'],
];
const CUE_WEIGHT = 0.5;
/** What comes before a sentence's first word. */
const SENTENCE_END = /[.!?¿¡\n]\s*$/;

/** Chat's own words, read alike in every language: a draft of nothing else is too short to tell. */
const UNIVERSAL = new Set('hey hi ok okay yo lol ping pls plz thx ty np ha haha hm ah oh uh xd hello pst gm sup fyi asap'.split(' '));

/** Letters of scripts other than Latin: a draft mostly in them is in another language. */
const OTHER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const MARKUP = /<[^>\n]{0,200}>|@[\w.-]+|:[a-z0-9_+-]{1,40}:|\b(?:LINK|CODE|EMAIL)\b|https?:\/\/\S+/g;
const WORD = /[\p{L}'’-]+/gu;
/** WORD on text with no letter outside ASCII (several times faster than the Unicode pattern). */
const ASCII_WORD = /[A-Za-z'-]+/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7F]/;

/** Evidence needed before a language is named, and the lead it needs over the runner-up. */
const MIN_SCORE = 1;
const MIN_LEAD = 1;
/** The share of a draft's words a coached language must account for before it is named. */
const MIN_SHARE = 0.25;
/** Words no language here reads that make a draft with no coached word another language's. */
const MAX_UNREAD = 2;
/** Words up to which a draft is short: read in the recent language unless its words say otherwise. */
const MAX_SHORT = 3;
/** Words after which a draft too close to call between languages is not short, and not ours. */
const LONG = 6;
/** Three words or more: enough to remember a draft as another language's. */
const MEMORABLE = /\S\s+\S+\s+\S/;
/** Words read per draft: the language is clear long before, and long drafts stay cheap. */
const MAX_WORDS = 80;
/** Characters read per draft (for its letters and script too): about those words. */
const MAX_SAMPLE = 480;

/** A word with curly apostrophes straightened and no leading or trailing apostrophe or hyphen (the regexes only run when needed). */
function tidyWord(raw: string): string {
  const word = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  // ' is 39, - is 45
  return first === 39 || first === 45 || last === 39 || last === 45 ? word.replace(/^[-']+|[-']+$/g, '') : word;
}

/** The languages a word's letters point to, as a bit mask. */
function spelledLike(word: string): number {
  let mask = 0;
  for (const [re, langs] of SPELLING_CUES) if (re.test(word)) mask |= maskOf(langs);
  return mask;
}

/** "fr pt" → the bit mask of those languages. */
function maskOf(langs: string): number {
  return langs.split(' ').reduce((m, lang) => m | (1 << LANGS.indexOf(lang as Profiled)), 0);
}

/**
 * The language of `text`: a coached language, `other`, or null when the draft is too short or
 * too plain to tell. Markup the analyser replaces (links, mentions, code) should be gone first,
 * though a few stray tokens change nothing.
 */
export function detectLanguage(text: string): DetectedLanguage | null {
  return judge(text).language;
}

/** What a draft's words say: its language (as detectLanguage), and when that is null the coached languages its words fit (a bit mask). */
function judge(text: string): { language: DetectedLanguage | null; fits: number } {
  // Mentions, Slack markup, :emoji: codes and the analyser's placeholders are no one's words.
  const sample = text.slice(0, MAX_SAMPLE).replace(MARKUP, ' ');
  // Other scripts and the telling letters are all outside ASCII: most English drafts skip those scans.
  const ascii = !NON_ASCII.test(sample);
  const foreign = ascii ? 0 : (sample.match(OTHER_SCRIPT)?.length ?? 0);
  if (foreign > 0 && foreign >= (sample.match(LATIN_LETTER)?.length ?? 0)) return { language: 'other', fits: 0 };

  const scores = new Array<number>(LANGS.length).fill(0);
  let read = 0;
  let counted = 0; // words that are someone's: not names, not chat's universal words
  let unread = 0; // of those, words no profile lists and no spelling places
  let ours = 0; // of those, words a coached language lists, or half for one it only spells so
  let previous = '';
  for (const m of sample.matchAll(ascii ? ASCII_WORD : WORD)) {
    if (++read > MAX_WORDS) break;
    const raw = tidyWord(m[0]);
    const word = raw.toLowerCase();
    // "y", "e", "a", "o": a letter says nothing on its own; a word said twice is a sound ("tap tap", "ahoy ahoy").
    if (word.length < 2 || UNIVERSAL.has(word) || UNIVERSAL.has(word.replace(/(.)\1+/g, '$1')) || word === previous) {
      previous = word;
      continue;
    }
    previous = word;
    // "holaa", "siii": a word drawn out in chat is the word.
    let mask = WORD_LANGS.get(word) ?? (word.at(-1) === word.at(-2) ? WORD_LANGS.get(word.replace(/(.)\1+$/, '$1')) : undefined) ?? 0;
    // "l'équipe", "qu'il", "d'ici": the elided article or pronoun marks French (or Catalan/Italian).
    const apostrophe = word.indexOf("'");
    if (!mask && apostrophe > 0) mask = WORD_LANGS.get(word.slice(0, apostrophe + 1)) ?? WORD_LANGS.get(word.slice(0, apostrophe)) ?? 0;
    // "on-call", "follow-up": a compound reads as its parts.
    if (!mask && word.includes('-')) for (const part of word.split('-')) mask |= WORD_LANGS.get(part) ?? 0;
    // A capitalised word inside a sentence that only another language lists may be a name ("Fer").
    let weight = raw !== word && m.index > 0 && !(mask & COACHED_MASK) && !SENTENCE_END.test(sample.slice(m.index - 3, m.index)) ? CUE_WEIGHT : 1;
    if (!mask) {
      mask = spelledLike(word);
      weight = CUE_WEIGHT;
      // A capitalised word no one lists or spells past the draft's first ("Anna", "QA") is a name.
      if (!mask && raw !== word && m.index > 0) continue;
    }
    counted++;
    if (!mask) {
      unread++;
      continue;
    }
    if (mask & COACHED_MASK) ours += weight;
    vote(scores, mask, weight);
  }
  for (const [re, langs] of ascii ? [] : LETTER_CUES) {
    const n = Math.min(3, sample.match(re)?.length ?? 0);
    if (!n) continue;
    const mask = maskOf(langs);
    vote(scores, mask, n);
    // Letters only coached languages write count among their words.
    if (!(mask & ~COACHED_MASK)) ours += n;
  }

  let best = -1;
  let second = 0;
  scores.forEach((s, i) => {
    if (best < 0 || s > scores[best]!) {
      if (best >= 0) second = Math.max(second, scores[best]!);
      best = i;
    } else second = Math.max(second, s);
  });
  const top = scores[best] ?? 0;
  const ourTop = Math.max(...scores.slice(0, COACHED_LANGUAGES.length));
  const theirTop = Math.max(...scores.slice(COACHED_LANGUAGES.length));
  const other = { language: 'other', fits: 0 } as const;
  // Positive evidence first: a draft past a few words, most of which no coached language reads
  // ("Maaf ya kemarin aku telat balas"), is another language however one of them scores.
  if (counted > MAX_SHORT && unread > 2 * ours) return other;
  if (top < MIN_SCORE) {
    // Little to go on: another language's words or spelling say it is theirs ("Hej, har du
    // tid?"), as do words nobody reads with none of ours ("Ep, parlem?"); a coached language's
    // few words fit it ("que ?"); chat's own words, names and marks fit any.
    if ((best >= COACHED_LANGUAGES.length && top >= CUE_WEIGHT && top > ourTop) || (!ourTop && unread >= MAX_UNREAD)) return other;
    return { language: null, fits: fitting(scores, 0) };
  }
  // A coached language must lead, and account for a fair share of the words.
  if (best >= COACHED_LANGUAGES.length || ours < MIN_SHARE * counted) return other;
  const lead = Math.min(MIN_LEAD, top / 3);
  if (top - second >= lead) return { language: LANGS[best] as CoachedLanguage, fits: 1 << best };
  // Too close to call: the caller reads it in the writer's recent language if that is among the
  // closest; but in a draft long enough to tell, a language the coach does not read that scores
  // as well as ours is the language it is in.
  const fits = fitting(scores, top - lead);
  return !fits || (counted >= LONG && theirTop >= top - lead / 2) ? other : { language: null, fits };
}

/** Adds `weight` to the languages of `mask`, shared among them: a word several languages use is weaker evidence for each. */
function vote(scores: number[], mask: number, weight: number): void {
  const shared = popcount(mask);
  for (let i = 0; i < LANGS.length; i++) if (mask & (1 << i)) scores[i]! += weight / shared;
}

/** The coached languages scoring above `floor`, as a bit mask. */
function fitting(scores: number[], floor: number): number {
  return scores.reduce((m, s, i) => (s > floor ? m | (1 << i) : m), 0) & COACHED_MASK;
}

function popcount(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** "fr-CA" → "fr"; a UI language Focusgate does not coach → `other`. */
export function languageOfLocale(locale: string | undefined): DetectedLanguage {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (COACHED_LANGUAGES as readonly string[]).includes(base) ? (base as CoachedLanguage) : 'other';
}

/**
 * The language the coach reads a draft in: the draft's own when it can be told, else that of the
 * writer's recent drafts (kept only here, in memory, for as long as the page lives: the language,
 * never the text), else the browser's UI language.
 */
export interface LanguageMemory {
  languageOf(text: string): DetectedLanguage;
}

export function createLanguageMemory(uiLocale: string | undefined): LanguageMemory {
  let recent: DetectedLanguage | null = null;
  const fallback = languageOfLocale(uiLocale);
  return {
    languageOf(text) {
      const { language, fits } = judge(text);
      // Another language is remembered only from a few words: a word or two being typed may be
      // the start of something else ("he" on the way to "hey").
      if (language && (language !== 'other' || MEMORABLE.test(text))) recent = language;
      if (language) return language;
      // Too short to tell: the recent language (else the UI's) if the words fit it ("que ?" after
      // French), else a coached language they fit; chat's own words alone fit any.
      const fit = (lang: DetectedLanguage | null) => lang && (!fits || (lang !== 'other' && fits & (1 << COACHED_LANGUAGES.indexOf(lang))));
      return [recent, fallback].find(fit) ?? COACHED_LANGUAGES.find((_, i) => fits & (1 << i)) ?? fallback;
    },
  };
}
