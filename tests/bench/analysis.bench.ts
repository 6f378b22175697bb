/**
 * Analyser speed: `analyzeMessage` on a realistic 2,000-character draft, English and French
 * (target ≤ 1 ms p95), and on every dev draft, per language (each draft timed a few times, read as
 * the coach reads it). CPU time (the process's, so other work on a shared machine does not count)
 * beside wall time. `npm run bench analysis`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadAllPacks } from '../../utils/compose/analysis/lang/packs';
import { detectLanguage, type DetectedLanguage } from '../../utils/compose/analysis/language';
import { analyzeMessage } from '../../utils/compose/analysis/message';
import { fmtMs, quantiles, timeCalls, timeOnce, type Timing } from './timing';

const EMAIL = `Hi Dana,

Thanks again for taking the time to walk us through Brightline's support setup last week. It was really helpful to hear how your team handles the seasonal spikes around tax season, and I think we now have a good picture of where our routing rules could save your agents time.

As promised, I've attached the proposal for the Growth plan with 35 agent seats. A few notes:

- Pricing assumes an annual commitment; monthly billing is possible at +12%.
- The Salesforce integration is included, the custom SSO setup is a one-time fee.
- We can start onboarding within two weeks of signature.
- Our team can also run a two-day workshop for your leads: https://helpwise.example.com/workshops

On the technical side, your admins asked about the webhook retries. We retry with exponential backoff for 24 hours and you can replay any event from the dashboard; the \`X-Helpwise-Signature\` header lets you verify each call. Kenji from our solutions team is happy to join a call with your IT folks if that helps.

Our Q4 pricing is only guaranteed for contracts signed before year end, so could you let me know no later than Dec 4 whether you'd like to move forward, or if there's anything in the proposal you'd like us to change? If procurement needs more time, tell me by Friday and I'll ask my manager to extend the offer.

Two more things from the call: your team lead mentioned that the current tool drops attachments larger than 10 MB, which our inbox handles up to 25 MB, and that agents lose context when a ticket moves between queues. Both are covered in section 3 of the proposal. For the migration, we would import the last 18 months of tickets from Zendesk, including tags, macros and customer notes, and run both systems in parallel for a week so nobody loses a conversation during the switch. Training for the 35 agents takes about an hour per group, and we record it for new hires.

Happy to set up a call with your procurement team as well.

Best,
Tom Reyes
Account Executive | Helpwise
+1 (415) 555-0182`;

const COURRIEL = `Bonjour Claire,

Merci encore d'avoir pris le temps de nous présenter l'organisation du support chez Brightline la semaine dernière. C'était très utile de comprendre comment ton équipe gère les pics d'activité de la période fiscale, et je pense que nous voyons maintenant où nos règles de routage peuvent faire gagner du temps à tes agents.

Comme promis, tu trouveras ci-joint la proposition pour l'offre Croissance avec 35 postes. Quelques remarques :

- Le tarif suppose un engagement annuel ; la facturation mensuelle est possible à +12 %.
- L'intégration Salesforce est incluse, la configuration SSO est facturée une seule fois.
- Nous pouvons démarrer l'intégration dans les deux semaines qui suivent la signature.
- Notre équipe peut aussi animer un atelier de deux jours pour tes responsables : https://helpwise.example.com/ateliers

Côté technique, tes administrateurs ont posé une question sur les relances des webhooks. Nous relançons avec un délai croissant pendant 24 heures et tu peux rejouer chaque événement depuis le tableau de bord ; l'en-tête \`X-Helpwise-Signature\` permet de vérifier chaque appel. Kenji, de l'équipe solutions, peut rejoindre un appel avec ton service informatique si cela aide.

Notre tarif du quatrième trimestre n'est garanti que pour les contrats signés avant la fin de l'année : pourrais-tu me dire au plus tard le 4 décembre si vous souhaitez avancer, ou s'il y a quelque chose à changer dans la proposition ? Si les achats ont besoin de plus de temps, dis-le-moi d'ici vendredi et je demanderai à ma responsable de prolonger l'offre.

Deux autres points de notre échange : ton responsable d'équipe a mentionné que l'outil actuel perd les pièces jointes de plus de 10 Mo, alors que notre boîte les accepte jusqu'à 25 Mo, et que les agents perdent le contexte quand un ticket change de file. Les deux sont traités dans la section 3 de la proposition. Pour la migration, nous importerions les 18 derniers mois de tickets depuis Zendesk.

Bien cordialement,
Tom Reyes`;

const FIXTURES = new URL('../fixtures/analysis/', import.meta.url);

/** The dev sets' drafts (tests/fixtures/analysis/dev-messages*.jsonl), with their language. */
function devDrafts(): { lang: string; text: string }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.startsWith('dev-messages') && f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readFileSync(new URL(f, FIXTURES), 'utf8').split('\n').filter(Boolean))
    .map((line) => JSON.parse(line) as { lang?: string; text: string })
    .map(({ lang, text }) => ({ lang: lang ?? 'en', text }));
}

