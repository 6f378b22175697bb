import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage, UNREAD_LANGUAGE, type MessageAnalysis } from '../../../../utils/compose/analysis/message';
import { loadAllPacks } from '../../../../utils/compose/analysis/lang/packs';
import { detectLanguage, type CoachedLanguage } from '../../../../utils/compose/analysis/language';

// Drafts in every coached language: their packs load on demand (lang/packs.ts).
beforeAll(loadAllPacks);

// Wednesday 25 November 2026, 10:00.
const NOW = new Date(2026, 10, 25, 10, 0);

/**
 * Hand-labelled drafts (tests/fixtures/analysis/LABELS.md) written for these tests, none from
 * the dev sets. Flags: P ping, C context, A ask, D deadline, S sensitive (a dot when false),
 * then urgency and mode.
 */
type Row = [text: string, labels: string];

const DRAFTS: Record<'es' | 'de' | 'fr' | 'pt', Row[]> = {
  es: [
    ['buenas, ¿estás?', 'P.... normal async'],
    ['Hola equipo, ¿alguien puede revisar mi PR del módulo de pagos? Lo necesito para la release del jueves.', '.CAD. normal async'],
    ['hola!', 'P.... normal async'],
    ['oye, ¿tienes un minuto?', 'P.... normal async'],
    ['¿estás libre para una llamada rápida?', 'P.... normal async'],
    ['<@U0123ABC> ¿hablamos?', 'P.... normal async'],
    ['una duda', 'P.... normal async'],
    ['llámame en cuanto puedas, es urgente', 'P.... high sync'],
    ['oye, ¿dónde dejaste el contrato de Acme?', '..A.. normal async'],
    ['¿me pasas el enlace del tablero de ventas?', '..A.. normal async'],
    ['Estoy cerrando la previsión del Q4 y me faltan los datos de Andalucía. ¿Me los puedes mandar antes del jueves?', '.CAD. normal async'],
    ['el cliente quiere adelantar la demo al lunes, ¿puedes preparar el entorno para el viernes a las 12:00?', '.CAD. normal async'],
    ['¿puedes revisar el presupuesto hoy antes de las 14:00? el cliente lo firma esta tarde', '.CAD. high sync'],
    ['la web está caída y los clientes no pueden pagar, ¿quién está de guardia?', '.CA.. critical sync'],
    ['nos han hackeado el correo de soporte y están enviando phishing a los clientes', '.C... critical sync'],
    ['estoy bloqueado con el despliegue, me falta acceso al servidor de staging. ¿alguien me lo da?', '.CA.. high sync'],
    ['para que lo sepáis: el viernes la oficina cierra a las 15:00', '.C... low async'],
    ['FYI: ya está publicada la nueva política de gastos, no hace falta hacer nada', '.C... low async'],
    ['sin prisa, ¿me dices qué te parece el borrador del informe cuando puedas?', '..A.. low async'],
    ['mi padre está ingresado en el hospital y mañana no podré venir. ¿Puedes cubrir mi reunión con Iberia?', '.CA.S normal sync'],
    ['Carlos lleva semanas entregando tarde y el equipo está molesto con él. ¿Cómo lo planteo?', '.CA.S normal sync'],
    ['¿Podrías mandarme el acta de la junta antes del jueves?', '..AD. normal async'],
    ['Le agradecería que me enviara el certificado de la obra de Getafe.', '..A.. normal async'],
    ['vale, te lo preparo mañana por la mañana', '.C... normal async'],
    ['muchas gracias por sacar el cierre de mes el sábado, nos salvaste', '.C... normal async'],
    ['llámame cuando puedas, que es urgente', 'P.... high sync'],
    ['la cámara de congelados no enfría desde esta mañana y está llena de producto', '.C... critical sync'],
    ['todo el equipo de ventas está parado porque el CRM no carga. ¿Alguien de sistemas lo mira?', '.CA.. high sync'],
    ['No es urgente: ¿me pasas el logo en SVG?', '..A.. low async'],
    ['Me ha escrito una compañera: su jefe le hace comentarios sobre su cuerpo. ¿Cómo lo llevamos?', '.CA.S normal sync'],
    ['oye, ¿tienes un momento? Es sobre el alquiler de Vigo, nos suben la renta.', '.CA.. normal async'],
    ['Se ha caído la base de datos de clientes. ¡Necesito ayuda ya!', '.CA.. critical sync'],
    ['he actualizado la guía de estilos en Confluence con los nuevos colores', '.C... normal async'],
    ['Hola Laura:\n\nTe escribo porque el proveedor ha subido los precios un 8 %. ¿Podemos revisar el contrato antes del 3/12?\n\nUn saludo,\nMarcos', '.CAD. normal async'],
    ['¿alguien sabe si el informe de simulacro de caída del servidor está en la wiki?', '..A.. normal async'],
    ['el informe del incidente de la caída de ayer ya está en la wiki', '.C... normal async'],
  ],
  de: [
    ['Hast du heute Nachmittag Zeit für einen kurzen Call?', 'P.... normal async'],
    ['Die Datenbank ist seit heute Morgen nicht erreichbar, alle Bestellungen schlagen fehl!', '.C... critical sync'],
    ['Hallo zusammen!', 'P.... normal async'],
    ['hey, hast du mal kurz Zeit?', 'P.... normal async'],
    ['Bist du gerade erreichbar?', 'P.... normal async'],
    ['<@U0456DEF> können wir kurz telefonieren?', 'P.... normal async'],
    ['eine Frage', 'P.... normal async'],
    ['ruf mich bitte sofort an, dringend!', 'P.... high sync'],
    ['wo liegt die Vorlage für Reisekostenanträge?', '..A.. normal async'],
    ['Kannst du mir den Link zum Vertriebsdashboard schicken?', '..A.. normal async'],
    ['Ich bereite die Q4-Prognose vor und mir fehlen die Zahlen aus Bayern. Kannst du sie mir bis Donnerstag schicken?', '.CAD. normal async'],
    ['Der Kunde will die Demo auf Montag vorziehen. Kannst du die Umgebung bis Freitag 12 Uhr vorbereiten?', '.CAD. normal async'],
    ['Kannst du das Angebot heute bis 14 Uhr prüfen? Der Kunde unterschreibt heute Nachmittag.', '.CAD. high sync'],
    ['Der Shop ist down, Kunden können nicht mehr bezahlen. Wer hat Bereitschaft?', '.CA.. critical sync'],
    ['Unser Support-Postfach wurde gehackt und verschickt Phishing-Mails an Kunden.', '.C... critical sync'],
    ['Ich bin beim Deployment blockiert, mir fehlt der Zugang zum Staging-Server. Kann mir jemand helfen?', '.CA.. high sync'],
    ['Zur Info: Am Freitag schließt das Büro um 15 Uhr.', '.C... low async'],
    ['FYI: Die neue Reisekostenrichtlinie ist online, ihr müsst nichts tun.', '.C... low async'],
    ['Keine Eile, aber kannst du dir den Berichtsentwurf anschauen, wenn du Zeit hast?', '..A.. low async'],
    ['Mein Vater liegt im Krankenhaus und ich kann morgen nicht kommen. Kannst du mein Meeting mit der Telekom übernehmen?', '.CA.S normal sync'],
    ['Jonas liefert seit Wochen zu spät und das Team ist sauer auf ihn. Wie spreche ich das an?', '.CA.S normal sync'],
    ['Ich habe den Styleguide im Wiki mit den neuen Farben aktualisiert.', '.C... normal async'],
    ['Hallo Frau Wagner,\n\nder Lieferant hat die Preise um 8 % erhöht. Können wir den Vertrag bis zum 3.12. prüfen?\n\nViele Grüße\nMarkus Klein', '.CAD. normal async'],
    ['Weiß jemand, ob der Bericht zur Ausfallübung im Wiki liegt?', '..A.. normal async'],
    ['Der Bericht zum Ausfall von gestern ist jetzt im Wiki.', '.C... normal async'],
  ],
  fr: [
    ['Bonjour, est-ce que tu as un moment cet après-midi ?', 'P.... normal async'],
    ['Le serveur de prod ne répond plus, c’est urgent', '.C... critical sync'],
    ['coucou !', 'P.... normal async'],
    ['Salut, t’as une minute ?', 'P.... normal async'],
    ['tu es dispo pour un appel rapide ?', 'P.... normal async'],
    ['<@U0789GHI> on peut se parler ?', 'P.... normal async'],
    ['une question', 'P.... normal async'],
    ['appelle-moi vite stp, c’est urgent', 'P.... high sync'],
    ['où est le contrat Acme signé ?', '..A.. normal async'],
    ['tu peux m’envoyer le lien du tableau de bord des ventes ?', '..A.. normal async'],
    ['Je prépare la prévision du T4 et il me manque les chiffres de la région Sud. Tu peux me les envoyer d’ici jeudi ?', '.CAD. normal async'],
    ['Le client veut avancer la démo à lundi. Tu peux préparer l’environnement pour vendredi 12h ?', '.CAD. normal async'],
    ['Tu peux relire le devis aujourd’hui avant 14h ? Le client signe cet après-midi.', '.CAD. high sync'],
    ['La prod est en panne, les clients ne peuvent plus payer ! Qui est d’astreinte ?', '.CA.. critical sync'],
    ['La boîte mail du support a été piratée et envoie du phishing à nos clients.', '.C... critical sync'],
    ['Je suis bloqué sur le déploiement, il me manque l’accès au serveur de recette. Quelqu’un peut m’aider ?', '.CA.. high sync'],
    ['Pour info : vendredi le bureau ferme à 15h.', '.C... low async'],
    ['FYI : la nouvelle politique de notes de frais est en ligne, rien à faire de votre côté.', '.C... low async'],
    ['Pas pressé, mais tu peux jeter un œil au brouillon du rapport quand tu as un moment ?', '..A.. low async'],
    ['Mon père est hospitalisé et je ne pourrai pas venir demain. Tu peux me remplacer à la réunion avec Orange ?', '.CA.S normal sync'],
    ['Julien rend ses livrables en retard depuis des semaines et l’équipe est en colère contre lui. Comment j’aborde le sujet ?', '.CA.S normal sync'],
    ['J’ai mis à jour la charte graphique sur le wiki avec les nouvelles couleurs.', '.C... normal async'],
    ['Bonjour Claire,\n\nLe fournisseur a augmenté ses prix de 8 %. Pouvons-nous revoir le contrat avant le 3/12 ?\n\nCordialement,\nMarc', '.CAD. normal async'],
    ['Quelqu’un sait si le rapport de l’exercice de panne est sur le wiki ?', '..A.. normal async'],
    ['Le compte rendu de la panne d’hier est sur le wiki.', '.C... normal async'],
    ['tu peux valider la note avant fin de journée ? je l’envoie au client demain matin', '.CAD. high sync'],
  ],
  pt: [
    ['Bom dia! Pode me ligar quando puder?', 'P.... low async'],
    ['O sistema de pagamento está fora do ar desde as 9h, ninguém consegue comprar.', '.C... critical sync'],
    ['oi!', 'P.... normal async'],
    ['olá, tem um minuto?', 'P.... normal async'],
    ['você tá disponível pra uma call rápida?', 'P.... normal async'],
    ['<@U0ABCJKL> podemos conversar?', 'P.... normal async'],
    ['uma pergunta', 'P.... normal async'],
    ['me liga assim que puder, é urgente', 'P.... high sync'],
    ['onde está o contrato assinado da Acme?', '..A.. normal async'],
    ['pode me mandar o link do painel de vendas?', '..A.. normal async'],
    ['Estou fechando a previsão do Q4 e faltam os números da região Sul. Consegue me mandar até quinta?', '.CAD. normal async'],
    ['O cliente quer antecipar a demo para segunda. Você consegue preparar o ambiente até sexta às 12h?', '.CAD. normal async'],
    ['Você consegue revisar o orçamento hoje até as 14h? O cliente assina à tarde.', '.CAD. high sync'],
    ['O site caiu e os clientes não conseguem pagar. Quem está de plantão?', '.CA.. critical sync'],
    ['A caixa de e-mail do suporte foi hackeada e está mandando phishing para os clientes.', '.C... critical sync'],
    ['Estou travado no deploy, falta acesso ao servidor de homologação. Alguém pode me ajudar?', '.CA.. high sync'],
    ['Só pra avisar: na sexta o escritório fecha às 15h.', '.C... low async'],
    ['FYI: a nova política de despesas está no ar, não precisa fazer nada.', '.C... low async'],
    ['Sem pressa, mas você pode dar uma olhada no rascunho do relatório quando puder?', '..A.. low async'],
    ['Meu pai está internado e amanhã não vou conseguir ir. Você pode me substituir na reunião com a Vivo?', '.CA.S normal sync'],
    ['O Rafael está entregando atrasado há semanas e o time está chateado com ele. Como eu abordo isso?', '.CA.S normal sync'],
    ['Poderia me enviar a ata da reunião do conselho até quinta?', '..AD. normal async'],
    ['Gostaria que você revisasse a proposta da Natura.', '..A.. normal async'],
    ['fechado, te mando o arquivo amanhã de manhã', '.C... normal async'],
    ['valeu por cobrir a reunião com a Ambev ontem, salvou minha semana', '.C... normal async'],
    ['o time de suporte está parado há duas horas porque o CRM não abre. alguém de TI pode ver?', '.CA.. high sync'],
    ['não é urgente, mas pode me mandar o logo em SVG?', '..A.. low async'],
    ['oi, tem um minuto? É sobre o aluguel de Braga, vão subir a renda.', '.CA.. normal async'],
    ['Atualizei o guia de estilo na wiki com as novas cores.', '.C... normal async'],
    ['Olá Ana,\n\nO fornecedor aumentou os preços em 8%. Podemos revisar o contrato até o dia 3/12?\n\nAbraços,\nMarcos', '.CAD. normal async'],
    ['Alguém sabe se o relatório do simulado de queda do servidor está na wiki?', '..A.. normal async'],
    ['O relatório da queda de ontem já está na wiki.', '.C... normal async'],
    ['consegue aprovar a proposta até o fim do dia? mando pro cliente amanhã cedo', '.CAD. high sync'],
  ],
};

