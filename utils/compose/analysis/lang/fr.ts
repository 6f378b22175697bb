/**
 * French for the message analyser: greetings ("salut", "bonjour à tous", "coucou"), availability
 * probes ("t'as une minute ?", "tu peux m'appeler ?"), requests ("tu peux…", "merci de…",
 * "stp"), urgency ("la prod est en panne", "dès que possible"), sensitivity and deadlines
 * ("d'ici vendredi", "avant fin de journée", "le 3/12": day first).
 */
import { casual } from 'chrono-node/fr';
import { NEVER, preparer, verbSlot, withLetterBoundaries, HOUR_MARK, calm, stuckSince } from './intl';
import type { LanguagePack } from './types';

const words = (s: string) => new Set(s.split(' '));
/** Function words: they say nothing about the topic. */
const STOP =
      "le la les l' un une des du de d' et ou mais donc car que qu' qui quoi est sont suis es était sera être ai as a avons avez ont avait " +
        "je j' tu t' il elle nous vous ils elles on me m' te se s' moi toi lui leur ce c' cet cette ces mon ma mes ton ta tes son sa ses notre votre nos vos " +
        "au aux avec pour par dans sur sous en y pas ne n' plus très bien aussi encore déjà où quand comment pourquoi quel quelle quels quelles " +
        "oui non ok bonjour salut coucou merci stp svp peux peut pouvez pourrais pourriez faire fait c'est j'ai t'as qu'il d'ici il y " +
        "aujourd'hui demain maintenant lundi mardi mercredi jeudi vendredi semaine question minute petite petit truc chose link code email @someone @group tout tous";
/** Words an availability probe is made of, with the function words. */
const PROBE =
  "aurais aurait auriez deux cinq dix 5 10 15 minutes min moment instant seconde sec temps dispo disponible là libre pourrions " +
  "m'appeler appeler appelle appelle-moi appelez-moi t'appeler s'appeler parler discuter causer échanger voir téléphone tel visio " +
  "call point rapide rapidement vite tard s'il plaît dès possible urgent urgence est-ce es-tu êtes-vous avoir rien d êtes à si ça " +
  "peut-être appel appels coup fil après-midi matin soir demain'urgent besoin signe fais-moi auriez-vous court courte échange caler " +
  "espère vas serait-il prochains jours dis-moi t'arrange m'adapte d'urgent aprèm aprem journée serais-tu seriez-vous serait " +
  "disponibles téléphonique";
const PROBE_WORDS = words(`${STOP} ${PROBE}`);

/** Where a verb stands: after a subject, a modal or an auxiliary, past the clitics ("je peux te déranger"). */
const VERB_SLOT = verbSlot(
  "je j' tu t' on qu'on nous vous il elle ils elles peux peut pouvez pourrais pourrait pourriez pourrions veux veut voulez voudrais dois doit faut vais vas va allez es est êtes suis as a avez ai t'es t'as c'est aurais aurait auriez peux-tu pouvez-vous pourrais-tu pourriez-vous pourrions-nous pourrait-on",
  "me m' te t' se s' nous vous lui leur y en ne n' pas plus jamais rien bien vite encore déjà aussi juste",
);

