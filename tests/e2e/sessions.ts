import { afterEach } from 'vitest';
import { launch, type ExtensionSession, type LaunchOptions } from './harness';

/** A launcher for a test file: every browser it starts is closed after each test. */
export function sessionsPerTest(): (options?: LaunchOptions) => Promise<ExtensionSession> {
  let open: ExtensionSession[] = [];
  afterEach(async () => {
    for (const s of open) await s.close().catch(() => {});
    open = [];
  });
  return async (options) => {
    const s = await launch(options);
    open.push(s);
    return s;
  };
}