function labelsOf(flags: string): Record<string, unknown> {
  const [marks = '', urgency, mode] = flags.split(' ');
  const on = (i: number) => marks[i] !== '.';
  return { ping: on(0), context: on(1), ask: on(2), deadline: on(3), sensitive: on(4), urgency, mode };
}

function actual(a: MessageAnalysis): Record<string, unknown> {
  return {
    ping: a.ping,
    context: a.context,
    ask: a.ask,
    deadline: a.deadline !== null || a.deadlineText !== null,
    sensitive: a.sensitive,
    urgency: a.urgency,
    mode: a.mode,
  };
}

describe.each(Object.entries(DRAFTS))('analyzeMessage in %s', (lang, rows) => {
  it.each(rows)('%j', (text, flags) => {
    // Read as the coach reads it: in its detected language, a draft too short to tell ("oi!") in
    // the writer's recent language, here the row's.
    const a = analyzeMessage(text, { now: NOW, language: detectLanguage(text) ?? (lang as CoachedLanguage) });
    expect(a.language).toBe(lang);
    expect(actual(a)).toEqual(labelsOf(flags));
  });
});

/**
 * A ping is read by structure: once greetings, names, mentions and the pack's closed classes (the
 * verbs of calling and talking in every form, "have"/"be"/"can", availability and haste words) are
 * gone, nothing is left. Each ping below is paired with the same reach-out naming a topic.
 */
