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

/*
 * The one-file export: settings, focus blocks, schedules, events and roll-ups, with a format
 * tag and a schema version. Held notifications (their title and body) are never exported.
 * Every row is validated with the same schemas the database rows come from.
 */
export const EXPORT_FORMAT = 'focusgate-export';
export const EXPORT_SCHEMA_VERSION = 1;

const MAX_ROWS = 5_000_000;

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
      .array(dailyRollupSchema.strict())
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

function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => `${i.path.length ? i.path.map(String).join('.') : '(file)'}: ${i.message}`);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more problems)` : '';
  return shown.join('; ') + more;
}

/**
 * Parses and validates an export file completely. Never throws; the error names what is wrong
 * and where (`events.12.kind: Invalid option ...`), so nothing is written from a bad file.
 */
export function parseExportFile(json: string): ParsedExport {
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
