import { z } from '../zod';
import { SITES } from '../sites';
import { MAX_PERSON_HOURS } from '../../meeting/limits';

/*
 * The shapes of every stored row, as zod schemas: the same schemas validate rows that come
 * back from an import, so the database and the export format cannot drift apart.
 * No row ever holds message text: events carry kinds, sites, times and numbers only.
 */

export const blockStatusSchema = z.enum(['scheduled', 'active', 'completed', 'ended-early', 'cancelled']);
export type BlockStatus = z.infer<typeof blockStatusSchema>;

/** One focus block: a concrete stretch of time (a "focus now", a one-off, or one occurrence of a schedule). */
export const focusBlockSchema = z.object({
  id: z.string().min(1).max(64),
  start: z.number().int(), // epoch ms
  end: z.number().int(), // planned end, epoch ms
  source: z.enum(['now', 'once', 'schedule']),
  scheduleId: z.string().max(64).optional(),
  status: blockStatusSchema,
  endedAt: z.number().int().optional(), // real end (completed or ended early)
  endReason: z.string().max(80).optional(),
  createdAt: z.number().int(),
});
export type FocusBlock = z.infer<typeof focusBlockSchema>;

/** A repeating rule: on these weekdays, at this local time, for this long. */
export const focusScheduleSchema = z.object({
  id: z.string().min(1).max(64),
  weekdays: z.array(z.number().int().min(0).max(6)).min(1).max(7), // 0 = Sunday
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  durationMinutes: z.number().int().min(5).max(24 * 60),
  createdAt: z.number().int(),
  deletedAt: z.number().int().optional(),
});
export type FocusSchedule = z.infer<typeof focusScheduleSchema>;

/*
 * The event vocabulary, declared once: the kinds, the breakthrough rules and the async/sync
 * mode. Every other module takes its types from these enums.
 */

/** What the compose coach records. */
export const COACH_EVENT_KINDS = ['coach-shown', 'ping-caught', 'rewrite-applied', 'send-held', 'sent-anyway', 'edited-after-hold'] as const;
export type CoachEventKind = (typeof COACH_EVENT_KINDS)[number];

/** What the meeting coach records. */
export const MEETING_EVENT_KINDS = ['meeting-coach-shown', 'meeting-async-taken', 'meeting-agenda-added', 'meeting-saved'] as const;
export type MeetingEventKind = (typeof MEETING_EVENT_KINDS)[number];

/** Kinds only the background records (focus blocks, notifications, digests); content scripts may not claim them. */
export const BACKGROUND_EVENT_KINDS = [
  // focus
  'focus-started',
  'focus-completed',
  'focus-ended-early',
  // notifications
  'notification-held',
  'notification-breakthrough',
  'notification-shown',
  'digest-delivered',
  'digest-opened',
] as const;

export const EVENT_KINDS = [...COACH_EVENT_KINDS, ...BACKGROUND_EVENT_KINDS, ...MEETING_EVENT_KINDS] as const;
export const eventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof eventKindSchema>;

/** Why a notification broke through a focus block (utils/notify/policy.ts). */
export const breakthroughRuleSchema = z.enum(['vip', 'keyword', 'repeat']);
export type BreakthroughRule = z.infer<typeof breakthroughRuleSchema>;

/** What a message or meeting is better as: written, on the reader's time, or live. */
export const modeSchema = z.enum(['async', 'sync']);
export type Mode = z.infer<typeof modeSchema>;

/** Numbers and short codes only; never text typed or received by the user. */
export const eventDataSchema = z
  .object({
    plannedMinutes: z.number().min(0).max(100_000),
    actualMinutes: z.number().min(0).max(100_000),
    reason: z.string().max(40),
    rule: breakthroughRuleSchema,
    personHours: z.number().min(0).max(MAX_PERSON_HOURS),
    count: z.number().int().min(0).max(1_000_000),
    mode: modeSchema,
    urgent: z.boolean(), // the user's answer to "Was anything urgent?"
  })
  .partial()
  .strict();
export type EventData = z.infer<typeof eventDataSchema>;

/** A covered site (utils/platform/sites.ts). */
export const siteSchema = z.enum(SITES);

export const eventSiteSchema = z.union([siteSchema, z.literal('extension')]);
export type EventSite = z.infer<typeof eventSiteSchema>;

export const interruptionEventSchema = z.object({
  id: z.string().min(1).max(64),
  kind: eventKindSchema,
  site: eventSiteSchema,
  at: z.number().int(),
  blockId: z.string().max(64).optional(),
  data: eventDataSchema.optional(),
});
export type InterruptionEvent = z.infer<typeof interruptionEventSchema>;

/**
 * What a page's `getNotifications()` reports about a held service-worker notification beyond
 * title, body and tag: its registration scope (same origin as the page that showed it) and the
 * options as the browser would report them, bounded. Kept only until the digest goes out.
 */
export const heldOptionsSchema = z
  .object({
    scope: z.string().max(500),
    dir: z.enum(['auto', 'ltr', 'rtl']),
    lang: z.string().max(100),
    icon: z.string().max(2000),
    image: z.string().max(2000),
    badge: z.string().max(2000),
    /** `data` as JSON; absent when it is not plain JSON or longer than this. */
    data: z.string().max(4096).optional(),
    silent: z.boolean(),
    requireInteraction: z.boolean(),
    renotify: z.boolean(),
    timestamp: z.number(),
    vibrate: z.array(z.number().int().nonnegative()).max(100),
  })
  .strict();
export type HeldOptions = z.infer<typeof heldOptionsSchema>;

/** A notification held during focus: its content is kept only until it has been seen. */
export const heldNotificationSchema = z.object({
  id: z.string().min(1).max(64),
  site: siteSchema,
  title: z.string().max(500),
  body: z.string().max(2000),
  tag: z.string().max(200).optional(),
  at: z.number().int(),
  tabId: z.number().int().optional(),
  /** Where to go back when the tab is gone: origin and account or workspace only (`returnUrl`). */
  url: z.string().max(2000).optional(),
  /** Who it is from (`senderKey`), for the repeat rule's index. */
  sender: z.string().max(1000).optional(),
  blockId: z.string().max(64).optional(),
  deliveredAt: z.number().int().optional(),
  /** When the app closed it while held (read elsewhere, or its own toast timed out): the digest does not count it. */
  closedAt: z.number().int().optional(),
  seenAt: z.number().int().optional(),
  /** Shown through `ServiceWorkerRegistration.showNotification`: listed by the origin's pages until delivered. */
  persistent: heldOptionsSchema.optional(),
});
export type HeldNotification = z.infer<typeof heldNotificationSchema>;

/** One local day's counters. `metrics` keys are documented in utils/stats. */
export const dailyRollupSchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  metrics: z.record(z.string().max(80), z.number()),
});
export type DailyRollup = z.infer<typeof dailyRollupSchema>;
