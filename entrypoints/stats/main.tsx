import { createRoot } from 'react-dom/client';
import { StatsPage } from '@/components/stats/StatsPage';
import { useStats } from './useStats';

function App() {
  return <StatsPage {...useStats()} />;
}

createRoot(document.getElementById('root')!).render(<App />);
