import type { Handlers } from '../messaging/router';

/** A periodic alarm a module needs; created at worker start when missing, never reset. */
export interface AlarmSpec {
  name: string;
  periodInMinutes: number;
  /** First firing, minutes from now, when the alarm has to be created. */
  delayInMinutes?: number;
}

/**
 * One background concern. `entrypoints/background.ts` only lists modules (and the in-worker
 * signals between them); `startBackground` registers their handlers and listeners synchronously
 * and runs their `onStart` reconciliation.
 */
export interface BackgroundModule {
  name: string;
  handlers?: Handlers;
  /**
   * Adds the module's own listeners (browser events, in-worker signals, settings). Called
   * synchronously in the worker's first turn, so an event that woke the worker is not missed.
   */
  listen?: () => void;
  alarms?: AlarmSpec[];
  /** Called for every alarm; a module ignores names it does not own. */
  onAlarm?: (name: string) => Promise<void> | void;
  /** Reconcile persisted state at every worker start (browser start, install, wake-up). */
  onStart?: () => Promise<void> | void;
}
