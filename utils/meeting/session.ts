import type { ContentScriptContext } from '#imports';
import { createShadowUi, KEY_EVENTS, type ShadowUi } from '../platform/shadow-ui';
import { agendaSkeleton, buildAsyncAlternative, type MeetingAnalysis } from './analysis';
import type { MeetingAdapter, MeetingEditor } from './adapter';
import { buildPanelModel, type WorkingHours } from './panel';
import type { MeetingActions, MeetingRenderer, MeetingUi } from './types';
import { send } from '../platform/messaging/lean-client';
import type { EventData, MeetingEventKind } from '../platform/db/records';

export const HOST_TAG = 'focusgate-meeting';
const RECOMPUTE_MS = 120;
const STATUS_MS = 6000;

export interface MeetingSessionOptions {
  /** The panel's stylesheet, put in its shadow root. */
  css: string;
  createRenderer: MeetingRenderer;
  hours: () => WorkingHours;
  /**
   * Whether an event came from the user (`event.isTrusted`, the default). Saves the page
   * dispatches are not recorded, and focus blocks are looked up only once the user has worked in
   * the editor: otherwise the page could set dates and learn the answer from the panel.
   */
  isUserInput?: (event: Event) => boolean;
}

export interface MeetingSession {
  readonly editor: MeetingEditor;
  /** The editor's root is still in the page. */
  alive(): boolean;
  stop(): void;
}

function record(kind: MeetingEventKind, data?: EventData): void {
  send('recordEvent', { kind, data }).catch(() => {
    /* the background may be restarting; the coach keeps working */
  });
}

/**
 * One coaching session for one open editor: mounts the panel (in a shadow root), follows
 * the editor's edits (input events and a MutationObserver scoped to the editor), asks the
 * background which focus blocks the event overlaps, and records what the user does.
 */
