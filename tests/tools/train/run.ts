/**
 * `npm run train`: trains the analyser's learned part (utils/compose/analysis/learned/) from the
 * English labelled drafts in tests/fixtures/analysis/dev-messages*.jsonl (never holdout/ or
 * fresh/), prints 5-fold cross-validation figures (rules alone, model alone, both combined, each
 * verdict fitted inside the fold, nothing of the test fold seen), then trains on everything and
 * writes utils/compose/analysis/learned/weights.ts. `npm run train -- --dry` only reports.
 *
 * The rules were tuned on some of these files and not on others: how much a head may overrule
 * the rules is fitted on the drafts the rules were never tuned on (RULES_UNSEEN), where the
 * rules make the mistakes they will make on new drafts; on the others they are right by construction.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { analyzeMessage, type MessageAnalysis } from '../../../utils/compose/analysis/message';
import { normalizeDraft } from '../../../utils/compose/analysis/message-normalize';
import { en } from '../../../utils/compose/analysis/lang/en';
import { draftFeatures, type FeatureVector } from '../../../utils/compose/analysis/learned/features';
import { HEADS, levelsToText, MAX_LEVEL, unpackModel, type Head, type LinearModel, type PackedModel } from '../../../utils/compose/analysis/learned/model';
import { MessageRow } from '../eval/messages';
import { binaryScores, type Row } from '../eval/score';
import { dot, quantise, random, shuffled, trainLogistic, type Trained, type TrainOptions } from './logistic';

const FIXTURES = new URL('../../fixtures/analysis/', import.meta.url);
const OUT = new URL('../../../utils/compose/analysis/learned/weights.ts', import.meta.url);
/** Labelled files the rules were never tuned against (see the header). */
const RULES_UNSEEN = new Set(['dev-messages-3.jsonl']);
const FOLDS = 5;
const NOW = new Date(2026, 10, 24, 10, 0);
const OPTIONS: TrainOptions = {
  buckets: Number(process.env.TRAIN_BUCKETS ?? 4096),
  epochs: Number(process.env.TRAIN_EPOCHS ?? 12),
  rate: Number(process.env.TRAIN_RATE ?? 0.3),
  l2: Number(process.env.TRAIN_L2 ?? 1e-5),
  seed: 11,
};
/** Weight levels kept (at most MAX_LEVEL): fewer levels, a smaller bundle. */
const LEVELS = Math.min(MAX_LEVEL, Number(process.env.TRAIN_LEVELS ?? 7));
const THRESHOLDS = Array.from({ length: 33 }, (_, i) => -4 + i * 0.25);
/** Heads that may also say no where the rules say yes; the others only add what the rules miss. */
const VETO = new Set<Head>((process.env.TRAIN_VETO ?? '').split(',').filter(Boolean) as Head[]);
/**
 * The least confidence a head needs to say yes against the rules. A ping is the verdict that holds
 * a send: the model may add one only when it is sure (short requests like "can u send it b4 friday"
 * look like pings to it).
 */
const MIN_YES: Partial<Record<Head, number>> = { ping: Number(process.env.TRAIN_MIN_PING ?? 1) };
/** What a head must gain on the fitting rows before it may overrule the rules at all. */
const MIN_GAIN = 0.005;

type Verdicts = Record<Head, boolean>;
interface Example {
  id: string;
  file: string;
  text: string;
  x: FeatureVector;
  truth: Verdicts;
  labels: { ping: boolean; context: boolean; ask: boolean; deadline: boolean; urgency: string; sensitive: boolean; mode: string };
  rules: Verdicts;
}

function verdicts(a: Pick<MessageAnalysis, 'ping' | 'context' | 'ask' | 'urgency' | 'sensitive'>): Verdicts {
  return {
    ping: a.ping,
    context: a.context,
    urgent: a.urgency === 'high' || a.urgency === 'critical',
    critical: a.urgency === 'critical',
    sensitive: a.sensitive,
  };
}

