/**
 * Portuguese for the message analyser (Brazil and Portugal): greetings ("oi", "olá", "bom dia",
 * "prezado"), availability probes ("tem um minutinho?", "me liga?"), requests ("consegue me
 * mandar…", "pode…", "por favor"), urgency ("o checkout caiu", "o quanto antes"), sensitivity and
 * deadlines ("até sexta", "até o fim do dia", "até o dia 3/12": day first).
 */
import { casual } from 'chrono-node/pt';
import { clockIn, interjections, NEVER, noTopicShapes, preparer, withLetterBoundaries, wordsAndShapes, workdayClock, HOUR_MARK, calm, stuckSince } from './intl';
import type { LanguagePack } from './types';

const words = (s: string) => new Set(s.split(' '));
/** Function words: they say nothing about the topic. */
const STOP =
      'o a os as um uma uns umas e ou mas de do da dos das no na nos nas em com por para pra pro pela pelo sem sobre que é são está estão estou era foi ser estar tem têm tenho ' +
        'eu você voce vocês tu te me meu minha seu sua nós ele ela eles elas isso isto esse essa este esta aqui aí lá não nao sim também já muito mais como onde quando ' +
        'quem qual porque olá ola oi obrigado obrigada valeu favor pode podes consegue consegues podemos preciso hoje amanhã agora segunda terça quarta quinta ' +
        'sexta semana minuto minutinho dúvida rápida pergunta coisa algo alguém nada tudo link code email @someone @group se lhe';
/** Function words an availability probe is made of, besides the shapes below. */
const PROBE = 'tu um uma me te nos mais por sem mas para com é o a os as de do da em no na que eu se e ou não sua';
/** The closed classes a ping is made of, by word shape: calling and talking verbs, having and being, availability, time. */
const SHAPES = noTopicShapes(
      'lig\\w*|fal(?:a|ar|amos|armos|e|o|as|em|ando)|convers\\w*|pap(?:o|inho|ear)|cham\\w*|atend\\w*|conta[ck]t\\w*|escrev\\w*|marc(?:ar|amos|a|o|e)|' +
        'v(?:er|emos|ê|ir|em|enha)|reun(?:ir|imos)|d(?:á|a|ar|ê|aria|arias|ás)|pass(?:a|ar|o|e|as)|tir(?:ar|o|a)|sab(?:er|e)|fic(?:o|a)|aguard\\w*|gost\\w*|' +
        'agend\\w*|indi(?:c|qu)\\w*|di(?:z|ga|gam|zer)|quer(?:o|ia|es|er)|precis\\w*|bora|vamos|interromp\\w*|incomod\\w*|desculp\\w*|fa(?:zer|z|zemos)|' +
        'poss(?:o|a|as|amos)|pod\\w*|consegu\\w*|consig\\w*|te(?:m|ns|nho|mos|r|ria|rias|ríamos|riamos|rá|rás)|tiver|tá|ta|tás|tas|tô|to|tamo|tão|' +
        'est(?:á|ás|ou|amos|ão|aria|ariam|iver|ar|ive|eja|ejas)|há|aí|ai|aqui|lá|cá|livres?|dispon[ií]ve(?:l|is)|disponibilidade|ocupad[oa]s?|escrit[oó]rio|mesa|sala|' +
        'computador|pc|telefone|celular|telem[oó]vel|chamad\\w*|liga[cç](?:ão|ao|ões)|reuni(?:ão|ao|ões)|conversa|toque|pul(?:o|inho)|ajuda|hoje|amanh[ãa]|' +
        'depois|logo|agora|já|ja|cedo|tarde|noite|manh[ãa]|meio-dia|almo[cç]o|caf[eé]|semana|dias?|horas?|hor[aá]ri\\w*|pr[oó]xim\\w*|' +
        '(?:segunda|ter[cç]a|quarta|quinta|sexta)(?:-feira)?|s[aá]bado|domingo|melhor|bem|tudo|td|tb|tbm|blz|beleza|j[oó]ia|suave|tranquil\\w*|firmeza|certo|' +
        'r[aá]pid\\w*|breve|urgen\\w*|importante|pressa|poss[ií]vel|assim|quando|puder|der|ler|isso|isto|mim|ti|comigo|contigo|consigo|voc[eê]s?|vcs?|c[eê]|' +
        'gente|senhora?|q|pq|pra|pro|n[eé]|favor|pfv|pf|pergunt\\w*|d[uú]vid\\w*|questão|ol[aá]|bom|boa|dia|fala|online|uns|umas|saber|bater|daqui|pouco|tua|espero|cinco|dez|dois|tr[eê]s|quinze|vinte|meia|ainda|às|socorro|ser(?:á|ia)|ne(?:st|ss)[ae]s?|funciona|dia+|oi+',
);