describe('pings by structure, not by phrase lists', () => {
  const PAIRS: Record<'es' | 'de' | 'fr' | 'pt', [ping: string, notPing: string][]> = {
    es: [
      ['¿Te pillo en un momento?', '¿Te pillo en un momento para revisar el contrato?'],
      ['Buenos días, ¿te viene bien una llamada?', 'Buenos días, ¿te viene bien una llamada sobre el presupuesto de Valencia?'],
      ['¿Andas conectado?', '¿Andas conectado? Necesito la llave del almacén'],
      ['¿podemos hacer una videollamada?', '¿podemos hacer una videollamada para cerrar la oferta de Iberdrola?'],
      ['¿Me das un minuto esta tarde?', '¿Me das un minuto esta tarde para ver el contrato de Repsol?'],
      ['Hola Lucía, ¿tendrías media hora la semana que viene para hablar por teléfono?', 'Hola Lucía, ¿tendrías media hora la semana que viene para hablar por teléfono de la auditoría?'],
      // Verb families in every person and register (voseo too), nouns of a short while with their diminutives, chat spellings.
      ['¿Tenés un minutico?', '¿Tenés un minutico para la factura de Rosario?'],
      ['¿Podés hablar?', '¿Podés hablar con el proveedor de Córdoba?'],
      ['¿Te marco en un ratito?', '¿Te marco en un ratito por lo de la grúa?'],
      ['¿Me regalas un segundín?', '¿Me regalas un segundín para firmar el parte?'],
      ['k tal, tienes 5 mins?', 'k tal, tienes 5 mins para el alta del becario?'],
      ['¿Sigues conectado?', '¿Sigues conectado al servidor de pruebas?'],
      ['Estimado Sr. Ruiz:\n\nLe escribo para solicitar una breve reunión telefónica en los próximos días. Quedo a la espera de su disponibilidad.\n\nAtentamente,\nMarta López', 'Estimado Sr. Ruiz:\n\nLe escribo para solicitar una breve reunión telefónica sobre la tasación del local. Quedo a la espera de su disponibilidad.\n\nAtentamente,\nMarta López'],
      // A name the draft is addressed to, before or after the probe, is no topic.
      ['Sara, ¿tienes un momento para mí?', 'Sara, ¿tienes un momento para el inventario?'],
      ['¿me llamas al móvil, Andrés?', '¿me llamas al móvil por el pedido de Andrés?'],
    ],
    de: [
      ['Hi Max, hast du nen Moment?', 'Hi Max, hast du nen Moment für den Vertrag mit Bosch?'],
      ['Hättest du heute noch ein paar Minuten?', 'Hättest du heute noch ein paar Minuten, um die Rechnung zu prüfen?'],
      ['Hey, bist du im Büro?', 'Hey, bist du im Büro? Ich brauche den Schlüssel fürs Lager'],
      ['Können wir uns kurz abstimmen?', 'Können wir uns kurz zur Messeplanung abstimmen?'],
    ],
    fr: [
      ['Tu aurais deux secondes ?', 'Tu aurais deux secondes pour relire le devis ?'],
      ['Coucou, t’es au bureau ?', 'Coucou, t’es au bureau ? Il me faut la clé de l’entrepôt'],
      ['Bonjour Madame Martin, auriez-vous quelques minutes à m’accorder ?', 'Bonjour Madame Martin, auriez-vous quelques minutes à m’accorder pour le bail de Nantes ?'],
      ['Tu peux me rappeler ?', 'Tu peux rappeler le fournisseur de Lyon ?'],
    ],
    pt: [
      ['Podemos fazer uma call?', 'Podemos fazer uma call sobre o orçamento de Recife?'],
      ['Dá pra conversar?', 'Dá pra conversar sobre a campanha de Natal?'],
      ['Bom dia, você está disponível?', 'Bom dia, você está disponível para revisar o contrato?'],
      ['Prezada Sra. Lima, poderia indicar-me a sua disponibilidade?', 'Prezada Sra. Lima, poderia indicar-me a sua disponibilidade para a auditoria de março?'],
      ['Olá Sr. Duarte, seria possível falarmos por telefone na próxima semana?', 'Olá Sr. Duarte, seria possível falarmos por telefone na próxima semana sobre a renovação do seguro?'],
      ['posso ligar-te daqui a pouco?', 'posso ligar-te daqui a pouco por causa da fatura da EDP?'],
      ['vamos falar rapidinho?', 'vamos falar rapidinho do estoque de Manaus?'],
      ['tô precisando de uma ajuda, me liga?', 'tô precisando de uma ajuda com a nota fiscal, me liga?'],
      ['E aí, tudo certo? Consegue uma call às 15h?', 'E aí, tudo certo? Consegue uma call às 15h pra fechar o frete?'],
      ['me dá um toque quando puder', 'me dá um toque quando puder sobre o aluguel'],
      ['Oi, posso tirar uma dúvida?', 'Oi, posso tirar uma dúvida sobre o reembolso?'],
      ['ô Pedro, tá aí?', 'ô Pedro, tá aí? o caminhão chegou sem a nota'],
      ['ainda tá online, Bia?', 'ainda tá online no sistema de ponto, Bia?'],
    ],
  };
  describe.each(Object.entries(PAIRS))('%s', (lang, pairs) => {
    it.each(pairs)('%j is a ping; %j is not', (ping, notPing) => {
      expect(analyzeMessage(ping, { now: NOW, language: lang as 'es' })).toMatchObject({ language: lang, ping: true, ask: false });
      expect(analyzeMessage(notPing, { now: NOW, language: lang as 'es' })).toMatchObject({ language: lang, ping: false });
    });
  });
});

