import { z } from '../zod';
import { gateModeSchema, settingsInputSchema } from '../settings/schema';
import { SITES } from '../sites';
import { statsSummarySchema } from '../../stats/summary';
import { MAX_IMPORT_CHARS } from '../../stats/export-file';
import {
  breakthroughRuleSchema,
  eventDataSchema,
  eventKindSchema,
  eventSiteSchema,
  focusBlockSchema,
  focusScheduleSchema,
  heldNotificationSchema,
  heldOptionsSchema,
} from '../db/records';
import { healthDaySchema, healthReportSchema, siteHealthViewSchema } from '../../health/report';

/*
 * Every message that crosses a boundary (content script / extension page → background) is
 * declared here once: its request and its response, as zod schemas. Types are derived from
 * the schemas; the background parses every request on receipt and the sender parses every
 * response, so a malformed message fails loudly at the edge and never reaches a handler.
 */

const epochMs = z.number().int().nonnegative();

export const focusStateSchema = z.object({
  active: z.boolean(),
  blockId: z.string().nullable(),
  endsAt: epochMs.nullable(),
  startedAt: epochMs.nullable(),
});
export type FocusState = z.infer<typeof focusStateSchema>;

const ok = z.object({ ok: z.literal(true) });

/** A coach pause's scope: one site, or every site (utils/compose/pause.ts). */
const pauseScopeSchema = z.enum([...SITES, 'all']);
export const coachPauseSchema = z.object({
  all: epochMs.optional(),
  sites: z.partialRecord(z.enum(SITES), epochMs),
});
const nothing = z.object({}).strict();

