import type { ContentScriptContext } from '#imports';
import { loadPart } from '../platform/lazy-part';
import type { MeetingAdapter, MeetingEditor } from './adapter';
import type { MeetingCoach, MeetingCoachPart, MeetingSite } from './coach';
import { watchMeetingHealth } from '../health/watch';

/** After a navigation, calendars render the editor a little later: look again a few times. */
const LOOK_AGAIN_MS = [0, 250, 750, 1500, 3000];

/**
 * Start-up of the meeting coach on a site: only listens, with the site's adapter. The coach
 * (React, settings, messaging, the analyser) is a separate script, loaded and evaluated when the
 * user first clicks or types in an event editor — not because an editor is on the page (Calendar
 * opens one on load, with the title focused). Site health (utils/health) watches the page from the start.
 */
export function startWhenEventEditorOpens<E extends MeetingEditor>(ctx: ContentScriptContext, site: MeetingSite<E>['site'], adapter: MeetingAdapter<E>): void {
  let coach: Promise<MeetingCoach> | null = null;
  /** The user's click and key listeners, removed once the coach starts: no work per keystroke after that. */
  const input = new AbortController();
  const look = (target?: EventTarget | null) => {
    try {
      if (!coach && !(target ? adapter.editorFor(target, document) : adapter.findEditor(document))) return;
      if (!coach) {
        input.abort();
        ctx.addEventListener(window, 'wxt:locationchange', () => lookSoon());
      }
      coach ??= loadPart<MeetingCoachPart>('calendar-coach').then((part) => part.start(ctx, { site, adapter }));
      void coach.then((c) => c.look(target)).catch((err: unknown) => console.debug('[focusgate] meeting coach', err));
    } catch (err) {
      console.debug('[focusgate] meeting coach', err);
    }
  };
  const lookSoon = () => LOOK_AGAIN_MS.forEach((ms) => ctx.setTimeout(() => look(), ms));
  /** The user's own click or key in an editor starts the coach; page scripts' events do not. */
  const onUserInput = (e: Event) => {
    if (e.isTrusted) look(e.target);
  };

  try {
    watchMeetingHealth(ctx, adapter);
  } catch (err) {
    console.debug('[focusgate] site health', err);
  }
  ctx.onInvalidated(() => input.abort());
  for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, onUserInput, { capture: true, signal: input.signal });
  // Once started, the coach follows focus and navigation to other editors (and its own editor's edits).
  ctx.addEventListener(document, 'focusin', (e) => coach && look(e.target), { capture: true });
}