/** Urgency stated by the situation (someone waiting or stuck now, a stolen device, personal data sent out), and a bare "call me" with a haste word. */
describe('urgency from the situation in other languages', () => {
  it.each([
    ['los de soporte llevan una hora sin poder entrar al CRM, ¿alguien lo mira?', 'high'],
    ['Der Kunde sitzt schon im Foyer und niemand holt ihn ab. Kann jemand runtergehen?', 'high'],
    ['Les candidats attendent devant la salle 4 et personne n’a la clé. Quelqu’un peut monter ?', 'high'],
    ['os fornecedores estão aguardando na recepção e ninguém tem o crachá, alguém pode descer?', 'high'],
    ['Me han robado el portátil en el tren y tenía la VPN abierta, ¿qué hago?', 'critical'],
    ['Mein Laptop wurde im Zug gestohlen, die Zugangsdaten waren gespeichert. Was jetzt?', 'critical'],
    ['J’ai envoyé par erreur les salaires de l’équipe au client. Qui prévenir ?', 'critical'],
    ['roubaram o notebook do gerente no estacionamento, com o e-mail aberto. o que fazemos?', 'critical'],
    ['ruf mich sofort an', 'high'],
    ['rappelle-moi vite', 'high'],
    ['me liga já', 'high'],
    ['Kein Notfall: der Laptop aus dem Lager ist nicht gestohlen, er war beim Service.', 'low'],
    // Mentioned, not used: a label set on a ticket.
    ['oye, marqué como urgente la incidencia de Mercadona pero era un error del cliente', 'normal'],
    ['marquei o chamado como urgente sem querer', 'normal'],
    // Emergencies on site, a service down everywhere, data open to anyone: critical without a keyword.
    ['Hay humo saliendo del cuadro eléctrico de la nave 2, hemos desalojado a todos. ¿Llamo a mantenimiento?', 'critical'],
    ['Estourou um cano na sala dos servidores e está entrando água nos racks.', 'critical'],
    ['El TPV no cobra en ninguna tienda desde las 10, los clientes se van sin comprar.', 'critical'],
    ['O app parou de funcionar para todos os usuários depois do deploy das 9h.', 'critical'],
    ['La base de datos de clientes está accesible sin contraseña desde internet.', 'critical'],
    ['FYI: el simulacro de incendio es el jueves a las 11.', 'low'],
    // A device stuck with people waiting on it, someone kept waiting, "as soon as you can", "by noon".
    ['La impresora de la sala de exámenes está atascada y el examen empieza a las 10:15.', 'high'],
    ['O cliente está na recepção esperando e ninguém tem a apresentação.', 'high'],
    ['Necesito que me mandes el contrato firmado en cuanto puedas.', 'high'],
    ['Consegue me mandar o orçamento hoje até o meio-dia?', 'high'],
    ['Preciso de ti, podes ligar-me?', 'high'],
    // An incident that is over, with a promise: no FYI, nothing urgent.
    ['Ayer se cayó la web durante una hora, ya está solucionado. Te paso el informe.', 'normal'],
  ] as const)('%j is %s', (text, urgency) => {
    expect(analyzeMessage(text, { now: NOW }).urgency).toBe(urgency);
  });
});

