import css from '@/components/compose/coach.css?inline';
import { createCoachRenderer } from '@/components/compose/renderer';
import { startCoach, type ComposeCoachPart } from '@/utils/compose/content';

/** The compose coach (React, the analyser, settings, messaging), for the Slack, Gmail, Teams and Outlook loaders. */
export const composeCoachPart: ComposeCoachPart = {
  start: (ctx, options) => startCoach(ctx, { ...options, createRenderer: createCoachRenderer, css }),
};
