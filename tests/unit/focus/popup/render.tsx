import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders into a fresh container in happy-dom; `cleanup` unmounts it. */
export function render(ui: ReactElement): { host: HTMLElement; root: Root; rerender: (ui: ReactElement) => void; cleanup: () => void } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(ui));
  return {
    host,
    root,
    rerender: (next) => act(() => root.render(next)),
    cleanup: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('Nothing to click');
  act(() => (el as HTMLElement).click());
}

export function key(el: Element | null | undefined, k: string, init: KeyboardEventInit = {}): void {
  if (!el) throw new Error('Nothing to press on');
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
  });
}

/** Types into a React-controlled input (sets the value the way React listens for). */
export function type(input: HTMLInputElement, text: string): void {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function blur(input: HTMLElement): void {
  act(() => {
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    input.dispatchEvent(new FocusEvent('blur'));
  });
}

export async function flush(): Promise<void> {
  await act(async () => {
    await Promise.resolve();
  });
}
