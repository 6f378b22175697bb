import type { ComposeCoachPart } from '@/utils/compose/content';
import { startWhenComposerFocused } from '@/utils/compose/lazy';
import { loadPart } from '@/utils/platform/lazy-part';
import { teamsAdapter } from '@/utils/compose/hosts/teams';

export default defineContentScript({
  // WXT's start-up postMessage would be one more message every page listener sees.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startWhenComposerFocused(ctx, teamsAdapter, async (health) => {
      const part = await loadPart<ComposeCoachPart>('compose-coach');
      part.start(ctx, { site: 'teams', adapter: teamsAdapter, health });
    });
  },
});
