import { browser, type ContentScriptContext } from '#imports';
import { analyzeDraft } from './analysis/draft';
import { createLanguageMemory, languageOfLocale } from './analysis/language';
import { loadedEnglish, loadedPack, loadPack } from './analysis/lang/packs';
import { buildAsyncRewrite } from './analysis/rewrite';
import type { HostAdapter } from './hosts/types';
import { send } from '../platform/messaging/lean-client';
import { getSettingsFromBackground, watchSettingsFromBackground } from '../platform/settings/remote';
import type { Settings } from '../platform/settings/schema';
import { SITE_LABELS, type Site } from '../platform/sites';
import { NO_PAUSE, pausedUntil, type CoachPause } from './pause';
import { readPause, watchPause } from './pause-item';
import { createCoachController, type CoachController, type CoachDeps } from './controller';
import type { CoachUi } from './types';
import type { ComposeHealth } from '../health/watch';
import { createShadowUi, KEY_EVENTS } from '../platform/shadow-ui';
import { IDLE_TIMEOUT_MS, warmUpInIdleTime } from './warm-up';

/** Renders the coach into a container inside the shadow root (components/compose/renderer.tsx). */
export type CoachRenderer = (container: HTMLElement, host: Element) => CoachUi;

export interface CoachPageOptions {
  site: Site;
  adapter: HostAdapter;
  /** Site health, told whether each rewrite landed. */
  health?: ComposeHealth;
  createRenderer: CoachRenderer;
  /** The panel's stylesheet, put in its shadow root. */
  css: string;
  /** Whether an event is the user's (see CoachDeps.isUserInput; `isTrusted` unless replaced). */
  isUserInput?: CoachDeps['isUserInput'];
}

/**
 * What the compose coach's part (entrypoints/coach-parts/compose.ts, a chunk of the web-accessible
 * parts script) hands the site loaders once imported: everything but the site's adapter, which they own.
 */
export interface ComposeCoachPart {
  start(ctx: ContentScriptContext, options: Pick<CoachPageOptions, 'site' | 'adapter' | 'health'>): void;
}

/** Records a coach event for the background; a failure (worker asleep, extension updated) is dropped. */
export function recordCoachEvent(...[kind, data]: Parameters<CoachDeps['record']>): void {
  send('recordEvent', { kind, ...(data?.mode ? { data: { mode: data.mode } } : {}) }).catch(() => undefined);
}

/**
 * The analyser as the coach runs it: each draft in its own language, a draft too short to tell
 * ("hey", "👋") in the language of this page's recent drafts, else in `uiLocale`. A language whose
 * rules are not loaded yet (English's come with its learned model) gives no verdict (null) until
 * they arrive (the controller holds an Enter pressed meanwhile until then); `onLoaded` is called
 * when they do.
 */
export function coachAnalyzer(uiLocale: string | undefined, onLoaded: () => void): CoachDeps['analyze'] {
  const languages = createLanguageMemory(uiLocale);
  return (text, now) => {
    const language = languages.languageOf(text);
    if (language !== 'other' && !loadedPack(language)) {
      loadPack(language).then(onLoaded, (err: unknown) => console.debug('[focusgate] coach language failed to load', err));
      return null;
    }
    return analyzeDraft(text, now, undefined, language);
  };
}

/** The rules of the browser's language (English's with the learned model), so a first draft in it is read at once; `onLoaded` as for coachAnalyzer. */
export function preloadUiLanguage(uiLocale: string | undefined, onLoaded: () => void): void {
  const language = languageOfLocale(uiLocale);
  if (language === 'other' || loadedPack(language)) return;
  loadPack(language).then(onLoaded, (err: unknown) => console.debug('[focusgate] coach language failed to load', err));
}

/**
 * The coach on a host page, started by the site's loader once a composer has focus: reads
 * settings and adds a few listeners; the React shadow-root UI is created on the first render.
 * Follows settings.coach.<site>, gateMode and the coach's pause live (a pause ends by itself
 * on time); everything is torn down with `ctx`.
 */
