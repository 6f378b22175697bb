import { startGuard } from '@/utils/notify/guard';
import { matchesFor } from '@/utils/platform/sites';

// Page-world notification guard: tiny, dependency-free, first to run in every frame.
export default defineContentScript({
  matches: matchesFor('notify'),
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true, // blob: frames too (their origin is the host's)
  main() {
    startGuard(window);
  },
});
