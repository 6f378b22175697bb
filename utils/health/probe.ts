import type { HostAdapter } from '../compose/hosts/types';
import type { MeetingAdapter, MeetingEditor } from '../meeting/adapter';
import { queryAll, sendControlFound } from '../platform/editor';
import { chainCounts } from './chains';
import type { FeatureReport } from './model';

/*
 * The adapters' self-checks on a page: what the compose and meeting adapters find right now,
 * as a feature report (utils/health/model.ts) plus the element the diagnostic describes the
 * structure around. Cheap (a few selector queries) and run only now and then (./watch.ts).
 * Reads no text beyond asking the adapter whether a draft reads at all.
 */

export interface Probe {
  report: FeatureReport;
  /** The composer or editor (or the unrecognised editable the user is in), for the diagnostic. */
  around: Element | null;
  chains: Readonly<Record<string, readonly string[]>>;
}

/** An editable the user can type in (what a composer looks like, recognised or not). */
export function isEditable(el: Element | null): el is HTMLElement {
  return !!el && (el as HTMLElement).isContentEditable === true && !el.closest('[role="search"], [role="combobox"]');
}

/** Whether the draft reads: a draft (the writer's part, not quoted history) showing text must read as some text. */
function draftReads(adapter: HostAdapter, composer: HTMLElement): boolean {
  try {
    const shown = adapter.draftRange(composer).toString().replace(/[\s\uFEFF]+/g, '');
    return !shown || adapter.readText(composer).trim().length > 0;
  } catch {
    return false;
  }
}

export interface ComposeProbeInput {
  doc: Document;
  adapter: HostAdapter;
  /** The editable the user last focused, if any. */
  focused: Element | null;
  /** Whether the coach's last rewrite landed; undefined until one was tried. */
  rewrite?: boolean;
}

/**
 * The compose coach's checks: a message box found (the focused one first), its draft
 * readable, its send control found, the last rewrite landed. No message box is only a failure
 * when the user is typing in an editable the adapter does not recognise: a page without a
 * compose window open is not broken.
 */
export function probeCompose({ doc, adapter, focused, rewrite }: ComposeProbeInput): Probe {
  const chains = adapter.chains;
  const composer = adapter.composerFor(focused) ?? queryAll(doc, chains.composer).find((el) => adapter.composerFor(el) === el) ?? null;
  const checks: FeatureReport['checks'] = {};
  if (composer) {
    checks.composer = true;
    checks.draft = draftReads(adapter, composer);
    checks.send = sendControlFound(adapter, composer);
    if (rewrite !== undefined) checks.rewrite = rewrite;
  } else if (isEditable(focused) && focused.isConnected) {
    checks.composer = false;
  }
  const around = composer ?? (isEditable(focused) && focused.isConnected ? focused : null);
  return { report: { feature: 'compose', checks, chains: chainCounts(chains) }, around, chains };
}

/**
 * The meeting coach's checks: an event editor found and which of its fields read. No editor
 * is a failure only where the site says one should be there (an event-editing address).
 */
export function probeMeeting<E extends MeetingEditor>(doc: Document, adapter: MeetingAdapter<E>): Probe {
  const chains = adapter.chains;
  const editor = adapter.findEditor(doc);
  const checks: FeatureReport['checks'] = {};
  if (editor) {
    checks.editor = true;
    Object.assign(checks, adapter.readableFields(editor));
    // Looked up for its chain's counts, as the compose coach's send control is: a Save found
    // only through a fallback shows before the user presses it.
    adapter.saveButton(editor);
  } else if (adapter.expectsEditor(doc)) {
    checks.editor = false;
  }
  return { report: { feature: 'meeting', checks, chains: chainCounts(chains) }, around: editor?.root ?? null, chains };
}
