import '@/components/coach/coach.css';
import { startWhenComposerFocused } from '@/utils/coach/lazy';
import { gmailAdapter } from '@/utils/hosts/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    startWhenComposerFocused(ctx, gmailAdapter, async () => {
      const [{ startCoach }, { createCoachRenderer }] = await Promise.all([
        import('@/utils/coach/content'),
        import('@/components/coach/renderer'),
      ]);
      startCoach(ctx, { site: 'gmail', adapter: gmailAdapter, createRenderer: createCoachRenderer });
    });
  },
});
