import { startGuard } from '@/utils/notify/guard';

// Page-world notification guard: tiny, dependency-free, first to run in every frame.
export default defineContentScript({
  matches: [
    'https://app.slack.com/*', 'https://mail.google.com/*', 'https://calendar.google.com/*',
    'https://teams.cloud.microsoft/*', 'https://teams.microsoft.com/*', 'https://teams.live.com/*',
    'https://outlook.cloud.microsoft/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*',
  ],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true, // blob: frames too (their origin is the host's)
  main() {
    startGuard(window);
  },
});
