import '@/components/coach/coach.css';
import { createCoachRenderer } from '@/components/coach/renderer';
import { startCoach } from '@/utils/coach/content';
import { gmailAdapter } from '@/utils/hosts/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    startCoach(ctx, { site: 'gmail', adapter: gmailAdapter, createRenderer: createCoachRenderer });
  },
});
