import { editorFor, findEditor } from '@/utils/meeting/calendar-adapter';
import { loadPart } from '@/utils/platform/lazy-part';
import type { Coach, CoachPart } from '@/utils/meeting/coach';
import { siteMatches } from '@/utils/platform/sites';

/** After a navigation, Calendar renders the editor a little later: look again a few times. */
const LOOK_AGAIN_MS = [0, 250, 750, 1500, 3000];

export default defineContentScript({
  matches: siteMatches('calendar'),
  runAt: 'document_idle',
  main(ctx) {
    // Start-up only listens. The coach (React, settings, messaging, the analyser) is a separate
    // script, loaded and evaluated the first time an event editor is on the page.
    let coach: Promise<Coach> | null = null;
    const look = (target?: EventTarget | null) => {
      try {
        if (!coach && !(target ? editorFor(target, document) : findEditor(document))) return;
        coach ??= loadPart<CoachPart>('calendar-coach').then((part) => part.createCoach(ctx, part.css));
        void coach.then((c) => c.look(target)).catch((err: unknown) => console.debug('[focusgate] calendar coach', err));
      } catch (err) {
        console.debug('[focusgate] calendar coach', err);
      }
    };
    const lookSoon = () => LOOK_AGAIN_MS.forEach((ms) => ctx.setTimeout(() => look(), ms));

    ctx.addEventListener(document, 'focusin', (e) => look(e.target), { capture: true });
    ctx.addEventListener(window, 'wxt:locationchange', lookSoon);
    // The first look waits for an idle moment, so the page's own start-up goes first.
    ctx.requestIdleCallback(lookSoon, { timeout: 1000 });
  },
});
