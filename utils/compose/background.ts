import type { BackgroundModule } from '../platform/background/module';
import type { MessageSender } from '../platform/messaging/router';
import { siteFromUrl } from '../platform/sites';
import { addPause, removePause, type PauseScope } from './pause';
import { readPause, writePause } from './pause-item';

/**
 * Pausing the compose coach: the panel (content script) and the popup ask, the background
 * writes. A content script may pause or resume only its own site, or everywhere.
 */
function allowed(scope: PauseScope, sender: MessageSender): void {
  if (scope === 'all' || sender.fromExtensionPage) return;
  if (siteFromUrl(sender.url) !== scope) throw new Error(`A page may pause the coach only on its own site, not on ${scope}`);
}

async function change(scope: PauseScope, sender: MessageSender, edit: typeof addPause) {
  allowed(scope, sender);
  const next = edit(await readPause(), scope, Date.now());
  await writePause(next);
  return next;
}

export const coachPauseModule: BackgroundModule = {
  name: 'coach-pause',
  handlers: {
    pauseCoach: ({ scope }, sender) => change(scope, sender, addPause),
    resumeCoach: ({ scope }, sender) => change(scope, sender, removePause),
  },
};
