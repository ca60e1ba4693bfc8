/** Entry point of the web app: theme, fonts, translations, then React. */
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import '@utrecht/root-css/dist/index.css';
import '@utrecht/textbox-react/css';
import '@fontsource-variable/noto-sans';
import './styles.css';
import './i18n/index.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
