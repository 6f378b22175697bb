/**
 * Numbered steps from one stored settings shape to the next: `SETTINGS_MIGRATIONS[n]` turns a
 * version n-1 value into version n. WXT runs every step from the stored version up to
 * SETTINGS_VERSION. Keep old steps forever and add a test per step. Version 1 is the first
 * shape, so there is no step yet; fields added later need no step at all, because
 * `parseSettings` fills any missing field with its default.
 */
export const SETTINGS_VERSION = 1;

export const SETTINGS_MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};