/** A name a draft is addressed to ("Pedro", "Sr. Duarte", "Ana Paula"), as written. */
const NAME = String.raw`(?:(?:Sr|Sra|Srta|Dr|Dra|Dona|Seu)\.? ?)?[A-ZÁÂÃÉÊÍÓÔÕÚÇ][\p{L}'-]+(?: [A-ZÁÂÃÉÊÍÓÔÕÚÇ][\p{L}'-]+)?`;
const NUMBER_WORDS: Readonly<Record<string, number>> = { uma: 1, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, quinze: 15, vinte: 20, trinta: 30, meia: 30 };
/** "às 3", "até a uma", "as duas e meia" at the end of a phrase (not "as 2 propostas", "às 8 da manhã"). */
const CLOCK = /\b(às|as|a) (\d{1,2}|uma|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze)(?:(?::| e )(\d\d|meia|quinze))?(?=$|[ ]*[,.;!?)]| (?:da tarde|de hoje|hoje|amanhã|em ponto)\b)/g;
/** "em 10 minutos", "daqui a meia hora": chrono's Portuguese parser has no relative times. */
const RELATIVE = /\b(?:em|daqui a|dentro de) (?:(\d{1,3}|cinco|dez|quinze|vinte|trinta) ?(?:min|mins|minutos)|(uma|meia) hora)\b/g;
const business = preparer({
  hourMark: HOUR_MARK,
  endOfDay: /\b(?:o )?(?:fim|final) do (?:dia|expediente)\b/g,
  endOfNextWeek: /\b(?:o )?(?:fim|final) da (?:semana que vem|próxima semana)\b/g,
  endOfWeek: /\b(?:(?:o )?(?:fim|final) (?:da|desta) semana|(?:esta|nesta) semana)\b/g,
  endOfMonth: /\b(?:o )?(?:fim|final) do mês\b/g,
  endOfYear: /\b(?:o )?(?:fim|final) do ano\b/g,
  dayOfMonth: /\b(?:o )?dia (\d{1,2})\b(?![/.]| de)/g,
});
const count = (n: string): number => NUMBER_WORDS[n] ?? Number(n);

/** Something wrong since earlier today that still holds (lang/intl.ts `stuckSince`). */
const STUCK_SINCE = stuckSince(
  /\b(?:desde (?:(?:as|às|a) \d{1,2}(?:[:h]\d\d|h)?|(?:hoje )?(?:de |pela )?manhã|cedo|o meio-dia|a noite passada|ontem à noite)|(?:há|faz) (?:mais de )?(?:uma|meia|duas|três|quatro|cinco|\d{1,2}) horas?)\b/,
  /\b(?:não|nenhum\w*|ninguém|nada|sem|parad[oa]s?|à espera|esperando|aguardando|travad[oa]s?|bloquead[oa]s?|recusando|fila)\b/,
  /\b(?:nenhum cliente|(?:os )?clientes não|vendas?|compras?|comprar|pagamentos?|pagar|cobran\w+|transações|pix|cartões?|caixas?)\b/,
);

