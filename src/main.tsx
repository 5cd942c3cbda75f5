import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, preferredLanguage } from './i18n';
import { useScene } from './state/scene';
import { loadSceneFromLocation, locationText } from './state/url/useUrlSync';
import { App } from './ui/App';
import './ui/app.css';

loadSceneFromLocation();
if (!new URLSearchParams(locationText()).has('lang')) useScene.getState().setLanguage(preferredLanguage(navigator.languages));
initI18n(useScene.getState().language);
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
