import type { ComposeCoachPart } from '@/utils/compose/content';
import { startWhenComposerFocused } from '@/utils/compose/lazy';
import { loadPart } from '@/utils/platform/lazy-part';
import { gmailAdapter } from '@/utils/compose/hosts/gmail';

export default defineContentScript({
  main(ctx) {
    startWhenComposerFocused(ctx, gmailAdapter, async (health) => {
      const part = await loadPart<ComposeCoachPart>('compose-coach');
      part.start(ctx, { site: 'gmail', adapter: gmailAdapter, health });
    });
  },
});
