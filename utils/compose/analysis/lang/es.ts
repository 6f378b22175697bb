/**
 * Spanish for the message analyser (Spain and Latin America): greetings ("hola", "buenas",
 * "oye"), availability probes ("¿tienes un momento?", "¿me llamas?"), requests ("¿me mandas…?",
 * "por favor"), urgency ("la web está caída", "cuanto antes"), sensitivity and deadlines
 * ("antes del viernes", "a fin de mes", dates day first: 3/12 is 3 December).
 */
import { casual } from 'chrono-node/es';
import { interjections, NEVER, noTopicShapes, preparer, withLetterBoundaries, wordsAndShapes, workdayClock, HOUR_MARK, calm, stuckSince } from './intl';
import type { LanguagePack } from './types';

const words = (s: string) => new Set(s.split(' '));
/** Function words: they say nothing about the topic. */
const STOP =
      'el la los las lo un una unos unas y e o u pero de del al a en con por para sin sobre que qué es son está están estás estoy estamos era fue ser estar hay ha he has han hemos ' +
        'yo tú tu te me mi mis nos se su sus le les usted ustedes vosotros os nosotros este esta esto estos estas ese esa eso esos esas aquí ahí allí ' +
        'cómo como dónde donde cuándo cuando quién quien cuál cual porque muy más mas ya también sí si no ni ok vale gracias hola buenas oye favor ' +
        'puedes puede podrías podemos tienes tengo necesito algo alguien nada todo todos hoy mañana ahora luego lunes martes miércoles jueves viernes ' +
        'semana pregunta momento minuto rápida rápido duda cosa link code email @someone @group porfa plis';
/** Words an availability probe is made of, besides the function words (STOP) and the shapes below. */
const PROBE = 'tema pa envío envio invitación invitacion';
/** The closed classes a ping is made of, by word shape: calling and talking verbs, having and being, availability, time. */
const SHAPES = noTopicShapes(
      '(?:re)?ll[aá]m\\w*|habl\\w*|charl\\w*|convers\\w*|comunic\\w*|conect\\w*|at(?:iend|end)\\w*|contact\\w*|escrib\\w*|coment\\w*|marc(?:[oa]s?|ame|ar(?:me|te)?|amos|ás|áis)|' +
        'v(?:er(?:te|me|nos)?|e?amos|es|eas?)|reun(?:ir\\w*|imos)|pill\\w*|rob(?:ar(?:te)?|o|as)|regal\\w*|d(?:as|ar|ame|arme|ás|es|é|ar[ií]as|ime|inos)|dej\\w*|' +
        'pas(?:ar(?:te)?|as|o|amos|ás|es?)|ech(?:a|as|ar|ame|arme|arías|ás)|ven(?:ir|go|ís|gas?)?|vien\\w*|acerc\\w*|av[ií]s\\w*|solicit\\w*|qued\\w*|esper\\w*|' +
        'agradec\\w*|gust\\w*|encant\\w*|agend\\w*|cuadr\\w*|encaj\\w*|sab(?:er|es|és|e)|quier\\w*|quer(?:és|emos|er|ía\\w*|rí\\w*)|necesit\\w*|interrump\\w*|' +
        'molest\\w*|perdon\\w*|disculp\\w*|hac(?:er|emos|es|és|e)|hago|ten(?:go|gas?|gáis|emos|éis|és|er|dr\\w+)|tien\\w*|tuvi\\w*|' +
        'est(?:á|ás|as|a|áis|amos|án|és|es|é|ar\\w*|oy|uv\\w+)|t(?:as|ás|oy|a)|and(?:as|a|áis|an|ás|amos)|sig(?:ue|ues|uen)|segu(?:ís|imos|ir)|pued\\w*|pod(?:emos|éis|és|er|r\\w+|ía\\w*)|' +
        'dispon\\w*|libres?|(?:ocup|conect)ad[oa]s?|ac[aá]|all[aá]|ahi|aqui|alli|oficina|mesa|sitio|ordenador|compu|m[oó]vil|celu(?:lar)?|' +
        'tel[eé]f[oó]n\\w*|(?:video)?llamada|videoconferencia|reuni[oó]n|despu[eé]s|antes|pronto|tarde|noche|manana|mediodía|comer|d[ií]as?|horas?|horita|horari\\w*|media|' +
        'r[aá]pid\\w*|breve|cort[oa]|urgen\\w*|importante|prisa|cuanto|posible|pr[oó]xim\\w*|siguiente|miercoles|mejor|bien|tal|toque|mano|cable|ayud\\w*|pregunt\\w*|dud\\w*|consult\\w*|' +
        'cinco|diez|dos|tres|quince|veinte|mí|ti|contigo|conmigo|vos|q|k|ke|xq|pq|porq|tb|tmb|x|d|wenas|ola|hola+|buen\\w*|xfa|pf|veas|leas|alg[uú]na?|todavía|a[uú]n|socorro|auxilio',
);

