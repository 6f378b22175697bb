import { placeCaretAtEnd, selectInDraft, sendControlFound } from '../platform/editor';
import type { HostAdapter } from './hosts/types';
import { holdReason, isNeverGatedKey } from './gate';
import type { Mode } from '../platform/db/records';
import { withoutDismissed } from './verdict';
import type {
  AnchorRect,
  CoachActions,
  CoachAnalysis,
  CoachEventKind,
  CoachPauseAction,
  CoachRewrite,
  CoachUi,
  CoachView,
  GateMode,
  GateReason,
  VerdictKind,
} from './types';

type Listen = (
  target: EventTarget,
  type: string,
  handler: (event: Event) => void,
  options?: AddEventListenerOptions,
) => void;

export interface CoachDeps {
  adapter: HostAdapter;
  doc: Document;
  /** Adds a listener torn down with the content script (`ctx.addEventListener`). */
  listen: Listen;
  /** The verdict on a draft; null while the analyser cannot read it yet (its language's rules are loading: `refresh` follows). */
  analyze(text: string, now: Date): CoachAnalysis | null;
  rewrite(text: string, analysis: CoachAnalysis, now: Date): CoachRewrite;
  /** Records an event (kinds and numbers only, never text). Must not throw. */
  record(kind: CoachEventKind, data?: { mode?: Mode }): void;
  /** Creates the UI; called once, when a composer is first focused. */
  mountUi(): Promise<CoachUi>;
  gateMode(): GateMode;
  /** Tells site health whether a rewrite reached the editor. Must not throw. */
  rewriteLanded?(landed: boolean): void;
  /** Pausing the coach from its panel; absent where it cannot be paused. */
  pause?: CoachPauseAction;
  now?(): Date;
  /**
   * Whether an event came from the user (`event.isTrusted`, the default): a send the page itself
   * dispatched is neither held nor recorded. Tests in a DOM without trusted events replace it.
   */
  isUserInput?(event: Event): boolean;
  /** Quiet time after the last change before the verdict is recomputed. */
  debounceMs?: number;
}

export interface CoachController {
  start(): void;
  /** Turns the coach on or off (settings.coach.<site>); off hides it and lets every send pass. */
  setEnabled(on: boolean): void;
  /** The analyser can read more than before (a language's rules arrived): the draft is read again. */
  refresh(): void;
  destroy(): void;
}

