/**
 * `npm run train`: trains the analyser's learned parts (utils/compose/analysis/learned/) from the
 * labelled drafts in tests/fixtures/analysis/ (English: dev-messages*.jsonl, holdout/, fresh/ …;
 * Spanish, German, French, Portuguese: dev-messages-intl*.jsonl and the same folders'
 * messages-intl.jsonl), one model per RECIPES entry: English's own (weights.ts) and one learned
 * from all five languages that reads drafts in es/de/fr/pt (weights-intl.ts). The latter learns
 * from each draft's words and from what the rules found in it (message.ts `modelInput`: the
 * language, the ping markers, how many topic words are left, whether it reaches out, asks, states
 * something). For each it prints 5-fold cross-validation figures per language (rules alone, model
 * alone, both combined, each verdict fitted inside the fold, nothing of the test fold seen;
 * near-duplicate drafts share a fold), then trains on everything and writes the weights.
 * `-- --dry` only reports. `-- --cv` leaves fresh-6/ out of everything and only reports.
 * `-- --check` trains on everything but fresh-6/ and scores fresh-6/ with the rules alone and with
 * the model: the check on drafts no rule was tuned on (use sparingly). `-- --no-cv` skips the
 * outer cross-validation (quicker); `TRAIN_CUTS=1` prints the ping verdict and the urgency at each
 * cut, out of fold and on the check.
 * `TRAIN_EXCLUDE=<file.jsonl>` leaves out the drafts with that file's ids. `-- --verify` trains
 * without the cross-validation and exits 1 unless the result is byte for byte the checked-in
 * weights; `TRAIN_ONLY=weights-intl.ts` trains one recipe; `TRAIN_PROBE` see `probe`.
 *
 * The rules were tuned on some of these files far more than on others (on the es/de/fr/pt files,
 * to near 1.0 on every one): how much a head may overrule them is fitted on the drafts they were
 * tuned on least (`unseen`), or by how often the model alone is right when it says yes that
 * confidently (`precision`). The rules' verdicts themselves are no features: where the rules were
 * tuned, they are right by construction, and a model that leans on them learns nothing about
 * where they fail (measured: with them, 5-fold CV on English's least-tuned files gave urgency 0.942
 * and mode 0.944 against 0.967 and 0.962 without).
 *
 * Figures, 2026-12-06 (night). Validation on fresh-5/ (`--check`: trained on everything else,
 * fresh-4/, dev-messages-4 and dev-messages-intl-6 included, dev-messages-5 too for English's model;
 * scored on fresh-5/, on which no rule was tuned; aggregate figures only, its misses unread), rules
 * alone → the weights scored at f9ee43b → now, mode / ping F1 (precision) / urgency:
 * en 0.840 → 0.880 → 0.933 / 0.345 → 0.685 (1.0) → 0.785 (1.0) / 0.853 → 0.860 → 0.933;
 * es 0.875 → 0.925 → 0.900 / 0.471 → 0.556 (1.0) → 0.556 (1.0) / 0.800 → 0.825 → 0.825;
 * de 0.800 → 0.825 → 0.825 / 0.375 → 0.632 (1.0) → 0.632 (1.0) / 0.800 → 0.825 → 0.825;
 * fr 0.825 → 0.850 → 0.850 / 0.143 → 0.375 (1.0) → 0.471 (1.0) / 0.875 → 0.900 → 0.900;
 * pt 0.825 → 0.875 → 0.850 / 0.267 → 0.632 (1.0) → 0.700 (1.0) / 0.750 → 0.775 → 0.800.
 * With the es/de/fr/pt ping cut at its precision cut (-1.25) instead of 2.25, fresh-5/ gave ping F1
 * es 0.870, de 0.917, fr 0.818, pt 0.917 (precision 1.0) but the minimal pairs failed (see the recipe).
 * 5-fold CV (fresh-5/ included), rules alone → rules + model, mode / ping F1 (P) / urgency: English's
 * model (1,700 drafts) on en 0.911 → 0.961 / 0.793 → 0.933 (0.989) / 0.932 → 0.947; the five-language
 * model (3,313 drafts) on es 0.932 → 0.946 / 0.814 → 0.866 (0.988) / 0.921 → 0.929, de 0.946 → 0.950
 * / 0.865 → 0.906 (1.0) / 0.946 → 0.944, fr 0.943 → 0.952 / 0.830 → 0.885 (1.0) / 0.946 → 0.950,
 * pt 0.923 → 0.934 / 0.750 → 0.852 (1.0) / 0.888 → 0.907.
 * 2026-12-06 (morning): the validation set is fresh-6/ (scored once at 03:59, aggregate figures
 * only, its misses unread); the recipes now list fresh-5/, dev-messages-6 (English, 200 drafts
 * written blind), dev-messages-intl-7 and -8 (320 each, written blind), and fresh-6/ outside
 * `--check` and `--cv`. Neither model is retrained yet (`--verify` reports both not reproduced).
 * English's, retrained on these files with its ping floor at 1.5, read fresh-6/ (trained without
 * it; rules alone → the checked-in weights, its README, read blind → retrained), mode / ping F1
 * (precision) / urgency: en 0.847 → 0.953 → 0.960 / 0.351 → 0.747 (1.0) → 0.795 (1.0) / 0.827 →
 * 0.893 → 0.893, but trained on everything it gives "can u send me the figma links … thx" a why
 * and calls "back in 20 min. Can you watch the queue?" other than normal (message.test.ts), also
 * with its context and urgent floors at 2 and 1, and below 1.5 calls "need someone from infra on
 * the bridge" a ping (logit 1.3). First readings, before they were learned (main 4ee91ce, the weights
 * before), rules alone → rules + model: dev-messages-6 en mode 0.825 → 0.935, ping F1 0.280 →
 * 0.806 (1.0), urgency 0.830 → 0.910; dev-messages-intl-8 ping F1 es 0.359 → 0.512, de 0.316 →
 * 0.400, fr 0.171 → 0.359, pt 0.359 → 0.578 (1.0 each), urgency es/de/fr/pt 0.863/0.850/0.875/
 * 0.850. 5-fold CV of that English model (2,050 drafts, fresh-6/ and dev-messages-6 included), rules
 * alone → rules + model: mode 0.898 → 0.962, ping F1 0.718 → 0.905 (0.992), urgency 0.914 → 0.941.
 * The five-language model: trained on
 * these files it reads "ainda tá online no sistema de ponto, Bia?" (message-intl.test.ts) as a
 * ping (logit 3.5-4.8) above any cut that keeps fresh-4/'s French ping floor (dev-set.test.ts),
 * also with a gate tried (no ping added where a topic word follows "para/sobre/pour/für/über/
 * about": three minimal pairs right by construction, no English ping lost, but over Outlook's
 * budget in English's chunk). Its `--check` before that test, at the 2.25 cut, no gate, without
 * intl-8: ping F1 on fresh-6/ es 0.818, de 0.632, fr 0.762, pt 0.632 (precision 1.0; the weights
 * before: 0.632 / 0.556 / 0.700 / 0.700). Tried and not kept: the topic words left as features
 * (each word, the word before it, its letters: no gain out of fold on 1,180 rules-unseen es/de/
 * fr/pt drafts), a ping head reading only the rules' findings and the topic words (no better).
 * weights-intl.ts dates from before the language detection of 7b644f7 (retrained at 011c36b it
 * read two minimal pairs as pings and fresh-4/'s Portuguese urgency fell to 0.75).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyzeMessage, type MessageAnalysis, type Urgency } from '../../../utils/compose/analysis/message';
import { normalizeDraft } from '../../../utils/compose/analysis/message-normalize';
import { blankQuotes, lowSignal } from '../../../utils/compose/analysis/message-signals';
import { detectLanguage, type CoachedLanguage } from '../../../utils/compose/analysis/language';
import { draftFeatures, type FeatureVector } from '../../../utils/compose/analysis/learned/features';
import { signalsOf } from '../../../utils/compose/analysis/learned/signals';
import { decide, HEADS, levelsToText, MAX_LEVEL, unpackModel, type Cut, type Head, type PackedModel } from '../../../utils/compose/analysis/learned/model';
import { loadAllPacks, packOf } from '../../../utils/compose/analysis/lang/packs';
import { MessageRow } from '../eval/messages';
import { binaryScores, type Row } from '../eval/score';
import { FOLDS, splits } from './folds';
import { dot, quantise, trainLogistic, type Trained, type TrainOptions } from './logistic';

await loadAllPacks(); // drafts in every language; the code that reads a draft with a model ships in their chunks

const FIXTURES = new URL('../../fixtures/analysis/', import.meta.url);
const OUT = new URL('../../../utils/compose/analysis/learned/', import.meta.url);
/** The drafts no rule was tuned on: scored by `--check`, left out by `--cv` and `--check`. */
const CHECK_EN = 'fresh-6/messages-en.jsonl';
const CHECK_FILES = [CHECK_EN, 'fresh-6/messages-intl.jsonl'];
const CHECK = process.argv.includes('--check');
const HOLD_OUT = CHECK || process.argv.includes('--cv');
/** `--no-cv`: skip the outer cross-validation (its figures), for a quicker `--check` or `--dry`. */
const VERIFY = process.argv.includes('--verify');
const NO_CV = VERIFY || process.argv.includes('--no-cv');
/** The English labelled files (paths under FIXTURES). */
const EN_FILES = ['dev-messages.jsonl', 'dev-messages-2.jsonl', 'dev-messages-3.jsonl', 'holdout/dev-messages-2.jsonl', 'fresh/messages-en.jsonl', 'fresh-2/messages-en.jsonl', 'fresh-3/messages-en.jsonl', 'fresh-4/messages-en.jsonl', 'dev-messages-4.jsonl', 'dev-messages-5.jsonl', 'fresh-5/messages-en.jsonl', 'dev-messages-6.jsonl'];
/** The Spanish, German, French and Portuguese ones. */
const INTL_FILES = [
  'dev-messages-intl.jsonl',
  'dev-messages-intl-2.jsonl',
  'dev-messages-intl-3.jsonl',
  'dev-messages-intl-4.jsonl',
  'dev-messages-intl-5.jsonl',
  'holdout/dev-messages-intl.jsonl',
  'fresh/messages-intl.jsonl',
  'fresh-2/messages-intl.jsonl',
  'fresh-3/messages-intl.jsonl',
  'fresh-4/messages-intl.jsonl',
  'dev-messages-intl-6.jsonl',
  'fresh-5/messages-intl.jsonl',
  'dev-messages-intl-7.jsonl',
  'dev-messages-intl-8.jsonl',
];

