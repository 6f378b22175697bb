import { createRoot } from 'react-dom/client';
import { Popup } from '@/components/focus/Popup';
import { usePopup } from './usePopup';

function App() {
  return <Popup {...usePopup()} />;
}

createRoot(document.getElementById('root')!).render(<App />);