/**
 * Something wrong since earlier today that still holds, with no urgency word: an onset ("desde las
 * 9", "seit zwei Stunden", "depuis 22h", "há uma hora") in a sentence where something does not
 * happen or people wait. High; critical where customers cannot buy or pay.
 */
describe('urgency from how long something has been stuck', () => {
  it.each([
    ['Los de la mudanza están en la puerta desde las nueve y no tenemos las llaves del trastero.', 'high'],
    ['Llevamos tres horas los seis del turno parados porque el escáner no sincroniza. ¿Quién puede reiniciarlo?', 'high'],
    ['Die Buchhaltung kann seit heute früh keine Freigaben erteilen. Kann sich das jemand anschauen?', 'high'],
    ['Seit zwei Stunden steht der Bagger auf der Baustelle, das Hydraulikteil fehlt.', 'high'],
    ['Les infirmières de nuit n’arrivent plus à se connecter au dossier patient depuis 22h. Qui peut débloquer leurs comptes ?', 'high'],
    ['A equipe de atendimento está sem acesso ao CRM há três horas. Alguém de TI pode ver?', 'high'],
    ['Desde las 10 ningún cliente puede pagar con tarjeta en la web.', 'critical'],
    ['Seit halb zehn friert in jeder Filiale die Kasse beim Bezahlen ein.', 'critical'],
    ['Plus aucun terminal de paiement ne marche dans nos boutiques depuis midi.', 'critical'],
    ['O Pix está recusando todas as transações desde as 10h e as vendas zeraram.', 'critical'],
    // An onset that is an event, not a time of today, and a situation without anything stuck.
    ['Desde el cambio de horario la línea 14 ya no para en la calle Olmos. ¿Es definitivo?', 'normal'],
    ['Der Export hat seit dem Update keine Kostenstellen mehr drin. Hast du eine Idee, woran das liegt?', 'normal'],
    ['Depuis ce matin on teste la nouvelle version du site. Tu veux la voir ?', 'normal'],
    ['Estou no escritório desde as 8h, passa aqui quando quiser para vermos o orçamento.', 'normal'],
  ] as const)('%j is %s', (text, urgency) => {
    expect(analyzeMessage(text, { now: NOW, model: null }).urgency).toBe(urgency);
  });
});

