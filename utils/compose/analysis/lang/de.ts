/**
 * German for the message analyser: greetings ("Hallo", "Moin", "Servus", "Sehr geehrte…"),
 * availability probes ("hast du kurz Zeit?", "bist du da?"), requests ("kannst du…", "bitte"),
 * urgency ("Prod ist down", "ausgefallen", "dringend"), sensitivity and deadlines ("bis Freitag",
 * "bis Feierabend", "spätestens bis 3.12.": day first).
 */
import { casual } from 'chrono-node/de';
import { NEVER, preparer, verbSlot, withLetterBoundaries, HOUR_MARK, calm, stuckSince } from './intl';
import type { LanguagePack } from './types';

const words = (s: string) => new Set(s.split(' '));
/** Function words: they say nothing about the topic. */
const STOP =
      'der die das den dem des ein eine einen einem einer und oder aber ich du er sie es wir ihr mich mir dich dir uns euch ihnen ihm ' +
        'ist sind bin bist war hat habe hab hast haben wird werden kann kannst können könnt könnten könntest würde würdest soll sollen muss musst müssen ' +
        'nicht kein keine mit von zu zum zur für auf aus bei nach vor bis über im am um an in auch noch schon mal nur sehr wie was wer wo wann warum ' +
        'welche welcher ja nein doch da dass ob wenn so also dann hallo moin servus danke bitte kurz kurze frage zeit heute morgen gleich jetzt ' +
        'montag dienstag mittwoch donnerstag freitag woche etwas jemand alle alles link code email @someone @group gerne gern eben';
/** Words an availability probe is made of, with the function words. */
const PROBE =
  'hätten hättest gerade minute minuten min 5 10 15 zwei fünf zehn sekunde moment online erreichbar frei anrufen rufen ruf ' +
  'telefonieren telefonat sprechen reden quatschen kurzen kurzes später irgendwann dringend gespräch call treffen sync schnell sich ' +
  'gibt seid eile sofort asap nachmittag vormittag abend brauche deine hilfe meld melde einfach eilt ne hoffe geht gut freuen ' +
  'nächsten tagen sagen passt diese wäre wären möglich halbe stunde viertelstunde';
const PROBE_WORDS = words(`${STOP} ${PROBE}`);

/** Something wrong since earlier today that still holds (lang/intl.ts `stuckSince`). */
const STUCK_SINCE = stuckSince(
  /\bseit (?:(?:über |mehr als |fast |knapp )?(?:\d{1,2}(?:[:.]\d\d)?(?: uhr)?|halb \w+|viertel (?:vor|nach) \w+|heute (?:früh|morgen|vormittag|mittag|nachmittag)|(?:dem )?(?:morgen|mittag|vormittag)|(?:einer|zwei|drei|vier|fünf|sechs|\d{1,2}) stunden?|einer (?:halben|dreiviertel) stunde|stunden))\b/,
  /\b(?:kein\w*|nicht|nichts|niemand|warte\w*|steh(?:t|en)|fehl(?:t|en)|bricht|brechen|hängt|hängen|friert|frieren|besetzt)\b/,
  /\b(?:kein(?:e|en)? kunden?|kunden können|bestellung\w*|bezahl\w*|kasse\w*|umsatz|einkäufe|verkauf\w*|notrufe?|filialen)\b/,
);

