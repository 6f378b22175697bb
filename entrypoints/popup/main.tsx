import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<main data-testid="popup-root">Focusgate</main>);