export function startCoach(ctx: ContentScriptContext, { site, adapter, health, createRenderer, css, isUserInput }: CoachPageOptions): void {
  // The controller only starts once settings have been read, so this is always set by then.
  let settings: Settings | null = null;
  let pause: CoachPause = NO_PAUSE;
  let controller: CoachController | null = null;
  let resumeTimer: number | undefined;

  const mountUi = async (): Promise<CoachUi> => {
    const shadowUi = createShadowUi(ctx, {
      name: 'focusgate-coach',
      // Closed: the page cannot read the panel (its verdict, its focus-block line) from its own scripts.
      mode: 'closed',
      css,
      // Keys typed in the panel or dialog stay ours (Slack/Gmail have page-wide shortcuts).
      isolateEvents: KEY_EVENTS,
      onMount: (container, _shadow, host) => createRenderer(container, host),
      onRemove: (rendered) => rendered?.destroy(),
    });
    // The panel's first render and layout get a task of their own, apart from the verdict's.
    await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
    shadowUi.mount();
    const rendered = shadowUi.mounted;
    if (!rendered) throw new Error('coach UI did not mount');
    return { ...rendered, destroy: () => shadowUi.remove() };
  };

  const ui = uiLanguage();
  // The first analysis compiles English's rules (tens of milliseconds): once its chunk has
  // arrived (fetched in idle time for a browser in English, else for a first English draft),
  // that is done ahead in idle time, in slices (warm-up.ts), not in the task of a later verdict.
  let warmingUp = false;
  const onLoaded = () => {
    controller?.refresh();
    const english = loadedEnglish();
    if (!english || warmingUp) return;
    warmingUp = true;
    warmUpInIdleTime(ctx, english);
  };
  const analyze = coachAnalyzer(ui, onLoaded);
  ctx.requestIdleCallback(() => preloadUiLanguage(ui, onLoaded), { timeout: IDLE_TIMEOUT_MS });

  const apply = () => {
    if (!settings) return;
    const until = pausedUntil(pause, site, Date.now());
    clearTimeout(resumeTimer);
    if (until !== null) resumeTimer = ctx.setTimeout(apply, until - Date.now() + 50);
    const on = settings.coach[site] && until === null;
    if (on && !controller) {
      controller = createCoachController({
        adapter,
        doc: document,
        listen: (target, type, handler, options) => ctx.addEventListener(target, type, handler, options),
        analyze,
        rewrite: buildAsyncRewrite,
        record: recordCoachEvent,
        mountUi,
        gateMode: () => settings?.gateMode ?? 'off',
        rewriteLanded: (landed) => health?.rewriteLanded(landed),
        ...(isUserInput ? { isUserInput } : {}),
        pause: {
          siteLabel: SITE_LABELS[site],
          run: (scope) => {
            send('pauseCoach', { scope: scope === 'site' ? site : 'all' }).then(
              (next) => ((pause = next), apply()),
              (err: unknown) => console.debug('[focusgate] coach pause', err),
            );
          },
        },
      });
      ctx.onInvalidated(() => controller?.destroy());
      controller.start();
    } else {
      controller?.setEnabled(on);
    }
  };

  Promise.all([getSettingsFromBackground(), readPause()])
    .then(([s, p]) => {
      if (ctx.isInvalid) return;
      settings = s;
      pause = p;
      apply();
      ctx.onInvalidated(
        watchSettingsFromBackground((next) => {
          settings = next;
          apply();
        }),
      );
      ctx.onInvalidated(
        watchPause((next) => {
          pause = next;
          apply();
        }),
      );
    })
    .catch((err: unknown) => console.debug('[focusgate] coach settings unavailable', err));
}

/** The browser's UI language ("fr", "pt-BR"); the page's preferred language where the API is missing. */
function uiLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}