/** No rush and nothing to do, read by structure: a negated haste word (either side), a "no need" before a verb of answering or acting. */
describe('no rush, negated either side, and nothing to do', () => {
  it.each([
    ['Eilt überhaupt nicht, aber hättest du irgendwann die Vorlage für die Lieferantenbewertung für mich?', 'low'],
    ['Eilt null: Trägst du mir irgendwann die neuen Adressen in die Liste ein?', 'low'],
    ['T’inquiète, ça presse pas : le planning des stagiaires peut attendre la semaine prochaine.', 'low'],
    ['Ça y est, le nouveau site est en ligne. Si vous voyez une coquille, dites-le-moi, rien de pressé.', 'low'],
    ['Tranqui, sin ningún apuro: ¿me mandas el inventario de Vigo?', 'low'],
    ['Os dejo las fotos de la comida de empresa, ¡salieron geniales! Nada que responder.', 'low'],
    ['La semana que viene me operan de la rodilla. No hace falta que me contestéis, solo quería que lo supierais.', 'low'],
    ['O alarme de incêndio de ontem foi um teste programado, ninguém precisa de fazer nada.', 'low'],
    ['Estou a fazer fisioterapia às quartas de manhã, por isso chego mais tarde nesses dias. Não é preciso responder.', 'low'],
    // A negation that is about something else, and urgency stated after the calm words.
    ['Ich will dich nicht unter Druck setzen, aber es ist dringend: der Vertrag muss heute raus.', 'high'],
    ['Nadie contesta en la oficina y los de la mudanza están en la puerta desde las nueve.', 'high'],
    ['O cliente não respondeu ao orçamento. Consegues ligar-lhe amanhã?', 'normal'],
  ] as const)('%j is %s', (text, urgency) => {
    expect(analyzeMessage(text, { now: NOW, model: null }).urgency).toBe(urgency);
  });
});

