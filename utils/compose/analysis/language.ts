/**
 * Which language a draft is written in, from its words: each language has a profile of its most
 * frequent short words and chat words ("que", "und", "les", "você", "hey"…) and a few letters only
 * it uses (ñ ¿, ß, ã õ). The coached languages are told apart from each other and from common
 * neighbours (Italian, Dutch, Polish, the Scandinavian languages…); a draft in a script other than
 * Latin is another language. Too little to tell ("hey", "👋", "?", "ok") is `null`: the caller
 * then reads it in the writer's recent language. Pure: no DOM, no `browser`.
 */

export type CoachedLanguage = 'en' | 'es' | 'de' | 'fr' | 'pt';
/** A detected language: a coached one, or `other` for any language Focusgate cannot read. */
export type DetectedLanguage = CoachedLanguage | 'other';

export const COACHED_LANGUAGES: readonly CoachedLanguage[] = ['en', 'es', 'de', 'fr', 'pt'];

type Profiled = CoachedLanguage | 'it' | 'nl' | 'pl' | 'sv' | 'da' | 'ro' | 'ca' | 'tr' | 'cs' | 'id';

/**
 * Words that mark a language, lower-case, with and without their accents when chat drops them.
 * Words shared by several languages are listed in each: the draft's other words decide.
 */
