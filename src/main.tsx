import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, preferredLanguage } from './i18n';
import { App } from './ui/App';
import './ui/app.css';

initI18n(preferredLanguage(navigator.languages));
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
