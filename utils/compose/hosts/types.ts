/**
 * What the compose coach needs from a host page. One adapter per site owns every selector and
 * quirk of that site (see docs/hosts.md); the coach controller only talks to this.
 * Every method degrades quietly: a selector that misses returns null/false, never throws.
 */
export interface HostAdapter {
  /**
   * The selector chains site health counts (utils/health), by name: `composer` finds the
   * message boxes on a page, `send` their send controls; the rest are the adapter's own.
   */
  readonly chains: { readonly composer: readonly string[]; readonly send: readonly string[] } & Readonly<Record<string, readonly string[]>>;
  /** The composer (the editable element) a node belongs to, or null. */
  composerFor(node: EventTarget | null): HTMLElement | null;
  /** The visible box the coach panel sits beside without covering it (the whole compose area). */
  frameOf(composer: HTMLElement): HTMLElement;
  /** The draft as plain text: one line per paragraph, mentions/emoji as typed, no quoted reply. */
  readText(composer: HTMLElement): string;
  /** A range over the writer's own draft (what a rewrite replaces; where the caret returns). */
  draftRange(composer: HTMLElement): Range;
  /** True while Enter would pick an autocomplete suggestion instead of sending. */
  isAutocompleteOpen(composer: HTMLElement): boolean;
  /** The host's own send button for this composer, or null. */
  sendButtonFor(composer: HTMLElement): HTMLElement | null;
  /**
   * If this event would send a draft (a send key in the composer, a click or key on the send
   * button), the composer it sends; otherwise null. Exclusions common to every host (Shift,
   * IME composition, autocomplete) are the controller's job.
   */
  sendTarget(event: Event): HTMLElement | null;
  /**
   * Replaces the writer's draft with `text` through the editor's own input path (so the host's
   * model and undo follow). Returns whether the editor now holds the text; asynchronously when
   * the editor takes the new selection only on a later event (CKEditor 5).
   */
  replaceDraft(composer: HTMLElement, text: string): boolean | Promise<boolean>;
  /** Sends the draft through the host's own send (its send button). Returns false if it could not. */
  send(composer: HTMLElement): boolean;
}
