import {
  dailyRollupSchema,
  focusBlockSchema,
  focusScheduleSchema,
  interruptionEventSchema,
  type DailyRollup,
  type FocusBlock,
  type FocusSchedule,
  type InterruptionEvent,
} from '../platform/db/records';
import { settingsInputSchema, type Settings } from '../platform/settings/schema';
import { z } from '../platform/zod';
import { MAX_BLOCK_MS } from '../focus/schedule/spans';
import { dayKey } from './day-key';
import { isMetricKey } from './metric-keys';
import { MAX_METRIC_VALUE } from './rollup';

/*
 * The one-file export: settings, focus blocks, schedules, events and roll-ups, with a format
 * tag and a schema version. Held notifications (their title and body) are never exported.
 * Every row is validated with the same schemas the database rows come from.
 */
export const EXPORT_FORMAT = 'focusgate-export';
export const EXPORT_SCHEMA_VERSION = 1;

const MAX_ROWS = 5_000_000;
/**
 * The largest file an import reads, in characters. The page sends it to the background in one
 * message, Chrome refuses messages over 64 MiB, and sending it escapes every quote: 40 M
 * characters stay below that with room to spare (a year of heavy use is about 15 M).
 */
export const MAX_IMPORT_CHARS = 40_000_000;
/** Times in a file must lie between 2000-01-01 and two years from now: nothing Focusgate wrote is outside. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
export const FUTURE_LIMIT_MS = 2 * 366 * 24 * 60 * 60 * 1000;
/** Per day, at most this many metrics: every kind per site and hour is about 600. */
const MAX_METRICS_PER_DAY = 2000;

/** A day's counters as Focusgate writes them: known metric keys, finite values in a sane range. */
const importedRollupSchema = dailyRollupSchema
  .extend({
    metrics: z
      .record(
        z.string().max(80).refine(isMetricKey),
        z.number().finite().min(0).max(MAX_METRIC_VALUE),
      )
      .refine((m) => Object.keys(m).length <= MAX_METRICS_PER_DAY, `at most ${MAX_METRICS_PER_DAY} metrics a day`),
  })
  .strict();

/** Live schedules keep creating blocks: like upcoming blocks, they come in only when confirmed. */
export function isLiveSchedule(s: FocusSchedule): boolean {
  return s.deletedAt === undefined;
}

/** Blocks that are over: the only ones a file brings in unless the user confirms upcoming ones. */
export function isFinishedBlock(b: FocusBlock): boolean {
  return b.status === 'completed' || b.status === 'ended-early' || b.status === 'cancelled';
}

function uniqueIds<T extends { id: string }>(rows: readonly T[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    if (seen.has(row.id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${row.id}"`, path: [i, 'id'] });
    seen.add(row.id);
  });
}

export const exportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    exportedAt: z.iso.datetime(),
    settings: settingsInputSchema,
    blocks: z.array(focusBlockSchema.strict()).max(MAX_ROWS).superRefine(uniqueIds),
    schedules: z.array(focusScheduleSchema.strict()).max(MAX_ROWS).superRefine(uniqueIds),
    events: z.array(interruptionEventSchema.strict()).max(MAX_ROWS).superRefine(uniqueIds),
    rollups: z
      .array(importedRollupSchema)
      .max(MAX_ROWS)
      .superRefine((rows, ctx) => {
        const seen = new Set<string>();
        rows.forEach((row, i) => {
          if (seen.has(row.day)) ctx.addIssue({ code: 'custom', message: `duplicate day "${row.day}"`, path: [i, 'day'] });
          seen.add(row.day);
        });
      }),
  })
  .strict();
export type ExportFile = z.infer<typeof exportFileSchema>;

export interface ExportContents {
  settings: Settings;
  blocks: FocusBlock[];
  schedules: FocusSchedule[];
  events: InterruptionEvent[];
  rollups: DailyRollup[];
}

export function buildExportFile(contents: ExportContents, now: Date = new Date()): ExportFile {
  return { format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: now.toISOString(), ...contents };
}

export type ParsedExport = { ok: true; file: ExportFile } | { ok: false; error: string };

/**
 * Where a file's times leave what Focusgate could have written: before 2000, more than two
 * years ahead, a block ending before it starts or longer than a day. Returns the first few.
 */
export function timeProblems(file: ExportFile, now: number): string[] {
  const latest = now + FUTURE_LIMIT_MS;
  const problems: string[] = [];
  const check = (path: string, t: number | undefined) => {
    if (t !== undefined && (t < EARLIEST_TIME || t > latest)) problems.push(`${path}: the time ${t} is not between 2000 and two years from now`);
  };
  file.blocks.forEach((b, i) => {
    check(`blocks.${i}.start`, b.start);
    check(`blocks.${i}.end`, b.end);
    check(`blocks.${i}.endedAt`, b.endedAt);
    check(`blocks.${i}.createdAt`, b.createdAt);
    if (b.end < b.start || b.end - b.start > MAX_BLOCK_MS) problems.push(`blocks.${i}: a block lasts between 0 and 24 hours`);
  });
  file.schedules.forEach((s, i) => {
    check(`schedules.${i}.createdAt`, s.createdAt);
    check(`schedules.${i}.deletedAt`, s.deletedAt);
  });
  file.events.forEach((e, i) => check(`events.${i}.at`, e.at));
  const [first, last] = [dayKey(EARLIEST_TIME), dayKey(latest)];
  file.rollups.forEach((r, i) => {
    if (r.day < first || r.day > last) problems.push(`rollups.${i}.day: the day ${r.day} is not between 2000 and two years from now`);
  });
  return problems;
}

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${i.path.length ? i.path.map(String).join('.') : '(file)'}: ${i.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
  return shown.join('; ') + more;
}

/**
 * Parses and validates an export file completely. Never throws; the error names what is wrong
 * and where (`events.12.kind: Invalid option ...`), so nothing is written from a bad file.
 */
export function parseExportFile(json: string, now: number = Date.now()): ParsedExport {
  if (json.length > MAX_IMPORT_CHARS) return { ok: false, error: `The file is larger than ${MAX_IMPORT_CHARS / 1e6} million characters` };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: `This is not a Focusgate export: format: expected "${EXPORT_FORMAT}"` };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version !== EXPORT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `schemaVersion: this export has version ${JSON.stringify(version) ?? 'none'}; this Focusgate reads version ${EXPORT_SCHEMA_VERSION}`,
    };
  }
  const parsed = exportFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `The export is damaged: ${describeIssues(parsed.error.issues)}` };
  const times = timeProblems(parsed.data, now);
  if (times.length) return { ok: false, error: `The export is damaged: ${times.slice(0, 3).join('; ')}${times.length > 3 ? ` (and ${times.length - 3} more problems)` : ''}` };
  return { ok: true, file: parsed.data };
}

const CSV_COLUMNS = ['id', 'kind', 'site', 'at', 'atMs', 'blockId', 'plannedMinutes', 'actualMinutes', 'personHours', 'count', 'reason', 'rule', 'mode', 'urgent'] as const;

/** One CSV cell: quoted when needed, and text that a spreadsheet would run as a formula is defused. */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Events as CSV (RFC 4180, CRLF line ends), one row per event, oldest first as given. */
export function eventsToCsv(events: readonly InterruptionEvent[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const e of events) {
    const d = e.data ?? {};
    lines.push(
      [
        e.id,
        e.kind,
        e.site,
        new Date(e.at).toISOString(),
        e.at,
        e.blockId,
        d.plannedMinutes,
        d.actualMinutes,
        d.personHours,
        d.count,
        d.reason,
        d.rule,
        d.mode,
        d.urgent,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
