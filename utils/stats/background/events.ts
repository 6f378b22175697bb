import { getDb, type FocusgateDb } from '../../platform/db/database';
import { BACKGROUND_EVENT_KINDS, type EventData, type EventKind, type EventSite, type InterruptionEvent } from '../../platform/db/records';
import { siteFromUrl } from '../../platform/sites';
import { foldIntoRollups } from './rollups';
import type { BackgroundModule } from '../../platform/background/module';

export interface NewEvent {
  kind: EventKind;
  site: EventSite;
  at?: number;
  blockId?: string;
  data?: EventData;
}

/**
 * Writes events and folds them into the daily roll-ups in one transaction: many rows, one
 * commit, and the roll-ups can never disagree with the events they count.
 */
export async function recordEvents(events: readonly NewEvent[], db: FocusgateDb = getDb()): Promise<InterruptionEvent[]> {
  const rows: InterruptionEvent[] = events.map((e) => ({
    id: crypto.randomUUID(),
    kind: e.kind,
    site: e.site,
    at: e.at ?? Date.now(),
    ...(e.blockId ? { blockId: e.blockId } : {}),
    ...(e.data ? { data: e.data } : {}),
  }));
  if (!rows.length) return rows;
  await db.transaction('rw', db.events, db.rollups, async () => {
    await db.events.bulkAdd(rows);
    await foldIntoRollups(db, rows);
  });
  return rows;
}

const BACKGROUND_KINDS: ReadonlySet<EventKind> = new Set(BACKGROUND_EVENT_KINDS);

export const eventsModule: BackgroundModule = {
  name: 'events',
  handlers: {
    async recordEvent({ kind, site, data }, sender) {
      if (!sender.fromExtensionPage && BACKGROUND_KINDS.has(kind)) throw new Error(`"${kind}" events are recorded by Focusgate itself`);
      // A content script's site is where it runs, whatever it claims; pages may name a site.
      const fromSite = siteFromUrl(sender.url);
      const resolved: EventSite = sender.fromExtensionPage ? (site ?? 'extension') : (fromSite ?? 'extension');
      await recordEvents([{ kind, site: resolved, data }]);
      return { ok: true as const };
    },
  },
};
