import { createRoot } from 'react-dom/client';
import { browser } from '#imports';
import { Welcome } from '@/components/welcome/Welcome';

createRoot(document.getElementById('root')!).render(<Welcome onOpenSettings={() => void browser.runtime.openOptionsPage()} />);
