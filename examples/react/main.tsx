import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

// The media origin of `npm start` (or `?domain=` for another one).
const domain = new URLSearchParams(location.search).get('domain') ?? 'localhost:4000';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App domain={domain} />
    </StrictMode>,
  );
}
