/** Scoring helpers shared by the message and meeting evaluations. */
import type { z } from 'zod';

/** Validates labelled rows; malformed ones are reported on stderr by id and path, and left out. */
export function validRows<S extends z.ZodType>(rows: unknown[], schema: S, what: string): z.output<S>[] {
  const valid: z.output<S>[] = [];
  rows.forEach((raw, i) => {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return void valid.push(parsed.data);
    const id = raw && typeof raw === 'object' && 'id' in raw ? String((raw as { id: unknown }).id) : `#${i + 1}`;
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`).join('; ');
    console.error(`${what} ${id}: malformed row, skipped (${problems})`);
  });
  if (valid.length < rows.length) console.error(`${rows.length - valid.length} of ${rows.length} ${what} rows were malformed and not scored.`);
  return valid;
}
export interface Row<L> {
  id: string;
  expected: L;
  actual: L;
}

export function accuracyPerLabel<L extends Record<string, unknown>>(rows: Row<L>[], labels: (keyof L & string)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const label of labels) {
    const hits = rows.filter((r) => r.expected[label] === r.actual[label]).length;
    out[label] = rows.length ? hits / rows.length : 0;
  }
  return out;
}

/** Precision, recall and F1 of a boolean label (true is the positive class). */
export function binaryScores<L extends Record<string, unknown>>(rows: Row<L>[], label: keyof L & string): { precision: number; recall: number; f1: number } {
  const tp = rows.filter((r) => r.expected[label] === true && r.actual[label] === true).length;
  const fp = rows.filter((r) => r.expected[label] !== true && r.actual[label] === true).length;
  const fn = rows.filter((r) => r.expected[label] === true && r.actual[label] !== true).length;
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function confusion<L extends Record<string, unknown>>(rows: Row<L>[], label: keyof L & string): string {
  const values = [...new Set(rows.flatMap((r) => [String(r.expected[label]), String(r.actual[label])]))].sort();
  const width = Math.max(10, ...values.map((v) => v.length + 2));
  const head = 'expected \\ got'.padEnd(16) + values.map((v) => v.padStart(width)).join('');
  const lines = values.map(
    (e) =>
      e.padEnd(16) +
      values.map((a) => String(rows.filter((r) => String(r.expected[label]) === e && String(r.actual[label]) === a).length).padStart(width)).join(''),
  );
  return [head, ...lines].join('\n');
}

export function printReport<L extends Record<string, unknown>>(
  title: string,
  rows: Row<L>[],
  labels: (keyof L & string)[],
  confusionLabel: keyof L & string,
  /** Boolean labels to also report precision, recall and F1 for. */
  f1Labels: (keyof L & string)[] = [],
): void {
  const acc = accuracyPerLabel(rows, labels);
  console.log(`\n${title}: ${rows.length} examples`);
  for (const label of labels) console.log(`  ${label.padEnd(12)} ${(acc[label] ?? 0).toFixed(3)}`);
  for (const label of f1Labels) {
    const { precision, recall, f1 } = binaryScores(rows, label);
    console.log(`  ${`${label} F1`.padEnd(12)} ${f1.toFixed(3)} (precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)})`);
  }
  console.log(`\nConfusion for ${confusionLabel}:\n${confusion(rows, confusionLabel)}`);
  const misses = rows.filter((r) => labels.some((l) => r.expected[l] !== r.actual[l]));
  if (process.env.EVAL_VERBOSE) {
    for (const m of misses) {
      const diff = labels.filter((l) => m.expected[l] !== m.actual[l]).map((l) => `${l}: want ${String(m.expected[l])} got ${String(m.actual[l])}`);
      console.log(`  ${m.id}: ${diff.join(', ')}`);
    }
  }
}
