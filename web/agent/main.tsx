import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/tandem.css';
import { AgentApp } from './AgentApp.js';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AgentApp />
    </StrictMode>,
  );
}
