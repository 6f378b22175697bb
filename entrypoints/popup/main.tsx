import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/focus/Popup';
import { usePopup } from './usePopup';
import { useQuickToggles } from './useQuickToggles';
import { useSiteHealth } from './useSiteHealth';

function App() {
  const popup = usePopup();
  return <Popup {...popup} quick={useQuickToggles(popup.now)} health={useSiteHealth()} />;
}

createRoot(document.getElementById('root')!).render(<App />);