const PROFILES: Record<Profiled, string> = {
  en:
    "the a an and or but of to in on at for with from by about is are was were be been am do does did don't doesn't didn't " +
    "have has had i i'm i've i'll i'd you you're your we we're our they it it's this that these those there what where when why " +
    'how who which can could would will should not no yes just please thanks thank hello got sec quick question ' +
    "around free call chat talk morning today tomorrow need want know let me my if so any some all up out get into can't won't " +
    'available anyone someone still team pls yeah yep u ur min mins minute urgent yo now good time great sure done ' +
    'send sent review deck doc docs meeting week here us them their been being whenever rush over anybody',
  es:
    'el la los las un una unos unas y o pero de del al que en con por para es son está están estás estoy fue ser hay ' +
    'yo tú tu te me mi mis nos se su sus le les lo usted ustedes vosotros nosotros este esta esto estos ese esa eso ' +
    'qué que cómo como dónde donde cuándo cuando quién quien cuál por qué porque muy más mas ya también tambien pero sí si ' +
    'hola buenas buenos días dias oye gracias favor puedes podrías podrias podemos tienes tengo necesito hoy mañana manana ' +
    'pregunta rápida rapida momento llámame llamame llamas hablar ahora prisa cuando puedas lunes martes miércoles jueves viernes ' +
    'semana mes antes hasta vale cliente reunión reunion mandas pasas estás ahí ahi algún algun tema saludo urgente ' +
    'hacer hace falta nuevo nueva publicado publicada gastos informe proyecto clientes correo enlace ayer entonces bueno pues acceso servidor cuenta tenemos quiero puedo pueda puedas hablamos llamada mándame envíame revisa revisar temprano oficina trabajo presupuesto factura pedido entrega duda dudas consulta allí vosotros ellos ellas había hemos habéis sido dice dijo cosas' +
    " min preguntita segundito ratito rato hueco andas avisas ayuda tendrías tendrias breve holi" +
    " podría quisiera agradecería estimado atentamente",
  de:
    'der die das den dem des ein eine einen einem einer und oder aber ich du er sie es wir ihr mich mir dich dir uns euch ' +
    'ist sind bin bist war hat habe hab hast haben wird werden kann kannst können könnt könnten koennen nicht kein keine ' +
    'mit von zu zum zur für fuer auf aus bei nach vor bis über im am um auch noch schon mal nur sehr wie was wer wo wann ' +
    'warum welche hallo moin servus danke bitte kurz kurze frage zeit heute morgen gleich jetzt sofort dringend eile ' +
    'montag dienstag mittwoch donnerstag freitag woche ihnen sie herr frau grüße grüßen gruß da dass daß wenn ob doch ja nein ' +
    'anrufen quatschen telefonat kunde notfall irgendwann ' +
    'machen macht nichts neue neuen veröffentlicht kosten bericht projekt kunden gestern also gut zugang konto will möchte anruf schick schicken prüfen spät früh büro arbeit besprechung angebot vertrag rechnung bestellung lieferung ende monat hier dort hatte gewesen sagen sagt sache sachen brauche brauchen muss zusammen' +
    " min ne minute guten hätten hättest deine hilfe meld eilt gespräch kurzes telefonieren na ruf",
  fr:
    "le la les l' un une des du de et ou mais que qui quoi est sont suis es était sera je tu il elle nous vous ils elles " +
    "on me te se moi toi lui leur ce cette ces mon ma mes ton ta tes son sa ses notre votre nos vos au aux avec pour par " +
    "dans sur sous pas ne n' plus très tres bien aussi où ou quand comment pourquoi quel quelle bonjour salut coucou merci " +
    "peux peut pouvez pourrais as avez ai fait faire c'est j'ai t'as qu'il d'ici avant demain aujourd'hui lundi mardi " +
    "mercredi jeudi vendredi semaine petite question minute minutes appeler appelle-moi stp svp s'il plaît urgent rien ça " +
    'client équipe equipe ' +
    'faire fait rien nouveau nouvelle publié publiée dépenses rapport projet mail lien hier alors bon accès serveur compte avons veux puisse appel envoie envoyer relire tard tôt bureau travail réunion devis contrat facture commande livraison mois ici avait été dire dit chose choses besoin faut' +
    " min dispo t'es là toi auriez échange signe fais-moi appel rapide rappelle-moi vite",
  pt:
    'o a os as um uma uns umas e ou mas de do da dos das no na nos nas em com por para pra pro que é são está estão estou ' +
    'era foi ser tem têm tenho eu você voce vocês tu te me meu minha seu sua nós nos ele ela eles elas isso isto esse essa ' +
    'este esta não nao sim também tambem já ja muito mais como onde quando quem qual porque olá ola oi obrigado obrigada ' +
    'valeu favor pode podes consegue consegues podemos preciso hoje amanhã amanha agora segunda terça quarta quinta sexta ' +
    'semana até ate antes minuto minutinho dúvida duvida rápida rapida conversar ligar liga urgente pressa tudo bem abraço ' +
    'abraços queria cliente equipa equipe bom boa dias obrigada ' +
    'fazer faz novo nova publicado gastos relatório projeto e-mail ontem então valeu acesso servidor conta temos quero posso possa puder falamos ligação manda envia revisa revisar cedo escritório trabalho orçamento fatura pedido entrega pergunta aqui vocês tinha sido dizer disse coisas precisa nenhum nenhuma tá né gente' +
    " min dia tua ajuda duvidazinha tempinho chama prezado consigo agendar tens liga-me ligue-me" +
    " gostaria poderia agradeço prezada atenciosamente",
  it:
    'il lo la gli le un una uno di del della dei delle e ed o ma che chi cosa non è sono sei siamo ho hai ha abbiamo ' +
    'io tu lui lei noi voi loro mi ti ci vi si per con su nel nella alla al dal anche molto più già come dove quando ' +
    'perché perche ciao buongiorno grazie puoi potresti domani oggi adesso subito questo questa quello mio tuo ' +
    'minuto domanda veloce chiamami possiamo parlare cliente venerdì lunedì ' +
    'fare fatto niente nuovo nuova pubblicato spese rapporto squadra progetto clienti ieri allora bene accesso conto abbiamo voglio posso chiamata quale manda inviare controllare tardi presto ufficio lavoro riunione preventivo contratto fattura ordine consegna settimana fine mese qui lì aveva stato dire detto cose bisogno serve giù funziona riescono turno pagare',
  nl:
    'de het een en of maar van in op te met voor aan bij uit is zijn ben bent was heb hebt heeft hebben ik jij je u hij ' +
    'zij wij we jullie mij me mijn jouw ons niet geen wel ook nog al dat die dit wat wie waar wanneer waarom hoe kan kun ' +
    'kunnen wil graag hoi hallo dag bedankt dank morgen vandaag even vraag bellen klant vrijdag niemand ligt er naar ' +
    'deze zo heel nu werkt moet zou alsjeblieft ' +
    'maken doen niets nieuwe gepubliceerd kosten rapport project klanten gisteren dus goed toegang account hebben sturen stuur controleren laat vroeg kantoor werk vergadering offerte factuur bestelling levering einde maand daar wij had geweest zeggen zegt ding dingen nodig',
  pl:
    'i w z na do nie się jest są to ten ta czy że ale jak co gdzie kiedy dlaczego mi mnie ci ty ja my wy on ona oni ' +
    'mam masz ma możesz mozesz proszę prosze dzięki dziekuje dziękuję cześć czesc dzień dobry jutro dzisiaj teraz pytanie ' +
    'chwilę chwile zadzwoń klient piątek',
  sv:
    'och att det som en ett är jag du han hon vi ni de inte har kan ska med för på av till om hej tack hur var när vad ' +
    'idag imorgon fråga ringa kund mig dig skicka minut tjena tjenare hallå hinner stund eftermiddag förmiddag snabb möte mötet',
  da:
    'og at det som en et er jeg du han hun vi de ikke har kan skal med for på af til om hej tak hvordan hvor hvad ' +
    'hvornår i dag i morgen spørgsmål ringe kunde mig dig sende sig jeres',
  ro:
    'și si în in la cu pe de din că ca este sunt am ai are nu da eu tu el ea noi voi ei ce cine unde când cand cum ' +
    'pentru mulțumesc multumesc bună buna salut poți poti mâine maine azi acum întrebare intrebare client',
  ca:
    'els amb però és són està em ens aquest aquesta aquests molt més què quan bon dia gràcies pots demà avui ara ' +
    'ràpida també perquè',
  tr:
    've bir bu şu o ben sen biz siz onlar için ile de da mi mı mu mü ne nasıl nerede neden değil var yok merhaba ' +
    'selam teşekkürler tesekkurler lütfen lutfen yarın bugün şimdi soru müşteri',
  cs:
    'a v na je se to že ale jak co kde kdy proč já ty my vy on ona není jsem jsi máš mám můžeš prosím díky děkuji ahoj ' +
    'dobrý den zítra dnes teď otázka zavolej',
  id:
    'dan yang di ke dari ini itu saya aku kamu kita kami mereka tidak bukan ada akan sudah belum bisa tolong terima kasih ' +
    'halo hai besok hari ini sekarang pertanyaan apa siapa kapan bagaimana',
};