export const pt: LanguagePack = withLetterBoundaries<LanguagePack>({
  code: 'pt',
  envelope: {
    quoteHeader: { word: 'escreveu:', start: /^[ \t]*(?:Em|No dia)\b/ },
    quoteMarkers: [/^[ \t]*-{2,}[ \t]*Mensagem original[ \t]*-{2,}/im, /^[ \t]*De:[^\n]{0,300}\n[ \t]*(?:Enviad[ao]|Data):/m, /^[ \t]*_{10,}[ \t]*$/m],
    signatureMarkers: [/^--[ \t]*$/m, /^[ \t]*Enviado do meu \S+/im, /^[ \t]*Enviado de meu \S+/im, /^[ \t]*Sent from my \S+/im],
    signOff:
      /^[ \t]*(?:obrigad[oa]|muito obrigad[oa]|valeu|abraço|abraços|abs|um abraço|grande abraço|beijos|bjs|atenciosamente|att|cordialmente|saudações|cumprimentos|(?:com )?(?:os )?melhores cumprimentos|até mais|até logo)[ \t]*[,.!]*(?:[ \t]+[A-ZÁÂÃÉÊÍÓÔÕÚÇ][\p{L}'-]*){0,2}[ \t]*$/iu,
    disclaimer: /\b(?:confidencial|aviso legal|destinatário|recebeu esta mensagem por engano|descadastrar)\b/i,
  },
  ping: {
    noTopic: wordsAndShapes(`${STOP} ${PROBE}`, SHAPES),
    interjection: interjections('eai|salve'),
    noTopicWord: SHAPES,
    summon: /\b(?:me liga (?:já|rápido|logo)|liga-me (?:já|rápido|logo)|^(?:me liga|me ligue|liga-me|ligue-me)\b(?! quando)|preciso que (?:você )?me ligue|preciso de (?:você|ti)|socorro|preciso da (?:sua|tua) ajuda|atende o telefone)\b/,
  },
  clauses: {
    stop: words(STOP),
    probeVocab: wordsAndShapes(PROBE, SHAPES),
    probeCore: /\b(?:minut\w*|min|segund\w*|moment\w*|instante|temp(?:o|inho)|lig\w*|fal(?:a|ar|armos|amos)|convers\w*|pap(?:o|inho)|call|chamad\w*|aí|online|livre|dispon[ií]vel)\b/,
    greeting: /^(?:oi+|olá+|ola+|opa|ô|ei+|ps+iu|e aí|eai|bom dia+|boa tarde+|boa noite+|hey+|hi|hello|prezad[oa]s?|car[oa]s?|querid[oa]s?)\b[ ,!.:;-]*/i,
    nameAfterGreeting:
      /^(?:(?:a todos|a todas|todos|pessoal|galera|equipe|equipa|time|gente|de novo)\b|@\S+|(?:(?:Sr|Sra|Srta|Dr|Dra|Dona|Seu|D)\.? ?)?[A-ZÁÂÃÉÊÍÓÔÕÚÇ][\p{L}'-]*(?: [A-ZÁÂÃÉÊÍÓÔÕÚÇ][\p{L}'-]*){0,2}(?=[ ]*(?:[,!.:;\n-]|$))|[A-ZÁÂÃÉÊÍÓÔÕÚÇ][\p{L}'-]*(?= [a-záâãéêíóôõúç]))[ ,!.:;-]*/u,
    vocative: new RegExp(`^${NAME}`, 'u'),
    vocativeTail: new RegExp(`,[ ]*${NAME}(?=[ ]*[?!.]*$)`, 'u'),
    leadMarkers: [
      [/^@\S+[ ,:;-]*/, 'mention'],
      [/^(?:uma |tenho uma )?(?:dúvida|duvida|duvidazinha|dúvidazinha|pergunta|perguntinha|questão)(?: rápida| rapidinha| simples| boba)?\b[ ,:;.!-]*(?:pra você\b|para você\b)?[ ,:;.!?-]*/, 'quick-question'],
      [/^(?:posso (?:te )?fazer uma pergunta|posso te perguntar uma coisa)\b[ ,:;.!?-]*/, 'quick-question'],
      [/^(?:urgente|importante|emergência|asap)\b[ ,:;.!-]*/, 'urgency-only'],
      [/^(?:é) (?:muito )?(?:urgente|importante)\b[ ,:;.!-]*/, 'urgency-only'],
      [/^ping\b[ ,:;.!?-]*/, 'ping-word'],
      [
        /^(?:fyi|para conhecimento|pra conhecimento|para sua informação|só pra avisar|só para avisar|só avisando|sem pressa(?: nenhuma)?|sem urgência(?: nenhuma)?|não é urgente|não tem pressa|nada urgente|quando puder|quando der|e|mas|então|bom|enfim|ah|aliás|também)\b[ ,:;.!-]*/,
        null,
      ],
      [/^(?:atualização|lembrete|assunto|re|enc|fwd)(?:[ ]*[:!-]+[ ]*|$)/, null],
      [/^(?:ok|beleza|blz|certo|perfeito|ótimo|combinado|fechado|show)\b[ ,!.]+(?=\S)/, null],
      [/^(?:só )?(?:queria|quero) (?:te |lhe |vos )?(?:avisar|informar|dizer|comunicar)\b(?: que)?[ ,:;.!-]*/, null],
    ],
    pleasantry:
      /^(?:(?:obrigad[oa]|muito obrigad[oa]|valeu|agradeço)(?! (?:por|pela|pelo|pelas|pelos)(?: \S+){3})|espero que|tudo bem(?! se)|tudo bom|tudo certo|como (?:foi|está) (?:o|a|seu|sua) (?:fim de semana|fds|feriado|viagem|folga|férias)|como vai|como você está|como estás|bom fim de semana|boa semana|desculpa (?:o incômodo|incomodar)|desculpe (?:o incômodo|incomodar)|bem-vind[oa]s?|parabéns|até mais|até logo|abraço|abraços)\b/,
    greetingLike: /^(?:espero que|como (?:foi|está) (?:o|a|seu|sua) (?:fim de semana|fds|feriado|viagem|folga|férias)|tudo bem|tudo bom|tudo certo|como vai|como você está|como estás|desculpa (?:o incômodo|incomodar)|desculpe (?:o incômodo|incomodar))/,
    ackWords: words('ok sim não claro beleza blz certo perfeito ótimo combinado fechado show valeu obrigado obrigada entendi feito pronto kkk haha rs desculpa foi mal tchau até mais'),
    topicAfterQuickQuestion: /^(?:sobre|a respeito|quanto a|do|da)\b/,
    pingWord: /^(?:ping|oi+|tá aí|está aí|alguém aí|alguém)$/,
    topicOnly: /^(?:é sobre|é a respeito|sobre|a respeito de|quanto a) [^,;]*$/,
    rhetorical: NEVER,
    isDue: NEVER,
    notDue: NEVER,
    pleasantryTurn: /\b(?:mas|porque)\b/,
    questionStart: /^(?:quem|que|o que|qual|quais|quando|onde|como|quanto|quantos|quantas|por que|porque|alguém (?:sabe|tem|pode)|você sabe|sabe se|será que|tem como)\b/,
    requestStart:
      /^(?:(?:você |tu |vc |o senhor |a senhora )?(?:me |nos |lhe )?(?:pode|podes|poderia|poderias|consegue|consegues|conseguiria|dá pra|dá para)\b|(?:me |nos )(?:manda|mande|envia|envie|passa|passe|diz|diga|ajuda|liga|ligue|chama|chame|dá|da|dê)\b|fala comigo|por favor|pfv|pf|favor|(?:preciso|precisamos|precisaria|gostaria|gostaríamos|queria|queríamos|solicito|solicitamos|peço|pedimos|(?:lhe |te |vos )?agradeceria|(?:lhe |te |vos )?agradeceríamos|agradeço se)\b|(?:seria|será) (?:ótimo|bom|legal|perfeito|ideal) (?:se|que)\b|me avisa|me avise|me diz|me diga|não esquece|não esqueça|lembra de|lembre-se|alguém (?:pode|consegue|poderia)|quem (?:pode|consegue))/,
    imperative:
      /^(?:manda|mande|envia|envie|passa|passe|revisa|revise|olha|olhe|vê|veja|confere|confira|confirma|confirme|liga|ligue|prepara|prepare|sobe|suba|compartilha|compartilhe|adiciona|adicione|atualiza|atualize|valida|valide|aprova|aprove|assina|assine|reserva|escreve|escreva|responde|responda|vem|venha|corrige|corrija|preenche|preencha|faz|faça|segue|siga)\b/,
    statementAfterVerb: /^\S+ (?:\S+ )?(?:é|está|estão|são|foi|tem)\b/,
    notARequest: /^(?:segue(?:m)?(?:,)? (?:em )?anexo|segue(?:,)? para conhecimento|em anexo|(?:queria |quero )?(?:te |lhe )?pedir desculpas|peço desculpas|não precisa(?:m)? fazer nada)\b/,
    offer: /^(?:me avisa|qualquer coisa,? me avisa|se precisar de (?:algo|ajuda))|^fica à vontade/,
    requestAnywhere: /\b(?:por favor|pfv|me avisa|me diz|preciso que|você pode|você consegue|vc pode|vc consegue|pode me|consegue me|poderia me|alguém pode|alguém consegue|quem pode|quem consegue|solicitamos|solicito)\b/,
    demand: /\b(?:a menos que|senão|tem que estar|precisa estar|precisam estar)\b/,
    reason: /\b(?:porque|pois|para que|pra que|(?:preciso|precisamos|precisa)(?: \S+)? (?:para|pra) (?:a|o|as|os) |(?:para|pra) (?!falar|conversar|ligar|papear)[a-zçãé]+(?:ar|er|ir)(?:-(?:lo|la|los|las))?\b|ou (?:perdemos|vamos perder|a gente perde|perderemos)|senão|já que|uma vez que|visto que|precisa dela|precisa dele|precisa disso)\b/,
    abbrev: /\b(?:sr|sra|srta|dr|dra|etc|pág|nº|tel|av|jan|fev|mar|abr|jun|jul|ago|set|out|nov|dez)$/i,
    innerSplit:
      /:[ ]+(?=\S)|(?:[,;]| [-\u2013\u2014]+| \.\.\.?| e(?= (?:estou|estamos|me sinto|nos sentimos)\b))[ ]+(?=(?:você|vc|pode|consegue|sabe|sabes|saberia|me manda|por favor|preciso|eu|nós|a gente|estou|estamos|me sinto|nos sentimos|ele|ela|eles|elas|mas|porque|pois|senão|quem|alguém|qual|como|onde|quando)\b|\S+(?: \S+)? (?:é|está|estão|são|foi|tem|têm|quer|querem|precisa|precisam|caiu|fecha|sai|vai)\b)/gi,
    midRequest: NEVER,
    midHint: NEVER,
  },
  urgency: {
    critical: [
      [/\b(?:perdendo|perdemos|estamos perdendo) (?:vendas|dinheiro|pedidos|clientes)\b|\brecusa(?:ndo|m)? (?:o |os )?cart(?:ão|ões|ao|oes)\b/, 'money is being lost right now'],
      [/\b(?:chaves?|senhas?|tokens?|credenciais|segredos?)\b[^.!?\n]{0,80}\b(?:público|publico|pública|publica)\b/, 'secrets are exposed'],
      [/\b(?:caiu|caíram|fora do ar|está fora|está down|está offline|(?:está|tá|estão|tão) (?:down|offline|fora do ar|inacessível|indisponível)|(?:sistema|site|servidor|produção|linha|fábrica|app|aplicativo|loja)\b[^.!?\n]{0,20}(?:está|tá|estão|tão) parad[oa]s?|não (?:está )?(?:funciona|responde|carrega|liga|refrigera|gela|passa|abre)\w*\b[^.!?\n]{0,30}\b(?:desde|em nenhum[a]?|para ninguém)\b|nada funciona|parou (?:de funcionar|em tod[oa]s)|pane geral|queda (?:geral|total|do sistema|do site|do servidor))\b/, 'a system is down'],
      [/\bnão (?:passa|passam|aceita|aceitam) (?:o |os )?cart(?:ão|ões)\b|\b(?:os |todos os |nossos |muitos )?(?:clientes|usuários|compradores)\b[^.!?\n]{0,30}\bnão (?:conseguem|podem)\b|\bninguém consegue (?:pagar|comprar|entrar|acessar|logar|trabalhar)\b|\bnenhum pedido\b|\bninguém (?:está|tá) (?:pagando|conseguindo)\b|\bclientes (?:estão )?indo embora\b|\bnenhuma venda\b/, 'customers are blocked'],
      [/\b(?:hackead[oa]s?|invadid[oa]s?|invasão|phishing|ransomware|malware|vazou|vazaram|vazamento|vazad[oa]s?|incidente de segurança|dados expostos|comprometid[oa]s?|ataque hacker|ataque ddos|acesso não autorizado|ex-?funcionári[oa]s? (?:ainda )?(?:tem|têm|está com|continua com) acesso)\b|\b(?:roubad[oa]|furtad[oa]|roubaram|furtaram|roubo)\b[^.!?\n]{0,12}\b(?:notebook|laptop|computador|celular|telemóvel|credenciais)\b|\b(?:notebook|laptop|computador|celular|telemóvel)\b[^.!?\n]{0,40}\b(?:roubad[oa]|furtad[oa])\b|\bpor engano\b[^.!?\n]{0,60}\b(?:folha de pagamento|salários|dados pessoais|senhas)\b/, 'a security incident'],
      [/\b(?:(?:apagou|apagaram|apaguei|deletou|deletaram|deletei|perdemos|perdeu|acabou de (?:apagar|deletar|excluir)|acabaram de (?:apagar|deletar|excluir))\b[^.!?\n]{0,30}\b(?:dados|banco|tabelas?|arquivos|backups?|pedidos|base|buckets?|servidores|repositórios?)|perda de dados)\b/, 'data loss'],
      [/\b(?:acessíve(?:l|is)|abert[oa]s?|expost[oa]s?|públic[oa]s?) (?:sem (?:senha|autenticação)|(?:na|pela|para a) internet|para qualquer um)\b/, 'data is exposed'],
      [/\b(?:incêndio|incendio|fogo|fumaça|fumo|cheir(?:o|ando) a (?:gás|queimado)|(?:vazamento|fuga) de (?:gás|água)|alagad[oa]s?|alagamento|inundad[oa]s?|inundação|entrando água|estourou um cano|evacu(?:amos|ámos|ar|aram|ad[oa]s?)|tiramos todo mundo|bombeiros|ambulância|ferid[oa]s?|desmai\w*|desacordad[oa]|inconsciente|pres[oa]s? (?:no|na|em)|com (?:passageiros|pessoas|gente) dentro)\b/, 'an emergency on site'],
      [/\b(?:sev ?-?[01]|p0)\b/, 'a sev1/P0 incident'],
      [/\b(?:emergência|é uma emergência)\b/, 'an emergency'],
      STUCK_SINCE.critical,
    ],
    criticalNegated: /\b(?:não|nao|nenhum|nenhuma|sem|se|caso|quando|evitar|prevenir|possível|possíveis|planejad[oa]|programad[oa]|manutenção|simulação|simulado|treinamento|plano|protocolo|brigada|prevenção)\b[^.!?,;\n]{0,20}$/,
    conditional: /\b(?:se|caso|quando)\b/,
    aboutIncidents: /^[^.!?\n]{0,12}\b(?:processo|procedimento|treinamento|simulação|plano|relatório|pós-incidente|post-?mortem|retro|modelo|política)\b/,
    resolved: /\b(?:resolvido|resolvida|corrigido|normalizado|voltou a funcionar|voltou ao ar|relatório|pós-incidente|post-?mortem|ontem|semana passada)\b/,
    ongoing: /\b(?:agora|ainda|neste momento|desde (?:as|a|ontem|o|\d)|continua)\b/,
    pastTime: /\b(?:ontem|semana passada|mês passado|ontem à noite|anteontem)\b/,
    stillHappening: /\b(?:agora|ainda|neste momento|desde (?:as|a|ontem|o|\d)|continua)\b/,
    mentionBefore: /\b(?:marcad[oa]s? como|etiquetad[oa]s?|chamad[oa]s?|intitulad[oa]s?|a palavra|o termo)[ ]+["'«“]?$|\b(?:mar(?:c|qu)|etiquet|classific|coloc|p[ôou]s)\w*\b[^.!?\n]{0,25}\bcomo[ ]+["'«“]?$|[«“][^»”]*$/,
    mentionAfter: /^["'»”]?[ ]*(?:etiqueta|opção|campo|status|prioridade|botão|modelo|coluna|filtro)s?\b/,
    high: [
      [/\b(?:urgente|urgência|com urgência|asap|o quanto antes|com a maior brevidade|o mais rápido possível|o mais breve possível|assim que possível|imediatamente|agora mesmo|já já|prioridade máxima|prioridade alta|assim que (?:puder|possível|possivel|vir|ler|der)|logo que puder|é (?:pra|para) já|pra ontem)\b/, 'asks for it urgently'],
      [/\b(?:bloquead[oa]s?|travad[oa]s?|travou|emperr\w*|parad[oa]s? esperando|(?:está|estão|estamos|estou|tá)\b[^.!?\n]{0,30}\bsem (?:conseguir|poder)\b|(?:está|estão|estamos|estou|tá|tão|ficamos|continua|continuamos)\b[^.!?\n]{0,25}\bparad[oa]s?|não consigo (?:avançar|trabalhar|acessar|entrar|subir))\b/, 'someone is blocked'],
      [/\b(?:em|daqui a|dentro de) (?:\d{1,2}|cinco|dez|quinze|vinte|trinta) ?(?:min|mins|minutos)\b|\b(?:em|daqui a|dentro de) (?:uma|meia) hora\b|\bna próxima hora\b/, 'a meeting or deadline is minutes away'],
      [/\b(?:começa|começando|vai começar) (?:já|agora|daqui a pouco)\b/, 'a meeting is starting soon'],
      [/\b(?:está|estão|tá|tão)\b[^.!?\n]{0,25}\b(?:esperando|aguardando)\b|\b(?:esperando|aguardando) (?:há|desde|lá fora|na (?:recepção|sala|porta))\b/, 'someone is waiting now'],
      [/\b(?:agora)\b(?<=\b(?:precisamos|preciso|pode|podem|vem|venha|liga|ligue)\b[^.!?\n]{0,40})/, 'needed right now'],
    ],
    highIncident: [[/\b(?:sev ?-?2|p1)\b/, 'a sev2/P1 incident'], STUCK_SINCE.high],
    highNegated: /\b(?:não|nao|nada|sem|nunca)[ -](?:\w+ )?$/,
    lowExplicit: calm(
      /\b(?:sem pressa|sem urgência|nada urgente|não é urgente|não tem pressa|(?:quando puder|quando der|quando tiver (?:um )?(?:tempo|tempinho|um minuto)|no seu tempo)(?![^.!?\n]{0,30}\b(?:é|mas é) (?:muito )?urgente)|não precisa(?:m)? (?:responder|fazer nada)|nada a fazer|não é necessária nenhuma ação|nenhuma ação necessária|baixa prioridade)\b/,
      'não|nada|sem|nenhum|nenhuma|zero', 'urgente|urgência|pressa|stress|estresse|correria', 'não (?:é|será) (?:preciso|necessário)|ninguém precisa|não precisa[ms]?|não tem(?:os|em)? que|sem necessidade de|nada a', 'fazer(?:em)? nada|respond\\w*|responder\\w*|agir|reagir',
    ),
    lowFyi: /\b(?:fyi|para conhecimento|pra conhecimento|para sua informação|só pra avisar|só para avisar|só avisando|para ciência)\b/,
  },
  sensitivity: {
    sensitive: [
      [/\bnão me pag\w*|\bnão recebi (?:o |as |os )?(?:salário|pagamento|horas|férias)|\b(?:holerite|contracheque|salário|salario)\b[^.!?\n]{0,60}\b(?:não entraram|não entrou|falta|faltam|errad[oa])\b/, 'a pay problem that weighs on you'],
      [/\bem particular\b|\b(?:(?:a )?culpa (?:foi|é) minha|foi culpa minha|erro meu|sinto muito)\b|(?:^|[.!?,] )(?:desculp[ae]|foi mal|perdão)\b[^.!?\n]{0,60}\b(?:mandei|enviei|coloquei|subi|apaguei|esqueci|peguei|me enganei|confundi)\b|\bpiadas sobre (?:o |a )?meu\b|\bpreocupad[oa] com\b|\bfui (?:grosso|grossa|rude|injust[oa])\b|\bnão foi justo\b|\bdesculpa (?:por|pela|pelo) (?:ontem|a reunião)\b|\b(?:pedir|peço|pedimos) desculpas\b|\bpassei dos limites\b|\b(?:minha|sua) avaliação(?: de desempenho)?\b/, 'a personal matter'],
      [/\b(?:chatead[oa]|sobrecarregad[oa]|esgotad[oa]|exaust[oa]|no limite|não aguento mais|magoad[oa]|triste|chorando|chorou|irritad[oa] comigo|bravo comigo|brava comigo|humilhad[oa]|ofendid[oa]|me sinto (?:mal|ignorad[oa]|excluíd[oa]|desvalorizad[oa])|(?:bem |muito )?preocupad[oa] com)\b/, 'someone is upset'],
      [/\b(?:(?:grit|xing|humilh)\w* com|(?:me|te|lhe|nos) (?:xing|humilh|ofend)\w*|trat\w* mal|discussão com|conflito com|conflito entre|gritou comigo|falta de respeito|desrespeit\w*|tóxic[oa]|pelas costas|me ignora|nos ignora)\b/, 'a conflict between people'],
      [/\b(?:assédio|assediad[oa]|assedia|discrimina\w*|racis\w*|machis\w*|comentários? (?:inapropriados?|(?:\S+ )?sobre (?:meu|minha|seu|sua|o|a) (?:sotaque|aparência|corpo|idade|peso|roupa)))\b/, 'a conduct complaint'],
      [/\b(?:reclamação (?:formal )?(?:sobre|contra)|reclamou formalmente|o rh|envolver o rh|recursos humanos)\b/, 'a complaint about a colleague'],
      [/\b(?:desempenho (?:dele|dela|do|da)|baixo desempenho|perdeu (?:\S+ )?prazos|demiti\w*|demissão|advertência|justa causa|situação delicada|conversa difícil)\b/, 'a performance concern about a person'],
      [/\b(?:grávida|gravidez|licença(?:-| )(?:maternidade|paternidade|médica)|atestado|consulta médica|(?:ao|no) médico|exames? médicos?|(?:vou ser|fui) operad[oa]|doente|doença|faleceu|falecimento|morreu|velório|enterro|luto|câncer|diagnóstico|cirurgia|hospitaliz\w*|(?:no|ao|pro|para o) hospital (?:com|por|desde)|internad[oa]|saúde mental|depressão|ansiedade|burnout|terapia|divórcio|separação|motivos pessoais|questões pessoais|problema pessoal|problema familiar|emergência familiar)\b/, 'a personal or health matter'],
      [/\b(?:pedir demissão|pedi demissão|vou sair da empresa|aumento de salário|promoção negada)\b/, 'a personal career matter'],
    ],
    sensitiveNegated: /\b(?:não|nao|nenhum|nenhuma)[ ](?:\w+ )?$/,
  },
  deadline: {
    dueNotDeadline: NEVER,
    pastDue: NEVER,
    byAuthor: NEVER,
    eventFirst: /^(?:antes|para)\b/,
    eventDeadline: /^antes (?:que|de a|de o|da|do|de nossa)\b/,
    morning: /\b(?:de manhã|pela manhã|cedo)\b/,
    notEndOfDay: /\b(?:tarde|noite|meio-dia|meia-noite)\b/,
    prepare: (snippet, now) =>
      business(snippet, now)
        .replace(RELATIVE, (_m, minutes?: string, hour?: string) => clockIn(now, minutes ? count(minutes) : hour === 'uma' ? 60 : 30))
        .replace(CLOCK, (m, article: string, hour: string, minutes?: string) => {
          const h = count(hour);
          return h > 12 ? m : `${article} ${workdayClock(h, minutes ? count(minutes) : 0)}`;
        }),
    parse: (text, now) => casual.parse(text, now, { forwardDate: true }),
    trigger: /\b(?:até|antes d[ao]s?|antes de|antes disso|antes(?= ?[?!.]|$)|no máximo até|o mais tardar|dentro de|nas próximas|prazo|para (?:amanhã|hoje|segunda|terça|quarta|quinta|sexta|o dia|a|o))\b/g,
    requestOnly: new Set(['dentro de', 'nas próximas']),
    backReference: /^(?:(?:antes disso|até lá)\b|antes$)/,
    later: /\b(?:amanhã|segunda|terça|quarta|quinta|sexta|sábado|domingo|próxim|semana|mês)/,
    soon: /\b(?:hoje|minutos?|min|horas?|meio-dia)\b/,
    requestTime: /\b(?:hoje|amanhã|(?:esta|nesta) semana|às \d{1,2}(?::\d{2}|h\d{0,2})?)\b/,
    amount: NEVER,
    requirement: /\b(?:a menos que|senão|tem que|precisa|precisamos|prazo|obrigatório|no máximo)\b/,
    ownPromise: /^(?:eu )?(?:estou|estarei|vou|vamos|mando|envio|enviarei|te mando|te envio|passo|volto)\b/,
    businessDays: /^(?:em|dentro de|nos próximos) (\d{1,2}|um|dois|três|quatro|cinco|dez) dias úteis\b/,
    numberWords: { um: 1, dois: 2, três: 3, quatro: 4, cinco: 5, dez: 10 },
    dateHint:
      /\d|\b(?:hoje|amanhã|segunda|terça|quarta|quinta|sexta|sábado|domingo|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|meio-dia|manhã|tarde|noite|semana|mês|ano|hora|horas|minutos?|dia|dias|fim|final|próxim|uma|meia)/,
  },
  decision: {
    convergent: /\b(?:decidir|decisão|aprovar|aprovação|validar|sim ou não|votar|votação|qual (?:escolhemos|opção))\b/,
    divergent: /\b(?:ideias?|sugestões|o que você acha|o que acha|que acha|sua opinião|opiniões|qual seria o ganho|alternativas|prós e contras|como você sugere|brainstorm\w*)\b/,
  },
});
