import type { ContentScriptContext } from '#imports';
import type { HostAdapter } from './hosts/types';
import { watchComposeHealth, type ComposeHealth } from '../health/watch';

/**
 * Start-up of a coach content script: only a focus listener and the adapter's selectors. The
 * coach itself (React, settings, messaging, the analyser: a separate part, see
 * utils/platform/lazy-part.ts) is loaded the first time a composer has focus, so a page where
 * nobody writes pays for nothing else. Site health (utils/health) watches the page from the start,
 * and the coach reports to it once loaded.
 */
export function startWhenComposerFocused(ctx: ContentScriptContext, adapter: HostAdapter, load: (health: ComposeHealth) => Promise<void>): void {
  let loading: Promise<void> | null = null;
  let health: ComposeHealth = { rewriteLanded: () => undefined };
  const look = (target: EventTarget | null) => {
    if (loading || !adapter.composerFor(target)) return;
    loading = load(health).catch((err: unknown) => console.debug('[focusgate] coach failed to load', err));
  };
  try {
    health = watchComposeHealth(ctx, adapter);
  } catch (err) {
    console.debug('[focusgate] site health', err);
  }
  try {
    ctx.addEventListener(document, 'focusin', (e) => look(e.target), { capture: true });
    look(document.activeElement);
  } catch (err) {
    console.debug('[focusgate] coach', err);
  }
}
