import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const domain = new URLSearchParams(location.search).get('domain') ?? 'localhost:4000';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App domain={domain} />
  </StrictMode>,
);