describe('sensitivity and clauses in Spanish and Portuguese', () => {
  it.each([
    // An operational apology is sensitive; a hospital as a workplace is no health matter.
    ['Siento mucho lo del envío de ayer, fue culpa mía. Ya está corregido.', true],
    ['Desculpa pelo atraso no orçamento, a culpa foi minha.', true],
    ['¿Me confirmas si la formación del hospital sigue siendo el 9/1?', false],
    ['O servidor do laboratório do hospital vai ser atualizado no sábado.', false],
    ['Mi madre está en el hospital desde el lunes y necesito cogerme unos días.', true],
    // Calmly phrased: burnout, a complaint about how someone treats people, unpaid pay, "sorry, I sent…".
    ['Estoy quemadísima y necesito coger unos días, no sé cómo plantearlo.', true],
    ['Uns pais reclamaram que a professora do 3ºB grita com as crianças. Como lidamos com isso?', true],
    ['Só pra avisar que no mês passado não me pagaram as horas extras.', true],
    ['Perdona, te mandé la versión antigua del presupuesto, ahora te paso la buena.', true],
  ] as const)('%j is sensitive: %s', (text, sensitive) => {
    expect(analyzeMessage(text, { now: NOW }).sensitive).toBe(sensitive);
  });

  it.each([
    // What follows a colon is the situation.
    ['Necesito comentarte algo delicado: Raúl les habla con malos modos a los becarios. ¿Lo hablamos?', 'es'],
    ['Preciso falar contigo sobre uma situação delicada: o Henrique tem feito piadas sobre a minha idade. Podemos conversar?', 'pt'],
  ] as const)('%j has context', (text, language) => {
    expect(analyzeMessage(text, { now: NOW, language })).toMatchObject({ context: true, ping: false });
  });

  it('reads "tudo bem se…?" as a question, not a greeting', () => {
    expect(analyzeMessage('Vamos parar o servidor no sábado. Tudo bem se pararmos das 22h à meia-noite?', { now: NOW, language: 'pt' }).ask).toBe(true);
  });
});

