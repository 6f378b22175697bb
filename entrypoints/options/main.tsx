import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SettingsForm } from '@/components/options/SettingsForm';
import { getSettings, saveSettings } from '@/utils/settings/storage';
import type { Settings } from '@/utils/settings/schema';

function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
  }, []);
  if (!settings) return <p aria-busy="true">Loading…</p>;
  return <SettingsForm value={settings} onSave={saveSettings} />;
}

createRoot(document.getElementById('root')!).render(<App />);