/** Something wrong since earlier today that still holds (lang/intl.ts `stuckSince`). */
const STUCK_SINCE = stuckSince(
  /\b(?:depuis (?:(?:plus d'|près d')?(?:une|deux|trois|quatre|cinq|\d{1,2}) heures?|\d{1,2} ?h(?: ?\d\d)?|ce matin|midi|cette nuit|tout à l'heure)|ça fait (?:une|deux|trois|\d{1,2}) heures?)\b/,
  /\b(?:ne|n'|aucun\w*|personne|rien|attend\w*|bloqu\w*|coincé\w*|sans)\b/,
  /\b(?:aucun client|(?:les |nos )?clients ne|paiements?|payer|encaiss\w*|ventes?|achats?|acheter|caisses?|terminaux de paiement|terminal de paiement)\b/,
);

export const fr: LanguagePack = withLetterBoundaries<LanguagePack>({
  code: 'fr',
  envelope: {
    quoteHeader: { word: 'a écrit :', start: /^[ \t]*Le\b/ },
    quoteMarkers: [/^[ \t]*-{2,}[ \t]*(?:Message d'origine|Original Message)[ \t]*-{2,}/im, /^[ \t]*De :?[^\n]{0,300}\n[ \t]*(?:Envoyé|Date) ?:/m, /^[ \t]*_{10,}[ \t]*$/m],
    signatureMarkers: [/^--[ \t]*$/m, /^[ \t]*Envoyé (?:de|depuis) mon \S+/im, /^[ \t]*Sent from my \S+/im],
    signOff:
      /^[ \t]*(?:merci|merci beaucoup|merci d'avance|mille mercis|cordialement|bien cordialement|bien à (?:toi|vous)|belle journée|bonne journée|bonne soirée|à bientôt|a\+|bises|bisous|amitiés|salutations|sincères salutations|très cordialement)[ \t]*[,.!]*(?:[ \t]+[A-ZÀÂÉÈÊÎÔÛÇ][\p{L}'-]*){0,2}[ \t]*$/iu,
    disclaimer: /\b(?:confidentiel|avertissement|destinataire|reçu (?:ce|cet) (?:message|e-mail) par erreur|se désabonner)\b/i,
  },
  ping: {
    noTopic: PROBE_WORDS,
    interjection: /^(?:ha(?:ha)+|hé+|hey+|hm+|euh+|bah|bon|coucou|ps+t|yo)$/,
    noTopicWord: /^(?:[mtsldjn]'|qu')?(?:une?|on|vien(?:s|t|drais|drait|driez)|venir|venez|pass(?:e|er|es|ez|erais|erait|eriez)|voi[rst]|réveillée?s?|debout|dor(?:s|t|mir)|accueil|\d{1,2}h\d{0,2}|entre|vers|message|signe|compagnie|avis|rendez-vous|rdv|dérange\w*|désolée?s?|réponds|répondez|pressée?s?|déj|dej|ensemble|site|télétravail|présentiel|allô|allo|importante?|pourr\w*-(?:nous|vous|tu|on)|r?appel\w*(?:-moi|-nous)?|aprèm|aprem|après|déjeuner|quart|heures?|fin|connectée?s?|en ligne|convenir|fixer|agenda|calendrier|vraiment|peut-être|éventuellement|encore|déjà|bientôt|tôt|tard|pause|midi|matinée|soirée|journée|ravie?|heureuse?|jours?|prochaine?s?|puissions|puisse|dites-moi|dis-moi|arrange\w*|convien\w*|ser(?:ais|ait|iez)-(?:tu|vous|il)|téléphon\w*|parl\w*|discut\w*|caus\w*|échang\w*|joindre|joignable|dispos?|disponibles?|libres?|là|coin|bureau|quelques|(?:m')?accorder|call|visio|faire|cal(?:er|ons)|disponibilités?|créneaux?|poste|ligne|vite|rapide\w*|urgen\w*|maintenant|suite|asap|minutes?|min|mn|secondes?|sec|instant|moment|temps|entretien|(?:m')?adapt\w*|quelqu'un|qqn|bref|brève|brièvement|courte?|aur\w*|avez|avais|as|es|êtes|étais|ser(?:ais|ait|iez)|es-tu|êtes-vous|as-tu|avez-vous|auriez-vous|aurais-tu|seriez-vous|peux|pouvez|pourr\w*|peux-tu|pouvez-vous|stp|svp|plaît|plait|coucou|salut|wesh|yo|hello|bonsoir|bonjour|cc|slt)(?:-moi|-nous)?$/,
    // "tu peux me l'envoyer": a verb with its object (l') acts on the topic.
    verbAt: (ws, i) => !ws[i]?.startsWith("l'") && VERB_SLOT(ws, i),
    summon: /(?:^|[.!?,:;] *)(?:@\S+ )?(?:r?appelle[- ]moi|r?appelez[- ]moi|réponds-moi|répondez-moi|au secours|à l'aide|sos|vien(?:s|s voir|s me voir|ez) (?:vite|tout de suite|ici|stp))\b|\b(?:j'ai besoin de (?:toi|vous)|besoin de (?:ton|votre) aide|décroche)\b/,
  },
  clauses: {
    stop: words(STOP),
    probeVocab: PROBE_WORDS,
    probeCore: /\b(?:minute|minutes|min|moment|instant|seconde|sec|temps|dispo|disponible|là|libre|appeler|appelle|appelle-moi|appelez-moi|m'appeler|t'appeler|s'appeler|parler|discuter|causer|échanger|téléphone|visio|call|appel|coup de fil)\b/,
    greeting: /^(?:salut|bonjour|bonsoir|coucou|hello|hey+|hi|cher|chère|chers|chères|madame|monsieur|yo|re)\b[ ,!.:;-]*/i,
    nameAfterGreeting:
      /^(?:(?:à tous|à toutes|a tous|tout le monde|l'équipe|la team|les amis|les gars|vous deux|toi)\b|@\S+|(?:(?:M|Mme|Mlle|Dr|Me|Pr)\.? ?)?[A-ZÀÂÉÈÊÎÔÛÇ][\p{L}'-]*(?: [A-ZÀÂÉÈÊÎÔÛÇ][\p{L}'-]*){0,2}(?=[ ]*(?:[,!.:;\n-]|$))|[A-ZÀÂÉÈÊÎÔÛÇ][\p{L}'-]*(?= [a-zàâéèêîôûç]))[ ,!.:;-]*/u,
    leadMarkers: [
      [/^@\S+[ ,:;-]*/, 'mention'],
      [/^(?:une )?(?:petite|rapide|courte|simple) question\b[ ,:;.!-]*(?:pour toi\b)?[ ,:;.!?-]*/, 'quick-question'],
      [/^(?:question rapide|une question|question)\b[ ,:;.!-]*(?:pour toi\b)?[ ,:;.!?-]*/, 'quick-question'],
      [/^(?:j'ai|j'aurais) (?:une )?(?:petite |rapide )?question\b(?: pour toi)?[ ,:;.!?-]*/, 'quick-question'],
      [/^(?:je peux|puis-je) te (?:poser|demander) (?:une (?:petite )?question|un truc|quelque chose)\b[ ,:;.!?-]*/, 'quick-question'],
      [/^(?:urgent|urgence|important|asap|au secours|à l'aide|sos|vite|ça urge)\b[ ,:;.!-]*/, 'urgency-only'],
      [/^(?:c'est) (?:très |super )?(?:urgent|important)\b[ ,:;.!-]*/, 'urgency-only'],
      [/^ping\b[ ,:;.!?-]*/, 'ping-word'],
      [
        /^(?:fyi|pour info|pour information|pour ton information|pour votre information|pour rappel|info|rien d'urgent|pas pressé|pas urgent|pas de stress|sans urgence|quand tu (?:as|auras) (?:un moment|le temps|deux minutes)|ce n'est pas (?:urgent|pressé)|c'est pas (?:urgent|pressé)|rien ne presse|tranquille|aucune urgence|et|mais|alors|bon|bref|sinon|du coup|au fait|ah|oh|ok donc)\b[ ,:;.!-]*/,
        null,
      ],
      [/^(?:rappel|objet|tr|re|fwd|maj|mise à jour)(?:[ ]*[:!-]+[ ]*|$)/, null],
      [/^(?:ok|d'accord|parfait|super|top|génial|entendu|ça marche)\b[ ,!.]+(?=\S)/, null],
      [/^(?:je )?(?:voulais|veux) (?:juste )?(?:te |vous )?(?:prévenir|dire|informer|signaler|faire savoir)\b(?: que)?[ ,:;.!-]*/, null],
    ],
    pleasantry:
      /^(?:merci|merci beaucoup|mille mercis|j'espère que|j'espère|ça va|comment (?:ça va|vas-tu|allez-vous)|tu vas bien|vous allez bien|ça roule|quoi de neuf|la forme|ça se passe bien|bonne (?:journée|soirée|semaine|fin de semaine)|bon (?:week-end|weekend|courage)|désolé de (?:te |vous )?déranger|pardon de (?:te |vous )?déranger|bienvenue|félicitations|bravo|à (?:bientôt|plus|demain)|bises|(?:bien |très )?cordialement|bien à (?:vous|toi)|(?:sincères )?salutations|amitiés)\b/,
    greetingLike: /^(?:j'espère|ça va|ça roule|quoi de neuf|la forme|ça se passe bien|comment (?:ça va|vas-tu|allez-vous)|tu vas bien|vous allez bien|désolé de (?:te |vous )?déranger|pardon de (?:te |vous )?déranger)/,
    ackWords: words("ok d'accord oui non merci parfait super top génial entendu noté ça marche bien vu cool lol mdr désolé pardon bises à plus"),
    topicAfterQuickQuestion: /^(?:sur|à propos|concernant|au sujet)\b/,
    pingWord: /^(?:ping|coucou|t'es là|tu es là|quelqu'un)$/,
    topicOnly: /^(?:c'est (?:à propos|au sujet|concernant)|à propos|au sujet|concernant) /,
    rhetorical: NEVER,
    isDue: NEVER,
    notDue: NEVER,
    pleasantryTurn: /\b(?:mais|car|parce que)\b|^(?:merci|merci beaucoup|mille mercis|bravo|félicitations|chapeau)(?: à toi| à vous| à tous)? (?:pour|d'avoir|d'être)\b/,
    questionStart:
      /^(?:qui|que(?!lqu)|quoi|qu'est-ce|où|quand|comment|pourquoi|combien|quel(?!qu)|quelle|quels|quelles|est-ce que|est-ce qu'|y a-t-il|sais-tu|savez-vous|quelqu'un (?:sait|saurait|peut|pourrait|a-t-il|a une idée|aurait)|tu sais|je me demandais)/,
    requestStart:
      /^(?:il (?:me|nous|te|vous) (?:faut|faudrait)\b|(?:j'aurais|on aurait|nous aurions) besoin\b|(?:je|nous) vous (?:serais|serions) (?:très )?reconnaissante?s? d|(?:est-ce qu'il )?serait-il possible|(?:je|nous) vous remercions? (?:par avance )?d(?:e |')(?!avoir|être)|veuillez (?!trouver)|(?:tu|vous) (?:peux|pourrais|pouvez|pourriez|veux bien|voudrais bien|voulez bien)\b|peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|est-ce que (?:tu|vous) (?:peux|pourrais|pouvez|pourriez)|merci de|svp|stp|s'il (?:te|vous) pla[iî]t|(?:j'ai|on a|nous avons) besoin\b|(?:je|nous) (?:voudrais|voudrions|souhaiterais|souhaiterions|aimerais|aimerions)\b|j'aimerais\b|ce serait (?:top|super|génial|bien|parfait) (?:si|que|de)\b|(?:il )?(?:faut|faudrait) (?:que|qu')|n'oublie pas|n'oubliez pas|pense à|pensez à|dis-moi|dites-moi|tiens-moi au courant|quelqu'un (?:peut|pourrait))/,
    imperative:
      /^(?:(?:ne |n')\w+ez (?:pas|plus|rien|jamais)|ne pas|ne rien|envoie|envoie-moi|envoyez|transmets|transmettez|regarde|regardez|vérifie|vérifiez|relis|relisez|valide|validez|corrige|corrigez|rappelle|rappelez|appelle|appelez|prépare|préparez|mets|mettez|ajoute|ajoutez|supprime|confirme|confirmez|signe|signez|réserve|fais|faites|donne|donnez|partage|partagez|passe|passez|viens|venez|descends|monte|réponds|répondez|remplis|complète|renvoie|renvoyez)\b/,
    statementAfterVerb: /^\S+ (?:\S+ )?(?:est|sont|était|a|ont)\b/,
    notARequest: /^(?:ci-joint|vous trouverez ci-joint|tu trouveras ci-joint|veuillez trouver)\b/,
    offer: /^(?:dis-moi|n'hésite pas|n'hésitez pas)(?: à me (?:solliciter|contacter))? (?:si|en cas de)\b|^(?:n'hésite pas|n'hésitez pas) à me (?:solliciter|contacter)|^prends ton temps/,
    requestAnywhere: /\b(?:merci de|il (?:me|nous) faut|(?:je|nous) vous (?:serais|serions) (?:très )?reconnaissante?s? d|serait-il possible|(?:je|nous) vous remercions? (?:par avance )?d(?:e |')(?!avoir|être)|s'il (?:te|vous) pla[iî]t|stp|svp|tu peux|tu pourrais|vous pouvez|vous pourriez|peux-tu|pouvez-vous|pourrais-tu|pourriez-vous|quelqu'un peut|quelqu'un pourrait|tiens-moi au courant|dis-moi)\b/,
    demand: /\b(?:sauf si|à moins que|doit être|doivent être|il faut que)\b/,
    reason: /\b(?:il (?:me|nous) faut|j'ai besoin|on a besoin|nous avons besoin|nous aurions besoin|j'aurais besoin)\b[^.!?\n]{0,60}\bpour (?:l'|le |la |les |un |une |notre |mon |ma |nos )|\b(?:parce que|car|pour que|afin de|afin que|sinon|puisque|vu que|comme (?:je|on|nous|le|la|les)|j'en ai besoin|il en a besoin|elle en a besoin)\b/,
    abbrev: /\b(?:m|mme|mlle|dr|pr|me|st|etc|cf|env|tél|janv|févr|avr|juil|sept|oct|nov|déc)$/i,
    innerSplit:
      /[ ]?:[ ]+(?=[^?.!:]{1,120}\?)|[ ]et[ ]+(?=(?:il (?:me|nous) faut|j'ai besoin|tu peux|pourrais-tu)\b)|(?:,|;| [-\u2013\u2014]+| \.\.\.?)[ ]+(?=(?:tu peux|tu pourrais|vous pouvez|vous pourriez|peux-tu|pouvez-vous|merci de|stp|svp|je|j'|on|nous|il|elle|ils|ça|mais|car|sinon|donc|qui|quelqu'un|est-ce|tu as|t'as|tu|notre|nos|mon|ma|mes|(?:le|la|les|l') ?[^\s,]+ (?:est|sont|a|ont|va|vont|vient|viennent|attendent|se|ne|n'))\b)/gi,
    midRequest: NEVER,
    midHint: NEVER,
  },
  urgency: {
    critical: [
      [/\b(?:on perd|nous perdons|perdons|on est en train de perdre) (?:des |de l'|du )?(?:ventes|argent|commandes|clients|chiffre)\b|\brefusen?t? (?:toutes )?les cartes\b/, 'money is being lost right now'],
      [/\b(?:token|tokens|mot de passe|mots de passe|clés?|identifiants|codes d'accès|secrets?)\b[^.!?\n]{0,80}\b(?:public|publique|publiquement|publiée?s?|postée?s?|divulguée?s?)\b/, 'secrets are exposed'],
      [/\b(?:(?:est|sont) (?:complètement |totalement |encore )?(?:en panne|en rade|hors service|hors ligne|down|inaccessibles?|indisponibles?|plantée?s?|tombée?s?)|en panne|en rade|hors service|(?:a|ont) planté|ne répond plus|ne (?:charge|démarre|s'ouvre) plus\b|ne fonctionne(?:nt)? plus du tout|plus rien ne marche|plus rien ne fonctionne|coupure (?:générale|totale|d'alimentation|de courant|d'électricité)|page blanche|ne (?:fonctionne|marche)(?:nt)? plus (?:nulle part|dans aucun|sur aucun|pour personne))\b/, 'a system is down'],
      [/\b(?:panne (?:générale|totale|majeure|du|de la|des))\b/, 'an outage'],
      [/\b(?:les |tous les |nos |des )?(?:clients|utilisateurs|usagers|acheteurs)\b[^.!?\n]{0,30}\bne (?:peuvent|parviennent|arrivent) (?:plus|pas)\b|\b(?:paiement|commande|connexion)s? impossibles?\b|\bpersonne ne peut (?:plus )?(?:payer|commander|se connecter|accéder|travailler)\b|\baucune commande\b|\baucune? (?:de (?:ses|nos|mes|leurs) )?\w+ ne (?:peut|peuvent) (?:plus )?(?:travailler|payer|commander|se connecter|accéder)\b|\b(?:plus )?aucune? (?:commande|paiement|transaction|vente|réservation)s?\b[^.!?]{0,20}\bne passe\b|\bn'acceptent? plus (?:les |aucun )?(?:paiements?|cartes?|commandes?)\b|\bpaiements? (?:par carte )?(?:refusés|bloqués|impossibles?)\b|\bne (?:peut|peuvent|pouvons) (?:plus|rien|pas) (?:vendre|encaisser|livrer|expédier)\b|\bn'ont plus (?:accès|de réseau|de courant)\b|\bimpossible de (?:payer|commander|délivrer|vendre|encaisser|réserver|se connecter)\b|\b(?:bloquée?s?|coincée?s?)\b[^.!?]{0,40}\b(?:passagers|voyageurs|patients)\b/, 'customers are blocked'],
      [/\b(?:piraté|piratée|piratage|hacké|hackée|phishing|hameçonnage|ransomware|rançongiciel|malware|fuite de données|intrusion|compromis|compromise|compromission|cyberattaque|attaque ddos|identifiants (?:\S+ )?(?:utilisés|volés))\b|\b(?:volé|volée|vol d[eu])\b[^.!?\n]{0,12}\b(?:ordinateur|portable|pc|téléphone|identifiants)\b|\b(?:ordinateur|portable|pc|téléphone)\b[^.!?\n]{0,40}\b(?:volé|volée)\b|\bpar erreur\b[^.!?\n]{0,60}\b(?:paie|salaires|données personnelles|mots de passe|adresses|fichier clients?|données clients?)\b|\b(?:à|vers) (?:une |un |des )?(?:liste|adresse|destinataire|personne|contact)s? (?:de diffusion )?(?:externes?|extérieure?s?)\b|\bsans mot de passe\b|\b(?:extérieures?|externes?|non autorisée?s?)\b[^.!?]{0,40}\baccéder\b|\baccessibles? (?:publiquement|depuis internet|sur internet)\b/, 'a security incident'],
      [/\b(?:(?:supprimé|effacé|perdu)\b[^.!?\n]{0,30}\b(?:données|base|table|fichiers|sauvegardes?|commandes)|perte de données)\b/, 'data loss'],
      [/\b(?:sev ?-?[01]|p0)\b/, 'a sev1/P0 incident'],
      [/\b(?:c'est une urgence|urgence (?:absolue|vitale|médicale)|fuite de gaz|odeur de gaz|évacu\w*|pompiers|samu|ambulance|incendie|alarme incendie|au feu|surchauffe|fuite d'(?:huile|eau|essence|carburant)|inondation)\b/, 'an emergency'],
      [/\b(?:production|chaîne|ligne|usine|atelier|entrepôt|tram|train|métro|rame|bus|trafic)s?\b[^.!?,\n]{0,25}\b(?:est|sont) (?:complètement |totalement )?(?:à l'arrêt|arrêtée?s?)\b/, 'production has stopped'],
      STUCK_SINCE.critical,
    ],
    criticalNegated: /«[^»]*$|\b(?:imprimante|photocopieuse|machine à café|ascenseur|clim|climatisation|vidéoprojecteur|portable|pc|téléphone|casque)\b[^.!?,;\n]{0,30}$|\b(?:pas|plus de|aucun|aucune|sans|si|quand|en cas de|éviter|prévenir|possible|potentielle?|planifiée?|prévue?|maintenance)\b[^.!?,;\n]{0,20}$/,
    conditional: /\b(?:si|quand|en cas de)\b/,
    aboutIncidents: /^[^.!?\n]{0,12}\b(?:procédure|processus|formation|exercice|plan|rapport|compte rendu|compte-rendu|post-?mortem|rétro|modèle|politique)\b/,
    resolved: /\b(?:résolu|résolue|corrigé|rétabli|rétablie|fonctionne à nouveau|de nouveau en ligne|compte rendu|compte-rendu|post-?mortem|hier|la semaine dernière|incident du \d)\b/,
    ongoing: /\b(?:en ce moment|actuellement|toujours|encore|depuis \d|depuis ce matin)\b/,
    pastTime: /\b(?:hier|la semaine dernière|le mois dernier|cette nuit|avant-hier)\b/,
    stillHappening: /\b(?:en ce moment|actuellement|toujours|encore|depuis \d|depuis ce matin)\b/,
    mentionBefore: /\b(?:marqué|marquée|étiqueté|étiquetée|appelé|appelée|intitulé|intitulée|le mot|le terme)[ ]+["'«]?[ ]?$|«[^»]*$/,
    mentionAfter: /^[ ]?["'»]?[ ]*(?:étiquette|option|champ|statut|priorité|bouton|modèle|colonne|filtre)s?\b|^[ ]*ou\b/,
    high: [
      [/\b(?:urgent|urgente|urgence|en urgence|asap|dès que possible|au plus vite|au plus tôt|immédiatement|tout de suite(?<!\b(?:je|on) (?:te |t'|vous |m'en |le |la |les |l')?(?:envoie|fais|regarde|occupe|passe|reviens|rappelle|transmets|corrige|mets|fait)\b[^.!?,\n]{0,30})|de toute urgence|ça urge|priorité (?:haute|absolue)|rapidement stp|(?:c'est|très|assez|super) pressée?)\b/, 'asks for it urgently'],
      [/\b(?:bloqué|bloquée|bloqués|bloquant|coincé|coincée|ne (?:peu[xt]|peuvent|pouvons|pouvez) (?:pas|plus|rien) (?:avancer|travailler|continuer|déployer|accéder|livrer)|je n'ai plus accès)\b|\b(?:attend|attendent|patiente|patientent)\b(?: \S+){0,4} depuis (?:\S+ ){0,2}(?:heures?|minutes|ce matin|\d{1,2}h\d*)\b/, 'someone is blocked'],
      [/\b(?:dans|d'ici) (?:\d{1,2}|cinq|dix|quinze|vingt|trente) ?(?:min|mn|minutes)\b|\b(?:dans|d'ici) (?:une|l'|la prochaine|une demi-) ?heure\b|\bdans l'heure\b|\bdans un quart d'heure\b/, 'a meeting or deadline is minutes away'],
      [/\b(?:commence|démarre|débute) (?:dans un instant|tout de suite|maintenant|bientôt)\b/, 'a meeting is starting soon'],
      [/\b(?:les|des|nos) (?:clients|patients|passagers|voyageurs|gens) (?:\S+ )?(?:attendent|patientent)\b|\b(?:attend|attendent|patiente|patientent) (?:depuis|déjà|en ce moment|dans (?:le|la) \w+|devant|dehors|sur place|à l'accueil)\b/, 'someone is waiting now'],
      [/\b(?:maintenant|tout de suite)\b(?<=\b(?:peux|pouvez|faut|besoin|viens|venez|descends|appelle)\b[^.!?\n]{0,30})/, 'needed right now'],
    ],
    highIncident: [[/\b(?:sev ?-?2|p1)\b/, 'a sev2/P1 incident'], STUCK_SINCE.high],
    highNegated: /\b(?:pas|rien d'|rien de|sans|jamais|non|aucune?)[ -]?(?:(?!(?:et|mais|ou|donc|car|puis)\b)\w+ )?$|«[^»]*$/,
    lowExplicit: calm(
      /\b(?:pas pressé|pas pressée|rien d'urgent|pas urgente?s?|rien ne presse|pas une urgence|sans urgence|aucune urgence|pas de rush|pas de stress|quand (?:tu|vous|il|elle|on|quelqu'un) (?:as|auras|avez|aurez|a|aura|peux|pourras|pourrez|pourra) (?:un moment|le temps|deux minutes)?|quand tu peux|à ton rythme|pas besoin de répondre|rien à faire|aucune action (?:n'est )?(?:requise|nécessaire)|pas d'action (?:requise|nécessaire)|priorité basse)\b/,
      'pas|rien|aucune?|sans|nullement', 'urgent\\w*|urgence|press[ée]\\w*|presse|stress|rush|hâte', "pas besoin de|inutile de|rien à|(?:n'avez|n'as|n'ont|n'a) (?:pas|rien) (?:besoin de|à)|aucune?", 'répond\\w*|faire|rien|réagir|action|réponse|retour',
    ),
    lowFyi: /\b(?:fyi|pour info|petite info|pour information|pour ton information|pour votre information|pour rappel|à titre d'information|je vous informe|je t'informe)\b/,
    testSystem: { test: /\b(?:staging|recette|préprod|test|démo|serveur de fichiers|build)\b/, production: /\b(?:prod\w*|clients?|boutique|caisse|paiements?|commandes?)\b/ },
  },
  sensitivity: {
    sensitive: [
      [/\bj'ai (?:remarqué|vu|l'impression) que tu\b[^.!?\n]{0,60}\b(?:silencieu\w*|stressée?|fatiguée?|absente?|en retrait|tendue?|triste|débordée?)\b|\btout va bien de ton côté\b/, 'a concern about a person'],
      [/\b(?:excuses?|m'excuser|excuse-moi|pardon)\b[^.!?\n]{0,60}\b(?:réaction|ton|comportement|propos|injuste|cassante?|emportée?)\b|\bj'ai été (?:injuste|cassante?|dure?|désagréable|blessante?|sec|sèche) (?:avec|envers)\b|\bce n'était pas (?:correct|juste|sympa|respectueux)\b/, 'an apology or hurt feelings'],
      [/\b(?:bulletin de paie|fiche de paie|salaire)\b[^.!?\n]{0,60}\b(?:n'apparai|manque|manquent|erreur)/, 'a pay problem that weighs on you'],
      [/\bje me suis emporté(?:e)?\b|\bpas correct envers (?:toi|vous)\b|\bje m'inquiète (?:un peu |beaucoup )?pour\b|\ben privé\b|\bremarques? (?:sur|à propos de) mon (?:âge|accent|physique)\b|\bdésolée? pour (?:hier|la réunion)\b/, 'a personal matter'],
      [/\b(?:vexé|vexée|blessé|blessée|en colère|furieux|furieuse|fâché|fâchée|énervé contre|pleure|pleuré|en larmes|effondré|effondrée|humilié|humiliée|je me sens (?:mal|ignoré|ignorée|exclu|exclue|rabaissé|rabaissée)|à bout|épuisée?|au bout du rouleau|lésée?|désavantagée?|je ne vais pas bien)\b|\bje me sens\b[^.!?\n]{0,30}\b(?:mise? à l'écart|mises? à l'écart|exclue?s?|ignorée?s?|rabaissée?s?|humiliée?s?|pas (?:écoutée?|respectée?|soutenue?))\b|\bça m'(?:agace|énerve|a blessée?|a vexée?)\b|\b(?:je trouve|c'est|c'était) (?:ça |cela |qu'il est |vraiment |très )?(?:injuste|irrespectueux|blessant|humiliant)\b/, 'someone is upset'],
      [/\b(?:dispute|conflit avec|conflit entre|tension avec|tensions entre|m'a crié dessus|a crié sur|manque de respect|irrespectueu\w*|toxique|se moque|me pèse|jamais reconnu|dénigre\w*|rabaisse\w*|méprisant\w*|je ne sais plus comment|me coupe (?:\S+ )?la parole|dans mon dos|s'est accaparé|m'ignore|nous ignore)\b/, 'a conflict between people'],
      [/\b(?:harcèlement|harcèle|harceler|discrimin\w*|racis\w*|sexis\w*|propos déplacés|comportement déplacé|remarques déplacées)\b/, 'a conduct complaint'],
      [/\b(?:plainte (?:contre|au sujet)|les rh|aux rh|ressources humaines)\b/, 'a complaint about a colleague'],
      [/\b(?:problème de performance|insuffisance professionnelle|licenci\w+|avertissement|mise à pied|sanction disciplinaire|ne fait pas son travail)\b/, 'a performance concern about a person'],
      [/\b(?:enceinte|grossesse|congé (?:maternité|paternité|maladie)|arrêt maladie|malade|maladie|examen médical|rendez-vous médical|médecin|décès|décédé|décédée|est mort|est morte|enterrement|obsèques|deuil|cancer|diagnostic|opération|opéré|opérée|hôpital|hospitalisé|hospitalisée|santé mentale|dépression|burn-out|burnout|anxiété|thérapie|divorce|séparation|raisons personnelles|rééducation|confidentialité|raisons familiales|problème personnel|urgence familiale)\b/, 'a personal or health matter'],
      [/\b(?:démission|démissionner|je quitte l'entreprise|augmentation de salaire|plan social)\b/, 'a personal career matter'],
      [/\b(?:sujet délicat|situation délicate|sujet sensible|affaire délicate)\b/, 'a conflict between people'],
    ],
    sensitiveNegated: /\b(?:pas|aucun|aucune)[ ](?:\w+ )?$/,
  },
  deadline: {
    dueNotDeadline: NEVER,
    pastDue: NEVER,
    byAuthor: NEVER,
    eventFirst: /^avant\b/,
    eventDeadline: /^avant (?:que|qu'|la|le|notre)\b/,
    morning: /\b(?:matin|matinée)\b/,
    notEndOfDay: /\b(?:après-midi|soir|soirée|midi|minuit)\b/,
    prepare: preparer({
      hourMark: HOUR_MARK,
      endOfDay: /\b(?:la )?fin (?:de (?:la )?journée|de la journée|d'après-midi)|\bce soir\b/g,
      endOfNextWeek: /\b(?:la )?fin de la semaine prochaine\b/g,
      endOfWeek: /\b(?:la )?fin (?:de (?:la |cette )?semaine)\b/g,
      endOfMonth: /\b(?:la )?fin (?:du|de ce) mois\b/g,
      endOfYear: /\b(?:la )?fin (?:de l'année|d'année)\b/g,
      dayOfMonth: /\b(?:le )(\d{1,2})\b(?![/:h.]| ?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|h\b|heures?|min))/g,
    }),
    parse: (text, now) =>
      casual.parse(
        text.replace(/\bmidi\b/g, '12:00').replace(/\bfin (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b/g, (_m, month: string) => `${month === 'février' ? 28 : 30} ${month}`),
        now,
        { forwardDate: true },
      ),
    trigger: /\b(?:avant|d'ici|au plus tard|pour (?:le|la|demain|ce|cet|cette|lundi|mardi|mercredi|jeudi|vendredi)|sous|dans les|jusqu'à|jusqu'au|deadline|échéance|date limite)\b/g,
    requestOnly: new Set(['sous', 'dans les', "jusqu'à", "jusqu'au"]),
    backReference: /^(?:avant (?:ça|cela|le début))\b|^avant ?$/,
    later: /\b(?:demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|prochaine?|semaine|mois)/,
    soon: /\b(?:aujourd'hui|ce (?:matin|soir)|cet après-midi|minutes?|min|heures?|l'heure)\b/,
    requestTime: /\b(?:aujourd'hui|ce matin|cet après-midi|ce soir|à \d{1,2}h(?:\d{2})?|à \d{1,2}:\d{2})\b/,
    amount: NEVER,
    requirement: /\b(?:à moins que|sauf si|doit|doivent|faut|il faut|obligatoire|échéance|date limite|sinon)\b/,
    ownPromise: /^(?:je|j'|on|nous) ?(?:suis|serai|serons|vais|allons|enverrai|t'envoie|vous envoie|reviens|reviendrai|m'absente|m'en occupe|ferai)\b/,
    businessDays: /^(?:sous|dans les|d'ici) (\d{1,2}|un|deux|trois|quatre|cinq|dix) jours? (?:ouvrés|ouvrables)\b/,
    numberWords: { un: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, dix: 10 },
    dateHint:
      /\d|\b(?:aujourd'hui|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|midi|minuit|matin|soir|après-midi|semaine|mois|année|heure|heures|minutes?|jour|jours|fin|prochaine?|une)/,
  },
  decision: {
    convergent: /\b(?:décider|décision|valider|validation|approuver|trancher|go ou no-go|oui ou non|voter|vote)\b/,
    divergent: /\b(?:idées?|suggestions?|qu'en penses-tu|qu'en pensez-vous|ton avis|votre avis|des avis|avis sur|des arguments|alternatives|pour et contre|brainstorm\w*)\b/,
  },
});