/** "a la una", "antes de las 2", "las 3:30" (not "las 2 semanas", "las 8 de la mañana"). */
const CLOCK = /\b(las?) (una|\d{1,2})(?::(\d\d))?(?![\d:]| ?h\b| (?:de la|horas?|d[ií]as|semanas|meses|minutos|personas)\b)/g;
const HOURS: Readonly<Record<string, number>> = { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 };
/** "antes de las dos", "a las cinco y media" at the end of a phrase (not "las dos versiones", "las tres semanas"). */
const CLOCK_WORDS = /\b(las) (dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)(?: y (media|cuarto))?(?=$|[ ]*[,.;!?)]| (?:de la tarde|de hoy|hoy|en punto)\b)/g;
/** A name a draft is addressed to ("Sara", "Sr. Ruiz", "Ana María"), as written. */
const NAME = String.raw`(?:(?:Sr|Sra|Srta|Dr|Dra|Don|Doña|Dña)\.? ?)?[A-ZÁÉÍÓÚÑ][\p{L}'-]+(?: [A-ZÁÉÍÓÚÑ][\p{L}'-]+)?`;
const PROBE_WORDS = wordsAndShapes(`${STOP} ${PROBE}`, SHAPES);
/** The incident is still going on ("todavía", "desde anoche"). */
const ONGOING = /\b(?:ahora mismo|todavía|aún|sigue|siguen|en este momento|desde (?:las|hace|esta|anoche|ayer|el))\b/;
const business = preparer({
  hourMark: HOUR_MARK,
  endOfDay: /\b(?:(?:el )?fin(?:al)? del día|(?:el )?fin(?:al)? de la jornada|última hora(?: de hoy)?|cierre del día)\b/g,
  endOfNextWeek: /\b(?:el )?fin(?:al)? de la (?:semana que viene|próxima semana)\b/g,
  endOfWeek: /\b(?:(?:el )?fin(?:al)? de (?:esta |la )?semana|esta semana)\b/g,
  endOfMonth: /\b(?:el |a )?(?:fin(?:al)?|finales) de(?:l)? mes\b/g,
  endOfYear: /\b(?:el |a )?(?:fin(?:al)?|finales) de(?:l)? año\b/g,
  dayOfMonth: /\b(?:el )?día (\d{1,2})\b(?! de)/g,
});

/** Something wrong since earlier today that still holds (lang/intl.ts `stuckSince`). */
const STUCK_SINCE = stuckSince(
  /\b(?:desde (?:(?:las?|hace) (?:\d{1,2}(?:[:.h]\d\d)?|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|media|un par de)(?: horas?)?|esta (?:mañana|tarde|noche)|anoche|primera hora|(?:el )?mediodía)|llev(?:o|as|a|amos|áis|an) (?:ya )?(?:más de )?(?:una|media|dos|tres|cuatro|cinco|\d{1,2}) horas?)/,
  /\b(?:no|ningún|ninguna|nadie|nada|sin|parad[oa]s?|esperando|atascad[oa]s?|bloquead[oa]s?|cola)\b/,
  /\b(?:ningún cliente|(?:los )?clientes no|compradores|ventas?|compras?|comprar|pagar|pagos?|cobr\w+|tarjetas?|cajas? registradoras?|ninguna (?:tienda|sucursal))\b/,
);

