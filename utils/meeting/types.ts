import type { MeetingPanelModel } from './panel';

/** What the meeting coach's panel shows for the event being edited. */
export interface MeetingView {
  model: MeetingPanelModel;
  /** Short confirmation announced in the status region ("Copied…"). */
  status: string;
  collapsed: boolean;
  canInsertAgenda: boolean;
}

export interface MeetingActions {
  toggle(): void;
  /** "Copy a written alternative": puts the async draft on the clipboard. */
  copyDraft(): void;
  /** Appends an agenda outline to the event's description. */
  insertAgenda(): void;
}

/** The rendered panel (React in a shadow root, components/meeting/renderer.tsx). */
export interface MeetingUi {
  render(view: MeetingView, actions: MeetingActions): void;
  destroy(): void;
}

/** Renders the panel into a container inside the shadow root. */
export type MeetingRenderer = (container: HTMLElement) => MeetingUi;
