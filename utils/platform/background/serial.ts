/**
 * Runs jobs one after another, in call order, whatever each one's outcome: for a module whose
 * alarm, message and start-up work can arrive together and must not interleave. Holds no state
 * beyond the queue itself; the truth stays in the database.
 */
export function createSerial(): <T>(job: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };
}
