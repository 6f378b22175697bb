import { createRoot } from 'react-dom/client';
import { DigestView } from '@/components/notify/DigestView';
import { useDigest } from './useDigest';

function App() {
  return <DigestView {...useDigest()} />;
}

createRoot(document.getElementById('root')!).render(<App />);