export const de: LanguagePack = withLetterBoundaries<LanguagePack>({
  code: 'de',
  envelope: {
    quoteHeader: { word: 'schrieb', start: /^[ \t]*Am\b/ },
    quoteMarkers: [/^[ \t]*-{2,}[ \t]*(?:Ursprüngliche Nachricht|Original Message)[ \t]*-{2,}/im, /^[ \t]*Von:[^\n]{0,300}\n[ \t]*(?:Gesendet|Datum):/m, /^[ \t]*_{10,}[ \t]*$/m],
    signatureMarkers: [/^--[ \t]*$/m, /^[ \t]*(?:Von meinem \S+ gesendet|Gesendet von meinem \S+)/im, /^[ \t]*Sent from my \S+/im],
    signOff:
      /^[ \t]*(?:danke|danke schön|vielen dank|vielen dank und beste grüße|danke und viele grüße|besten dank|gruß|grüße|viele grüße|liebe grüße|beste grüße|schöne grüße|freundliche grüße|mit freundlichen grüßen|mit besten grüßen|herzliche grüße|lg|vg|mfg|bis dann|bis später|ciao|tschüss|servus)[ \t]*[,.!]*(?:[ \t]+[A-ZÄÖÜ][\p{L}'-]*){0,2}[ \t]*$/iu,
    disclaimer: /\b(?:vertraulich|haftungsausschluss|irrtümlich erhalten|nicht der richtige empfänger|abmelden)\b/i,
  },
  ping: {
    noTopic: PROBE_WORDS,
    interjection: /^(?:ha(?:ha)+|he+|hm+|ähm?|öhm|na+|moin|tach|hallöchen|ps+t|yo|jo|ey|huhu)$/,
    noTopicWord: /^(?:(?:an|zurück)?ruf\w*|anzurufen|zurück|r[üu]ckruf\w*|anruf\w*|(?:rüber|vorbei|her|rein)?(?:komm(?:e|en|st|t)?|käm(?:e|est|st)?)|rüber|vorbei|wach|schl[aä]f(?:e|en|st|t)?|unterwegs|haus|hause|ohr|hilf\w*|helf\w*|runde|gelegenheit|zwischen|uhr|\d+h|nenn(?:e|en|t|st)?|(?:vor)?schl[aä]g(?:e|en|st|t)?|nachricht|lies(?:t|st)?|sobald|antwort\w*|nähe|fit|besten|(?:bi|ha|kann|könnt|hätt|wär|will|mach|komm)ste|is|beinand|mal'n|'n|meinung|einschätzung|rat|br[aä]uch\w*|stör\w*|späte?|wichtig|homeoffice|ort|\w*pause|yo|jo|ey|telefon\w*|(?:be)?sprech\w*|sprich|red(?:en|e)|quatsch\w*|schnack\w*|hab\w*|hätt\w*|wär\w*|könn\w*|verfügbar|dran|rechner|platz|n(?:en|e)|paar|abstimm\w*|austausch\w*|machen|termin\w*|vereinbar\w*|ausmachen|verfügbarkeit|kalender|terminkalender|überhaupt|eigentlich|vielleicht|zufällig|eventuell|irgendwie|bald|nachher|früh|früher|morgens|abends|mittags|(?:mein|dein|ihr|unser|euer|eur)(?:e|em|en|er|es)?|dies(?:e|em|en|er|es)?|kommend\w*|stündchen|mittag\w*|pause|feierabend|nachmittag\w*|vormittag\w*|abend\w*|brauch\w*|geb(?:en)?|gib|bescheid|pass(?:t|en|e)?|möglich\w*|nächst\w*|tag(?:e|en)?|richte|gern\w*|meld\w*|pc|laptop|schreibtisch|büro|grad|eilig|kurz\w*|minut\w*|sekund\w*|sek|moment\w*|augenblick|zeit\w*|mahlzeit|moin\w*|grüezi|grüß|gott|tach|hallöchen|huhu|hey|hi|na|pls|guten|tag)$/,
    verbAt: verbSlot(
      'ich du er sie es wir ihr man kann kannst können könnt könnte könntest könnten darf darfst will willst wollen möchte möchtest magst muss musst soll hast hat habt haben hab habe bist ist sind seid bin wäre wärst würdest würden was wann wo wie',
      'mich dich dir mir uns euch sich mal kurz noch gerade grad schon bitte eben doch denn ja heute morgen gleich jetzt nicht auch',
      'du sie ihr wir ich',
    ),
    summon: /(?:^|[.!?,:;] *)(?:@\S+ )?(?:bitte )?(?:hilfe|sos|(?:komm|antworte) (?:mal |bitte |schnell |sofort |kurz |mir )*(?:rüber|her|vorbei|schnell|sofort)|ruf (?:mich )?(?:mal |bitte |doch |kurz |sofort |schnell |gleich |umgehend )*(?:an|zurück|sofort|schnell|gleich|umgehend)|rufen sie mich (?:\w+ ){0,2}(?:an|zurück)|meld(?:e)? dich(?! (?:wenn|falls|bei gelegenheit))|brauch(?:e)? dich|brauche deine hilfe|geh (?:mal )?ans telefon)\b/,
  },
  clauses: {
    stop: words(STOP),
    probeVocab: PROBE_WORDS,
    probeCore: /\b(?:zeit|minute|minuten|min|sekunde|moment|da|online|erreichbar|frei|anrufen|ruf|telefonieren|telefonat|sprechen|reden|quatschen|gespräch|call|treffen)\b/,
    greeting:
      /^(?:hallo+|hi|hey+|moin(?: moin)?|servus|grüß (?:dich|gott|euch)|grüezi|guten (?:morgen|tag|abend)|morgen|tach|sehr geehrte[rs]?|liebe[rs]?|hallöchen|mahlzeit|na)\b[ ,!.:;-]*/i,
    nameAfterGreeting:
      /^(?:(?:zusammen|alle|allerseits|team|leute|ihr|du|nochmal)\b|@\S+|(?:(?:Herr|Frau)(?: Dr\.| Prof\.)?(?: Dr\.)? ?)?(?:Dr\. )?[A-ZÄÖÜ][\p{L}'-]*(?: [A-ZÄÖÜ][\p{L}'-]*){0,2}(?=[ ]*(?:[,!.:;\n-]|$))|[A-ZÄÖÜ][\p{L}'-]*(?= [a-zäöüß]))[ ,!.:;-]*/u,
    leadMarkers: [
      [/^@\S+[ ,:;-]*/, 'mention'],
      [/^(?:eine |ne |'ne )?(?:kurze|schnelle|kleine|dumme) frage\b[ ,:;.!-]*(?:an dich\b)?[ ,:;.!?-]*/, 'quick-question'],
      [/^(?:ich )?(?:hab|habe) (?:mal )?(?:eine |ne )?(?:kurze |kleine )?frage\b(?: an dich)?[ ,:;.!?-]*/, 'quick-question'],
      [/^(?:frage|eine frage)\b[ ,:;.!-]*/, 'quick-question'],
      [/^(?:kann|darf) ich (?:dich |ihnen )?(?:mal )?(?:kurz )?(?:was|etwas) fragen\b[ ,:;.!?-]*/, 'quick-question'],
      [/^(?:dringend|wichtig|notfall|asap|eilt|hilfe|sos|schnell)\b[ ,:;.!\u2013-]*/, 'urgency-only'],
      [/^(?:es ist|ist) (?:sehr |echt )?(?:dringend|wichtig|eilig)\b[ ,:;.!-]*/, 'urgency-only'],
      [/^ping\b[ ,:;.!?-]*/, 'ping-word'],
      [
        /^(?:fyi|zur info|zur information|info|kurze info|nur zur info|zu ihrer information|zu deiner information|keine eile|nicht dringend|kein stress|wenn du zeit hast|und|aber|also|übrigens|ach|so|ok also|na ja)\b[ ,:;.!-]*/,
        null,
      ],
      [/^(?:update|erinnerung|betreff|betr|aw|wg|re|fwd)(?:[ ]*[:!-]+[ ]*|$)/, null],
      [/^(?:sag|sagt|sagen sie) (?:mal|bitte)\b[ ,:;.!-]*/, null],
      [/^(?:ganz )?(?:entspannt|in ruhe|ohne druck|kein druck)\b[ ,:;.!-]*/, null],
      [/^wenn du (?:mal )?(?:luft|zeit) hast\b[ ,:;.!-]*/, null],
      [/^(?:das|es) ist (?:echt |wirklich )?(?:nicht dringend|nicht eilig|nicht so wichtig)\b[ ,:;.!-]*/, null],
      [/^(?:ok|okay|alles klar|klar|super|perfekt|gut|passt|jo|ja)\b[ ,!.]+(?=\S)/, null],
      [/^(?:ich )?(?:wollte|will) (?:dir |euch |ihnen )?(?:nur )?(?:kurz )?(?:bescheid geben|bescheid sagen|sagen|mitteilen|informieren)\b(?:,? dass)?[ ,:;.!-]*/, null],
    ],
    pleasantry:
      /^(?:danke|vielen dank|danke schön|besten dank|ich hoffe|hoffe|wie geht'?s|wie geht es (?:dir|ihnen|euch)|alles gut|alles (?:fit|klar|gut|ok) bei (?:dir|euch|ihnen)|wie läuft'?s|schönes wochenende|schönen (?:tag|abend|feierabend)|sorry für die störung|entschuldige die störung|entschuldigen sie die störung|willkommen|herzlichen glückwunsch|glückwunsch|bis (?:dann|später|morgen)|lg|viele grüße|beste grüße|liebe grüße|schöne grüße|herzliche grüße|freundliche grüße|mit freundlichen grüßen|gruß|grüße)\b/,
    greetingLike: /^(?:ich hoffe|hoffe|wie geht'?s|wie geht es|alles gut|alles (?:fit|klar|gut|ok) bei|wie läuft'?s|sorry für die störung|entschuldige die störung|entschuldigen sie die störung)/,
    ackWords: words('ok okay ja nein klar alles super perfekt danke vielen dank gut passt jo jep genau erledigt gemacht verstanden alles klar cool top lol haha sorry tschüss bis dann'),
    topicAfterQuickQuestion: /^(?:zu|zum|zur|wegen|bezüglich|zu dem|zu der)\b/,
    pingWord: /^(?:ping|hallo+|bist du da|jemand da|wer da)$/,
    topicOnly: /^(?:es geht um|geht um|betrifft|bezüglich|wegen) /,
    rhetorical: NEVER,
    isDue: /\b(?:ist|sind) fällig\b/,
    notDue: NEVER,
    pleasantryTurn: /\b(?:aber|weil)\b|^(?:danke|vielen dank|danke schön|besten dank)(?: dir| euch| ihnen)? (?:für|fürs)\b|^(?:herzlichen )?glückwunsch (?:zu|zum|zur)\b/,
    questionStart:
      /^(?:wer|wen|wem|was|wo|wohin|woher|wann|warum|wieso|weshalb|wie|welche|welcher|welches|weißt du|wisst ihr|wissen sie|gibt es|hat jemand|kennt jemand|hast|habt|weiß)\b/,
    requestStart:
      /^(?:(?:kannst|könntest|könnten|können|kann|würdest|würden|magst|willst) (?:du|sie|ihr|jemand|mir|uns)\b|bitte|(?:ich|wir) (?:bräuchte|bräuchten|brauche|brauchen|benötige|benötigen|hätte gerne|hätten gerne|möchte|möchten|würden? gerne?)\b|(?:wäre|wär) (?:super|toll|gut|schön|nett|klasse|prima) wenn\b|sag mir|sagt mir|gib mir bescheid|gebt bescheid|denk daran|vergiss nicht|wer kann|kann jemand|könnte jemand|es wäre (?:super|toll|gut|schön|nett)|brauche|bräuchte|benötige)/,
    imperative:
      /^(?:schick|schicke|schickt|sende|sendet|gib|gebt|schau|schaut|prüf|prüfe|prüft|check|checkt|ruf|meld|melde|meldet|mach|macht|bereite|trag|trage|lade|leg|teile|teil|bestätige|bestätigt|genehmige|unterschreib|unterschreibe|korrigiere|aktualisiere|füll|fülle|kümmer|kümmere|komm|kommt)\b/,
    statementAfterVerb: /^\S+ (?:\S+ )?(?:ist|sind|war|hat|haben|wurde)\b|^\S+ (?:ich|wir)\b/,
    notARequest: /^(?:anbei|im anhang|anliegend)\b|^(?:ich|wir) (?:möchte|möchten|wollte|wollten) (?:mich|uns) (?:\S+ ){0,10}(?:entschuldigen|bedanken|verabschieden)\b/,
    offer: /^(?:sag|melde dich|gib bescheid),? (?:wenn|falls) du (?:was|etwas|hilfe) brauchst|^lass dir zeit/,
    requestAnywhere: /\b(?:bitte|(?:wir |ich )?bitte[nt]? (?:sie |dich |euch )?(?:um|darum)|(?:wäre|wär) es (?:möglich|machbar|denkbar)|wären sie so (?:nett|freundlich)|(?:ich|wir) wäre[n]? (?:ihnen|dir|euch) (?:sehr )?dankbar|dürfte ich sie|(?:benötigen|brauchen|bräuchten|bitten) wir|(?:benötige|brauche|bräuchte) ich|kannst du|könntest du|könnten sie|können sie|kann jemand|könnte jemand|wer kann|gib mir bescheid|sag mir bescheid)\b/,
    demand: /\b(?:es sei denn|muss bis|müssen bis|muss noch)\b/,
    reason: /\b(?:brauche|brauchen|braucht|benötige|benötigen|bräuchte|bräuchten)\b[^.!?\n]{0,40}\bfür\b|\bfür\b[^.!?\n]{0,40}\b(?:brauche|brauchen|benötige|benötigen|bräuchte|bräuchten)\b|\b(?:weil|da (?:ich|wir|der|die|das|sonst)|damit|sonst|denn|für (?:den|die|das) (?:termin|kunden|bericht|meeting|abschluss))\b/,
    abbrev: /\b(?:dr|prof|hr|fr|nr|str|bzw|ca|evtl|ggf|inkl|usw|z\.b|u\.a|i\.a|d\.h|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez|\d{1,2}\.\d{1,2})$/i,
    innerSplit:
      /:[ ]+(?=[^?.!:]{1,120}\?)|(?<!\bhoffe)(?:,|;| [-\u2013\u2014]+| \.\.\.?)[ ]+(?=(?:kannst|könntest|könnten|können|kann|bitte|ich|wir|er|sie|es|das|der|die|aber|weil|denn|da|sonst|keine eile|hast|habt|meld\w*|ruf)\b|(?:wer|was|wo|wann|wie|warum)\b(?=[^?.!]{0,120}\?))/gi,
    midRequest: NEVER,
    midHint: NEVER,
  },
  urgency: {
    critical: [
      [/\b(?:verlieren|verlieren gerade|verloren gerade) (?:umsatz|geld|bestellungen|kunden|verkäufe)\b|\b(?:karten|zahlungen) werden (?:alle )?abgelehnt\b|\blehn(?:t|en)\b[^.!?]{0,30}\b(?:karten|zahlungen) ab\b/, 'money is being lost right now'],
      [/\b(?:passw\w*|schlüssel|token|tokens|zugangsdaten|secrets?)\b[^.!?\n]{0,80}\b(?:öffentlich\w*|gepostet|veröffentlicht|geleakt)\b/, 'secrets are exposed'],
      [/\b(?:ist|sind|war|liegt|liegen) (?:komplett |gerade |total |seit [^.!?,\n]{1,25} )?(?:nicht mehr )?(?:down|offline|ausgefallen|nicht erreichbar|lahmgelegt|tot)\b|\b(?:ausgefallen|abgestürzt|abgeschmiert|gecrasht|lahmgelegt|komplettausfall|totalausfall|geht gar nichts mehr|nichts geht mehr|funktioniert gar nichts)\b|\bist (?:komplett |total |einfach )?weg\b|\b(?:weiße|leere) seite\b|\b(?:kühlung|strom|heizung)\b[^.!?]{0,50} aus\b|\bstromausfall\b|\b(?:lädt|startet|reagiert|antwortet|funktioniert|läuft|geht) (?:seit [^.!?,\n]{1,25} )?(?:gar )?nicht mehr\b/, 'a system is down'],
      [/\b(?:produktion|fertigung|fließband|bänder|linie|anlage|anlagen|werk|lkw|lastwagen)\b[^.!?,\n]{0,25}\b(?:steht|stehen)(?: still)?\b(?! (?:auf|im|in|bei|zur|zum|fest|noch|an))|\b(?:stillstand|steht still|stehen still)\b|\b(?:steht|stehen) (?:alle|sämtliche|die|unsere)\b[^.!?,]{0,40}\bstill\b/, 'production has stopped'],
      [/\b(?:ausfall|störung) (?:von|der|des|bei)\b|\bgroßstörung\b/, 'an outage'],
      [/\b(?:alle |die |unsere |viele )?(?:kunden|nutzer|user|benutzer|anwender)\b[^.!?\n]{0,30}\b(?:kommen nicht mehr|können nicht(?: mehr)?|können keine|sind ausgesperrt)\b|\b(?:kunden|nutzer|user|benutzer|anwender)\b[^.!?\n]{0,60}\bnicht mehr\b[^.!?\n]{0,40}\b(?:können|kann)\b|\bkeine (?:\w+)?zahlungen mehr\b|\bzahlungen (?:\w+ )?(?:schlagen fehl|gehen nicht (?:mehr )?durch)\b|\bniemand kann (?:mehr )?(?:bezahlen|bestellen|sich einloggen|einloggen|arbeiten|zugreifen)\b|\b(?:niemand|kein|keine|keiner) (?:\w+ )?(?:kann|können) (?:mehr|nicht mehr)\b|\b(?:kann|können) (?:\w+ )?(?:niemand|keiner)\b[^.!?,\n]{0,25}\b(?:mehr|arbeiten|bezahlen|bestellen|zugreifen)\b|\b(?:niemand|keiner|keine)\b[^.!?,\n]{0,30}\b(?:kann|können) (?:mehr )?(?:arbeiten|bezahlen|bestellen|zugreifen|sich einloggen)\b|\bkeine (?:einzige )?(?:bestellung|zahlung|buchung|transaktion)\w* (?:geht|gehen|kommt|kommen) (?:mehr )?durch\b|\b(?:alle|sämtliche) (?:\S+ )?(?:calls|anfragen|requests|bestellungen|zahlungen)\b[^.!?\n]{0,30}\b(?:schlagen fehl|liefern (?:fehler|5\d\d)|5\d\d)\b|\bliefern 5\d\d\b|\b(?:kommen|gehen) (?:\w+ )?(?:keine|nicht)\b(?: \w+)?(?: mehr)? (?:rein|durch)\b|\bkönnen (?:\w+ )?(?:nichts|nicht mehr) (?:verkaufen|kassieren)\b|\b(?:hat|haben) (?:seit [^.!?,]{1,25} )?keinen (?:zugriff|zugang) mehr\b|\bniemand (?:\S+ ){0,3}(?:kann|bekommt|kommt|erreicht)\b[^.!?]{0,30}\bmehr\b/, 'customers are blocked'],
      [/\b(?:gehackt|hackerangriff|cyberangriff|phishing|ransomware|malware|sicherheitsvorfall|sicherheitslücke|datenleck|datenpanne|kompromittiert|trojaner)\b|\b(?:gestohlen|geklaut|diebstahl)\b[^.!?\n]{0,40}\b(?:laptop|rechner|handy|zugangsdaten)|\b(?:laptop|rechner|handy|zugangsdaten)\b[^.!?\n]{0,40}\b(?:gestohlen|geklaut)\b|\b(?:versehentlich|aus versehen)\b[^.!?\n]{0,60}\b(?:gehälter|gehaltsliste|lohnabrechnung\w*|personaldaten|passwörter|kundendaten|kundenliste|e-mail-adressen|adressen)\b|\b(?:an|nach) (?:eine[nrm]? )?(?:externe[nrm]?|falsche[nrm]?) (?:\w+ )?(?:verteiler|adresse|liste|empfänger|kunden)\b|\b(?:ohne passwort|ungeschützt|öffentlich (?:zugänglich|einsehbar|erreichbar))\b|\baus dem internet (?:erreichbar|zugänglich|abrufbar)\b|\bdaten (?:\w+ )?(?:abgezogen|abgeflossen|nach außen)\b|\b(?:datenabfluss|unbefugte[rn]? zugriff|fremder zugriff|unbekannter prozess)\b|\b(?:fremde|unbefugte|externe)\b[^.!?]{0,40}\bzugreifen\b/, 'a security incident'],
      [/\b(?:versehentlich gelöscht|daten (?:sind )?(?:weg|verloren|gelöscht)|datenverlust|(?:gelöscht|verloren)\b[^.!?\n]{0,20}\b(?:datenbank|tabelle|daten|backup))\b/, 'data loss'],
      [/\b(?:sev ?-?[01]|p0)\b/, 'a sev1/P0 incident'],
      [/\b(?:notfall|rettungsdienst|notarzt|krankenwagen|feuerwehr|eingeklemmt|evakuier\w*|gasleck|gasgeruch|feueralarm|überhitz\w*|es brennt|leck|rohrbruch)\b|\b(?:tritt|treten|strömt) (?:\S+ ){0,3}(?:öl|wasser|gas|rauch)\b/, 'an emergency'],
      STUCK_SINCE.critical,
    ],
    criticalNegated: /\b(?:drucker|kopierer|kaffeemaschine|kaffeeautomat|aufzug|fahrstuhl|klimaanlage|beamer|laptop|rechner|handy|headset)\b[^.!?,;\n]{0,30}$|\b(?:nicht|kein|keine|keinen|ohne|falls|wenn|geplant|geplante|wartung|mögliche|möglichen|vermeiden|verhindern|übung)\b[^.!?,;\n]{0,20}$/,
    conditional: /\b(?:falls|wenn|sobald)\b/,
    aboutIncidents: /^[^.!?\n]{0,12}\b(?:prozess|richtlinie|schulung|übung|plan|bericht|postmortem|post-mortem|retro|vorlage|handbuch)\b/,
    resolved: /\b(?:behoben|gelöst|läuft wieder|wieder online|wieder erreichbar|postmortem|post-mortem|nachbereitet|aufgearbeitet|abschlussbericht|gestern|letzte woche)\b/,
    ongoing: /\b(?:gerade|immer noch|noch immer|aktuell|seit \d|seit (?:gestern|heute|einer|einem|zwei|drei)|momentan|weiterhin)\b/,
    pastTime: /\b(?:gestern|letzte (?:woche|nacht)|letzten (?:monat|freitag|montag)|vorgestern)\b/,
    stillHappening: /\b(?:gerade|immer noch|noch immer|aktuell|seit \d|seit (?:gestern|heute|einer|einem|zwei|drei)|momentan|weiterhin)\b/,
    mentionBefore: /\b(?:markiert als|gekennzeichnet als|genannt|betitelt|das wort|der begriff)[ ]+["'„«]?$|„[^“]*$/,
    mentionAfter: /^["'“»]?[ ]*(?:label|option|feld|status|priorität|button|vorlage|spalte|filter|tag)s?\b|^[ ]*oder\b/,
    high: [
      [/\b(?:dringend|eilig|eilt(?! nicht)|asap|so schnell wie möglich|schnellstmöglich|sofort(?<!\bab sofort)(?<!\b(?:ich|wir) (?:schick|schicke|mach|mache|kümmere|melde|rufe|erledige|sende|komme|schau|schaue)\b[^.!?,\n]{0,30})|umgehend|unverzüglich|hohe priorität|höchste priorität)\b/, 'asks for it urgently'],
      [/\b(?:blockiert|blockiere|ausgesperrt|ich hänge|(?:komme|kommen) (?:\S+ ){0,2}nicht (?:mehr )?weiter|hänge fest|hängen fest|(?:hänge|hängen|hängt) (?:[^.!?,\n]{1,40} )?fest\b|(?:kann|können) (?:\S+ )?nichts?(?: mehr)? (?:weiter\w*|arbeiten|deployen|ausliefern|liefern))\b|\bseit\b[^.!?]{0,40}\b(?:kann|können)\b[^.!?]{0,40}\b(?:keine|nicht)\b[^.!?]{0,30}\bmehr\b|\b(?:komme|kommt|kommen|kann|können) seit [^.!?,\n]{1,25} nicht (?:mehr )?(?:ins|in|an|auf|rein)\b|\bsitz(?:e|t|en) (?:[^.!?,\n]{0,40} )?(?:rum|herum|untätig)\b|\bsitz(?:e|t|en) seit [^.!?,\n]{1,50} da\b/, 'someone is blocked'],
      [/\b(?:in|innerhalb von) (?:\d{1,2}|fünf|zehn|fünfzehn|zwanzig|dreißig) ?(?:min|minuten)\b|\b(?:in|innerhalb) (?:einer|der nächsten|einer halben) stunde\b/, 'a meeting or deadline is minutes away'],
      [/\b(?:fängt|beginnt|startet) (?:gleich|jetzt|sofort)\b/, 'a meeting is starting soon'],
      [/\b(?:wartet|warten|sitzt|sitzen|steht|stehen) (?:schon|bereits|gerade|jetzt)\b|\b(?:kunden|gäste|patienten|fahrgäste|leute) (?:\S+ )?(?:warten|stehen)\b|\b(?:warte[nt]?|steh(?:e|t|en)|sitz(?:e|t|en)) (?:\S+ ){0,4}seit (?:über |einer |\S+ )?(?:stunden?|minuten|\d{1,2}(?::\d\d)? uhr)\b/, 'someone is waiting now'],
      [/\b(?:will|wollen|möchte|muss|müssen) (?:gleich|jetzt|sofort)\b|\bgleich loslegen\b|\b(?:jetzt|gleich) (?:sofort|direkt)\b/, 'needed right now'],
    ],
    highIncident: [[/\b(?:sev ?-?2|p1)\b/, 'a sev2/P1 incident'], STUCK_SINCE.high],
    highNegated: /\b(?:nicht|kein|keine|ohne|nie)[ -](?:(?!(?:und|aber|oder|denn|sondern)\b)\w+ )?$/,
    lowExplicit: calm(
      /\b(?:keine eile|kein stress|nicht dringend|nicht (?:so )?eilig|nichts dringendes|eilt nicht|hat zeit|ohne eile|wann immer du|wenn du (?:mal )?zeit hast|wenn es (?:dir )?passt|bei gelegenheit|wenn du (?:mal )?luft hast|wenn du dazu kommst|kein notfall|in ruhe(?! (?:darüber |drüber )?(?:sprechen|reden|besprechen|unterhalten))|ganz entspannt|ohne druck|kein druck|du musst nicht antworten|keine antwort nötig|keine (?:aktion|maßnahmen?) (?:erforderlich|nötig|notwendig)|ihr müsst nichts tun|du musst nichts tun|nichts (?:weiter |mehr )?zu tun|kein handlungsbedarf|niedrige priorität)\b/,
      'nicht|nichts|kein\\w*|ohne|null', 'dringend\\w*|eilig\\w*|eilt|eile|stress|druck|hektik|drängt|brennt', '(?:musst|müsst|müssen|brauchst|braucht|brauchen) (?:\\w+ )?(?:nicht|nichts|kein\\w*)|keine', 'antwort\\w*|rückfragen?|tun|machen|unternehmen|reagieren',
    ),
    lowFyi: /\b(?:fyi|zur info|kurze info|zur information|nur zur info|zu ihrer information|zu deiner information|zur kenntnis|wollte (?:dir |euch |ihnen )?(?:nur )?bescheid geben)\b/,
    testSystem: { test: /\b(?:staging|test\w*|demo\w*|dateiserver|fileserver|laufwerk|build)\b/, production: /\b(?:prod\w*|live|kunden|nutzer|shop|kasse|zahlung\w*|bestellung\w*)\b/ },
  },
  sensitivity: {
    sensitive: [
      [/\b(?:gehaltsabrechnung|lohnabrechnung|gehalt)\b[^.!?\n]{0,60}\b(?:fehlt|fehlen|falsch)\b|\bbelastet mich\b/, 'a pay problem that weighs on you'],
      [/\b(?:entschuldig\w*|tut mir (?:sehr )?leid)\b[^.!?\n]{0,60}\b(?:ton|verhalten|reaktion|wortwahl|ausbruch|laut|unfair)\b|\b(?:ton|verhalten|reaktion|wortwahl|ausbruch)\b[^.!?\n]{0,60}\bentschuldig\w*|\bnicht (?:fair|in ordnung|okay|ok) (?:dir|ihnen|euch) gegenüber\b|\bdas war nicht (?:in ordnung|fair|okay|ok)\b/, 'an apology or hurt feelings'],
      [/\b(?:mir ist aufgefallen|ich habe (?:bemerkt|gemerkt)),? dass du\b[^.!?\n]{0,60}\b(?:still|zurückgezogen|gestresst|bedrückt|angespannt|müde|abwesend|traurig|überlastet)\b|\balles (?:in ordnung|ok|okay) bei dir\b/, 'a concern about a person'],
      [/\bvertraulich\b|\babfällige bemerkungen\b|\bmache mir (?:etwas |ein bisschen |große |ernsthaft )?sorgen um\b|\b(?:unfair|gemein|laut) zu dir\b|\bsorry (?:nochmal )?wegen gestern\b/, 'a personal matter'],
      [/\b(?:sauer auf|wütend|verärgert|verletzt|gekränkt|beleidigt|weint|geweint|am boden zerstört|fertig mit den nerven|fühle mich (?:übergangen|ignoriert|ausgeschlossen|schlecht|unwohl)|nervlich|überfordert|erschöpft|ausgebrannt|benachteiligt)\b|\bmir geht(?:'s| es) (?:\S+ ){0,3}nicht gut\b|\bfühle mich\b[^.!?\n]{0,40}\b(?:übergangen|ignoriert|ausgeschlossen|ausgegrenzt|gemobbt|unwohl|nicht (?:ernst genommen|wertgeschätzt|gehört))\b|\b(?:das|es) (?:ärgert|kränkt|verletzt|frustriert) mich\b|\b(?:finde|fand) (?:ich )?(?:es|das) (?:\w+ )?(?:unfair|ungerecht|respektlos|verletzend|daneben)\b/, 'someone is upset'],
      [/\b(?:streit|zoff|konflikt mit|konflikt zwischen|angeschrien|angeschnauzt|bloßgestellt|vorgeführt|lächerlich gemacht|ignoriert meine|ignoriert mich|respektlos|unverschämt|toxisch|hinter meinem rücken|mobbt|mobbing|abfällig|herablassend|lästert)\b|\bweiß nicht mehr,? wie ich\b/, 'a conflict between people'],
      [/\b(?:belästig\w*|diskriminier\w*|rassis\w*|sexis\w*|übergriffig\w*|unangemessene (?:kommentare|bemerkungen|witze))\b/, 'a conduct complaint'],
      [/\b(?:beschwerde über|personalabteilung|betriebsrat|hr einschalten)\b/, 'a complaint about a colleague'],
      [/\b(?:leistungsprobleme|leistung von|abmahnung|kündigung|kündigen|entlassen|entlassung|performance-probleme)\b/, 'a performance concern about a person'],
      [/\b(?:schwanger\w*|mutterschutz|elternzeit|krankgeschrieben|krank|krankheit|gestorben|verstorben|todesfall|beerdigung|trauerfall|trauer|krebs|diagnose|operation|krankenhaus|klinik|psychisch|depression|angststörung|burnout|therapie|scheidung|trennung|arzttermin|arzt|ärztin|reha|\w+-op|operiert|ärztlich\w*|persönliche gründe|familiäre gründe|private gründe|familiärer notfall)\b/, 'a personal or health matter'],
      [/\b(?:sensible angelegenheit|heikles thema|heikle situation|schwierige situation)\b/, 'a conflict between people'],
    ],
    sensitiveNegated: /\b(?:nicht|kein|keine)[ ](?:\w+ )?$/,
  },
  deadline: {
    dueNotDeadline: NEVER,
    pastDue: NEVER,
    byAuthor: NEVER,
    eventFirst: /^vor\b/,
    eventDeadline: /^vor (?:dem|der|unserem|unserer)\b/,
    morning: /\b(?:früh|morgens|vormittag)\b/,
    notEndOfDay: /\b(?:nachmittag|abend|mittag|mitternacht)\b/,
    prepare: preparer({
      hourMark: HOUR_MARK,
      endOfDay: /\b(?:feierabend|dienstschluss|geschäftsschluss|tagesende|ende des tages|ende des arbeitstages)\b/g,
      endOfNextWeek: /\b(?:ende (?:der )?nächste[nr]? woche)\b/g,
      endOfWeek: /\b(?:ende (?:der|dieser) woche|wochenende|zum wochenende)\b/g,
      endOfMonth: /\b(?:monatsende|ende des monats|ende (?:dieses )?monats)\b/g,
      endOfYear: /\b(?:jahresende|ende des jahres|ende (?:dieses )?jahres)\b/g,
      dayOfMonth: /\b(?:zum |am |den )(\d{1,2})\.(?!\d)(?! ?[a-zäöü])/g,
    }),
    parse: (text, now) => casual.parse(text.replace(/(?<!(?:^|\s)um )\b(\d{1,2})\.(\d{1,2})(?:\.(?!\d)|(?![\d:.]| ?uhr))/g, '$1/$2'), now, { forwardDate: true }),
    trigger: /\b(?:bis|spätestens|vor|vorher|innerhalb|noch heute|deadline|frist)\b/g,
    requestOnly: new Set(['innerhalb']),
    backReference: /^(?:bis dahin|vorher)\b/,
    later: /\b(?:morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|nächste|woche|monat)/,
    soon: /\b(?:heute|heute (?:vormittag|nachmittag|abend)|minuten?|min|stunden?|noch heute)\b/,
    requestTime: /\b(?:heute|morgen|um \d{1,2}(?::\d{2})?(?: uhr)?)\b/,
    amount: /^um (?:\d+|einen|eine|zwei|drei) (?:tage?|wochen?|monate?)\b/,
    requirement: /\b(?:es sei denn|muss|müssen|benötigen|brauchen|frist|deadline|spätestens)\b/,
    ownPromise: /^\S+ (?:ich|wir)\b|^(?:ich|wir) (?:bin|sind|schicke|schicken|sende|senden|melde|melden|werde|werden|mache|machen|kümmere|kümmern)\b/,
    businessDays: /^(?:innerhalb von|in) (\d{1,2}|einem|zwei|drei|vier|fünf|zehn) (?:werktagen|arbeitstagen|werktag|arbeitstag)\b/,
    numberWords: { einem: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, zehn: 10 },
    dateHint:
      /\d|\b(?:heute|morgen|übermorgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|mittag|abend|nachmittag|vormittag|woche|wochenende|monat|jahr|stunde|minuten?|tag|tage|feierabend|dienstschluss|ende|nächste|einer|halben)/,
  },
  decision: {
    convergent: /\b(?:entscheid\w*|freigabe|freigeben|genehmig\w*|abstimm\w*|ja oder nein|welche option|go oder no-go)\b/,
    divergent: /\b(?:ideen?|vorschläge?|meinung|meinungen|was hältst du|was meinst du|wie siehst du|alternativen|vor- und nachteile|idee, wie)\b/,
  },
});
