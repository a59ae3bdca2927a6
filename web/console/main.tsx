import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/tandem.css';
import { ConsoleApp } from './ConsoleApp.js';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ConsoleApp />
    </StrictMode>,
  );
}
