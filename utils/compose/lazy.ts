import type { ContentScriptContext } from '#imports';
import type { HostAdapter } from './hosts/types';

/**
 * Start-up of a coach content script: only a focus listener and the adapter's selectors. The
 * coach itself (React, settings, messaging, the analyser: a separate part, see
 * utils/platform/lazy-part.ts) is loaded the first time a composer has focus, so a page where
 * nobody writes pays for nothing else.
 */
export function startWhenComposerFocused(ctx: ContentScriptContext, adapter: HostAdapter, load: () => Promise<void>): void {
  let loading: Promise<void> | null = null;
  const look = (target: EventTarget | null) => {
    if (loading || !adapter.composerFor(target)) return;
    loading = load().catch((err: unknown) => console.debug('[focusgate] coach failed to load', err));
  };
  try {
    ctx.addEventListener(document, 'focusin', (e) => look(e.target), { capture: true });
    look(document.activeElement);
  } catch (err) {
    console.debug('[focusgate] coach', err);
  }
}