export const es: LanguagePack = withLetterBoundaries<LanguagePack>({
  code: 'es',
  envelope: {
    quoteHeader: { word: 'escribió:', start: /^[ \t]*El\b/ },
    quoteMarkers: [/^[ \t]*-{2,}[ \t]*Mensaje original[ \t]*-{2,}/im, /^[ \t]*De:[^\n]{0,300}\n[ \t]*(?:Enviado|Fecha):/m, /^[ \t]*_{10,}[ \t]*$/m],
    signatureMarkers: [/^--[ \t]*$/m, /^[ \t]*Enviado desde mi \S+/im, /^[ \t]*Sent from my \S+/im],
    signOff:
      /^[ \t]*(?:gracias|muchas gracias|mil gracias|gracias de antemano|un saludo|saludos|saludos cordiales|un cordial saludo|un abrazo|abrazos|atentamente|cordialmente|besos|hasta luego|quedo a la espera|quedo atent[oa])[ \t]*[,.!]*(?:[ \t]+[A-ZÁÉÍÓÚÑ][\p{L}'-]*){0,2}[ \t]*$/iu,
    disclaimer: /\b(?:confidencial|aviso legal|destinatario|recibido (?:este|el) (?:mensaje|correo) por error|darse de baja)\b/i,
  },
  ping: {
    noTopic: PROBE_WORDS,
    interjection: interjections('buenas|holi+|oye+|uf+'),
    noTopicWord: SHAPES,
    summon: /\b(?:(?:ll[aá]mame|ll[aá]meme|me llamas) (?:ya|rápido|urgente|en cuanto puedas)|^¡?(?:ll[aá]mame|ll[aá]meme)\b(?! cuando)|(?:necesito|necesitamos) que me llames|te necesito|socorro|auxilio|necesito (?:tu ayuda|ayuda)|coge el (?:teléfono|móvil))\b/,
  },
  clauses: {
    stop: words(STOP),
    probeVocab: PROBE_WORDS,
    probeCore: /\b(?:moment\w*|minut\w*|min|segund\w*|ra(?:to|tito)|hue(?:c|qu)\w*|por ahí|ahi|ahí|disponible|libre|ll[aá]m\w*|habl\w*|charl\w*|convers\w*|tel[eé]f[oó]n\w*|videollamada|llamada|coment\w*)\b/,
    greeting: /^¡?(?:hola+|holi+s?|ey+|eh+|ps+t|epa|wenas|buena+s+(?: tarde+s+| noche+s+)?|bueno+s+ d[ií]a+s+|buen d[ií]a+|oye|oiga|hey+|hi|hello|estimad[oa]s?|querid[oa]s?)\b[ ,!.:;¡-]*/i,
    nameAfterGreeting:
      /^(?:(?:a todos|a todas|todos|todas|equipo|chicos|chicas|gente|compañeros|de nuevo)\b|@\S+|(?:(?:Sr|Sra|Srta|Dr|Dra|Don|Doña|D|Dña)\.? ?)?[A-ZÁÉÍÓÚÑ][\p{L}'-]*(?: [A-ZÁÉÍÓÚÑ][\p{L}'-]*){0,2}(?=[ ]*(?:[,!.:;\n-]|$))|[A-ZÁÉÍÓÚÑ][\p{L}'-]*(?= [a-záéíóúñ¿]))[ ,!.:;-]*/u,
    vocative: new RegExp(`^${NAME}`, 'u'),
    vocativeTail: new RegExp(`,[ ]*${NAME}(?=[ ]*[?!.]*$)`, 'u'),
    leadMarkers: [
      [/^@\S+[ ,:;-]*/, 'mention'],
      [/^¿?(?:una |tengo una |te hago una |una pequeña )?(?:pregunta|preguntita|preguntilla|duda|dudita|consulta|consultita)(?: rápida| corta| breve| rapidita| tonta)?\b[ ,:;.!-]*(?:para ti\b)?[ ,:;.!?-]*/, 'quick-question'],
      [/^¿?(?:te )?puedo (?:hacerte|preguntarte) (?:una )?(?:pregunta|duda|algo)\b[ ,:;.!?-]*/, 'quick-question'],
      [/^¡?(?:urgente|importante|emergencia|asap)\b[ ,:;.!-]*/, 'urgency-only'],
      [/^(?:es|esto es) (?:muy )?(?:urgente|importante)\b[ ,:;.!-]*/, 'urgency-only'],
      [/^ping\b[ ,:;.!?-]*/, 'ping-word'],
      [
        /^(?:fyi|para (?:que lo sepáis|que lo sepas|vuestra información|tu información|tu info)|para info|os cuento|te cuento|un aviso|aviso|sin prisa|sin agobios|no corre prisa|no hay prisa|no es urgente|no urge|nada urgente|cuando puedas|cuando tengas un (?:rato|ratito|momento|hueco)|y|pero|bueno|pues|entonces|oye|también|además|por cierto)\b[ ,:;.!-]*/,
        null,
      ],
      [/^(?:actualización|recordatorio|asunto|re|rv|fwd)(?:[ ]*[:!-]+[ ]*|$)/, null],
      [/^(?:ok|vale|perfecto|genial|claro|sí|de acuerdo|entendido)\b[ ,!.]+(?=\S)/, null],
      [/^(?:solo|sólo) (?:quería |para )?(?:avisarte|avisaros|comentarte|contarte|decirte|informarte|informaros)\b(?: que| de que)?[ ,:;.!-]*/, null],
    ],
    pleasantry:
      /^¿?(?:(?:gracias|muchas gracias|mil gracias)(?! por(?: \S+){3})|te lo agradezco|espero que|qué tal|que tal|cómo estás|como estas|cómo va|cómo vas|todo bien|buen (?:fin de semana|día)|feliz|perdona (?:la molestia|que te moleste|que te escriba)|disculpa la molestia|un saludo|saludos|un abrazo|hasta luego|nos vemos|bienvenid[oa]s?|enhorabuena|felicidades)\b/,
    greetingLike: /^¿?(?:espero que|qué tal|que tal|cómo estás|como estas|cómo va|cómo vas|todo bien|buen día|feliz|perdona (?:la molestia|que te moleste|que te escriba)|disculpa la molestia)/,
    ackWords: words('ok vale sí si no claro genial perfecto gracias muchas mil de acuerdo entendido hecho listo guay bien jaja jajaja perdón ups adiós hasta luego'),
    topicAfterQuickQuestion: /^¿?(?:sobre|acerca de|respecto a|del|de la|de los)\b/,
    pingWord: /^¿?(?:ping|hola+|estás|hay alguien|alguien)$/,
    topicOnly: /^¿?(?:es (?:sobre|acerca de|respecto a)|sobre|acerca de|respecto a|en cuanto a) [^,;]*$/,
    rhetorical: NEVER,
    isDue: NEVER,
    notDue: NEVER,
    pleasantryTurn: /\b(?:pero|porque)\b/,
    questionStart:
      /^(?:¿|qué|quién|quiénes|cuál|cuáles|cuándo|dónde|adónde|cómo|cuánto|cuántos|cuántas|por qué|hay alguien|alguien (?:sabe|tiene|puede)|sabes|sabéis|me preguntaba)/,
    requestStart:
      /^[¿¡]?(?:(?:[mst]e |nos |les? |l[oa]s? |me l[oa] |se lo )?(?:pued(?:es?|en)|pod(?:r[ií]a[sn]?|éis))\b|(?:me |nos )?(?:mand|pas|envi|enví|reenví|dic|confirm|ayud|ech|revis|mir|hac|prepar|llam)[ae]s\b|por favor|porfa|plis|xfa|(?:necesit\w*|quer[ií]a\w*|quisiera|(?:me |nos )gustar[ií]a|(?:te |os |les? )pido|(?:te |le |os |les )?(?:agradecer[ií]a\w*|rog(?:ar[ií]a|amos)))\b|ser[ií]a (?:genial|ideal|bueno|estupendo|perfecto|top) (?:si|que)\b|av[ií]same|avisadme|d[ií](?:me|gan?me)|decidme|no olvides|recuerda|acuérdate|hay que|tienes que|tenéis que|habría que|alguien (?:puede|podría)|quién (?:puede|podría))/,
    imperative:
      /^[¿¡]?(?:manda|mándame|mandame|envía|envíame|enviame|pasa|pásame|pasame|revisa|revisad|mira|echa|comprueba|confirma|llama|llámame|llamame|avisa|haz|prepara|sube|comparte|añade|quita|cambia|actualiza|valida|aprueba|firma|reserva|escribe|responde|contesta|ven|venid|baja|ayuda|ayúdame|cancela|reinicia|arregla|corrige|rellena|completa)\b/,
    statementAfterVerb: /^\S+ (?:\S+ )?(?:es|está|están|son|fue|ha|han|tiene)\b/,
    notARequest: /^(?:te |os )?(?:adjunto|envío adjunt|mando adjunt)|^(?:ten|tened|tenga) en cuenta\b|^(?:quería |quiero )?(?:pedirte|pedirle|pediros|pedir) (?:disculpas|perdón)\b|^no (?:hay|tenéis|tienes|hace falta|es necesario) (?:que )?hacer nada\b/,
    offer: /^(?:avísame|dime|me dices) si necesitas (?:algo|ayuda)|^(?:cualquier cosa|lo que necesites),? (?:me dices|avísame|aquí estoy)|^tómate (?:tu|el) tiempo/,
    requestAnywhere: /\b(?:por favor|porfa|xfa|avísame|me avisas|me dices|me llamas|me escribes|me dices si|dime si|necesito que|te pido que|(?:me |nos )?(?:puedes|podrías|podrias|podéis)|alguien (?:puede|podría)|quién puede)\b/,
    demand: /\b(?:a menos que|salvo que|tiene que estar|tienen que estar|(?<!no )hay que)\b/,
    reason:
      /\b(?:porque|ya que|para que|para poder|para cerrar|para (?:el|la|mi|su|tu) (?:reunión|presentación|cliente|informe)|así (?:podemos|puedo)|que si no|si no|de lo contrario|o (?:si no )?(?:perdemos|perderemos|nos quedamos sin|se cancela|no llegamos)|para (?!hablar|charlar|comentar|llamar|vernos|conversar)[a-záéíóú]+(?:ar|er|ir)(?:lo|la|los|las|le|les|me|nos)?|lo necesita|lo necesito|los necesita|la necesita|debido a|puesto que)\b/,
    abbrev: /\b(?:sr|sra|srta|dr|dra|dña|ud|uds|etc|pág|núm|tel|ene|feb|mar|abr|jun|jul|ago|sep|sept|oct|nov|dic)$/i,
    innerSplit:
      /:[ ]+(?=\S)|(?:[,;]| [-\u2013\u2014]+| \.\.\.?| y(?= (?:estoy|estamos|me siento|nos sentimos)\b))[ ]+(?=¿|¡|(?:el|la|los|las) \S+ (?:lo|la|los|las|le|les|me|nos|se) \S+|(?:puedes|podrías|podrias|me puedes|me pasas|me mandas|por favor|necesito|yo|nosotros|estoy|estamos|me siento|nos sentimos|se|no|pero|porque|así que|sin prisa|que si no|si no|lo|le|les|ya|hay)\b|\S+(?: \S+)? (?:es|está|están|son|fue|ha|han|tiene|tienen|dice|dicen|quiere|quieren|necesita|necesitan|sale|falla|va)\b)/gi,
    midRequest: / (?=¿)/g,
    midHint: / ¿/,
  },
  urgency: {
    critical: [
      [/\b(?:perdiendo|perdemos|estamos perdiendo) (?:ventas|dinero|pedidos|clientes)\b|\b(?:rechaza(?:ndo|n)?|rechazan) (?:las |todas las )?tarjetas\b/, 'money is being lost right now'],
      [/\b(?:claves?|contraseñas?|tokens?|credenciales|secretos?)\b[^.!?\n]{0,80}\b(?:repositorio|repo|canal|sitio|enlace) (?:público|publico|abierto)\b/, 'secrets are exposed'],
      [/\b(?:se (?:ha |han )?ca(?:ído|ido|yó|yeron)|(?:está|esta|están|estan) (?:caíd[oa]s?|down|offline|fuera de servicio|sin servicio|fuera de línea)|fuera de servicio|no funciona nada|nada funciona|caída (?:total|del servicio|de la web|del sistema|general))\b|\bno (?:funciona|responde|arranca|enfría|carga|cobra|va)\b[^.!?\n]{0,30}\b(?:desde|en ning[uú]n[oa]?|para nadie)\b|\b(?:ha|han) dejado de funcionar\b/, 'a system is down'],
      [/\bno (?:cobra|cobran|acepta|aceptan|pasa|pasan) (?:con )?tarjetas?\b|\b(?:los |todos los |nuestros |muchos )?(?:clientes|usuarios|compradores)\b[^.!?\n]{0,30}\bno (?:pueden|consiguen|logran)\b|\bnadie (?:puede|consigue) (?:pagar|entrar|acceder|comprar|conectarse|trabajar|iniciar sesión|loguearse)\b|\bningún pedido\b|\bclientes se (?:van|marchan) sin\b|\b(?:pasando|entrando|saliendo) sin pagar\b|\b(?:los )?(?:pagos|pedidos|cobros) (?:fallan|están fallando|no entran|no se procesan)\b/, 'customers are blocked'],
      [/\b(?:hackead[oa]s?|hackeo|phishing|ransomware|malware|brecha de seguridad|fuga de datos|filtración de datos|datos filtrados|(?:cuenta|cuentas|credenciales|contraseñas?) (?:\w+ )?comprometid[oa]s?|intrusión|ataque ddos|acceso no autorizado)\b|\b(?:han robado|robad[oa]|robo de)\b[^.!?\n]{0,12}\b(?:portátil|ordenador|móvil|teléfono|credenciales|tarjetas?)\b|\bpor error\b[^.!?\n]{0,60}\b(?:nóminas?|datos personales|contraseñas|salarios)\b|\b(?:nóminas?|datos personales|contraseñas|salarios)\b[^.!?\n]{0,60}\bpor error\b/, 'a security incident'],
      [/\b(?:(?:(?:hemos|he|han|ha|se han|se ha) (?:borrado|perdido|eliminado)|acaban? de borrar)\b[^.!?\n]{0,40}\b(?:datos|base de datos|registros|tablas?|ficheros|archivos|pedidos|clientes|backups?|copias|buckets?)|pérdida de datos)\b/, 'data loss'],
      [/\b(?:accesibles?|abiert[oa]s?|expuest[oa]s?|públic[oa]s?) (?:sin (?:contraseña|clave|autenticación)|(?:a|desde|en) internet|a cualquiera)\b/, 'data is exposed'],
      [/\b(?:incendio|fuego|humo|en llamas|huele a (?:gas|quemado)|fuga de (?:gas|agua)|inundad[oa]s?|inundación|entrando agua|(?:se ha )?roto una tubería|desalojad[oa]s?|desalojar|evacu(?:ar|ad[oa]s?|ado)|bomberos|ambulancia|herid[oa]s?|inconsciente|no se mueve|se ha desmayado|atrapad[oa]s?|con (?:gente|pasajeros|viajeros|personas) dentro)\b/, 'an emergency on site'],
      [/\b(?:sev ?-?[01]|p0)\b/, 'a sev1/P0 incident'],
      [/\b(?:emergencia|urgencia médica)\b/, 'an emergency'],
      STUCK_SINCE.critical,
    ],
    criticalNegated: /\b(?:no|sin|nada|ningún|ninguna|evitar|prevenir|posible|posibles|si|cuando|en caso de|simulacro|protocolo|plan|formación|curso|prevención|planificad[oa]|programad[oa]|mantenimiento)\b[^.!?,;\n]{0,20}$/,
    conditional: /\b(?:si|cuando|en caso de)\b/,
    aboutIncidents: /^[^.!?\n]{0,12}\b(?:protocolo|procedimiento|simulacro|formación|plan|informe|post-?mortem|retro|revisión|plantilla|política)\b/,
    resolved: /\b(?:resuelto|solucionado|arreglado|ya funciona|vuelve a funcionar|restablecid[oa]|post-?mortem|informe (?:del|de la) incidencia|ayer|la semana pasada|anoche)\b/,
    ongoing: ONGOING,
    pastTime: /\b(?:ayer|anoche|la semana pasada|el mes pasado|el (?:lunes|martes|miércoles|jueves|viernes) pasado)\b/,
    stillHappening: ONGOING,
    mentionBefore: /\b(?:marcad[oa]s?|etiquetad[oa]s?|llamad[oa]s?|titulad[oa]s?|la palabra|el término)[ ]+["'«]?$|\b(?:mar(?:c|qu)|etiquet|clasific|pus|pon)\w*\b[^.!?\n]{0,25}\bcomo[ ]+["'«]?$|«[^»]*$/,
    mentionAfter: /^["'»]?[ ]*(?:etiqueta|opción|campo|estado|prioridad|botón|plantilla|columna|filtro)s?\b/,
    high: [
      [/\b(?:urgente|urgentemente|asap|cuanto antes|lo antes posible|a la mayor brevedad|lo más pronto posible|lo mas pronto posible|de inmediato|inmediatamente|ya mismo|ahora mismo|máxima prioridad|prioridad alta|es prioritario|en cuanto (?:puedas|pueda|podáis|veas|leas|te sea posible)|tan pronto como (?:puedas|veas)|(?:es )?para ya|es ya)\b/, 'asks for it urgently'],
      [/\b(?:bloquead[oa]s?|atascad[oa]s?|se ha atascado|me bloquea|nos bloquea|(?:estamos|están|está|estoy|llevamos|llevan|lleva|seguimos|siguen)\b[^.!?\n]{0,25}\bparad[oa]s?|no (?:puedo|podemos) (?:avanzar|seguir|trabajar|entrar|acceder|desplegar))\b/, 'someone is blocked'],
      [/\b(?:en|dentro de) (?:\d{1,2}|cinco|diez|quince|veinte|treinta) ?(?:min|mins|minutos)\b|\b(?:en|dentro de) (?:una|media) hora\b|\ben la próxima hora\b/, 'a meeting or deadline is minutes away'],
      [/\b(?:empieza|comienza|arranca|empezamos) (?:ya|ahora|enseguida|en nada)\b|\ba punto de (?:empezar|comenzar)\b/, 'a meeting is starting soon'],
      [/\b(?:está|están|estamos|estoy|lleva|llevan)\b[^.!?\n]{0,25}\besperando\b|\b(?:llevan?|llevamos|están|estamos|está|estoy)\b[^.!?\n]{0,30}\bsin poder\b/, 'someone is waiting now'],
      [/\b(?:puedes|podéis|puede|pueden|necesito|necesitamos|ven|venid|llámame|llama)\b[^.!?\n]{0,30}\bahora\b/, 'needed right now'],
    ],
    highIncident: [[/\b(?:sev ?-?2|p1)\b/, 'a sev2/P1 incident'], STUCK_SINCE.high],
    highNegated: /\b(?:no|nada|sin|nunca)[ -](?:\w+ )?$/,
    lowExplicit: calm(
      /\b(?:sin prisa|no corre prisa|no hay prisa|ninguna prisa|no es urgente|nada urgente|sin urgencia|no urge|sin agobios|nada que hacer|(?:cuando puedas|cuando tengas (?:un )?(?:rato|ratito|momento|hueco|huequito|tiempo)|cuando te venga bien)(?![^.!?\n]{0,30}\bes (?:muy )?urgente)|a tu ritmo|no hace falta (?:que )?(?:contestes|respondas|contestar|responder)|no (?:tenéis|tienes|hay) que hacer nada|no (?:hace falta|es necesario) hacer nada|no requiere (?:ninguna )?acción|baja prioridad)\b/,
      'no|nada|sin|ningún|ninguna|cero', 'urgente|urge|urgencia|prisa|apuro|agobios?|estr[eé]s', 'no (?:hace falta|es necesario|hay que|tienes que|tenéis que|tienen que|necesitas|necesitáis)|nadie tiene que|nada que|sin necesidad de', '(?:hacer|hagáis|hagan|hagas) nada|contest\\w*|respond\\w*',
    ),
    lowFyi: /\b(?:fyi|para que lo sepáis|para que lo sepas|para vuestra información|para tu información|para tu info|a título informativo|os informo|te informo|para conocimiento)\b/,
  },
  sensitivity: {
    sensitive: [
      [/\b(?:mi|la mía) (?:nómina|nomina)\b[^.!?\n]{0,60}\b(?:no aparece|no aparecen|falta|faltan|mal)\b|\bno (?:me (?:han )?pag\w*|he cobrado)\b|\bme est[aá] (?:generando|causando|afectando)\b/, 'a pay problem that weighs on you'],
      [/\b(?:siento|perdón por|perdona por|disculpa por) (?:lo de )?(?:ayer|la reunión|mi comentario)\b|\b(?:culpa mía|error mío|me equivoqué|siento mucho)\b|(?:^|[.!?,] )(?:perdona|perdón|disculpa|lo siento)\b[^.!?\n]{0,60}\b(?:mandé|envié|puse|subí|borré|olvidé|cogí|me confundí)\b|\bped\w* (?:disculpas|perdón)\b|\bme pasé\b|\bmi (?:evaluación|revisión) de (?:desempeño|rendimiento)\b|\bno (?:estuvo|fue) (?:bien|justo)\b|\bme preocupa (?:un poco )?[A-Za-z]|\ben privado\b|\bcomentarios? (?:sobre|de) mi (?:edad|acento|aspecto)\b/, 'a personal matter'],
      [/\b(?:(?:disgust|desbord|sobrepas|agot|quem|revent)ad(?:[oa]|ísim[oa])s?|al límite|no puedo más|(?:molest|enfadad|cabread|mosquead)[oa]s? con\w*|enfadad[oa]|cabread[oa]|dolid[oa]|llorando|lloró|muy afectad[oa]|agobiad[oa]|humillad[oa]|ofendid[oa]|me siento (?:mal|fatal|ignorad[oa]|excluid[oa]|menospreciad[oa])|preocupad[oa] (?:por|con))\b/, 'someone is upset'],
      [/\b(?:(?:me|te|le|les|nos) (?:grit|insult|humill|ningune)\w*|grit\w* a (?:los|las|sus|un|una)\b|malos modos|trat\w* mal|falt\w* (?:de|al) respeto|c[oó]mo te hablé|lo pagué contigo|no fue justo|conflicto con|discusión con|tensión con|mal rollo|(?:me|nos) (?:ignora|ningunea)|tóxic[oa]|pasivo-agresiv[oa]|se llevó el mérito|a mis espaldas)\b/, 'a conflict between people'],
      [/\b(?:acos\w*|discrimina\w*|racis\w*|machis\w*|comentarios? (?:inapropiados?|(?:\w+ )?(?:sobre|de) (?:su|sus|mi|tu) (?:acento|físico|aspecto|cuerpo|edad|peso|ropa)))\b/, 'a conduct complaint'],
      [/\b(?:queja (?:formal )?(?:sobre|contra)|recursos humanos|rrhh|rr\. ?hh)\b/, 'a complaint about a colleague'],
      [/\b(?:bajo rendimiento|no está rindiendo|(?:entrega|entregando|llega|llegando) tarde|no rinde|desp(?:id|edir)\w*|amonestación|advertencia formal|expediente disciplinario)\b/, 'a performance concern about a person'],
      [/\b(?:embaraz\w*|baja (?:médica|por \w+)|est\w* de baja|me operan|(?:cita|consulta|revisión) médica|(?:ma|pa)ternidad|divorcio|falleci\w+|murió|ha muerto|funeral|entierro|tanatorio|luto|duelo|cáncer|diagn[oó]stic\w*|cirugía|hospitaliz\w*|(?:en el|al|del) hospital (?:con|por|desde)|en urgencias|ingresad[oa]|enferm\w*|salud mental|ansiedad|depresión|terapia|psicólog[oa]|burnout|(?:tema|asunto|motivos?|algo) personal(?:es)?|(?:problema|emergencia) familiar)\b/, 'a personal or health matter'],
      [/\b(?:dimit\w+|dimisión|renunciar|me voy de la empresa|despidos|recorte de sueldo|subida de sueldo|aumento de sueldo)\b/, 'a personal career matter'],
      [/\b(?:situación delicada|tema delicado|asunto delicado|algo delicado|tema sensible)\b/, 'a conflict between people'],
    ],
    sensitiveNegated: /\b(?:no|nada)[ ](?:\w+ )?$/,
  },
  deadline: {
    dueNotDeadline: NEVER,
    pastDue: NEVER,
    byAuthor: NEVER,
    eventFirst: /^(?:antes|para)\b/,
    eventDeadline: /^antes de (?:que|la|el|nuestra|nuestro)\b/,
    morning: /\b(?:por la mañana|primera hora)\b/,
    notEndOfDay: /\b(?:tarde|noche|mediodía|medianoche)\b/,
    prepare: (snippet, now) =>
      business(snippet, now)
        .replace(CLOCK, (m, article: string, hour: string, minutes = '0') =>
          hour === 'una' || Number(hour) <= 12 ? `${article} ${workdayClock(hour === 'una' ? 1 : Number(hour), Number(minutes))}` : m,
        )
        .replace(CLOCK_WORDS, (_m, article: string, hour: string, part?: string) => `${article} ${workdayClock(HOURS[hour] ?? 0, part === 'media' ? 30 : part ? 15 : 0)}`),
    parse: (text, now) => casual.parse(text, now, { forwardDate: true }),
    trigger: /\b(?:antes de(?:l)?|antes(?= ?[?!.]|$)|para (?:el|la|las|mañana|hoy|esta|este)|hasta (?:el|la|las|mañana|hoy)|a más tardar|como (?:muy )?tarde|no más tarde de|dentro de|en (?:los|las) próxim[oa]s|plazo|fecha límite)\b/g,
    requestOnly: new Set(['dentro de', 'en los próximos', 'en las próximas']),
    backReference: /^(?:antes de (?:eso|entonces|que empiece)\b|antes$)/,
    later: /\b(?:mañana|lunes|martes|miércoles|jueves|viernes|sábado|domingo|próxim|semana|mes)/,
    soon: /\b(?:hoy|esta (?:mañana|tarde|noche)|minutos?|min|mins|horas?|la hora|mediodía)\b/,
    requestTime: /\b(?:hoy|mañana|esta (?:tarde|mañana|semana)|a las \d{1,2}(?::\d{2})?)\b/,
    amount: NEVER,
    requirement: /\b(?:a menos que|tiene que|tienen que|hay que|debe|deben|es necesario|obligatorio|plazo|fecha límite|sino|si no)\b/,
    ownPromise: /^(?:te |os |se lo |te lo |os lo |yo )?(?:estoy|estaré|estamos|estaremos|mando|envío|enviaré|mandaré|paso|pasaré|tendré|haré|voy a|vamos a|intentaré)\b/,
    businessDays: /^(?:en|dentro de|en los próximos) (\d{1,2}|uno|dos|tres|cuatro|cinco|diez) días (?:hábiles|laborables)\b/,
    numberWords: { uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, diez: 10 },
    dateHint:
      /\d|\b(?:hoy|mañana|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|mediodía|medianoche|tarde|noche|semana|mes|año|hora|horas|minutos?|día|días|fin|final|finales|primera|próxim|una|media|las (?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce))/,
  },
  decision: {
    convergent: /\b(?:decidir|decisión|aprobar|aprobación|visto bueno|cuál elegimos|elegir entre|sí o no|votar|votación)\b/,
    divergent: /\b(?:ideas?|sugerencias|qué opinas|que opinas|qué te parece|que te parece|opiniones|tu opinión|qué ventaja|cómo lo harías|alternativas|pros y contras|lluvia de ideas)\b/,
  },
});
