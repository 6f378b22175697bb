import { createRoot } from 'react-dom/client';
import type { CoachUi } from '@/utils/compose/types';
import { CoachRoot } from './CoachRoot';

/**
 * Renders the coach into `container` (a div inside the `focusgate-coach` shadow root) and
 * returns the handle the controller drives. `host` is the shadow host: events from inside the
 * shadow root are retargeted to it, which is how the controller tells them apart.
 */
export function createCoachRenderer(container: HTMLElement, host: Element): CoachUi {
  const root = createRoot(container);
  return {
    render(view, actions) {
      root.render(<CoachRoot view={view} actions={actions} />);
    },
    focusPanel() {
      container.querySelector<HTMLElement>('[data-panel-entry]')?.focus();
    },
    owns(node) {
      return node === host || (node instanceof Node && host.contains(node));
    },
    destroy() {
      root.unmount();
    },
  };
}
