import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../../../utils/compose/analysis/message';
import { loadAllPacks } from '../../../../utils/compose/analysis/lang/packs';
import { detectLanguage } from '../../../../utils/compose/analysis/language';

// The German and French packs load on demand (lang/packs.ts).
beforeAll(loadAllPacks);

// Wednesday 25 November 2026, 10:00.
const NOW = new Date(2026, 10, 25, 10, 0);
/** As the coach reads a draft: in its detected language, else (too short to tell) the writer's recent one, here `recent`. */
const read = (text: string, recent: 'de' | 'fr' = 'de') => analyzeMessage(text, { now: NOW, language: detectLanguage(text) ?? recent });

/** Drafts written for these tests (none from the dev sets), by the family of judgement they check. */
describe('German and French: polite requests are asks (Konjunktiv II, conditionnel, "wir bitten um")', () => {
  it.each([
    'Könnten Sie mir bitte den Lieferschein für die Bestellung 2231 schicken?',
    'Wäre es möglich, die Abnahme des Dachs auf Dienstag zu legen?',
    'Wir bitten um Ihre Rückmeldung zum Angebot bis Freitag.',
    'Ich wäre Ihnen dankbar, wenn Sie die Rechnung korrigieren könnten.',
    'Pourriez-vous me transmettre le bon de livraison de la commande 2231 ?',
    'Je vous serais reconnaissant de me renvoyer le formulaire signé.',
    'Nous vous remercions de nous retourner le contrat avant vendredi.',
    'Il me faut le badge de Paul avant midi pour la visite.',
    'Serait-il possible de décaler la revue du budget ?',
  ])('%j asks something', (text) => {
    expect(read(text)).toMatchObject({ ask: true, ping: false });
  });

  it.each([
    ['Mir ist aufgefallen, dass du in letzter Zeit sehr gestresst wirkst. Können wir reden?', 'de'],
    ['J’ai l’impression que tu es débordé en ce moment, tout va bien de ton côté ?', 'fr'],
  ])('a concern about a person %j is sensitive', (text, language) => {
    expect(read(text, language as 'de')).toMatchObject({ language, sensitive: true, mode: 'sync' });
  });

  it.each([
    ['Ich möchte mich für meinen Ton in der Besprechung gestern entschuldigen.', 'de'],
    ['Je te dois des excuses pour mon ton hier en réunion, j’ai été injuste avec toi.', 'fr'],
  ])('an apology %j asks nothing and is sensitive', (text, language) => {
    expect(read(text)).toMatchObject({ language, ask: false, sensitive: true, mode: 'sync' });
  });
});

describe('German and French: only a marked FYI is low; thanks and promises are normal', () => {
  it.each([
    ['alles klar, mach ich morgen früh fertig', 'normal', false],
    ['Danke für die schnelle Hilfe beim Umzug der Server!', 'normal', false],
    ['Ich habe die Protokolle der Klausur ins Wiki gestellt.', 'normal', false],
    ['Zur Info: die Kantine bleibt morgen geschlossen.', 'low', false],
    ['ok, je m’en occupe demain matin', 'normal', false],
    ['Merci pour ton aide sur le salon de Lyon !', 'normal', false],
    ['J’ai déposé les comptes rendus du séminaire sur le drive.', 'normal', false],
    ['Pour info : la cantine est fermée demain.', 'low', false],
  ] as const)('%j is %s', (text, urgency, ask) => {
    expect(read(text)).toMatchObject({ urgency, ask, context: true });
  });
});

describe('German and French: an urgency stated after "no rush" wins, a negated one does not count', () => {
  it.each([
    ['Bei Gelegenheit: kannst du die Rechnung von Kurz & Co. prüfen? Ich brauche sie heute bis 15 Uhr.', 'high'],
    ['Quand tu peux, tu me renvoies le devis ? C’est urgent, le client signe ce matin.', 'high'],
    ['Das ist nicht dringend, aber magst du dir den Entwurf der Einladung anschauen?', 'low'],
    ['Ce n’est pas urgent, mais tu pourrais relire le contrat de bail ?', 'low'],
    ['Die Umstellung der Buchhaltungssoftware ist nicht dringend, das kann bis Januar warten.', 'low'],
    // "in Ruhe darüber reden" is how to talk, not "no rush"
    ['Das Gespräch mit der Teamleitung hat mich verletzt. Können wir morgen in Ruhe darüber reden?', 'normal'],
  ] as const)('%j is %s', (text, urgency) => {
    expect(read(text).urgency).toBe(urgency);
  });

  it('"no rush" itself is not context', () => {
    expect(read('Ce n’est pas urgent, mais tu pourrais relire le contrat de bail ?').context).toBe(false);
    expect(read('Das ist nicht dringend, aber magst du dir den Entwurf der Einladung anschauen?').context).toBe(false);
  });
});

