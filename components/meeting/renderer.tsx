import { createRoot } from 'react-dom/client';
import type { MeetingUi } from '@/utils/meeting/types';
import { MeetingPanel } from './MeetingPanel';

/** Renders the meeting coach into `container` (inside the `focusgate-meeting` shadow root). */
export function createMeetingRenderer(container: HTMLElement): MeetingUi {
  const wrapper = document.createElement('div');
  container.append(wrapper);
  const root = createRoot(wrapper);
  return {
    render(view, actions) {
      root.render(<MeetingPanel {...view} onToggle={actions.toggle} onCopyDraft={actions.copyDraft} onInsertAgenda={actions.insertAgenda} />);
    },
    destroy() {
      root.unmount();
    },
  };
}
