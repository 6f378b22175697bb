/**
 * An in-worker event: one background module announces, others follow. Created and handed to
 * both sides in entrypoints/background.ts, so who talks to whom is written in one place.
 */
export interface Signal<T> {
  emit(value: T): void;
  /** Adds a listener; returns its removal. */
  subscribe(listener: (value: T) => void): () => void;
}

export function createSignal<T>(): Signal<T> {
  const listeners = new Set<(value: T) => void>();
  return {
    emit(value) {
      for (const listener of [...listeners]) {
        try {
          listener(value);
        } catch (e) {
          console.error('[focusgate] signal listener', e); // one failing follower does not stop the others
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
