import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SettingsForm } from '@/components/settings/SettingsForm';
import { HealthDays, type HealthDaysProps } from '@/components/health/HealthDays';
import { send } from '@/utils/platform/messaging/lean-client';
import { messageOf } from '@/utils/platform/messaging/transport';
import { getSettings, saveSettings } from '@/utils/platform/settings/storage';
import type { Settings } from '@/utils/platform/settings/schema';

/** The page's one main landmark, whatever state it is in. */
function App() {
  return (
    <main>
      <Body />
      <SiteHealth />
    </main>
  );
}

function Body() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getSettings().then(setSettings, (err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);
  if (error) {
    return (
      <p role="alert">
        Your settings could not be read ({error}). Nothing was changed; reload this page to try again.
      </p>
    );
  }
  if (!settings) return <p aria-busy="true">Loading…</p>;
  return <SettingsForm value={settings} onSave={saveSettings} />;
}

/** The last week of site health, from the background's day rows. */
function SiteHealth() {
  const [state, setState] = useState<HealthDaysProps>({ days: null, error: null });
  useEffect(() => {
    send('getHealthDays', { days: 7 }).then(
      (res) => setState({ days: res.days, error: null }),
      (err: unknown) => setState({ days: [], error: `Site health could not be read (${messageOf(err)}).` }),
    );
  }, []);
  return <HealthDays {...state} />;
}

createRoot(document.getElementById('root')!).render(<App />);
