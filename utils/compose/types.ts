import type { CoachEventKind } from '../platform/db/records';
import type { GateMode } from '../platform/settings/schema';
import type { Evidence, MessageAnalysis } from './analysis/message';

/**
 * The part of the analyser's `MessageAnalysis` (utils/compose/analysis/message.ts) the coach shows,
 * plus the prompts "Make it async" added. Picked, so the coach depends on the fields it uses and
 * their meaning is written once, in the analyser.
 */
export type CoachAnalysis = Pick<
  MessageAnalysis,
  'language' | 'mode' | 'ping' | 'context' | 'ask' | 'deadline' | 'deadlineText' | 'urgency' | 'reasons'
> &
  Partial<Pick<MessageAnalysis, 'sensitive' | 'evidence'>> & {
    /** Prompts added by "Make it async" that the writer has not filled in yet, in order. */
    prompts: string[];
  };

/** What drove a verdict, in the writer's own words. */
export type VerdictEvidence = Evidence;

/** The verdicts the writer can dismiss for a draft when they are wrong. */
export type VerdictKind = Evidence['about'];

/**
 * Why a send is being held: prompts from "Make it async" still unfilled, a bare ping, or
 * (always-ask) a message better said live.
 */
export type GateReason = 'prompt' | 'ping' | 'sync';

/** "Make it async": the new draft, and the first prompt in it (where the caret goes). */
export interface CoachRewrite {
  text: string;
  firstPrompt: string | null;
}

export interface AnchorRect {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** What the coach UI shows. `analysis` null means there is no draft: nothing is shown. */
export interface CoachView {
  analysis: CoachAnalysis | null;
  anchor: AnchorRect | null;
  gate: GateReason | null;
}

export interface CoachActions {
  /** "Make it async": rewrites the draft in place. */
  rewrite(): void;
  /** Gate: send through the host's own send. */
  sendAnyway(): void;
  /** Gate "Add context" or Escape: close and put the caret back in the draft. */
  backToDraft(): void;
  /** Escape inside the panel: back to the composer without changing anything. */
  focusComposer(): void;
  /** "Not so": the writer says this verdict is wrong; it is dropped for the rest of this draft. */
  dismiss(about: VerdictKind): void;
  /** Pausing the coach for an hour; absent where it cannot be paused (the playground). */
  pause?: CoachPauseAction;
}

export interface CoachPauseAction {
  /** The site's name, as the panel says it ("Pause on Slack"). */
  siteLabel: string;
  /** Pauses the coach on this site, or everywhere, for an hour. */
  run(scope: 'site' | 'all'): void;
}

/** The rendered coach (React in a shadow root on pages; same components in the playground). */
export interface CoachUi {
  render(view: CoachView, actions: CoachActions): void;
  /** Moves keyboard focus into the panel (its first control). */
  focusPanel(): void;
  /** True for events coming from the UI itself (its shadow host). */
  owns(node: EventTarget | null): boolean;
  destroy(): void;
}

export type { CoachEventKind, GateMode };
