import coachCss from '@/components/compose/coach.css?inline';
import { createCoachRenderer } from '@/components/compose/renderer';
import { buildAsyncRewrite } from '@/utils/compose/analysis/rewrite';
import { coachAnalyzer, recordCoachEvent } from '@/utils/compose/content';
import { createCoachController } from '@/utils/compose/controller';
import type { CoachUi } from '@/utils/compose/types';
import { playgroundAdapter } from '@/utils/compose/hosts/playground';
import { DEFAULT_SETTINGS, type GateMode } from '@/utils/platform/settings/schema';
import { getSettings, watchSettings } from '@/utils/platform/settings/storage';
import { emulateHosts } from './host';

/** The same shadow-root host the content scripts create (`focusgate-coach`), open here: this page is our own, on host pages it is closed. */
async function mountCoach(): Promise<CoachUi> {
  const host = document.createElement('focusgate-coach');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = coachCss;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  document.body.append(host);
  const ui = createCoachRenderer(container, host);
  return { ...ui, destroy: () => (ui.destroy(), host.remove()) };
}

let gateMode: GateMode = DEFAULT_SETTINGS.gateMode;
void getSettings().then((s) => (gateMode = s.gateMode));
watchSettings((s) => (gateMode = s.gateMode));

emulateHosts(document);
const controller = createCoachController({
  adapter: playgroundAdapter,
  doc: document,
  listen: (target, type, handler, options) => target.addEventListener(type, handler, options),
  analyze: coachAnalyzer(navigator.language, () => controller.refresh()),
  rewrite: buildAsyncRewrite,
  record: recordCoachEvent,
  mountUi: mountCoach,
  gateMode: () => gateMode,
});
controller.start();
