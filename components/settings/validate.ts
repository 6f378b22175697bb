import { settingsInputSchema, type Settings } from '../../utils/platform/settings/schema';

/** Field path ("breakthrough.repeatCount", "digestTimes.1") → the first message for it. */
export type FieldErrors = Record<string, string>;

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/** Plain-language messages for zod's generic ones; schema-specific messages are kept as written. */
function messageFor(issue: Issue): string {
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' entries' : '';
  if (issue.code === 'invalid_type') return issue.path.length ? 'Enter a number' : 'Enter a value';
  if (issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1) return 'Cannot be empty';
  if (issue.code === 'too_small' && !issue.message.startsWith('Too small')) return issue.message;
  if (issue.code === 'too_small') return `At least ${String(issue.minimum)}${unit}`;
  if (issue.code === 'too_big' && !issue.message.startsWith('Too big')) return issue.message;
  if (issue.code === 'too_big') return `At most ${String(issue.maximum)}${unit}`;
  if (issue.code === 'not_multiple_of') return 'Enter a whole number';
  return issue.message;
}

/** Validates an edited copy with the strict settings schema; errors keyed by field path. */
export function validateSettings(draft: unknown): { ok: true; value: Settings } | { ok: false; errors: FieldErrors } {
  const parsed = settingsInputSchema.safeParse(draft);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues as Issue[]) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= messageFor(issue);
  }
  return { ok: false, errors };
}

/** One entry per line, trimmed, blank lines dropped. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