export function startSession<E extends MeetingEditor>(
  ctx: ContentScriptContext,
  adapter: MeetingAdapter<E>,
  editor: E,
  { css, createRenderer, hours, isUserInput = (event) => event.isTrusted === true }: MeetingSessionOptions,
): MeetingSession {
  const abort = new AbortController();
  const { signal } = abort;
  let ui: ShadowUi<MeetingUi> | null = null;
  let status = '';
  let collapsed = false;
  let overlapKey = '';
  let overlapping: number | null = null;
  let shown = false;
  /** The user typed, clicked or picked something in the editor (not the page acting alone). */
  let userActed = false;
  let latest: { analysis: MeetingAnalysis; personHours: number | null } | null = null;
  let statusTimer: number | undefined;
  let recomputeTimer: number | undefined;

  const announce = (text: string) => {
    status = text;
    render();
    if (statusTimer !== undefined) clearTimeout(statusTimer);
    statusTimer = ctx.setTimeout(() => {
      status = '';
      render();
    }, STATUS_MS);
  };

  const checkOverlaps = (start: Date | null, end: Date | null) => {
    const key = start && end ? `${start.getTime()}-${end.getTime()}` : '';
    if (key === overlapKey) return;
    overlapKey = key;
    overlapping = null;
    if (!start || !end) return;
    send('getOverlaps', { start: start.getTime(), end: end.getTime() })
      .then((r) => {
        if (overlapKey !== key || signal.aborted) return;
        overlapping = r.blocks.filter((b) => b.status !== 'cancelled' && b.status !== 'ended-early').length;
        render();
      })
      .catch(() => {
        /* unknown: the panel says nothing about focus blocks */
      });
  };

  const copyDraft = async () => {
    try {
      const ev = adapter.readEvent(editor);
      const { analysis } = buildPanelModel(ev, hours(), overlapping);
      const draft = buildAsyncAlternative(
        { title: ev.title, description: ev.description, attendees: ev.attendees, durationMinutes: ev.durationMinutes ?? 0, recurrence: ev.recurrence },
        analysis,
        new Date(),
      );
      await navigator.clipboard.writeText(draft);
      announce('Copied a written alternative. Paste it where your team reads, and skip the meeting.');
      record('meeting-async-taken', { mode: analysis.mode, ...(latest?.personHours != null ? { personHours: latest.personHours } : {}) });
    } catch {
      announce('Could not copy: the browser blocked the clipboard.');
    }
  };

  const insertAgenda = () => {
    try {
      if (adapter.appendToDescription(editor, agendaSkeleton())) {
        announce('Added an agenda outline to the description: fill in the goal and the topics.');
        record('meeting-agenda-added');
        scheduleRecompute();
      } else {
        announce('Could not add the outline here: type the topics into the description.');
      }
    } catch {
      announce('Could not add the outline here: type the topics into the description.');
    }
  };

  const actions: MeetingActions = {
    toggle() {
      collapsed = !collapsed;
      render();
    },
    copyDraft: () => void copyDraft(),
    insertAgenda,
  };

  function render(): void {
    if (!ui?.mounted || signal.aborted) return;
    try {
      const ev = adapter.readEvent(editor);
      // An all-day entry (a holiday, a trip) is not a meeting cutting into focus time; and
      // nothing is asked before the user's own input (dates the page set alone stay unanswered).
      const ask = userActed && !ev.allDay;
      checkOverlaps(ask ? ev.start : null, ask ? ev.end : null);
      const { model, analysis } = buildPanelModel(ev, hours(), overlapping);
      latest = { analysis, personHours: model.personHours };
      ui.mounted.render({ model, status, collapsed, canInsertAgenda: !!adapter.descriptionBox(editor) }, actions);
      if (!shown) {
        shown = true;
        record('meeting-coach-shown', { mode: model.mode, ...(model.personHours !== null ? { personHours: model.personHours } : {}) });
      }
    } catch (err) {
      console.debug('[focusgate] meeting coach', err);
    }
  }

  function scheduleRecompute(): void {
    if (recomputeTimer !== undefined) clearTimeout(recomputeTimer);
    recomputeTimer = ctx.setTimeout(render, RECOMPUTE_MS);
  }

  // Follow edits: typing (input), pickers (change/click), and attribute/DOM changes in the editor only.
  const onEdit = (e: Event) => {
    if (isUserInput(e)) userActed = true;
    scheduleRecompute();
  };
  for (const type of ['input', 'change', 'click', 'keyup'] as const) {
    editor.root.addEventListener(type, onEdit, { capture: true, passive: true, signal });
  }
  const observer = new MutationObserver((records) => {
    if (records.some((r) => !(r.target instanceof Element && r.target.localName === HOST_TAG))) scheduleRecompute();
  });
  observer.observe(editor.root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: [...adapter.watchedAttributes] });
  signal.addEventListener('abort', () => observer.disconnect());

  // Saving: the Save button may sit outside the editor's root (the full editor's toolbar).
  const onSave = (e: Event) => {
    try {
      if (!isUserInput(e) || !adapter.isSaveActivation(e, editor)) return;
      const ev = adapter.readEvent(editor);
      const { model } = buildPanelModel(ev, hours(), overlapping);
      record('meeting-saved', { mode: model.mode, ...(model.personHours !== null ? { personHours: model.personHours } : {}) });
    } catch {
      /* never get in the way of saving */
    }
  };
  document.addEventListener('click', onSave, { capture: true, signal });
  document.addEventListener('keydown', onSave, { capture: true, signal });

  try {
    ui = createShadowUi(ctx, {
      name: HOST_TAG,
      css,
      // Closed: the page cannot read the panel ("Overlaps N of your focus blocks") from its own scripts.
      mode: 'closed',
      isolateEvents: KEY_EVENTS,
      onMount: (container) => createRenderer(container),
      onRemove: (rendered) => rendered?.destroy(),
    });
    ui.mount();
    // The first analysis and the first render each get a task of their own, apart from the part's
    // start-up: the analyser's regular expressions compile on first use and Preact renders for
    // the first time, together one task of ~40 ms on Calendar's editor. The first task analyses
    // the event once (the result is not kept: the render reads the editor again, ~1 ms then).
    ctx.setTimeout(() => {
      try {
        buildPanelModel(adapter.readEvent(editor), hours(), null);
      } catch {
        // the render that follows reports it
      }
      ctx.setTimeout(render, 0);
    }, 0);
  } catch (err) {
    console.debug('[focusgate] meeting panel could not mount', err);
  }

  return {
    editor,
    alive: () => editor.root.isConnected && !signal.aborted,
    stop() {
      if (signal.aborted) return;
      abort.abort();
      if (statusTimer !== undefined) clearTimeout(statusTimer);
      if (recomputeTimer !== undefined) clearTimeout(recomputeTimer);
      ui?.remove();
      ui = null;
    },
  };
}