describe('German and French: pings by structure (local greetings, availability probes, polite call requests)', () => {
  it.each([
    ['Mahlzeit!', 'de', 'normal'],
    ['brauch dich mal, meld dich', 'de', 'high'],
    ['Ruf mal bitte zurück!', 'de', 'high'],
    ['Guten Tag Herr Ott,\n\nhätten Sie nächste Woche eine halbe Stunde für ein Telefonat? Geben Sie mir einfach Bescheid, wann es Ihnen passt.\n\nViele Grüße\nAnna Graf', 'de', 'normal'],
    ['@Léa tu es là cet aprèm ?', 'fr', 'normal'],
    ['appelle-moi stp', 'fr', 'high'],
    ['Bonjour Madame Roux, auriez-vous un créneau cette semaine pour un court échange téléphonique ? Bien cordialement, Paul Blanc', 'fr', 'normal'],
    ['@here quelqu’un est dispo ?', 'fr', 'normal'],
    ['Hast du nach der Mittagspause kurz Zeit?', 'de', 'normal'],
    ['Tu aurais cinq minutes après la pause ?', 'fr', 'normal'],
    ['Liebe Frau Kraus, ich würde mich freuen, wenn wir uns nächste Woche kurz austauschen könnten. Wann passt es Ihnen? Herzliche Grüße, Jan Vogt', 'de', 'normal'],
    ['Cher Monsieur Petit, je serais ravi que nous puissions échanger brièvement la semaine prochaine. Quand seriez-vous disponible ? Bien à vous, Léa Roy', 'fr', 'normal'],
    ['Hast du morgen früh ein Stündchen für mich?', 'de', 'normal'],
    ['Bist du eigentlich noch online?', 'de', 'normal'],
    ['T’es connectée ce soir ?', 'fr', 'normal'],
    ['Tu aurais un quart d’heure en fin de matinée ?', 'fr', 'normal'],
  ] as const)('%j is a ping in %s (%s)', (text, language, urgency) => {
    expect(read(text, language)).toMatchObject({ language, ping: true, ask: false, context: false, urgency });
  });

  it.each([
    'Guten Tag Herr Ott, hätten Sie nächste Woche eine halbe Stunde für ein Telefonat zum Mietvertrag der Halle?',
    '@Léa tu es là cet aprèm ? il faut signer le bon de commande Dupont',
    'Kurze Frage zur Rechnung 5120: ist die schon bezahlt?',
    'Petite question sur la facture 5120 : elle est déjà réglée ?',
  ])('%j states its topic: no ping', (text) => {
    expect(read(text)).toMatchObject({ ping: false, ask: true });
  });
});

describe('German and French: pings by word class (a verb in a verb\'s place, presence, places, cries for help)', () => {
  it.each([
    ['Darf ich dich kurz stören?', 'de', 'normal'],
    ['Bist du schon aus der Kaffeepause zurück?', 'de', 'normal'],
    ['Sind Sie heute im Homeoffice?', 'de', 'normal'],
    ['Kannst du kurz bei mir vorbeikommen?', 'de', 'normal'],
    ['Komm bitte sofort rüber!', 'de', 'high'],
    ['Hilfe!', 'de', 'high'],
    ['@Jana ruf mich zurück, sobald du das liest', 'de', 'high'],
    ['Je peux te déranger une seconde ?', 'fr', 'normal'],
    ['Tu es revenue de ta pause ?', 'fr', 'normal'],
    ['Vous êtes en télétravail demain ?', 'fr', 'normal'],
    ['Tu peux passer me voir au bureau ?', 'fr', 'normal'],
    ['Au secours, viens vite !', 'fr', 'high'],
    ["J'ai besoin de vous, pouvez-vous passer ?", 'fr', 'high'],
    ['Tu peux me rappeler ? C’est pressé.', 'fr', 'high'],
    ['Antworte mir bitte schnell!', 'de', 'high'],
    ['Kannste mich mal zurückrufen?', 'de', 'normal'],
    ['Brauch mal deine Einschätzung, haste kurz Zeit?', 'de', 'normal'],
    ['J’aurais besoin de ton avis, t’as un moment ?', 'fr', 'normal'],
    ['Réponds-moi vite stp !', 'fr', 'high'],
  ] as const)('%j is a ping in %s (%s)', (text, language, urgency) => {
    expect(read(text, language)).toMatchObject({ language, ping: true, ask: false, context: false, urgency });
  });

  it.each([
    ['Kannst du morgen zur Messe in Köln kommen?', 'de'],
    ['Hast du Zugriff auf das Repo der Kasse?', 'de'],
    ['Ist das Teammeeting am Donnerstag noch um 10?', 'de'],
    ['Tu peux passer la commande de toner ?', 'fr'],
    ['Tu as accès au drive du projet Bréval ?', 'fr'],
    ['On annule la réunion budget de jeudi ?', 'fr'],
  ] as const)('%j (%s) names its topic after the verb: no ping', (text, language) => {
    expect(read(text, language)).toMatchObject({ language, ping: false, ask: true });
  });
});

