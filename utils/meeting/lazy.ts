import type { ContentScriptContext } from '#imports';
import { loadPart } from '../platform/lazy-part';
import type { MeetingAdapter, MeetingEditor } from './adapter';
import type { Coach, CoachPart, MeetingSite } from './coach';

/** After a navigation, calendars render the editor a little later: look again a few times. */
const LOOK_AGAIN_MS = [0, 250, 750, 1500, 3000];

/**
 * Start-up of the meeting coach on a site: only listens (focus, navigation) with the site's
 * adapter. The coach (React, settings, messaging, the analyser) is a separate script, loaded and
 * evaluated the first time an event editor is on the page.
 */
export function startWhenEventEditorOpens<E extends MeetingEditor>(ctx: ContentScriptContext, site: MeetingSite<E>['site'], adapter: MeetingAdapter<E>): void {
  let coach: Promise<Coach> | null = null;
  const look = (target?: EventTarget | null) => {
    try {
      if (!coach && !(target ? adapter.editorFor(target, document) : adapter.findEditor(document))) return;
      coach ??= loadPart<CoachPart>('calendar-coach').then((part) => part.createCoach(ctx, part.css, { site, adapter }));
      void coach.then((c) => c.look(target)).catch((err: unknown) => console.debug('[focusgate] meeting coach', err));
    } catch (err) {
      console.debug('[focusgate] meeting coach', err);
    }
  };
  const lookSoon = () => LOOK_AGAIN_MS.forEach((ms) => ctx.setTimeout(() => look(), ms));

  ctx.addEventListener(document, 'focusin', (e) => look(e.target), { capture: true });
  ctx.addEventListener(window, 'wxt:locationchange', lookSoon);
  // The first look waits for an idle moment, so the page's own start-up goes first.
  ctx.requestIdleCallback(lookSoon, { timeout: 1000 });
}