const SEND_EVENTS = ['keydown', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

/** How long a send waits for the rules of its draft's language before it goes out unread. */
export const RULES_WAIT_MS = 2000;

/**
 * The compose coach on a page: follows the focused composer, re-analyses its draft a short
 * while after the last change (never on the keystroke itself), shows the verdict beside it and
 * holds sends the gate setting asks to hold. Listens on the document (focus, send keys and
 * clicks in the capture phase) and observes only the focused composer. Every handler is
 * wrapped: whatever fails, the host page keeps working and its sends go through.
 */
export function createCoachController(deps: CoachDeps): CoachController {
  const { adapter, doc } = deps;
  const win = doc.defaultView ?? window;
  const now = deps.now ?? (() => new Date());
  const debounceMs = deps.debounceMs ?? 150;
  const isUserInput = deps.isUserInput ?? ((event: Event) => event.isTrusted === true);

  let enabled = true;
  let destroyed = false;
  let active: HTMLElement | null = null;
  let observer: MutationObserver | null = null;
  /** Whether `observer` listens now: not between a change and the settle it schedules. */
  let observing = false;
  let resize: ResizeObserver | null = null;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the draft will have been quiet for `debounceMs` (performance.now() time). */
  let settleAt = 0;
  let watchTimer: ReturnType<typeof setInterval> | undefined;
  let frameRequested = false;
  /** What the UI shows now: a render that would show the same is skipped. */
  let shownView: CoachView | null = null;
  let ui: CoachUi | null = null;
  let uiPending: Promise<CoachUi | null> | null = null;
  let analysis: CoachAnalysis | null = null;
  let cache: { text: string; result: CoachAnalysis } | null = null;
  let gate: { composer: HTMLElement; reason: GateReason } | null = null;
  /** A send pressed while its draft's language was still loading: decided once the rules arrive. */
  let waiting: { composer: HTMLElement; timer: ReturnType<typeof setTimeout> } | null = null;
  let releasing = false;
  let composing = false;
  let swallowKeyup: string | null = null;

  // Per composer session (from first focus until its draft is sent).
  const shown = new WeakSet<HTMLElement>();
  const pinged = new WeakSet<HTMLElement>();
  /** Drafts sent back to the writer from the gate, with the text they were held with (in memory only). */
  const awaitingEdit = new WeakMap<HTMLElement, string>();
  /** Verdicts the writer dismissed for this draft. */
  const dismissed = new WeakMap<HTMLElement, Set<VerdictKind>>();
  /** Drafts already held once for being better said live: that gate never comes back for them. */
  const heldForSync = new WeakSet<HTMLElement>();
  /** "Make it async" was applied; it counts once the draft goes out with its prompts filled. */
  const rewritten = new WeakSet<HTMLElement>();

  function guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      if (destroyed) return;
      try {
        fn(...args);
      } catch (err) {
        console.debug('[focusgate] coach', err);
      }
    };
  }

  function analyse(text: string): CoachAnalysis | null {
    if (!text.trim()) return null;
    if (cache?.text === text) return cache.result;
    const result = deps.analyze(text, now());
    cache = result ? { text, result } : null;
    return result;
  }

  /** The verdict on a composer's draft, as the writer corrected it. */
  function verdictFor(composer: HTMLElement): CoachAnalysis | null {
    const result = analyse(adapter.readText(composer));
    const gone = dismissed.get(composer);
    return result && gone ? withoutDismissed(result, gone) : result;
  }

  function anchorOf(composer: HTMLElement): AnchorRect {
    const r = adapter.frameOf(composer).getBoundingClientRect();
    return { top: r.top, left: r.left, width: r.width, height: r.height };
  }

  function ensureUi(): Promise<CoachUi | null> {
    uiPending ??= deps.mountUi().then(
      (mounted) => {
        if (destroyed) {
          mounted.destroy();
          return null;
        }
        ui = mounted;
        shownView = null;
        return mounted;
      },
      (err: unknown) => {
        console.debug('[focusgate] coach UI failed to mount', err);
        return null;
      },
    );
    return uiPending;
  }

  const actions: CoachActions = {
    rewrite: guard(() => {
      const composer = active;
      if (!composer) return;
      const text = adapter.readText(composer);
      const result = verdictFor(composer);
      if (!result || result.language === null) return;
      const next = deps.rewrite(text, result, now());
      if (next.text === text) return;
      const done = guard((applied: boolean) => {
        deps.rewriteLanded?.(applied);
        if (!applied) return;
        rewritten.add(composer);
        if (next.firstPrompt) selectInDraft(composer, adapter.draftRange(composer), next.firstPrompt);
        settle();
      });
      // CKEditor-based hosts take the text a moment later (see HostAdapter.replaceDraft).
      const applied = adapter.replaceDraft(composer, next.text);
      if (typeof applied === 'boolean') done(applied);
      else void applied.then(done, () => done(false));
    }),
    sendAnyway: guard(() => {
      const held = gate;
      if (!held) return;
      gate = null;
      render();
      deps.record('sent-anyway', { mode: verdictFor(held.composer)?.mode });
      release(held.composer);
    }),
    backToDraft: guard(() => {
      const held = gate;
      if (!held) return;
      gate = null;
      render();
      if (!held.composer.isConnected) return;
      const draft = adapter.draftRange(held.composer);
      const prompt = held.reason === 'prompt' ? analyse(adapter.readText(held.composer))?.prompts[0] : undefined;
      if (prompt) return void selectInDraft(held.composer, draft, prompt);
      awaitingEdit.set(held.composer, adapter.readText(held.composer));
      placeCaretAtEnd(held.composer, draft);
    }),
    focusComposer: guard(() => {
      if (active?.isConnected) placeCaretAtEnd(active, adapter.draftRange(active));
    }),
    dismiss: guard((about: VerdictKind) => {
      const composer = active;
      if (!composer) return;
      const gone = dismissed.get(composer) ?? new Set<VerdictKind>();
      gone.add(about);
      dismissed.set(composer, gone);
      settle();
    }),
    ...(deps.pause ? { pause: deps.pause } : {}),
  };

  function render(): void {
    if (!ui) {
      void ensureUi().then(guard((mounted) => mounted && render()));
      return;
    }
    const showing = enabled && !!active && active.isConnected;
    const anchor = showing && active ? anchorOf(active) : null;
    const visible = !!anchor && anchor.width > 0 && anchor.height > 0;
    const view: CoachView = {
      analysis: visible ? analysis : null,
      anchor: visible ? anchor : null,
      gate: enabled ? (gate?.reason ?? null) : null,
    };
    if (!shownView || !sameView(shownView, view)) ui.render(view, actions);
    shownView = view;
    watchWhileShown(visible && !!analysis);
  }

  /** While the panel shows, a cheap once-a-second check notices a composer that went away. */
  function watchWhileShown(on: boolean): void {
    if (on && watchTimer === undefined) {
      watchTimer = setInterval(
        guard(() => {
          if (active && !active.isConnected) deactivate();
        }),
        1000,
      );
    } else if (!on && watchTimer !== undefined) {
      clearInterval(watchTimer);
      watchTimer = undefined;
    }
  }

  function settle(): void {
    clearTimeout(settleTimer);
    settleTimer = undefined;
    if (!active) return;
    if (!active.isConnected) return deactivate();
    observe();
    analysis = verdictFor(active);
    if (analysis && enabled) noteVerdict(active, analysis);
    render();
  }

  /** The coach showed a verdict for this composer (once per session), and caught a ping (once). */
  function noteVerdict(composer: HTMLElement, result: CoachAnalysis): void {
    if (result.language === null) return; // no verdict was given
    if (!shown.has(composer)) {
      shown.add(composer);
      deps.record('coach-shown', { mode: result.mode });
    }
    if (result.ping && !pinged.has(composer)) {
      pinged.add(composer);
      deps.record('ping-caught');
    }
  }

  /**
   * One timer per pause in typing, not one per keystroke: a change only moves the time the draft
   * settles at, and a timer that fires before then waits for the rest.
   */
  function scheduleSettle(): void {
    settleAt = performance.now() + debounceMs;
    settleTimer ??= setTimeout(settleWhenQuiet, debounceMs);
  }

  const settleWhenQuiet = guard(() => {
    const wait = settleAt - performance.now();
    if (wait > 0) settleTimer = setTimeout(settleWhenQuiet, Math.min(wait, debounceMs));
    else settle();
  });

  /**
   * The first change after a settle: the observer stops listening until the draft settles (a
   * callback per keystroke costs the page more than all our other typing work), and each keydown
   * meanwhile moves the settle time instead (see onSendEvent). A change without a key (a paste
   * from the menu, a drop) is read at the settle already due.
   */
  const onMutation = guard(() => {
    if (active) noteEdit(active);
    observer?.disconnect();
    observing = false;
    scheduleSettle();
  });

  /** Observes the active composer's text (again, after a settle): childList and characterData of its subtree only. */
  function observe(): void {
    if (!active || !observer || observing) return;
    observer.observe(active, { childList: true, characterData: true, subtree: true });
    observing = true;
  }

  /** Keeps the panel beside the composer as the page scrolls or the compose box grows. */
  const reposition = guard(() => {
    if (frameRequested || !active || !analysis) return;
    frameRequested = true;
    win.requestAnimationFrame(
      guard(() => {
        frameRequested = false;
        render();
      }),
    );
  });

  function activate(composer: HTMLElement): void {
    if (active === composer) return;
    disconnect();
    active = composer;
    observer = new MutationObserver(onMutation);
    observe();
    if (typeof ResizeObserver === 'function') {
      resize = new ResizeObserver(reposition);
      resize.observe(adapter.frameOf(composer));
    }
    settle();
  }

  function disconnect(): void {
    observer?.disconnect();
    resize?.disconnect();
    observing = false;
    observer = null;
    resize = null;
    clearTimeout(settleTimer);
    settleTimer = undefined;
  }

  function deactivate(): void {
    disconnect();
    active = null;
    analysis = null;
    if (gate && !gate.composer.isConnected) gate = null;
    render();
  }

  /** Sends the draft through the host's own send control, past our listeners. */
  function release(composer: HTMLElement): void {
    releasing = true;
    try {
      composer.focus({ preventScroll: true });
      adapter.send(composer);
    } finally {
      releasing = false;
    }
    endSession(composer);
  }

  /** A send goes out unheld: a filled-in rewrite counts as a ping turned into a message. */
  /**
   * A draft sent back from the gate was changed: counted once. Read on a change, and again at its
   * send, since typing straight through to Enter can leave no settle (and no observer) in between.
   */
  function noteEdit(composer: HTMLElement): void {
    const held = awaitingEdit.get(composer);
    if (held === undefined || adapter.readText(composer) === held) return;
    awaitingEdit.delete(composer);
    deps.record('edited-after-hold');
  }

  function letThrough(composer: HTMLElement, result: CoachAnalysis | null): void {
    noteEdit(composer);
    // Noted on the first event of the send: a host may clear the draft before its click.
    if (rewritten.has(composer) && result && !result.prompts.length) {
      rewritten.delete(composer);
      deps.record('rewrite-applied', { mode: result.mode });
    }
  }

  function openGate(composer: HTMLElement, reason: GateReason, result: CoachAnalysis | null): void {
    if (active !== composer) activate(composer);
    gate = { composer, reason };
    if (reason === 'sync') heldForSync.add(composer);
    // Enter can beat the debounce: the verdict it was held on counts as shown.
    if (result) noteVerdict(composer, result);
    deps.record('send-held', { mode: result?.mode });
    render();
  }

  /**
   * The send that waited for its draft's rules: held if the verdict asks for it, else sent. Until
   * `final` (the wait is over) a draft still unread keeps waiting; after it, it goes out unread.
   */
  function decideWaiting(final: boolean): void {
    const composer = waiting?.composer;
    if (!composer) return;
    const result = composer.isConnected ? verdictFor(composer) : null;
    if (!result && !final) return;
    if (!takeWaiting()?.isConnected) return;
    const reason = enabled ? holdReason(result, deps.gateMode(), heldForSync.has(composer)) : null;
    if (reason) return openGate(composer, reason, result);
    letThrough(composer, result);
    release(composer);
  }

  /** Ends the wait for the rules (its timer too); the composer whose send waited, if any. */
  function takeWaiting(): HTMLElement | null {
    const held = waiting;
    waiting = null;
    if (held) clearTimeout(held.timer);
    return held?.composer ?? null;
  }

  /** A draft went out: the next one in this composer is a new session. */
  function endSession(composer: HTMLElement): void {
    shown.delete(composer);
    pinged.delete(composer);
    awaitingEdit.delete(composer);
    dismissed.delete(composer);
    heldForSync.delete(composer);
    rewritten.delete(composer);
  }

  const onFocusIn = guard((event: Event) => {
    if (!enabled || ui?.owns(event.target)) return;
    const composer = adapter.composerFor(event.target);
    if (composer) activate(composer);
  });

  const onSendEvent = guard((event: Event) => {
    // While a settle is due the observer is off: a key pressed meanwhile is a change to wait out.
    if (settleTimer !== undefined && event.type === 'keydown') settleAt = performance.now() + debounceMs;
    // A send the page dispatched itself is not the user's: nothing held, nothing recorded.
    if (!enabled || releasing || !isUserInput(event)) return;
    // While the gate is open, Escape closes it wherever focus is (a fast Escape can land before
    // focus has moved into the dialog), and never reaches the host (Gmail closes drafts on it).
    if (gate && event.type === 'keydown' && event instanceof KeyboardEvent && event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      actions.backToDraft();
      return;
    }
    if (event instanceof KeyboardEvent) onPanelShortcut(event);
    if (event.defaultPrevented && event.type === 'keydown') return;
    const composer = adapter.sendTarget(event);
    if (!composer) return;
    if (event instanceof KeyboardEvent) {
      if (isNeverGatedKey(event, composing)) return;
      if (adapter.isAutocompleteOpen(composer)) return;
    }
    const result = verdictFor(composer);
    // Its language's rules are still loading (a first draft in it on this page): the send waits
    // for them, briefly, rather than going out unread.
    if (waiting?.composer === composer || (!result && !gate && canWaitForRules(composer))) {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event instanceof KeyboardEvent) swallowKeyupOf(event.key);
      if (!waiting && (event.type === 'keydown' || event.type === 'click')) {
        waiting = { composer, timer: setTimeout(guard(() => decideWaiting(true)), RULES_WAIT_MS) };
      }
      return;
    }
    let reason = gate?.composer === composer ? gate.reason : holdReason(result, deps.gateMode(), heldForSync.has(composer));
    // Never hold a send we could not complete: without the host's send control "Send anyway" has
    // nothing to press (site health tells the user sends cannot be held there).
    if (reason && gate?.composer !== composer && !sendControlFound(adapter, composer)) reason = null;
    if (!reason) {
      letThrough(composer, result);
      if (event.type === 'click' || event.type === 'keydown') endSession(composer);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event instanceof KeyboardEvent) swallowKeyupOf(event.key);
    if (event.type !== 'keydown' && event.type !== 'click') return;
    if (gate?.composer === composer) return;
    openGate(composer, reason, result);
  });

  /** Whether a send of an unread draft may wait for its rules: there is a draft, a gate, and a send control to finish it with. */
  function canWaitForRules(composer: HTMLElement): boolean {
    return deps.gateMode() !== 'off' && !!adapter.readText(composer).trim() && sendControlFound(adapter, composer);
  }

  /** Alt+Shift+F in a composer moves focus into the panel (Tab reaches it only after the rest of the page: it is the last thing in the body). */
  function onPanelShortcut(event: KeyboardEvent): void {
    if (event.type !== 'keydown' || !event.altKey || !event.shiftKey || event.code !== 'KeyF') return;
    if (!ui || !analysis || !adapter.composerFor(event.target)) return;
    event.preventDefault();
    ui.focusPanel();
  }

  /**
   * The keyup of a held key is kept from the host too (Slack sends on Enter's keyup). Listened for
   * only while a key is held, once at a time, so ordinary typing reaches no keyup listener of ours.
   */
  function swallowKeyupOf(key: string): void {
    if (swallowKeyup === null) listenForKeyup();
    swallowKeyup = key;
  }

  function listenForKeyup(): void {
    deps.listen(win, 'keyup', onKeyUp, { capture: true, once: true });
  }

  const onKeyUp = guard((event: Event) => {
    if (swallowKeyup === null) return;
    // Another key's keyup (a modifier let go first): keep waiting for the held one's.
    if (!(event instanceof KeyboardEvent) || event.key !== swallowKeyup) return listenForKeyup();
    swallowKeyup = null;
    event.preventDefault();
    event.stopImmediatePropagation();
  });

  const onLocationChange = guard(() => {
    if (active && !active.isConnected) deactivate();
    const focused = adapter.composerFor(doc.activeElement);
    if (focused) activate(focused);
  });

  return {
    start() {
      const capture = { capture: true };
      deps.listen(doc, 'focusin', onFocusIn, capture);
      for (const type of SEND_EVENTS) deps.listen(win, type, onSendEvent, capture);
      deps.listen(win, 'compositionstart', () => (composing = true), capture);
      deps.listen(win, 'compositionend', () => (composing = false), capture);
      deps.listen(win, 'resize', reposition, { passive: true });
      deps.listen(win, 'scroll', reposition, { capture: true, passive: true });
      deps.listen(win, 'wxt:locationchange', onLocationChange);
      onLocationChange();
    },
    setEnabled: guard((on: boolean) => {
      enabled = on;
      if (!on) {
        decideWaiting(true);
        gate = null;
        disconnect();
        active = null;
        analysis = null;
        if (ui) render();
      } else {
        onLocationChange();
      }
    }),
    refresh: guard(() => {
      cache = null;
      settle();
      decideWaiting(false);
    }),
    destroy() {
      // A send still waiting for its rules goes out: the coach is leaving, the writer is not.
      const held = takeWaiting();
      if (held?.isConnected) release(held);
      destroyed = true;
      disconnect();
      watchWhileShown(false);
      ui?.destroy();
      ui = null;
    },
  };
}

