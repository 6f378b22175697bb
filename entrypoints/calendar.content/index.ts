import '@/components/meeting/meeting.css';
import { findEditor, editorFor, type CalendarEditor } from '@/utils/hosts/calendar';
import { getSettings, watchSettings } from '@/utils/settings/storage';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';
import { startSession, type CoachSession } from './session';

/** After a navigation, Calendar renders the editor a little later: look again a few times. */
const LOOK_AGAIN_MS = [0, 250, 750, 1500, 3000];
const WATCHDOG_MS = 1000;

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  cssInjectionMode: 'ui',
  runAt: 'document_idle',
  main(ctx) {
    let settings: Settings = { ...DEFAULT_SETTINGS };
    let session: CoachSession | null = null;
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
      session = startSession(ctx, editor, () => settings.workingHours);
      // The editor closes (dialog dismissed, editor left) without telling us: check it is still there.
      watchdog = ctx.setInterval(() => {
        if (!session?.alive()) look();
      }, WATCHDOG_MS);
    };

    // Everything below degrades quietly: the page keeps working whatever happens here.
    const look = (target?: EventTarget | null) => {
      try {
        if (!settings.coach.calendar) return stop();
        const editor = (target ? editorFor(target, document) : null) ?? findEditor(document);
        if (editor) start(editor);
        else stop();
      } catch (err) {
        console.debug('[focusgate] calendar coach', err);
      }
    };
    const lookSoon = () => LOOK_AGAIN_MS.forEach((ms) => ctx.setTimeout(() => look(), ms));

    ctx.addEventListener(document, 'focusin', (e) => {
      if (session?.alive() && session.editor.root.contains(e.target as Node)) return;
      if (editorFor(e.target, document)) look(e.target);
    }, { capture: true });
    ctx.addEventListener(window, 'wxt:locationchange', lookSoon);
    ctx.onInvalidated(stop);

    void getSettings()
      .then((s) => {
        settings = s;
        lookSoon();
      })
      .catch(() => lookSoon());
    const unwatch = watchSettings((s) => {
      settings = s;
      look();
    });
    ctx.onInvalidated(unwatch);
  },
});