export const protocol = {
  // Focus state and blocks
  /** A read: the state as the clock has it, without moving any block along. */
  getFocusState: { req: nothing, res: focusStateSchema },
  /** Moves the blocks along the clock now (the popup, when its countdown runs out before the alarm). */
  settleFocus: { req: nothing, res: focusStateSchema },
  startFocus: {
    req: z
      .object({ minutes: z.number().int().min(1).max(12 * 60).optional(), until: epochMs.optional() })
      .strict()
      .refine((r) => (r.minutes === undefined) !== (r.until === undefined), 'Give either minutes or until'),
    res: focusStateSchema,
  },
  endFocus: { req: z.object({ reason: z.string().max(40).optional() }).strict(), res: focusStateSchema },
  listBlocks: {
    req: z.object({ from: epochMs, to: epochMs }).strict(),
    res: z.object({ blocks: z.array(focusBlockSchema), schedules: z.array(focusScheduleSchema) }),
  },
  scheduleBlock: {
    req: z.object({ start: epochMs, end: epochMs }).strict().refine((r) => r.end > r.start, 'End must be after start'),
    res: focusBlockSchema,
  },
  updateBlock: {
    req: z.object({ id: z.string().min(1).max(64), start: epochMs, end: epochMs }).strict(),
    res: focusBlockSchema,
  },
  deleteBlock: { req: z.object({ id: z.string().min(1).max(64) }).strict(), res: ok },
  restoreBlock: { req: z.object({ block: focusBlockSchema }).strict(), res: ok },
  createSchedule: {
    req: focusScheduleSchema.pick({ weekdays: true, startTime: true, durationMinutes: true }).strict(),
    res: focusScheduleSchema,
  },
  deleteSchedule: { req: z.object({ id: z.string().min(1).max(64) }).strict(), res: ok },
  restoreSchedule: { req: z.object({ id: z.string().min(1).max(64) }).strict(), res: ok },
  getOverlaps: {
    req: z.object({ start: epochMs, end: epochMs }).strict(),
    res: z.object({ blocks: z.array(focusBlockSchema) }),
  },
  getTodaySummary: {
    req: nothing,
    res: z.object({
      focusMinutesKept: z.number(),
      heldToday: z.number().int(),
      brokeThroughToday: z.number().int(),
      /** Notifications during focus that were not held (a page raising too many), until the digest shows them. */
      notHeld: z.number().int(),
    }),
  },

  // Settings, validated by the background, for content scripts (which carry no schemas)
  getSettings: { req: nothing, res: settingsInputSchema },
  /** The popup's quick toggles: the send gate, and the coach on one site. */
  setQuickSettings: {
    req: z
      .object({ gateMode: gateModeSchema.optional(), coach: z.object({ site: z.enum(SITES), on: z.boolean() }).strict().optional() })
      .strict(),
    res: settingsInputSchema,
  },

  // Pausing the compose coach for an hour, on one site or everywhere (panel and popup)
  pauseCoach: { req: z.object({ scope: pauseScopeSchema }).strict(), res: coachPauseSchema },
  resumeCoach: { req: z.object({ scope: pauseScopeSchema }).strict(), res: coachPauseSchema },

  // Events (the coaches report what happened; never the text)
  recordEvent: {
    req: z
      .object({ kind: eventKindSchema, site: eventSiteSchema.optional(), data: eventDataSchema.optional() })
      .strict(),
    res: ok,
  },

  // Notifications from the page-world guard, through the bridge. Only what is needed travels.
  notify: {
    req: z
      .object({
        title: z.string().max(500),
        body: z.string().max(2000),
        tag: z.string().max(200).optional(),
        /** From `ServiceWorkerRegistration.showNotification`: what `getNotifications()` lists while it is held. */
        persistent: heldOptionsSchema.optional(),
      })
      .strict(),
    // `id`: the held item's, kept by the bridge (never passed into the page) to dismiss it.
    res: z.object({ action: z.enum(['show', 'hold']), rule: breakthroughRuleSchema.optional(), id: z.string().max(64).optional() }),
  },
  /**
   * The held service-worker notifications of one registration scope, for the page's
   * `getNotifications()`: answered only for a scope of the sender's own origin (as the browser
   * reports the sender), and only while held (not delivered, not closed).
   */
  listHeldForScope: {
    req: z.object({ scope: z.string().max(500) }).strict(),
    res: z.object({
      items: z.array(
        z.object({ id: z.string().max(64), title: z.string(), body: z.string(), tag: z.string().optional(), persistent: heldOptionsSchema }),
      ),
    }),
  },
  /** Outside focus, the page showed a notification with this tag: like the browser, it replaces the held one with the same tag. */
  supersedeHeld: { req: z.object({ tag: z.string().min(1).max(200) }).strict(), res: ok },
  /** The page closed a notification Focusgate holds: the item is marked closed, and no digest announces it. */
  dismissHeld: { req: z.object({ id: z.string().min(1).max(64) }).strict(), res: ok },
  // Paged, newest first: `before` continues after the last item of the previous page.
  // From the bridge: notifications it showed at once because its port had too many waiting.
  notHeldInFrame: { req: z.object({ count: z.number().int().min(1).max(100_000) }).strict(), res: ok },
  listHeld: {
    req: z
      .object({
        includeSeen: z.boolean().optional(),
        before: z.object({ at: z.number(), id: z.string().max(64) }).strict().optional(),
      })
      .strict(),
    res: z.object({
      items: z.array(heldNotificationSchema),
      /** Where the next page starts; null on the last page. */
      next: z.object({ at: z.number(), id: z.string() }).nullable(),
      breakthroughs: z.array(
        z.object({ id: z.string(), site: eventSiteSchema, at: epochMs, rule: z.string().optional(), urgent: z.boolean().optional() }),
      ),
      /** Notifications during focus that were not held (too fast, or too many waiting), per site. */
      notHeld: z.record(z.string(), z.object({ tooFast: z.number().int(), overCap: z.number().int() })),
    }),
  },
  // In chunks of at most 200 ids; `notHeld: true` once the page has shown the not-held counts.
  markHeldSeen: { req: z.object({ ids: z.array(z.string().max(64)).max(200), notHeld: z.boolean().optional() }).strict(), res: ok },
  openHeld: { req: z.object({ id: z.string().min(1).max(64) }).strict(), res: ok },
  answerBreakthrough: { req: z.object({ eventId: z.string().max(64), urgent: z.boolean() }).strict(), res: ok },

  // Site health: what the adapters found on each covered page (utils/health)
  reportHealth: { req: healthReportSchema, res: ok },
  getSiteHealth: { req: nothing, res: z.object({ sites: z.array(siteHealthViewSchema) }) },
  getHealthDays: {
    req: z.object({ days: z.number().int().min(1).max(30) }).strict(),
    res: z.object({ days: z.array(healthDaySchema) }),
  },

  // Stats and data ownership
  getStats: {
    req: z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).strict(),
    res: statsSummarySchema, // figures from daily roll-ups; see utils/stats
  },
  rebuildRollups: { req: nothing, res: z.object({ days: z.number().int() }) },
  exportData: { req: nothing, res: z.object({ json: z.string() }) },
  exportEventsCsv: { req: nothing, res: z.object({ csv: z.string() }) },
  importData: {
    req: z
      .object({
        json: z.string().max(MAX_IMPORT_CHARS),
        /** The user saw the file's settings and chose to replace the current ones. */
        replaceSettings: z.boolean().optional(),
        /** The user chose to bring in the file's upcoming blocks and repeating schedules. */
        includeUpcoming: z.boolean().optional(),
      })
      .strict(),
    res: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), added: z.record(z.string(), z.number()) }),
      z.object({ ok: z.literal(false), error: z.string() }),
    ]),
  },
  deleteAllData: { req: z.object({ confirm: z.literal('DELETE') }).strict(), res: ok },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type Req<K extends MessageType> = z.input<Protocol[K]['req']>;
export type Res<K extends MessageType> = z.output<Protocol[K]['res']>;

/** What travels: `{ type, payload }` out, `{ ok, data | error }` back. */
export const envelopeSchema = z.object({ type: z.string().max(64), payload: z.unknown().optional() });
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };

export function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}