const RUNS_PER_DRAFT = 7;

/** Each dev draft's median time over a few calls (after one pass over all), then per language the median, p95 and worst of those. */
function perDraft(now: Date): void {
  const drafts = devDrafts().map((d) => ({ ...d, as: (detectLanguage(d.text) ?? d.lang) as DetectedLanguage }));
  const run = (d: (typeof drafts)[number]) => analyzeMessage(d.text, { now, language: d.as });
  drafts.forEach(run);
  const byLang = new Map<string, { cpu: number[]; wall: number[] }>();
  for (const d of drafts) {
    const cpu: number[] = [];
    const wall: number[] = [];
    for (let i = 0; i < RUNS_PER_DRAFT; i++) {
      const t = timeOnce(() => run(d));
      cpu.push(t.cpu);
      wall.push(t.wall);
    }
    const entry = byLang.get(d.lang) ?? { cpu: [], wall: [] };
    entry.cpu.push(quantiles(cpu).median);
    entry.wall.push(quantiles(wall).median);
    byLang.set(d.lang, entry);
  }
  for (const [lang, { cpu, wall }] of byLang) {
    const c = quantiles(cpu);
    const w = quantiles(wall);
    console.log(`analyzeMessage, dev drafts in ${lang} (${cpu.length}): CPU median ${fmtMs(c.median)}, p95 ${fmtMs(c.p95)}, worst ${fmtMs(Math.max(...cpu))}; wall p95 ${fmtMs(w.p95)}`);
  }
}

const fmt = (t: Timing) => `CPU median ${fmtMs(t.cpuMedian)}, p95 ${fmtMs(t.cpuP95)}; wall median ${fmtMs(t.median)}, p95 ${fmtMs(t.p95)}`;

export default async function bench(): Promise<void> {
  await loadAllPacks();
  const draft = EMAIL.slice(0, 2000); // the full email, cut to exactly 2,000 characters
  const now = new Date(2026, 10, 24, 10, 0);
  const t = timeCalls(() => analyzeMessage(draft, { now }), 1000, 100);
  console.log(`analyzeMessage, ${draft.length}-char email draft: ${fmt(t)} over ${t.runs} calls (target p95 ≤ 1 ms)`);
  const brouillon = COURRIEL.slice(0, 2000);
  const f = timeCalls(() => analyzeMessage(brouillon, { now }), 1000, 100);
  console.log(`analyzeMessage, ${brouillon.length}-char French email draft: ${fmt(f)} over ${f.runs} calls (target p95 ≤ 1 ms)`);
  const chat = 'hey @sam :wave: prod is down, api gateway returning 502 since 14:05, can someone from infra join the bridge asap? https://meet.example.com/abc';
  const c = timeCalls(() => analyzeMessage(chat, { now }), 1000, 100);
  console.log(`analyzeMessage, ${chat.length}-char chat message: ${fmt(c)}`);
  const huge = (EMAIL + '\n').repeat(12).slice(0, 20000);
  const h = timeCalls(() => analyzeMessage(huge, { now }), 100, 10);
  console.log(`analyzeMessage, ${huge.length}-char pasted text (capped): ${fmt(h)}`);
  perDraft(now);
}
