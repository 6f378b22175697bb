import type { ComposeCoachPart } from '@/utils/compose/content';
import { startWhenComposerFocused } from '@/utils/compose/lazy';
import { outlookAdapter } from '@/utils/compose/hosts/outlook';
import { startWhenEventEditorOpens } from '@/utils/meeting/lazy';
import { outlookEventAdapter } from '@/utils/meeting/outlook-event-adapter';
import { loadPart } from '@/utils/platform/lazy-part';

// Outlook on the web: the compose coach in mail, the meeting coach on the new-event form.
export default defineContentScript({
  // WXT's start-up postMessage would be one more message every page listener sees.
  noScriptStartedPostMessage: true,
  runAt: 'document_idle',
  main(ctx) {
    startWhenComposerFocused(ctx, outlookAdapter, async (health) => {
      const part = await loadPart<ComposeCoachPart>('compose-coach');
      part.start(ctx, { site: 'outlook', adapter: outlookAdapter, health });
    });
    startWhenEventEditorOpens(ctx, 'outlook', outlookEventAdapter);
  },
});
