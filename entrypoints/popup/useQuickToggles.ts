import { useCallback, useEffect, useState } from 'react';
import { browser } from '#imports';
import { send } from '@/utils/platform/messaging/lean-client';
import { messageOf } from '@/utils/platform/messaging/transport';
import { NO_PAUSE, type CoachPause } from '@/utils/compose/pause';
import { readPause, watchPause } from '@/utils/compose/pause-item';
import { siteFromUrl, sitesWith } from '@/utils/platform/sites';
import type { QuickTogglesProps } from '@/components/settings/QuickToggles';

/**
 * The popup's quick toggles: the settings they show (from the background, which validates and
 * saves them), the coach's pause (followed live) and the compose site of the tab the popup was
 * opened on. The tab's address is visible to the popup only on the covered sites (host
 * permissions; no `tabs` permission), which are the only ones it needs.
 */
export function useQuickToggles(now: number): QuickTogglesProps {
  const [settings, setSettings] = useState<QuickTogglesProps['settings']>(null);
  const [pause, setPause] = useState<CoachPause>(NO_PAUSE);
  const [site, setSite] = useState<QuickTogglesProps['site']>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    send('getSettings', {}).then(setSettings, (e: unknown) => setError(messageOf(e)));
    void readPause().then(setPause);
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => {
        const found = siteFromUrl(tab?.url);
        setSite(found && sitesWith('compose').includes(found) ? found : null);
      },
      () => setSite(null),
    );
    return watchPause(setPause);
  }, []);

  const run = useCallback(
    async <T,>(change: () => Promise<T>, apply: (result: T) => void) => {
      setBusy(true);
      try {
        apply(await change());
        setError(null);
      } catch (e) {
        setError(messageOf(e));
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  return {
    now,
    settings,
    site,
    pause,
    busy,
    error,
    onGateMode: (gateMode) => void run(() => send('setQuickSettings', { gateMode }), setSettings),
    onCoach: (s, on) => void run(() => send('setQuickSettings', { coach: { site: s, on } }), setSettings),
    onPause: (scope) => void run(() => send('pauseCoach', { scope }), setPause),
    onResume: (scope) => void run(() => send('resumeCoach', { scope }), setPause),
  };
}
