import type { ComposeCoachPart } from '@/utils/coach/content';
import { startWhenComposerFocused } from '@/utils/coach/lazy';
import { loadPart } from '@/utils/content/lazy-part';
import { slackAdapter } from '@/utils/hosts/slack';

export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  main(ctx) {
    startWhenComposerFocused(ctx, slackAdapter, async () => {
      const part = await loadPart<ComposeCoachPart>('compose-coach');
      part.start(ctx, { site: 'slack', adapter: slackAdapter });
    });
  },
});
