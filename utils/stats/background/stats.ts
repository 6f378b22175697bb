import { differenceInCalendarDays, isValid, parseISO, startOfDay, subDays } from 'date-fns';
import { getDb } from '../../platform/db/database';
import { eventsToCsv, parseExportFile } from '../export-file';
import { getSettings, saveSettings, settingsItem } from '../../platform/settings/storage';
import { collectExport, deleteAll, importExport, pruneEvents } from './data-transfer';
import type { BackgroundModule } from '../../platform/background/module';
import { readSummary, rebuildRollups } from './rollups';

export const RETENTION_ALARM = 'stats-retention';
const MAX_RANGE_DAYS = 3700;

/**
 * Deletes raw events from before the first kept local day: with `retentionDays` = 90, events
 * of the 90 days before today and today stay. Whole days go, so a day's roll-up is never left
 * half backed by raw events.
 */
export async function applyRetention(now = Date.now()): Promise<number> {
  const { retentionDays } = await getSettings();
  return pruneEvents(getDb(), startOfDay(subDays(now, retentionDays)).getTime());
}

/** Stats for the page, retention, and the user's data: export, import, delete. */
export const statsModule: BackgroundModule = {
  name: 'stats',
  alarms: [{ name: RETENTION_ALARM, periodInMinutes: 6 * 60, delayInMinutes: 5 }],
  async onAlarm(name) {
    if (name === RETENTION_ALARM) await applyRetention();
  },
  handlers: {
    async getStats({ from, to }) {
      const [start, end] = [parseISO(from), parseISO(to)];
      // The format check lets days that do not exist through ("2026-02-30"); parseISO does not.
      if (!isValid(start) || !isValid(end) || end < start) throw new Error('Choose real days, the first on or before the last');
      if (differenceInCalendarDays(end, start) >= MAX_RANGE_DAYS) throw new Error('Choose a range of at most ten years');
      return readSummary(getDb(), from, to);
    },
    async rebuildRollups() {
      return { days: await rebuildRollups(getDb()) };
    },
    async exportData() {
      return { json: JSON.stringify(await collectExport(getDb(), await getSettings())) };
    },
    async exportEventsCsv() {
      return { csv: eventsToCsv(await getDb().events.orderBy('at').toArray()) };
    },
    // All or nothing: the settings the user confirmed go first (browser sync can refuse them),
    // then the rows in one transaction; if the rows fail, the previous settings are put back.
    async importData({ json, replaceSettings = false, includeUpcoming = false }) {
      const parsed = parseExportFile(json);
      if (!parsed.ok) return parsed;
      const previous = replaceSettings ? await settingsItem.getValue() : null;
      if (replaceSettings) await saveSettings(parsed.file.settings);
      try {
        const added = await importExport(getDb(), parsed.file, { includeUpcoming });
        return { ok: true as const, added: { ...added } };
      } catch (e) {
        if (previous) await settingsItem.setValue(previous);
        throw e;
      }
    },
    async deleteAllData() {
      await deleteAll(getDb());
      return { ok: true as const };
    },
  },
};
