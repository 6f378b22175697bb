import type { Handlers } from '../messaging/router';

/** A periodic alarm a module needs; created at worker start when missing, never reset. */
export interface AlarmSpec {
  name: string;
  periodInMinutes: number;
  /** First firing, minutes from now, when the alarm has to be created. */
  delayInMinutes?: number;
}

/**
 * One background concern. `entrypoints/background.ts` only lists modules; `startBackground`
 * registers their listeners synchronously and runs their `onStart` reconciliation.
 */
export interface BackgroundModule {
  name: string;
  handlers?: Handlers;
  alarms?: AlarmSpec[];
  /** Called for every alarm; a module ignores names it does not own. */
  onAlarm?: (name: string) => Promise<void> | void;
  /** Reconcile persisted state at every worker start (browser start, install, wake-up). */
  onStart?: () => Promise<void> | void;
}