function load(): Example[] {
  const files = readdirSync(FIXTURES)
    .filter((f) => /^dev-messages(?:-\d+)?\.jsonl$/.test(f))
    .sort();
  return files.flatMap((file) =>
    readFileSync(new URL(file, FIXTURES), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((line) => {
        const parsed = MessageRow.safeParse(JSON.parse(line));
        if (!parsed.success || parsed.data.lang !== 'en') return [];
        const { id, text, labels } = parsed.data;
        const rules = verdicts(analyzeMessage(text, { now: NOW, model: null, language: 'en' }));
        const x = draftFeatures(normalizeDraft(text, en), OPTIONS.buckets).vector;
        return [{ id, file, text, x, truth: verdicts(labels), labels, rules }];
      }),
  );
}

function foldsOf<T>(items: readonly T[], seed: number): T[][] {
  const order = shuffled(items, random(seed));
  return Array.from({ length: FOLDS }, (_, k) => order.filter((_, i) => i % FOLDS === k));
}

function trainHeads(rows: readonly Example[]): Record<Head, Trained> {
  const out = {} as Record<Head, Trained>;
  for (const head of HEADS) {
    out[head] = trainLogistic(
      rows.map((r) => r.x),
      rows.map((r) => r.truth[head]),
      OPTIONS,
    );
  }
  return out;
}

/** Each row's head logits from a model that never saw it. */
function outOfFoldLogits(rows: readonly Example[], seed: number): Map<Example, Record<Head, number>> {
  const out = new Map<Example, Record<Head, number>>();
  for (const test of foldsOf(rows, seed)) {
    const heads = trainHeads(rows.filter((r) => !test.includes(r)));
    for (const r of test) out.set(r, Object.fromEntries(HEADS.map((h) => [h, dot(heads[h].weights, heads[h].bias, r.x)])) as Record<Head, number>);
  }
  return out;
}

type Combine = Record<Head, { yes: number | null; no: number | null }>;

/**
 * Where each head may overrule the rules: the logit above which it says yes against them, and
 * (for the heads in VETO) below which it says no, each kept only when it gains on these rows.
 */
function fitCombine(rows: readonly Example[], logits: Map<Example, Record<Head, number>>): Combine {
  const unseen = rows.filter((r) => RULES_UNSEEN.has(r.file));
  const fitOn = unseen.length >= 50 ? unseen : rows;
  const out = {} as Combine;
  for (const head of HEADS) {
    // "critical" only matters once a draft is urgent.
    const these = head === 'critical' ? fitOn.filter((r) => r.truth.urgent) : fitOn;
    const scoreOf = (yes: number | null, no: number | null) => {
      const got = these.map((r) => {
        const l = logits.get(r)?.[head] ?? 0;
        return r.rules[head] ? no === null || l >= no : yes !== null && l > yes;
      });
      return head === 'ping' ? pingScore(these.map((r) => r.truth.ping), got) : got.filter((g, i) => g === these[i]?.truth[head]).length / (these.length || 1);
    };
    let best = { yes: null as number | null, no: null as number | null, score: scoreOf(null, null) };
    for (const yes of THRESHOLDS.filter((t) => t >= (MIN_YES[head] ?? -Infinity))) {
      for (const no of VETO.has(head) ? [null, ...THRESHOLDS] : [null]) {
        const score = scoreOf(yes, no);
        if (score > best.score + MIN_GAIN) best = { yes, no, score };
      }
    }
    out[head] = { yes: best.yes, no: best.no };
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

function pack(heads: Record<Head, Trained>, combine: Combine): PackedModel {
  const bytes = new Int8Array(OPTIONS.buckets * HEADS.length);
  const packedHeads = {} as PackedModel['heads'];
  HEADS.forEach((head, h) => {
    const q = quantise(heads[head].weights, LEVELS);
    bytes.set(q.bytes, h * OPTIONS.buckets);
    const round = (n: number) => Math.round(n * 1e6) / 1e6;
    packedHeads[head] = { scale: round(q.scale), bias: round(heads[head].bias), ...combine[head] };
  });
  return { buckets: OPTIONS.buckets, heads: packedHeads, data: levelsToText(bytes) };
}

/** Trains on `rows` (with the rule weights fitted by an inner cross-validation) and packs the result. */
function build(rows: readonly Example[], seed: number): { packed: PackedModel; alone: PackedModel } {
  const heads = trainHeads(rows);
  const alone = Object.fromEntries(HEADS.map((h) => [h, { yes: 0, no: 0 }])) as Combine;
  return { packed: pack(heads, fitCombine(rows, outOfFoldLogits(rows, seed))), alone: pack(heads, alone) };
}

const LABELS = ['ping', 'context', 'ask', 'deadline', 'urgency', 'sensitive', 'mode'] as const;
type Scored = Row<Example['labels']> & { file: string };

function score(rows: readonly Example[], model: LinearModel | null): Scored[] {
  return rows.map((r) => {
    const a = analyzeMessage(r.text, { now: NOW, model, language: 'en' });
    const actual = { ping: a.ping, context: a.context, ask: a.ask, deadline: a.deadline !== null, urgency: a.urgency, sensitive: a.sensitive, mode: a.mode };
    return { id: r.id, file: r.file, expected: r.labels, actual };
  });
}

function report(title: string, scored: readonly Scored[]): void {
  if (!scored.length) return;
  const acc = LABELS.map((l) => `${l} ${(scored.filter((s) => s.expected[l] === s.actual[l]).length / scored.length).toFixed(3)}`);
  const p = binaryScores([...scored], 'ping');
  console.log(`  ${title.padEnd(34)} n=${String(scored.length).padEnd(4)} ${acc.join('  ')}  ping F1 ${p.f1.toFixed(3)} (P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)})`);
}

function reportAll(title: string, scored: readonly Scored[]): void {
  report(`${title}, all`, scored);
  report(`${title}, rules-unseen files`, scored.filter((s) => RULES_UNSEEN.has(s.file)));
}

const rows = load();
console.log(`${rows.length} English drafts from ${[...new Set(rows.map((r) => r.file))].join(', ')}; ${OPTIONS.buckets} slots, ${HEADS.length} heads`);

// Outer cross-validation: each fold's model (and its rule weights) is built without the fold.
const cv: Scored[] = [];
const cvAlone: Scored[] = [];
for (const [k, test] of foldsOf(rows, 1).entries()) {
  const { packed, alone } = build(rows.filter((r) => !test.includes(r)), 100 + k);
  cv.push(...score(test, unpackModel(packed)));
  cvAlone.push(...score(test, unpackModel(alone)));
}
const rulesOnly = score(rows, null);
if (process.env.TRAIN_VERBOSE) {
  // Cross-validated misses on the drafts the rules never saw (training data: fine to read).
  for (const s of cv.filter((r) => RULES_UNSEEN.has(r.file))) {
    const diff = LABELS.filter((l) => s.expected[l] !== s.actual[l]).map((l) => `${l}: want ${String(s.expected[l])} got ${String(s.actual[l])}`);
    if (diff.length) console.log(`  ${s.id}: ${diff.join(', ')} | ${rows.find((r) => r.id === s.id)?.text.replace(/\s+/g, ' ').slice(0, 160)}`);
  }
}
console.log(`\n${FOLDS}-fold cross-validation (accuracy per label):`);
reportAll('rules alone', rulesOnly);
reportAll('model alone (CV)', cvAlone);
reportAll('rules + model (CV)', cv);

const { packed } = build(rows, 7);
const final = unpackModel(packed);
console.log('\nTrained on everything, scored on the same drafts (tuned-on figures):');
reportAll('rules + model', score(rows, final));
console.log(`\nOverrules the rules (yes above / no below, logit): ${HEADS.map((h) => `${h} ${packed.heads[h].yes ?? 'never'}/${packed.heads[h].no ?? 'never'}`).join(', ')}`);

if (!process.argv.includes('--dry')) {
  const source = `/* Generated by \`npm run train\` (tests/tools/train/run.ts) from ${rows.length} English drafts in tests/fixtures/analysis/dev-messages*.jsonl. Do not edit. */
import type { PackedModel } from './model';

export const PACKED_MODEL: PackedModel = ${JSON.stringify(packed, null, 2).replace(/"(\w+)":/g, '$1:').replace(/"/g, "'")};
`;
  writeFileSync(fileURLToPath(OUT), source);
  console.log(`\nWrote ${fileURLToPath(OUT)} (${(source.length / 1024).toFixed(1)} KB, ${(gzipSync(source, { level: 9 }).length / 1024).toFixed(1)} KB gzipped)`);
}
