import type { ContentScriptContext } from '#imports';
import { getSettingsFromBackground as getSettings, watchSettingsFromBackground as watchSettings } from '../platform/settings/remote';
import type { Settings } from '../platform/settings/schema';
import type { MeetingAdapter, MeetingEditor } from './adapter';
import { startSession, type MeetingSession, type MeetingSessionOptions } from './session';

const WATCHDOG_MS = 1000;

/** The site whose event editor is coached, and its adapter (owned by the site's loader). */
export interface MeetingSite<E extends MeetingEditor = MeetingEditor> {
  /** Its coach switch in the settings. */
  site: keyof Settings['coach'];
  adapter: MeetingAdapter<E>;
}

/** What the meeting coach's part (entrypoints/coach-parts/meeting.ts) hands to the site loaders that show it. */
export interface MeetingCoachPart {
  start<E extends MeetingEditor>(ctx: ContentScriptContext, site: MeetingSite<E>): MeetingCoach;
}

export interface MeetingCoach {
  /** Starts, keeps or stops the session for the editor around `target` (or on the page). */
  look(target?: EventTarget | null): void;
}

/**
 * The part of the content script loaded only once an editor is around: settings, the session
 * for the open editor (one at a time), and a watchdog that notices when the editor goes away.
 */
export function createMeetingCoach<E extends MeetingEditor>(
  ctx: ContentScriptContext,
  { site, adapter }: MeetingSite<E>,
  ui: Pick<MeetingSessionOptions, 'css' | 'createRenderer'>,
): MeetingCoach {
  let settings: Settings | null = null;
  let session: MeetingSession | null = null;
  let watchdog: number | undefined;

  const stop = () => {
    session?.stop();
    session = null;
    if (watchdog !== undefined) clearInterval(watchdog);
    watchdog = undefined;
  };

  const start = (editor: E) => {
    if (session?.alive() && session.editor.root === editor.root) return;
    stop();
    session = startSession(ctx, adapter, editor, { ...ui, hours: () => (settings as Settings).workingHours });
    // The editor closes (dialog dismissed, editor left) without telling us: check it is still there.
    watchdog = ctx.setInterval(() => {
      if (!session?.alive()) look();
    }, WATCHDOG_MS);
  };

  // Everything here degrades quietly: the page keeps working whatever happens.
  function look(target?: EventTarget | null): void {
    try {
      if (!settings) return; // not loaded yet: looks again once they are
      if (!settings.coach[site]) return stop();
      if (target && session?.alive() && session.editor.root.contains(target as Node)) return;
      const editor = (target ? adapter.editorFor(target, document) : null) ?? adapter.findEditor(document);
      if (editor) start(editor);
      else stop();
    } catch (err) {
      console.debug('[focusgate] meeting coach', err);
    }
  }

  void getSettings()
    .then((s) => {
      settings = s;
      look();
    })
    .catch(() => {
      /* storage unavailable (extension reloading): no coach */
    });
  const unwatch = watchSettings((s) => {
    settings = s;
    look();
  });
  ctx.onInvalidated(() => {
    unwatch();
    stop();
  });
  return { look };
}
