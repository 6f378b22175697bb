import css from '@/components/compose/coach.css?inline';
import { createCoachRenderer } from '@/components/compose/renderer';
import { startCoach, type ComposeCoachPart } from '@/utils/compose/content';
import { registerPart } from '@/utils/platform/lazy-part';

/**
 * The compose coach's heavy part (React, the analyser, settings, messaging), imported by the
 * Slack and Gmail content scripts the first time a composer has focus.
 */
export default defineUnlistedScript(() => {
  const part: ComposeCoachPart = {
    start: (ctx, options) => startCoach(ctx, { ...options, createRenderer: createCoachRenderer, css }),
  };
  registerPart('compose-coach', part);
});
