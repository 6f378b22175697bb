import { startGuard } from '@/utils/notify/guard';

// Page-world notification guard: tiny, dependency-free, first to run in every frame.
export default defineContentScript({
  matches: ['https://app.slack.com/*', 'https://mail.google.com/*', 'https://calendar.google.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true, // blob: frames too (their origin is the host's)
  main() {
    startGuard(window);
  },
});