/** One model to train: from which files, how, and where its weights go. */
interface Recipe {
  name: string;
  out: string;
  files: string[];
  /** Read each draft in its row's language (else as the coach does: in the language detected, the row's when too short to tell). */
  rowLanguage: boolean;
  /** The model reads the rules' findings besides the words. */
  signals: boolean;
  /** Labelled files the rules were tuned on least (see the header). */
  unseen: string[];
  veto: Head[];
  minYes: Partial<Record<Head, number>>;
  precision: Partial<Record<Head, number>>;
  addOnly: Head[];
  /** The least confidence a head needs to say yes against the rules on drafts in es/de/fr/pt (a head's null: never there; the whole null: the model has no cuts of its own there). */
  minYesIntl: Partial<Record<Head, number | null>> | null;
}

const RECIPES: Recipe[] = [
  /*
   * English's model, read on English drafts: the words alone; the ping cut the lowest at which the
   * verdict's out-of-fold precision is 0.95, the others fitted on what overruling the rules gains.
   * On fresh-5/ it read English better than the model below (ping F1 0.886 against 0.867 at their
   * own cuts), so English keeps it. Floors: below 1 its ping head calls
   * short statements and requests pings ("morning standup is cancelled", "I need your sign-off on
   * the budget": logits up to 0.9), below 0.75 its urgent head calls "back in 20 min. Can you watch the queue?"
   * needed now, and below 1.75 its context head finds a why in "can u send me the figma links for
   * the pricing page, … thx" (logit 1.6; message.test.ts).
   */
  {
    name: 'English',
    out: 'weights.ts',
    files: [...EN_FILES, ...(HOLD_OUT ? [] : [CHECK_EN])],
    rowLanguage: true,
    signals: false,
    unseen: ['dev-messages-3.jsonl', 'holdout/dev-messages-2.jsonl', 'fresh/messages-en.jsonl', 'fresh-4/messages-en.jsonl', 'dev-messages-4.jsonl', 'dev-messages-5.jsonl', 'fresh-5/messages-en.jsonl', 'dev-messages-6.jsonl', CHECK_EN],
    veto: ['low', 'urgent', 'critical'],
    minYes: { ping: 1, context: 1.75, urgent: 0.75 },
    precision: { ping: 0.95 },
    addOnly: [],
    minYesIntl: null,
  },
  /*
   * The model of Spanish, German, French and Portuguese drafts: one for all five languages (their
   * drafts and English's), reading the words and the rules' findings, with the cuts below.
   */
  {
    name: 'all five languages',
    out: 'weights-intl.ts',
    // Not dev-messages-5 (English): with it, the ping head read two minimal pairs of
    // message-intl.test.ts that name a topic after the probe as pings above the 2.25 cut.
    files: [...EN_FILES.filter((f) => f !== 'dev-messages-5.jsonl' && f !== 'dev-messages-6.jsonl'), ...INTL_FILES, ...(HOLD_OUT ? [] : CHECK_FILES)],
    rowLanguage: false,
    signals: true,
    unseen: ['dev-messages-3.jsonl', 'holdout/dev-messages-2.jsonl', 'fresh/messages-en.jsonl', 'holdout/dev-messages-intl.jsonl', 'fresh/messages-intl.jsonl', 'fresh-2/messages-intl.jsonl', 'fresh-4/messages-en.jsonl', 'fresh-4/messages-intl.jsonl', 'dev-messages-4.jsonl', 'dev-messages-intl-6.jsonl', 'fresh-5/messages-en.jsonl', 'fresh-5/messages-intl.jsonl', 'dev-messages-intl-7.jsonl', 'dev-messages-intl-8.jsonl', ...CHECK_FILES],
    veto: ['critical'],
    /* "Needed now" only when the model is sure; a ping's cut is set by its precision (below). */
    minYes: { context: 1, urgent: 2.25 },
    /*
     * Heads that may say yes against the rules wherever the model alone, out of fold, is right this
     * often when it says yes that confidently (on the drafts the rules say no to, for the heads in
     * addOnly). The rules are right on nearly every draft they were tuned on, so a cut fitted on what
     * overruling them gains there says "never"; on new drafts they miss what their lists do not
     * name, and a confident model is right there about as often as anywhere.
     */
    precision: { ping: 0.95, urgent: 0.98, sensitive: 0.8 },
    /*
     * Heads that learn only from the drafts the rules say no to (for a ping, that can be one): where
     * they may add a verdict, the only drafts they are read on. A ping head that learns from every
     * draft learns the availability probe itself ("¿tienes un momento?"), which the rules already
     * catch, and then reads the same probe naming a topic as a ping.
     */
    addOnly: ['sensitive', 'ping'],
    /*
     * On drafts in es/de/fr/pt the precision cut (-1.25 with 0.95) found far more of fresh-5's
     * pings (ping F1 es 0.870, de 0.917, fr 0.818, pt 0.917, precision 1.0) but read the minimal
     * pairs of message-intl.test.ts that name a topic after the probe ("¿tienes un momento para el
     * inventario?", logit up to 2.05) as pings: the model cannot yet tell a topic the rules do not
     * know from a probe word they do not know, so it adds a ping there only above 2.25. What it
     * makes of context there ("sin prisa, ¿me dices qué te parece el borrador?" states no situation)
     * is no better than the rules, nor of "no rush" (below 0.5 "Der Drucker … geht schon wieder
     * nicht mehr." would be an FYI).
     */
    minYesIntl: { ping: 2.25, context: null, low: null },
  },
];
let recipe = RECIPES[0]!;
/** Ids left out of everything (TRAIN_EXCLUDE, see the header). */
const EXCLUDED = new Set(process.env.TRAIN_EXCLUDE ? readFileSync(process.env.TRAIN_EXCLUDE, 'utf8').split('\n').flatMap((l) => (l.trim() ? [(JSON.parse(l) as { id: string }).id] : [])) : []);
const NOW = new Date(2026, 10, 24, 10, 0);
const OPTIONS: TrainOptions = {
  buckets: Number(process.env.TRAIN_BUCKETS ?? 4096),
  epochs: Number(process.env.TRAIN_EPOCHS ?? 12),
  rate: Number(process.env.TRAIN_RATE ?? 0.3),
  l2: Number(process.env.TRAIN_L2 ?? 1e-5),
  seed: 11,
};
/** Weight levels kept (at most MAX_LEVEL): fewer levels, a smaller bundle. */
const LEVELS = Math.min(MAX_LEVEL, Number(process.env.TRAIN_LEVELS ?? 5));
const THRESHOLDS = Array.from({ length: 33 }, (_, i) => -4 + i * 0.25);
/** What a head must gain on the fitting rows before it may overrule the rules at all. */
const MIN_GAIN = 0.005;
/** The fewest yes a precision cut is measured on. */
const MIN_PRECISION_SUPPORT = 10;

