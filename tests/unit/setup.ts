import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadModel } from '../../utils/compose/analysis/lang/packs';

// The analyser reads English drafts with its learned model, which the coach fetches as it starts.
await loadModel();

beforeEach(() => {
  fakeBrowser.reset();
});

// happy-dom has no requestIdleCallback (Chrome and Firefox do): idle work runs on a timer here.
if (typeof window !== 'undefined' && typeof window.requestIdleCallback !== 'function') {
  window.requestIdleCallback = (cb) => window.setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 1);
  window.cancelIdleCallback = (id) => window.clearTimeout(id);
}
