import type { ComposeCoachPart } from '@/utils/coach/content';
import { startWhenComposerFocused } from '@/utils/coach/lazy';
import { loadPart } from '@/utils/content/lazy-part';
import { gmailAdapter } from '@/utils/hosts/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main(ctx) {
    startWhenComposerFocused(ctx, gmailAdapter, async () => {
      const part = await loadPart<ComposeCoachPart>('compose-coach');
      part.start(ctx, { site: 'gmail', adapter: gmailAdapter });
    });
  },
});
