import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { analyzeMessage } from '../analysis/message';
import { buildAsyncRewrite } from '../analysis/rewrite';
import type { HostAdapter } from '../hosts/types';
import { send } from '../messaging/client';
import { DEFAULT_SETTINGS, type GateMode } from '../settings/schema';
import { getSettings, watchSettings } from '../settings/storage';
import { createCoachController, type CoachController, type CoachDeps } from './controller';
import type { CoachUi } from './types';

/** Renders the coach into a container inside the shadow root (components/coach/renderer.tsx). */
export type CoachRenderer = (container: HTMLElement, host: Element) => CoachUi;

export interface CoachPageOptions {
  site: 'slack' | 'gmail';
  adapter: HostAdapter;
  createRenderer: CoachRenderer;
}

/** Records a coach event for the background; a failure (worker asleep, extension updated) is dropped. */
export function recordCoachEvent(...[kind, data]: Parameters<CoachDeps['record']>): void {
  send('recordEvent', { kind, ...(data?.mode ? { data: { mode: data.mode } } : {}) }).catch(() => undefined);
}

/**
 * The coach on a host page. Start-up only reads settings and adds a few listeners; React and
 * the shadow root are created the first time a composer is focused. Follows
 * settings.coach.<site> and gateMode live; everything is torn down with `ctx`.
 */
export function startCoach(ctx: ContentScriptContext, { site, adapter, createRenderer }: CoachPageOptions): void {
  let gateMode: GateMode = DEFAULT_SETTINGS.gateMode;
  let controller: CoachController | null = null;

  const mountUi = async (): Promise<CoachUi> => {
    const shadowUi = await createShadowRootUi(ctx, {
      name: 'focusgate-coach',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      // Keys typed in the panel or dialog stay ours (Slack/Gmail have page-wide shortcuts).
      isolateEvents: true,
      onMount: (container, _shadow, host) => createRenderer(container, host),
      onRemove: (rendered) => rendered?.destroy(),
    });
    shadowUi.mount();
    const rendered = shadowUi.mounted;
    if (!rendered) throw new Error('coach UI did not mount');
    return { ...rendered, destroy: () => shadowUi.remove() };
  };

  const apply = (on: boolean) => {
    if (on && !controller) {
      controller = createCoachController({
        adapter,
        doc: document,
        listen: (target, type, handler, options) => ctx.addEventListener(target, type, handler, options),
        analyze: (text, now) => analyzeMessage(text, { now }),
        rewrite: buildAsyncRewrite,
        record: recordCoachEvent,
        mountUi,
        gateMode: () => gateMode,
      });
      ctx.onInvalidated(() => controller?.destroy());
      controller.start();
    } else {
      controller?.setEnabled(on);
    }
  };

  getSettings()
    .then((s) => {
      if (ctx.isInvalid) return;
      gateMode = s.gateMode;
      apply(s.coach[site]);
      ctx.onInvalidated(
        watchSettings((next) => {
          gateMode = next.gateMode;
          apply(next.coach[site]);
        }),
      );
    })
    .catch((err: unknown) => console.debug('[focusgate] coach settings unavailable', err));
}
