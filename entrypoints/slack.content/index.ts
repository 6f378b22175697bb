import '@/components/coach/coach.css';
import { createCoachRenderer } from '@/components/coach/renderer';
import { startCoach } from '@/utils/coach/content';
import { slackAdapter } from '@/utils/hosts/slack';

export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    startCoach(ctx, { site: 'slack', adapter: slackAdapter, createRenderer: createCoachRenderer });
  },
});
