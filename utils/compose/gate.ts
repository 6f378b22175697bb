import type { GateMode } from '../platform/settings/schema';
import type { CoachAnalysis, GateReason } from './types';

/**
 * Whether a send is held, and why. `ping-only` (the default) holds bare pings and drafts whose
 * "Make it async" prompts are still unfilled; `always-ask` also holds messages the analyser
 * says are better had live (urgent or sensitive); `off` never holds, and neither does a draft
 * in a language the coach cannot read. A draft already held once for being better said live
 * (`heldLiveBefore`) is not held for it again: a gate on a non-ping never happens twice.
 */
export function holdReason(analysis: CoachAnalysis | null, mode: GateMode, heldLiveBefore?: boolean): GateReason | null {
  if (!analysis || mode === 'off' || analysis.language === null) return null;
  if (analysis.prompts.length > 0) return 'prompt';
  if (analysis.ping) return 'ping';
  // A draft is held for being better said live once: after that the writer has decided.
  if (mode === 'always-ask' && analysis.mode === 'sync' && !heldLiveBefore) return 'sync';
  return null;
}

/** Keys that must pass untouched: Shift+Enter (newline) and anything typed during IME composition. */
export function isNeverGatedKey(event: KeyboardEvent, composing: boolean): boolean {
  return event.shiftKey || composing || event.isComposing || event.keyCode === 229;
}
