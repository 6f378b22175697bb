import type { ContentScriptContext } from '#imports';
import { editorFor, findEditor, type CalendarEditor } from './calendar-adapter';
import { getSettingsFromBackground as getSettings, watchSettingsFromBackground as watchSettings } from '../platform/settings/remote';
import type { Settings } from '../platform/settings/schema';
import { startSession, type MeetingSession, type MeetingSessionOptions } from './session';

const WATCHDOG_MS = 1000;

/** What the calendar-coach script hands to the loader in calendar.content. */
export interface MeetingCoachPart {
  start(ctx: ContentScriptContext): MeetingCoach;
}

export interface MeetingCoach {
  /** Starts, keeps or stops the session for the editor around `target` (or on the page). */
  look(target?: EventTarget | null): void;
}

/**
 * The part of the content script loaded only once an editor is around: settings, the session
 * for the open editor (one at a time), and a watchdog that notices when the editor goes away.
 */
export function createMeetingCoach(ctx: ContentScriptContext, ui: Pick<MeetingSessionOptions, 'css' | 'createRenderer'>): MeetingCoach {
  let settings: Settings | null = null;
  let session: MeetingSession | null = null;
  let watchdog: number | undefined;

  const stop = () => {
    session?.stop();
    session = null;
    if (watchdog !== undefined) clearInterval(watchdog);
    watchdog = undefined;
  };

  const start = (editor: CalendarEditor) => {
    if (session?.alive() && session.editor.root === editor.root) return;
    stop();
    session = startSession(ctx, editor, { ...ui, hours: () => (settings as Settings).workingHours });
    // The editor closes (dialog dismissed, editor left) without telling us: check it is still there.
    watchdog = ctx.setInterval(() => {
      if (!session?.alive()) look();
    }, WATCHDOG_MS);
  };

  // Everything here degrades quietly: the page keeps working whatever happens.
  function look(target?: EventTarget | null): void {
    try {
      if (!settings) return; // not loaded yet: looks again once they are
      if (!settings.coach.calendar) return stop();
      if (target && session?.alive() && session.editor.root.contains(target as Node)) return;
      const editor = (target ? editorFor(target, document) : null) ?? findEditor(document);
      if (editor) start(editor);
      else stop();
    } catch (err) {
      console.debug('[focusgate] calendar coach', err);
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
