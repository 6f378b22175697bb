import type { ComposeCoachPart } from '@/utils/compose/content';
import { startWhenComposerFocused } from '@/utils/compose/lazy';
import { loadPart } from '@/utils/platform/lazy-part';
import { slackAdapter } from '@/utils/compose/hosts/slack';

export default defineContentScript({
  // WXT's start-up postMessage would be one more message every page listener sees.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startWhenComposerFocused(ctx, slackAdapter, async (health) => {
      const part = await loadPart<ComposeCoachPart>('compose-coach');
      part.start(ctx, { site: 'slack', adapter: slackAdapter, health });
    });
  },
});