type Verdicts = Record<Head, boolean>;
interface Example {
  id: string;
  file: string;
  /** The language the row is labelled in, and the one the coach reads it in (null: another language, nothing to learn). */
  lang: CoachedLanguage;
  readAs: CoachedLanguage | null;
  text: string;
  x: FeatureVector | null;
  truth: Verdicts;
  labels: { ping: boolean; context: boolean; ask: boolean; deadline: boolean; urgency: string; sensitive: boolean; mode: string };
  rules: Verdicts;
  /** The rules' urgency (four levels), and whether it is the writer's own "no rush" (which the model never overrules). */
  rulesUrgency: Urgency;
  saysNoRush: boolean;
  /** The model may call it a ping (message.ts `canBePing`: short, reaches out, not only a thank-you). */
  canBePing: boolean;
}

function verdicts(a: Pick<MessageAnalysis, 'ping' | 'context' | 'ask' | 'urgency' | 'sensitive'>): Verdicts {
  return {
    ping: a.ping,
    context: a.context,
    urgent: a.urgency === 'high' || a.urgency === 'critical',
    critical: a.urgency === 'critical',
    sensitive: a.sensitive,
    low: a.urgency === 'low',
  };
}

function load(files: readonly string[]): Example[] {
  return files.flatMap((file) =>
    readFileSync(new URL(file, FIXTURES), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((line) => {
        const parsed = MessageRow.safeParse(JSON.parse(line));
        if (!parsed.success || EXCLUDED.has(parsed.data.id)) return [];
        const { id, lang, text, labels } = parsed.data;
        let x: FeatureVector | null = null;
        let canBePing = false;
        const language = recipe.rowLanguage ? lang : (detectLanguage(text) ?? lang);
        const byRules = analyzeMessage(text, { now: NOW, model: null, language, modelInput: (draft, facts) => {
            x = draftFeatures(draft, OPTIONS.buckets, recipe.signals ? signalsOf(facts) : []).vector;
            canBePing = facts[1] !== null && facts[3] && !facts[8];
          },
        });
        const pack = byRules.language ? packOf(byRules.language) : null;
        // A draft the rules settle before the model is read (emoji alone): its words, all the same.
        if (pack) x ??= draftFeatures(normalizeDraft(text, pack), OPTIONS.buckets, []).vector;
        const saysNoRush = pack !== null && lowSignal(blankQuotes(normalizeDraft(text, pack).text.toLowerCase()), pack).explicit !== null;
        return [{ id, file, lang, readAs: byRules.language, text, x, truth: verdicts(labels), labels, rules: verdicts(byRules), rulesUrgency: byRules.urgency, saysNoRush, canBePing } satisfies Example];
      }),
  );
}

/** The rows read in a coached language, with what the model reads of them. */
const readable = (rows: readonly Example[]) => rows.filter((r): r is Example & { x: FeatureVector } => r.x !== null);

function trainHeads(rows: readonly Example[]): Record<Head, Trained> {
  const out = {} as Record<Head, Trained>;
  for (const head of HEADS) {
    // A head in addOnly learns only where it may add a verdict: the drafts the rules say no to (for a ping, that can be one).
    const these = readable(rows).filter((r) => !recipe.addOnly.includes(head) || (!r.rules[head] && (head !== 'ping' || r.canBePing)));
    out[head] = trainLogistic(
      these.map((r) => r.x),
      these.map((r) => r.truth[head]),
      OPTIONS,
    );
  }
  return out;
}

/** Each row's head logits from a model that never saw it. */
function outOfFoldLogits(rows: readonly Example[], seed: number): Map<Example, Record<Head, number>> {
  const out = new Map<Example, Record<Head, number>>();
  for (const { train, test } of splits(rows, seed)) {
    const heads = trainHeads(train);
    for (const r of readable(test)) out.set(r, Object.fromEntries(HEADS.map((h) => [h, dot(heads[h].weights, heads[h].bias, r.x)])) as Record<Head, number>);
  }
  return out;
}

type Combine = Record<Head, Cut>;
type Threshold = Cut;

/** The heads that together set the urgency (message.ts: low, then urgent, then critical). */
const URGENCY_HEADS = ['low', 'urgent', 'critical'] as const satisfies readonly Head[];
/** Passes of coordinate ascent over the urgency heads' thresholds. */
const URGENCY_PASSES = 3;

/** The urgency message.ts reaches from the rules' urgency and the urgency heads' logits. */
function combinedUrgency(rules: Urgency, saysNoRush: boolean, logits: Record<Head, number>, combine: Pick<Combine, (typeof URGENCY_HEADS)[number]>): Urgency {
  let u = rules;
  if ((u === 'low' && !saysNoRush) || u === 'normal') u = decide(combine.low, logits.low, u === 'low') ? 'low' : 'normal';
  const urgent = u === 'high' || u === 'critical';
  if (decide(combine.urgent, logits.urgent, urgent) !== urgent) u = urgent ? 'normal' : 'high';
  if (u === 'high' || u === 'critical') u = decide(combine.critical, logits.critical, u === 'critical') ? 'critical' : 'high';
  return u;
}

/**
 * Where each head may overrule the rules: the logit above which it says yes against them, and
 * (for the heads in VETO) below which it says no, each kept only when it gains on these rows.
 * The urgency heads are fitted together, for the four-level urgency they set (coordinate ascent:
 * each head's pair in turn, the others held), since the best threshold for "urgent" alone can
 * cost urgency as a whole (a draft pushed to high that the critical head then misreads).
 */
function fitCombine(all: readonly Example[], logits: Map<Example, Record<Head, number>>): Combine {
  const rows = all.filter((r) => logits.has(r));
  const unseen = rows.filter((r) => recipe.unseen.includes(r.file));
  const fitOn = unseen.length >= 50 ? unseen : rows;
  const out = {} as Combine;
  // A ping's precision is the verdict's (the rules' pings and the model's, where a draft can be one);
  // any other head's, the model's alone (on the drafts the rules say no to, for the heads in addOnly).
  const precisionCut = (head: Head, target: number): number | null =>
    THRESHOLDS.find((t) => {
      if (t < (recipe.minYes[head] ?? -Infinity)) return false;
      const said =
        head === 'ping'
          ? rows.filter((r) => r.rules.ping || (r.canBePing && (logits.get(r)?.ping ?? 0) > t))
          : rows.filter((r) => (!recipe.addOnly.includes(head) || !r.rules[head]) && (logits.get(r)?.[head] ?? 0) > t);
      return said.length >= MIN_PRECISION_SUPPORT && said.filter((r) => r.truth[head]).length / said.length >= target;
    }) ?? null;
  const search = (head: Head, scoreOf: (t: Threshold) => number): Threshold => {
    const target = recipe.precision[head];
    const yesCandidates = target === undefined ? [null, ...THRESHOLDS.filter((t) => t >= (recipe.minYes[head] ?? -Infinity))] : [precisionCut(head, target)];
    let best = { yes: null as number | null, no: null as number | null, score: -Infinity };
    for (const yes of yesCandidates) {
      for (const no of recipe.veto.includes(head) ? [null, ...THRESHOLDS] : [null]) {
        const score = scoreOf({ yes, no });
        if (score > best.score + MIN_GAIN) best = { yes, no, score };
      }
    }
    return { yes: best.yes, no: best.no };
  };
  for (const head of HEADS.filter((h) => !(URGENCY_HEADS as readonly Head[]).includes(h))) {
    out[head] = search(head, ({ yes, no }) => {
      const got = fitOn.map((r) => {
        const l = logits.get(r)?.[head] ?? 0;
        return r.rules[head] ? no === null || l >= no : yes !== null && l > yes;
      });
      return head === 'ping' ? pingScore(fitOn.map((r) => r.truth.ping), got) : got.filter((g, i) => g === fitOn[i]?.truth[head]).length / (fitOn.length || 1);
    });
  }
  for (const head of URGENCY_HEADS) out[head] = { yes: null, no: null };
  const urgencyAccuracy = (combine: Combine) =>
    fitOn.filter((r) => combinedUrgency(r.rulesUrgency, r.saysNoRush, logits.get(r) ?? ({} as Record<Head, number>), combine) === r.labels.urgency).length / (fitOn.length || 1);
  for (let pass = 0; pass < URGENCY_PASSES; pass++) {
    for (const head of URGENCY_HEADS) out[head] = search(head, (t) => urgencyAccuracy({ ...out, [head]: t }));
  }
  return out;
}

/** F1 of the ping verdict, with precision under 0.97 costing more than any recall gains. */
function pingScore(truth: boolean[], got: boolean[]): number {
  const tp = got.filter((g, i) => g && truth[i]).length;
  const fp = got.filter((g, i) => g && !truth[i]).length;
  const fn = got.filter((g, i) => !g && truth[i]).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  return precision >= 0.97 ? 1 + f1 : f1;
}

/** The cuts on drafts in es/de/fr/pt (fitted on them), no lower than the recipe's minYesIntl. */
function intlCuts(combine: Combine, minYes: Partial<Record<Head, number | null>>): Combine {
  const floor = (h: Head, yes: number | null) => {
    const least = minYes[h];
    return yes === null || least === null ? null : Math.max(yes, least ?? -Infinity);
  };
  return Object.fromEntries(HEADS.map((h) => [h, { yes: floor(h, combine[h].yes), no: combine[h].no }])) as Combine;
}

function pack(heads: Record<Head, Trained>, combine: Combine, intl: Combine | null = null): PackedModel {
  const bytes = new Int8Array(OPTIONS.buckets * HEADS.length);
  const packedHeads = {} as PackedModel['heads'];
  HEADS.forEach((head, h) => {
    const q = quantise(heads[head].weights, LEVELS);
    bytes.set(q.bytes, h * OPTIONS.buckets);
    const round = (n: number) => Math.round(n * 1e4) / 1e4; // four decimals: a logit moves by < 0.0003, the chunk is ~19 B smaller
    packedHeads[head] = { scale: round(q.scale), bias: round(heads[head].bias), ...combine[head], ...(recipe.minYesIntl && intl && { intl: intlCuts(intl, recipe.minYesIntl)[head] }) };
  });
  return { buckets: OPTIONS.buckets, heads: packedHeads, pairs: levelsToText(bytes) };
}

/** Trains on `rows` (with the rule weights fitted by an inner cross-validation) and packs the result. */
function build(rows: readonly Example[], seed: number): { packed: PackedModel; alone: PackedModel; logits: Map<Example, Record<Head, number>> } {
  const heads = trainHeads(rows);
  const alone = Object.fromEntries(HEADS.map((h) => [h, { yes: 0, no: 0 }])) as Combine;
  const logits = outOfFoldLogits(rows, seed);
  // English drafts' cuts are fitted on English drafts, the other languages' on theirs.
  const intl = recipe.minYesIntl ? fitCombine(rows.filter((r) => r.lang !== 'en'), logits) : null;
  return { packed: pack(heads, fitCombine(rows.filter((r) => r.lang === 'en'), logits), intl), alone: pack(heads, alone, alone), logits };
}

const CUT_STEPS = [-3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.25, 2.5, 3];

/**
 * The ping verdict at each cut (the rules' ping, or the model's where the draft can be one and the
 * logit is above the cut), English drafts and the others apart: precision, recall, F1, and the
 * precision of what the model adds alone. `TRAIN_CUTS=1` prints it out of fold and on the check.
 */
function pingCuts(title: string, rows: readonly Example[], logitOf: (r: Example) => number | undefined): void {
  for (const [group, these] of [['en', rows.filter((r) => r.lang === 'en')], ['es/de/fr/pt', rows.filter((r) => r.lang !== 'en')]] as const) {
    if (!these.length) continue;
    const cells = CUT_STEPS.map((t) => {
      const got = these.map((r) => r.rules.ping || (r.canBePing && (logitOf(r) ?? -Infinity) > t));
      const tp = got.filter((g, i) => g && these[i]?.truth.ping).length;
      const fp = got.filter((g, i) => g && !these[i]?.truth.ping).length;
      const fn = got.filter((g, i) => !g && these[i]?.truth.ping).length;
      const added = these.filter((r, i) => got[i] && !r.rules.ping);
      const addedRight = added.filter((r) => r.truth.ping).length;
      return `${t}: F1 ${((2 * tp) / (2 * tp + fp + fn || 1)).toFixed(3)} P ${(tp / (tp + fp || 1)).toFixed(3)} R ${(tp / (tp + fn || 1)).toFixed(3)} +${addedRight}/${added.length}`;
    });
    console.log(`  ${title}, ${group} (n=${these.length}):\n    ${cells.join('\n    ')}`);
  }
}

/** Urgency (four levels) and mode-relevant urgent accuracy with the urgent head's yes cut at each step, the other heads' cuts as packed. */
function urgentCuts(title: string, rows: readonly Example[], packed: PackedModel, logitsOf: (r: Example) => Record<Head, number> | undefined): void {
  for (const [group, these] of [['en', rows.filter((r) => r.lang === 'en')], ['es/de/fr/pt', rows.filter((r) => r.lang !== 'en')]] as const) {
    if (!these.length) continue;
    const cuts = (r: Example) => (r.lang === 'en' ? packed.heads : Object.fromEntries(HEADS.map((h) => [h, packed.heads[h].intl ?? { yes: null, no: null }]))) as Combine;
    const cells = CUT_STEPS.map((t) => {
      let right = 0;
      let urgentTp = 0;
      let urgentFp = 0;
      let urgentFn = 0;
      for (const r of these) {
        const c = cuts(r);
        const l = logitsOf(r);
        const u = l ? combinedUrgency(r.rulesUrgency, r.saysNoRush, l, { ...c, urgent: { ...c.urgent, yes: t } }) : r.rulesUrgency;
        if (u === r.labels.urgency) right++;
        const got = u === 'high' || u === 'critical';
        if (got && r.truth.urgent) urgentTp++;
        else if (got) urgentFp++;
        else if (r.truth.urgent) urgentFn++;
      }
      return `${t}: urgency ${(right / these.length).toFixed(3)} urgent P ${(urgentTp / (urgentTp + urgentFp || 1)).toFixed(3)} R ${(urgentTp / (urgentTp + urgentFn || 1)).toFixed(3)}`;
    });
    console.log(`  ${title}, ${group} (n=${these.length}):\n    ${cells.join('\n    ')}`);
  }
}

const LABELS = ['ping', 'context', 'ask', 'deadline', 'urgency', 'sensitive', 'mode'] as const;
type Scored = Row<Example['labels']> & { file: string; lang: string };

/** Each row as the analyser reads it with the rules alone (`packed` null) or with the model, as read in the draft's language (lang/packs.ts). */
function score(rows: readonly Example[], packed: PackedModel | null): Scored[] {
  const signals = recipe.signals ? signalsOf : undefined;
  const models = packed && { en: { ...unpackModel(packed), signals }, intl: { ...unpackModel(packed, true), signals } };
  return rows.map((r) => {
    const language = recipe.rowLanguage ? r.lang : (detectLanguage(r.text) ?? r.lang);
    const model = models && (language === 'en' ? models.en : models.intl);
    const a = analyzeMessage(r.text, { now: NOW, model, language });
    const actual = { ping: a.ping, context: a.context, ask: a.ask, deadline: a.deadline !== null, urgency: a.urgency, sensitive: a.sensitive, mode: a.mode };
    return { id: r.id, file: r.file, lang: r.lang, expected: r.labels, actual };
  });
}

function report(title: string, scored: readonly Scored[]): void {
  if (!scored.length) return;
  const acc = LABELS.map((l) => `${l} ${(scored.filter((s) => s.expected[l] === s.actual[l]).length / scored.length).toFixed(3)}`);
  const p = binaryScores([...scored], 'ping');
  console.log(`  ${title.padEnd(34)} n=${String(scored.length).padEnd(4)} ${acc.join('  ')}  ping F1 ${p.f1.toFixed(3)} (P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)})`);
}

const URGENCIES = ['low', 'normal', 'high', 'critical'] as const;

/** Urgency as labelled (rows) against as read (columns). */
function urgencyConfusion(title: string, scored: readonly Scored[]): void {
  const cells = URGENCIES.map((want) => URGENCIES.map((got) => scored.filter((s) => s.expected.urgency === want && s.actual.urgency === got).length));
  console.log(`  ${title}: urgency labelled → read as ${URGENCIES.join('/')}: ${URGENCIES.map((u, i) => `${u} ${cells[i]?.join('/')}`).join(', ')}`);
}

const LANGUAGES = ['en', 'es', 'de', 'fr', 'pt'];

function reportAll(title: string, scored: readonly Scored[]): void {
  for (const lang of LANGUAGES) report(`${title}, ${lang}`, scored.filter((s) => s.lang === lang));
  report(`${title}, rules-unseen en`, scored.filter((s) => s.lang === 'en' && recipe.unseen.includes(s.file)));
  report(`${title}, rules-unseen intl`, scored.filter((s) => s.lang !== 'en' && recipe.unseen.includes(s.file)));
}

/** `TRAIN_PROBE=<file.jsonl>` ({lang, text, ping} per line, e.g. the minimal pairs of message-intl.test.ts): each draft's ping verdict and ping logit with the model just trained. */
function probe(packed: PackedModel, file: string): void {
  const signals = recipe.signals ? signalsOf : undefined;
  const models = { en: { ...unpackModel(packed), signals }, intl: { ...unpackModel(packed, true), signals } };
  let wrong = 0;
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const { lang, text, ping } = JSON.parse(line) as { lang: CoachedLanguage; text: string; ping: boolean };
    const model = lang === 'en' ? models.en : models.intl;
    let l = NaN;
    const a = analyzeMessage(text, { now: NOW, model, language: lang, modelInput: (draft, facts) => { l = dot(model.heads.ping.weights, model.heads.ping.bias, draftFeatures(draft, model.buckets, model.signals?.(facts)).vector); } });
    if (a.ping !== ping) wrong++;
    console.log(`  probe ${a.ping === ping ? 'ok ' : 'BAD'} want ${ping} logit ${l.toFixed(2)} ${lang} ${text.replace(/\s+/g, ' ').slice(0, 90)}`);
  }
  console.log(`  probe: ${wrong} wrong`);
}