describe('German and French: urgency from the situation, with what does not count', () => {
  it.each([
    ['Die Produktion in Werk 2 steht, die Presse ist ausgefallen.', 'de', 'critical'],
    ['Die Produktion steht auf der Agenda für Montag, kannst du die Zahlen vorbereiten?', 'de', 'normal'],
    ['Das halbe Büro kommt seit heute früh nicht ins VPN, alle sitzen rum. Kann jemand helfen?', 'de', 'high'],
    ['Der Webshop lädt seit zehn Minuten nicht mehr, Kunden beschweren sich am Telefon.', 'de', 'critical'],
    ['Der Drucker im 2. Stock geht schon wieder nicht mehr.', 'de', 'normal'],
    ['Unsere Kundendatenbank war seit gestern Abend ohne Passwort aus dem Internet erreichbar.', 'de', 'critical'],
    ['Im Lager ist ein Kollege eingeklemmt, der Rettungsdienst ist unterwegs.', 'de', 'critical'],
    ['Sollen wir ihm den Zugang sofort oder erst nach der Schulung geben?', 'de', 'normal'],
    ['La chaîne de l’atelier 3 est à l’arrêt depuis ce matin.', 'fr', 'critical'],
    ['Le site ne charge plus depuis dix minutes, les clients appellent.', 'fr', 'critical'],
    ['L’imprimante du 2e ne démarre plus.', 'fr', 'normal'],
    ['Fuite de gaz au 1er étage, on évacue le bâtiment.', 'fr', 'critical'],
    ['Quelqu’un a transféré le fichier des salaires à une adresse externe il y a 5 minutes.', 'fr', 'critical'],
    ['On lui ouvre l’accès tout de suite ou après la formation ?', 'fr', 'normal'],
    ['Seit dem Update kann keiner im Lager mehr arbeiten.', 'de', 'critical'],
    ['Plus aucune commande ne passe depuis ce matin.', 'fr', 'critical'],
    ['Im Lager ist der Strom weg und die Kühlung aus, die Ware taut auf.', 'de', 'critical'],
    ['Der Shop zeigt nur noch eine weiße Seite, Bestellungen kommen keine mehr rein.', 'de', 'critical'],
    ['Jemand hat die Zugangsdaten der Buchhaltung im Kundenforum gepostet.', 'de', 'critical'],
    ['Seit heute Morgen kann die Redaktion keine Artikel mehr veröffentlichen.', 'de', 'high'],
    ['Der Schichtplan für Januar hängt ab sofort am Brett. Zur Info, nichts zu tun.', 'de', 'low'],
    ['Le tram est à l’arrêt sur toute la ligne, des voyageurs sont bloqués dans les rames.', 'fr', 'critical'],
    ['Impossible de délivrer les commandes depuis 9h, le logiciel ne répond plus nulle part.', 'fr', 'critical'],
    ['La réunion avec le client commence dans un quart d’heure et la salle est fermée.', 'fr', 'high'],
    ['L’équipe compta attend la validation depuis deux heures, elle ne peut pas avancer.', 'fr', 'high'],
    ['Petite info : le parking rouvre lundi.', 'fr', 'low'],
    ['Die Leitstelle hat seit zehn Minuten keinen Zugriff mehr auf das Funksystem.', 'de', 'critical'],
    ['Die Monteure stehen seit 6 Uhr vor der Baustelle und keiner schließt auf.', 'de', 'high'],
    ['Ich kann nichts mehr ausliefern, der Build ist rot.', 'de', 'high'],
    ["Les agents de la régulation n'ont plus accès à la radio depuis dix minutes.", 'fr', 'critical'],
    ["Les techniciens attendent devant le chantier depuis 6h, personne n'a la clé.", 'fr', 'high'],
    ['Ça urge, tu peux me renvoyer le bon de commande ?', 'fr', 'high'],
    ['Der Ticketautomat am Gleis 3 ist aus und die Fahrgäste warten.', 'de', 'high'],
    ['La borne d’accueil ne marche pas et les patients attendent dehors.', 'fr', 'high'],
    ['Alles klar, ich schick dir die Folien sofort.', 'de', 'normal'],
    ['Ça marche, je t’envoie les slides tout de suite.', 'fr', 'normal'],
  ] as const)('%j (%s) is %s', (text, language, urgency) => {
    expect(read(text, language)).toMatchObject({ language, urgency });
  });
});

describe('German and French: "vorher" / "avant" after a time is a deadline', () => {
  it.each([
    'Das Kundenmeeting fängt in 20 Minuten an. Kannst du mir die Folien vorher schicken?',
    'Le comité commence dans 20 minutes, tu peux m’envoyer la slide avant ?',
  ])('%j', (text) => {
    expect(read(text).deadline).toEqual(new Date(2026, 10, 25, 10, 20));
  });
});
