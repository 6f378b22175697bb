import type { ContentScriptContext } from '#imports';
import type { HostAdapter } from '../compose/hosts/types';
import type { MeetingAdapter, MeetingEditor } from '../meeting/adapter';
import { send } from '../platform/messaging/lean-client';
import { isEditable, probeCompose, probeMeeting, type Probe } from './probe';
import { describeStructure } from './structure';

/*
 * Runs a feature's self-check now and then and tells the background what changed: a while after
 * the page settles, after the user focuses an editable, after an in-app navigation (followed from
 * the first check on), and when the coach asks (a rewrite landed or not). Sends only when the
 * report changed, at most every MIN_GAP_MS; a failure to send (worker asleep, extension updated)
 * is dropped. Cheap, and in the page's idle time, never in the task of a load, a focus or a
 * keystroke: a check is due after a timer, then runs in an idle callback (a few selector
 * queries); only when the report changed is the structure described and sent, in a second idle
 * callback.
 */

const SETTLE_MS = 1500;
const MIN_GAP_MS = 1000;
/** On a page that is never idle, a due check still runs this long after it was due. */
export const IDLE_TIMEOUT_MS = 2000;
/** A page that keeps changing stops reporting after this many reports (the background limits too). */
const MAX_SENDS = 40;

export interface HealthWatch {
  /** Checks again soon (the coach calls this after a rewrite). */
  poke(): void;
}

/** Watches one feature: `probe` gets the editable the user last focused (null until then). */
export function watchHealth(ctx: ContentScriptContext, probe: (focused: Element | null) => Probe): HealthWatch {
  const page = Math.round(performance.timeOrigin);
  let last = '';
  let sends = 0;
  let lastSent = 0;
  let due = false;
  let focused: Element | null = null;
  const idle = (step: () => void) => ctx.requestIdleCallback(step, { timeout: IDLE_TIMEOUT_MS });

  let following = false;
  const run = () => {
    due = false;
    // In-app navigation is followed from the first check on (it finds the page as it is then):
    // WXT's location watcher is one more listener at every navigation, not a cost of the load.
    if (!following) {
      following = true;
      ctx.addEventListener(window, 'wxt:locationchange', () => soon(SETTLE_MS));
    }
    try {
      const { report, around, chains } = probe(focused);
      const key = JSON.stringify(report);
      if (key === last || sends >= MAX_SENDS) return;
      last = key;
      sends++;
      lastSent = Date.now();
      idle(() => {
        try {
          const structure = around ? describeStructure(around, chains) : undefined;
          send('reportHealth', { page, reports: [report], ...(structure ? { structure } : {}) }).catch(() => undefined);
        } catch (err) {
          console.debug('[focusgate] site health', err);
        }
      });
    } catch (err) {
      console.debug('[focusgate] site health', err);
    }
  };

  const soon = (ms: number) => {
    if (due || ctx.isInvalid) return;
    due = true;
    ctx.setTimeout(() => idle(run), Math.max(ms, lastSent + MIN_GAP_MS - Date.now()));
  };

  ctx.addEventListener(
    document,
    'focusin',
    (e) => {
      // Only editables: a click on a button or a link must not lose what the user was typing in.
      if (!e.isTrusted || !isEditable(e.target as Element | null)) return;
      focused = e.target as Element;
      soon(300);
    },
    { capture: true },
  );
  soon(SETTLE_MS);
  return { poke: () => soon(0) };
}

/** What the compose coach tells site health (the coach is loaded later, in its own part). */
export interface ComposeHealth {
  rewriteLanded(landed: boolean): void;
}

/** Site health for a compose adapter on this page. */
export function watchComposeHealth(ctx: ContentScriptContext, adapter: HostAdapter): ComposeHealth {
  let rewrite: boolean | undefined;
  const watch = watchHealth(ctx, (focused) => probeCompose({ doc: document, adapter, focused, rewrite }));
  return {
    rewriteLanded(landed) {
      rewrite = landed;
      watch.poke();
    },
  };
}

/** Site health for a meeting adapter on this page. */
export function watchMeetingHealth<E extends MeetingEditor>(ctx: ContentScriptContext, adapter: MeetingAdapter<E>): void {
  watchHealth(ctx, () => probeMeeting(document, adapter));
}