/**
 * The fields of a `CoachAnalysis`, all of which the panel shows. The analyser's result carries
 * more (complexity, decision): a change only there shows nothing new, so it does not re-render.
 */
const SHOWN_FIELDS: { readonly [K in keyof Required<CoachAnalysis>]: true } = {
  language: true,
  mode: true,
  ping: true,
  context: true,
  ask: true,
  deadline: true,
  deadlineText: true,
  urgency: true,
  reasons: true,
  sensitive: true,
  evidence: true,
  prompts: true,
};
const SHOWN_KEYS = Object.keys(SHOWN_FIELDS) as (keyof CoachAnalysis)[];

/**
 * Whether two views show the same thing: analyses compared by what the panel shows of them (each
 * settle makes a new object, mostly with the same verdict), anchors by value, the gate by identity.
 */
export function sameView(a: CoachView, b: CoachView): boolean {
  return a.gate === b.gate && sameRect(a.anchor, b.anchor) && sameAnalysis(a.analysis, b.analysis);
}

function sameAnalysis(a: CoachAnalysis | null, b: CoachAnalysis | null): boolean {
  if (!a || !b) return a === b;
  return a === b || SHOWN_KEYS.every((key) => sameValue(a[key], b[key]));
}

/** Structural equality for what an analysis holds: primitives, dates, arrays and plain objects of them. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b || a instanceof Date || b instanceof Date) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

function sameRect(a: AnchorRect | null, b: AnchorRect | null): boolean {
  if (!a || !b) return a === b;
  return a.top === b.top && a.left === b.left && a.width === b.width && a.height === b.height;
}