function train(): void {
  console.log(`\n== The model of ${recipe.name} (${recipe.out})`);
  const rows = load(recipe.files);
  console.log(`${rows.length} drafts (${LANGUAGES.map((l) => `${l} ${rows.filter((r) => r.lang === l).length}`).join(', ')}; ${rows.filter((r) => !r.x).length} read as another language) from ${recipe.files.length} files; ${OPTIONS.buckets} slots, ${HEADS.length} heads`);

  // Outer cross-validation: each fold's model (and its cuts) is built without the fold.
  const cv: Scored[] = [];
  const cvAlone: Scored[] = [];
  for (const [k, { train, test }] of (NO_CV ? [] : splits(rows, 1)).entries()) {
    const { packed, alone } = build(train, 100 + k);
    cv.push(...score(test, packed));
    cvAlone.push(...score(test, alone));
  }
  const rulesOnly = score(rows, null);
  if (process.env.TRAIN_VERBOSE) {
    // Cross-validated misses on the drafts the rules never saw (training data: fine to read).
    for (const s of cv.filter((r) => recipe.unseen.includes(r.file))) {
      const diff = LABELS.filter((l) => s.expected[l] !== s.actual[l]).map((l) => `${l}: want ${String(s.expected[l])} got ${String(s.actual[l])}`);
      if (diff.length) console.log(`  ${s.id}: ${diff.join(', ')} | ${rows.find((r) => r.id === s.id)?.text.replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  console.log(`\n${FOLDS}-fold cross-validation (accuracy per label):`);
  reportAll('rules alone', rulesOnly);
  reportAll('model alone (CV)', cvAlone);
  reportAll('rules + model (CV)', cv);
  for (const file of recipe.files) {
    report(`rules alone, ${file}`, rulesOnly.filter((s) => s.file === file));
    report(`rules + model (CV), ${file}`, cv.filter((s) => s.file === file));
  }
  urgencyConfusion('rules alone, rules-unseen', rulesOnly.filter((s) => recipe.unseen.includes(s.file)));
  urgencyConfusion('rules + model (CV), rules-unseen', cv.filter((s) => recipe.unseen.includes(s.file)));

  const { packed, logits } = build(rows, 7);
  if (process.env.TRAIN_CUTS) {
    pingCuts('ping at each cut, out of fold', rows, (r) => logits.get(r)?.ping);
    pingCuts('ping at each cut, out of fold, rules-unseen', rows.filter((r) => recipe.unseen.includes(r.file)), (r) => logits.get(r)?.ping);
    urgentCuts('urgency at each urgent cut, out of fold, rules-unseen', rows.filter((r) => recipe.unseen.includes(r.file)), packed, (r) => logits.get(r));
  }
  console.log('\nTrained on everything, scored on the same drafts (tuned-on figures):');
  reportAll('rules + model', score(rows, packed));
  console.log(`\nOverrules the rules (yes above / no below, logit): ${HEADS.map((h) => `${h} ${packed.heads[h].yes ?? 'never'}/${packed.heads[h].no ?? 'never'}`).join(', ')}`);
  if (recipe.minYesIntl) console.log(`On drafts in es/de/fr/pt: ${HEADS.map((h) => `${h} ${packed.heads[h].intl?.yes ?? 'never'}/${packed.heads[h].intl?.no ?? 'never'}`).join(', ')}`);

  if (process.env.TRAIN_PROBE) probe(packed, process.env.TRAIN_PROBE);
  if (CHECK) {
    const check = load(CHECK_FILES);
    console.log(`\nThe check: trained on everything but ${CHECK_FILES.join(', ')}, scored on their ${check.length} drafts (no rule was tuned on them):`);
    // English's model reads English drafts only; the other reads all five (English's for comparison).
    if (process.env.TRAIN_CUTS) {
      const ping = { en: unpackModel(packed).heads.ping, intl: unpackModel(packed, true).heads.ping };
      pingCuts('ping at each cut, the check', check, (r) => r.x ? dot((r.lang === 'en' ? ping.en : ping.intl).weights, ping.en.bias, r.x) : undefined);
      const all = unpackModel(packed).heads;
      urgentCuts('urgency at each urgent cut, the check', check, packed, (r) => r.x ? (Object.fromEntries(HEADS.map((h) => [h, dot(all[h].weights, all[h].bias, r.x as FeatureVector)])) as Record<Head, number>) : undefined);
    }
    for (const lang of recipe.minYesIntl ? LANGUAGES : ['en']) {
      report(`rules alone, ${lang}`, score(check.filter((r) => r.lang === lang), null));
      report(`rules + model, ${lang}`, score(check.filter((r) => r.lang === lang), packed));
    }
  } else {
    const source = `/* Generated by \`npm run train\` (tests/tools/train/run.ts) from ${rows.length} drafts in tests/fixtures/analysis/ (${recipe.files.join(', ')}). Do not edit. */
import type { PackedModel } from './model';

export const PACKED_MODEL: PackedModel = ${JSON.stringify(packed, null, 2).replace(/"(\w+)":/g, '$1:').replace(/"/g, "'")};
`;
    const size = `${(source.length / 1024).toFixed(1)} KB, ${(gzipSync(source, { level: 9 }).length / 1024).toFixed(1)} KB gzipped`;
    const path = fileURLToPath(new URL(recipe.out, OUT));
    if (VERIFY) {
      const same = readFileSync(path, 'utf8') === source;
      console.log(`\n${recipe.out}: ${same ? 'reproduced byte for byte' : 'NOT reproduced: the checked-in weights differ from what training gives'} (${size})`);
      if (!same) process.exitCode = 1;
    } else if (process.argv.includes('--dry') || HOLD_OUT) console.log(`\nThe weights would be ${size}`);
    else {
      writeFileSync(path, source);
      console.log(`\nWrote ${recipe.out} (${size})`);
    }
  }
}

for (const r of RECIPES.filter((r) => !process.env.TRAIN_ONLY || r.out === process.env.TRAIN_ONLY)) {
  recipe = r;
  train();
}
