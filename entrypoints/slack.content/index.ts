import '@/components/coach/coach.css';
import { startWhenComposerFocused } from '@/utils/coach/lazy';
import { slackAdapter } from '@/utils/hosts/slack';

export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    startWhenComposerFocused(ctx, slackAdapter, async () => {
      const [{ startCoach }, { createCoachRenderer }] = await Promise.all([
        import('@/utils/coach/content'),
        import('@/components/coach/renderer'),
      ]);
      startCoach(ctx, { site: 'slack', adapter: slackAdapter, createRenderer: createCoachRenderer });
    });
  },
});
