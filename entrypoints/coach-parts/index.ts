import { registerPart } from '@/utils/platform/lazy-part';

/**
 * The coaches' heavy parts, imported by the site loaders on first use (utils/platform/lazy-part.ts).
 * This script only registers them: each part is a chunk of its own, fetched when a loader asks
 * for it, and what the two share (Preact, the shadow-root UI) is one chunk too, so a page that
 * runs both (Outlook: mail and events) loads it once. The compose coach's languages other than
 * English are further chunks, fetched when a draft in one appears (utils/compose/analysis/lang/packs.ts).
 */
export default defineUnlistedScript(() => {
  registerPart('compose-coach', () => import('./compose').then((m) => m.composeCoachPart));
  registerPart('calendar-coach', () => import('./meeting').then((m) => m.meetingCoachPart));
});
