import { z } from '../zod';
import { perSite } from '../sites';

/** "HH:MM", 24-hour clock. */
export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a 24-hour time like 09:30');

export const gateModeSchema = z.enum(['off', 'ping-only', 'always-ask']);
export type GateMode = z.infer<typeof gateModeSchema>;

export const DEFAULT_KEYWORDS = ['urgent', 'incident', 'outage', 'down', 'sev1', 'p0'];

export const DEFAULT_SETTINGS = {
  /** The coach on each site (utils/platform/sites.ts), on by default. */
  coach: perSite(() => true),
  gateMode: 'ping-only' as GateMode,
  workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
  digestTimes: [] as string[],
  breakthrough: {
    vipSenders: [] as string[],
    keywords: DEFAULT_KEYWORDS,
    repeatCount: 2,
    repeatWindowMinutes: 5,
  },
  focusNotifications: true,
  retentionDays: 90,
};

/*
 * Every field carries its own `.catch(default)`: a stored value that fails validation falls
 * back field by field, so one bad entry never throws away the rest of the user's settings.
 * The strict schemas (`settingsInputSchema`) are what the options page validates edits with.
 */
const strict = {
  coach: z.object(perSite(() => z.boolean())),
  gateMode: gateModeSchema,
  workingHours: z
    .object({
      start: timeOfDaySchema,
      end: timeOfDaySchema,
      days: z.array(z.number().int().min(0).max(6)).max(7),
    })
    .refine((w) => w.start < w.end, { message: 'Working hours must end after they start', path: ['end'] }),
  digestTimes: z
    .array(timeOfDaySchema)
    .max(6, 'At most 6 summary times')
    .refine((times) => new Set(times).size === times.length, 'Each summary time once: remove the repeated one'),
  breakthrough: z.object({
    vipSenders: z.array(z.string().trim().min(1).max(120)).max(100),
    keywords: z.array(z.string().trim().min(1).max(60)).max(100),
    repeatCount: z.number().int().min(2).max(20),
    repeatWindowMinutes: z.number().int().min(1).max(120),
  }),
  focusNotifications: z.boolean(),
  retentionDays: z.number().int().min(7).max(3650),
};

/** `storage.sync` refuses an item whose key and JSON value exceed 8,192 bytes (QUOTA_BYTES_PER_ITEM). */
export const SYNC_ITEM_BYTES = 8192;
export const SETTINGS_KEY = 'settings';

/** The bytes browser sync counts for these settings: the key and the JSON of the value, as UTF-8. */
export function settingsSyncBytes(settings: unknown): number {
  return new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(settings)).length;
}

export const settingsInputSchema = z.object(strict).superRefine((s, ctx) => {
  const bytes = settingsSyncBytes(s);
  if (bytes > SYNC_ITEM_BYTES) {
    ctx.addIssue({
      code: 'custom',
      path: ['breakthrough', 'vipSenders'],
      message: `Too long to sync across browsers: your settings take ${bytes.toLocaleString('en')} of the ${SYNC_ITEM_BYTES.toLocaleString('en')} bytes browser sync allows; shorten the VIP senders or keywords`,
    });
  }
});

const D = DEFAULT_SETTINGS;
export const settingsSchema = z
  .object({
    coach: z.object(perSite((site) => z.boolean().catch(D.coach[site]))).catch(D.coach),
    gateMode: gateModeSchema.catch(D.gateMode),
    workingHours: z
      .object({
        start: timeOfDaySchema.catch(D.workingHours.start),
        end: timeOfDaySchema.catch(D.workingHours.end),
        days: strict.workingHours.shape.days.catch(D.workingHours.days),
      })
      .catch(D.workingHours)
      .transform((w) => (w.start < w.end ? w : { ...w, start: D.workingHours.start, end: D.workingHours.end })),
    // A repeated time stored before times had to differ keeps the others (once each).
    digestTimes: z
      .array(timeOfDaySchema)
      .max(6)
      .transform((times) => [...new Set(times)])
      .catch(D.digestTimes),
    breakthrough: z
      .object({
        vipSenders: strict.breakthrough.shape.vipSenders.catch(D.breakthrough.vipSenders),
        keywords: strict.breakthrough.shape.keywords.catch(D.breakthrough.keywords),
        repeatCount: strict.breakthrough.shape.repeatCount.catch(D.breakthrough.repeatCount),
        repeatWindowMinutes: strict.breakthrough.shape.repeatWindowMinutes.catch(D.breakthrough.repeatWindowMinutes),
      })
      .catch(D.breakthrough),
    focusNotifications: z.boolean().catch(D.focusNotifications),
    retentionDays: strict.retentionDays.catch(D.retentionDays),
  })
  .catch(D);

export type Settings = z.infer<typeof settingsInputSchema>;

/** Never throws: anything stored (or nothing) becomes valid settings, keeping every valid field. */
export function parseSettings(raw: unknown): Settings {
  return settingsSchema.parse(raw ?? {});
}