const LANGS = Object.keys(PROFILES) as Profiled[];

/** word → the languages whose profile lists it, as a bit mask (one table lookup per word). */
const WORD_LANGS = new Map<string, number>();
LANGS.forEach((lang, i) => {
  for (const w of PROFILES[lang].split(' ')) if (w) WORD_LANGS.set(w, (WORD_LANGS.get(w) ?? 0) | (1 << i));
});

/** Letters (and marks) that belong to few languages: each occurrence counts like a word. */
const LETTER_CUES: [RegExp, Profiled[]][] = [
  [/[ñ¿¡]/g, ['es']],
  [/ß/g, ['de']],
  [/[ãõ]/g, ['pt']],
  [/[àèùâêîôûëïœ]/g, ['fr', 'it', 'pt', 'ca']],
  [/ç/g, ['fr', 'pt', 'ca', 'tr']],
  [/[äöü]/g, ['de', 'sv', 'tr']],
  [/[ąćęłńśźż]/g, ['pl']],
  [/[ěřůčšž]/g, ['cs']],
  [/[ışğ]/g, ['tr']],
  [/[åæø]/g, ['sv', 'da']],
  [/[ăâîșşțţ]/g, ['ro']],
  [/l·l|ò/g, ['ca', 'it']],
];

/** Letters of scripts other than Latin: a draft mostly in them is in another language. */
const OTHER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const MARKUP = /<[^>\n]{0,200}>|@[\w.-]+|:[a-z0-9_+-]{1,40}:|\b(?:LINK|CODE|EMAIL)\b|https?:\/\/\S+/g;
const WORD = /[\p{L}'’-]+/gu;
/** WORD on text with no letter outside ASCII (several times faster than the Unicode pattern). */
const ASCII_WORD = /[a-z'-]+/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7F]/;

/** Evidence needed before a language is named, and the lead it needs over the runner-up. */
const MIN_SCORE = 1;
const MIN_LEAD = 1;
/** Words read per draft: the language is clear long before, and long drafts stay cheap. */
const MAX_WORDS = 200;
/** Characters read per draft (for its letters and script too): about those words. */
const MAX_SAMPLE = 1200;

/** A word with curly apostrophes straightened and no leading or trailing apostrophe or hyphen (the regexes only run when needed). */
function tidyWord(raw: string): string {
  const word = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  // ' is 39, - is 45
  return first === 39 || first === 45 || last === 39 || last === 45 ? word.replace(/^[-']+|[-']+$/g, '') : word;
}

/**
 * The language of `text`: a coached language, `other`, or null when the draft is too short or
 * too plain to tell. Markup the analyser replaces (links, mentions, code) should be gone first,
 * though a few stray tokens change nothing.
 */
export function detectLanguage(text: string): DetectedLanguage | null {
  // Mentions, Slack markup, :emoji: codes and the analyser's placeholders are no one's words.
  const sample = text.slice(0, MAX_SAMPLE).replace(MARKUP, ' ');
  // Other scripts and the telling letters are all outside ASCII: most English drafts skip those scans.
  const ascii = !NON_ASCII.test(sample);
  const foreign = ascii ? 0 : (sample.match(OTHER_SCRIPT)?.length ?? 0);
  if (foreign > 0 && foreign >= (sample.match(LATIN_LETTER)?.length ?? 0)) return 'other';

  const scores = new Array<number>(LANGS.length).fill(0);
  let read = 0;
  for (const m of sample.toLowerCase().matchAll(ascii ? ASCII_WORD : WORD)) {
    if (++read > MAX_WORDS) break;
    const word = tidyWord(m[0]);
    if (word.length < 2) continue; // "y", "e", "a", "o": a letter says nothing on its own
    // "holaa", "siii": a word drawn out in chat is the word.
    let mask = WORD_LANGS.get(word) ?? (word.at(-1) === word.at(-2) ? WORD_LANGS.get(word.replace(/(.)\1+$/, '$1')) : undefined) ?? 0;
    // "l'équipe", "qu'il", "d'ici": the elided article or pronoun marks French (or Catalan/Italian).
    const apostrophe = word.indexOf("'");
    if (!mask && apostrophe > 0) mask = WORD_LANGS.get(word.slice(0, apostrophe + 1)) ?? WORD_LANGS.get(word.slice(0, apostrophe)) ?? 0;
    if (!mask) continue;
    // A word shared by k languages is weaker evidence for each of them.
    const shared = popcount(mask);
    for (let i = 0; i < LANGS.length; i++) if (mask & (1 << i)) scores[i]! += 1 / shared;
  }
  for (const [re, langs] of ascii ? [] : LETTER_CUES) {
    const n = Math.min(3, sample.match(re)?.length ?? 0);
    if (n) for (const lang of langs) scores[LANGS.indexOf(lang)]! += n / langs.length;
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
  if (top < MIN_SCORE) return null;
  const lead = Math.min(MIN_LEAD, top / 3);
  // Too close to call between neighbours the coach does not read (Danish or Swedish?): neither is ours.
  if (top - second < lead) return scores.some((s, i) => s > top - lead && (COACHED_LANGUAGES as readonly string[]).includes(LANGS[i]!)) ? null : 'other';
  const lang = LANGS[best]!;
  return (COACHED_LANGUAGES as readonly string[]).includes(lang) ? (lang as CoachedLanguage) : 'other';
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
      const detected = detectLanguage(text);
      if (detected) recent = detected;
      return detected ?? recent ?? fallback;
    },
  };
}
