import { startGuard } from '@/utils/notify/guard';
import { matchesFor } from '@/utils/platform/sites';

// Page-world notification guard, focus-off variant: registered at run time by the background
// (utils/notify/guard-registration.ts), so it knows the focus state from its first line.
export default defineContentScript({
  registration: 'runtime',
  matches: matchesFor('notify'),
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    startGuard(window, false);
  },
});