describe('deadlines in other languages', () => {
  it.each([
    ['¿me mandas el informe antes del viernes?', new Date(2026, 10, 27, 17, 0)],
    ['¿puedes revisarlo antes de fin de mes?', new Date(2026, 10, 30, 17, 0)],
    ['¿me lo confirmas hasta el 3/12?', new Date(2026, 11, 3, 17, 0)],
    ['Kannst du mir das bis Freitag schicken?', new Date(2026, 10, 27, 17, 0)],
    ['Bitte bis spätestens 3.12. freigeben.', new Date(2026, 11, 3, 17, 0)],
    ['Kannst du das bis Feierabend erledigen?', new Date(2026, 10, 25, 17, 0)],
    ['Tu peux me l’envoyer d’ici vendredi ?', new Date(2026, 10, 27, 17, 0)],
    ['Tu peux valider avant fin de journée ?', new Date(2026, 10, 25, 17, 0)],
    ['Merci de répondre avant le 3/12.', new Date(2026, 11, 3, 17, 0)],
    ['Consegue me mandar até sexta-feira?', new Date(2026, 10, 27, 17, 0)],
    ['Você pode revisar até amanhã às 8h?', new Date(2026, 10, 26, 8, 0)],
    ['Pode aprovar até o fim do dia?', new Date(2026, 10, 25, 17, 0)],
    // A clock hour said without a.m./p.m. at work: 1 to 7 are afternoon hours.
    ['¿me lo mandas antes de las 2?', new Date(2026, 10, 25, 14, 0)],
    ['¿puedes firmarlo hoy antes de la una?', new Date(2026, 10, 25, 13, 0)],
    ['Você consegue pagar até as 3?', new Date(2026, 10, 25, 15, 0)],
    // Hours in words, plural contractions ("antes das"), French spaced hours ("15 h").
    ['¿Me pasas el modelo actualizado antes de las dos?', new Date(2026, 10, 25, 14, 0)],
    ['¿Me lo mandas antes de las cinco y media?', new Date(2026, 10, 25, 17, 30)],
    ['Consegues assinar a guia antes das 12h?', new Date(2026, 10, 25, 12, 0)],
    ['Tu peux valider le bon de commande avant 15 h ?', new Date(2026, 10, 25, 15, 0)],
    ['Tu peux passer avant 16 h 30 ?', new Date(2026, 10, 25, 16, 30)],
    // "this week" in a request: by the end of the working week.
    ['¿Puedes llamar al proveedor esta semana?', new Date(2026, 10, 27, 17, 0)],
    ['Você pode ligar para o fornecedor esta semana?', new Date(2026, 10, 27, 17, 0)],
    // "before" alone points back at the time just named.
    ['La reunión empieza en 20 minutos, ¿me pasas la diapositiva antes?', new Date(2026, 10, 25, 10, 20)],
    ['A reunião começa em 20 minutos, consegue mandar o slide antes?', new Date(2026, 10, 25, 10, 20)],
  ] as const)('%j', (text, date) => {
    expect(analyzeMessage(text, { now: NOW }).deadline).toEqual(date);
  });

  it('does not read "las dos" that counts things as a time', () => {
    expect(analyzeMessage('¿Puedes revisar las dos versiones antes del viernes?', { now: NOW }).deadline).toEqual(new Date(2026, 10, 27, 17, 0));
  });

  it.each([
    ['A las cuatro me reúno con el inversor. ¿Me pasas el modelo actualizado antes de las dos?', 'es'],
    ['O cartório fecha às 16h e ainda falta a procuração. Consegue trazer antes das 15h?', 'pt'],
    ['Tu peux valider le bon de commande avant 15 h ? Sinon le fournisseur ne livre pas demain', 'fr'],
  ] as const)('a clock time later today is urgent: %j', (text, language) => {
    expect(analyzeMessage(text, { now: NOW, language }).urgency).toBe('high');
  });
});

describe('drafts in a language the coach cannot read', () => {
  it.each([
    'Ciao, hai un minuto?',
    'Il sito è giù e i clienti non riescono a pagare, chi è di turno?',
    'Hoi, heb je even tijd?',
    'Cześć, masz chwilę?',
    'ちょっといいですか？',
    'Merhaba, yarın toplantı var mı?',
  ])('%j gets no verdict', (text) => {
    const a = analyzeMessage(text, { now: NOW });
    expect(a).toMatchObject({ language: null, ping: false, mode: 'async', urgency: 'normal', reasons: [UNREAD_LANGUAGE] });
  });

  it('reads a draft in the language it is given, whatever it looks like', () => {
    expect(analyzeMessage('hey', { now: NOW, language: 'other' }).language).toBeNull();
    expect(analyzeMessage('hey', { now: NOW, language: 'fr' })).toMatchObject({ language: 'fr', ping: true });
    expect(analyzeMessage('hey', { now: NOW })).toMatchObject({ language: 'en', ping: true });
  });
});
