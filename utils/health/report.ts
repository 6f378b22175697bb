import { z } from '../platform/zod';
import { CHECKS, DIAGNOSTIC_ATTRIBUTES, MAX_CHAINS, MAX_LINKS, MAX_NODES, TOKEN_RE, type Check } from './model';

const token = z.string().regex(TOKEN_RE);

/*
 * What a page may tell the background about its health, as zod schemas: the page is untrusted,
 * so everything is bounded (how many chains, links, nodes) and the diagnostic's structure can
 * only hold tag names, roles and short attribute tokens without digits — no text, no names,
 * no ids can be expressed in it, whatever a page or a broken probe sends.
 */

export const structureNodeSchema = z
  .object({
    depth: z.number().int().min(0).max(40),
    tag: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/),
    /** A value that is not a plain token is withheld: the attribute shows as present, empty. */
    attrs: z.partialRecord(z.enum(DIAGNOSTIC_ATTRIBUTES), z.union([token, z.literal('')])).optional(),
    classes: z.array(token).max(8).optional(),
    otherClasses: z.number().int().min(1).max(99).optional(),
    /** Selector chains that matched this element, as "chain:link" ("editor:0"). */
    matched: z.array(z.string().regex(/^[A-Za-z]{1,24}:[0-7]$/)).max(MAX_CHAINS).optional(),
  })
  .strict();

const checkSchema = z.enum(Object.values(CHECKS).flat() as [Check, ...Check[]]);

export const featureReportSchema = z
  .object({
    feature: z.enum(['compose', 'meeting', 'notify']),
    checks: z.partialRecord(checkSchema, z.boolean()),
    chains: z
      .record(z.string().regex(/^[A-Za-z]{1,24}$/), z.array(z.number().int().min(0).max(1e9)).max(MAX_LINKS))
      .refine((c) => Object.keys(c).length <= MAX_CHAINS, `At most ${MAX_CHAINS} chains`),
  })
  .strict()
  .refine((r) => Object.keys(r.checks).every((c) => (CHECKS[r.feature] as readonly string[]).includes(c)), 'Checks of another feature');

export const healthReportSchema = z
  .object({
    /** When the frame's document started (its time origin): a newer one replaces the frame's old reports. */
    page: z.number().int().nonnegative(),
    reports: z.array(featureReportSchema).max(3),
    structure: z.array(structureNodeSchema).max(MAX_NODES).optional(),
  })
  .strict();
export type HealthReport = z.infer<typeof healthReportSchema>;

const stateSchema = z.enum(['ok', 'partial', 'off']);

/** One site's day of health, as stored (utils/health/model.ts `HealthDay`). */
export const healthDaySchema = z.object({
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  site: z.string().max(32),
  seen: z.object({ ok: z.number().int(), partial: z.number().int(), off: z.number().int() }),
  failed: z.array(z.string().max(40)).max(32),
  fallbacks: z.array(z.string().max(24)).max(32),
  at: z.number().int(),
});

/** What the popup shows per site with an open tab: `checking` while its page has started but not reported yet. */
export const siteHealthViewSchema = z.object({
  site: z.string().max(32),
  state: z.enum([...stateSchema.options, 'checking']),
  text: z.string(),
  note: z.string().nullable(),
  diagnostic: z.string(),
});
