import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/focus/Popup';
import { usePopup } from './usePopup';
import { useQuickToggles } from './useQuickToggles';

function App() {
  const popup = usePopup();
  return <Popup {...popup} quick={useQuickToggles(popup.now)} />;
}

createRoot(document.getElementById('root')!).render(<App />);
