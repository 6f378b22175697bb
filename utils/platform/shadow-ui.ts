import type { ContentScriptContext } from '#imports';

/*
 * The coaches' panels on a host page: an element of our own appended last to <body>, its styles
 * and UI in a shadow root. WXT's createShadowRootUi does the same with general machinery we do not
 * use (anchors and auto-mount, fetching an entrypoint's CSS, custom-element name checks): about
 * 3.5 KB gzipped in every coached page's budget, for the few lines below.
 */

/** Key events typed in our panels stay ours (Slack, Gmail and Outlook have page-wide shortcuts). */
export const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** The page's inherited styles stop at our host, as with WXT's shadow-root UIs. */
const RESET = ':host{all:initial !important;}';

export interface ShadowUiOptions<T> {
  /** The host element's tag (a custom element name, e.g. `focusgate-coach`). */
  name: string;
  css: string;
  mode: ShadowRootMode;
  /** Events that do not propagate out of the shadow root. */
  isolateEvents?: readonly string[];
  onMount(container: HTMLElement, shadow: ShadowRoot, host: HTMLElement): T;
  onRemove?(mounted: T | undefined): void;
}

export interface ShadowUi<T> {
  readonly host: HTMLElement;
  /** What `onMount` returned, while mounted. */
  readonly mounted: T | undefined;
  /** Appends the host to <body> and mounts the UI in it. */
  mount(): void;
  /** Unmounts the UI and takes the host off the page (also when `ctx` is invalidated). */
  remove(): void;
}

export function createShadowUi<T>(ctx: ContentScriptContext, options: ShadowUiOptions<T>): ShadowUi<T> {
  const host = document.createElement(options.name);
  const shadow = host.attachShadow({ mode: options.mode });
  const style = document.createElement('style');
  style.textContent = `${RESET}\n${options.css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of options.isolateEvents ?? []) shadow.addEventListener(type, (e) => e.stopPropagation());

  let mounted: T | undefined;
  const ui: ShadowUi<T> = {
    host,
    get mounted() {
      return mounted;
    },
    mount() {
      document.body.append(host);
      mounted = options.onMount(container, shadow, host);
    },
    remove() {
      options.onRemove?.(mounted);
      mounted = undefined;
      host.remove();
      container.replaceChildren();
    },
  };
  ctx.onInvalidated(() => ui.remove());
  return ui;
}
