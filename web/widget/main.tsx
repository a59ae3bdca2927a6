import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../ui/tandem.css';
import { WidgetApp } from './WidgetApp.js';

/**
 * The widget as a page (`/widget/`), shown full-window or inside the embed's iframe (`?embed=1`).
 * `?as=anonymous` starts an anonymous visitor session instead of the demo customer.
 */
const params = new URLSearchParams(location.search);
const embedded = params.get('embed') === '1';
const sessionKind = params.get('as') === 'anonymous' ? 'anonymous' : 'demo';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <WidgetApp embedded={embedded} sessionKind={sessionKind} />
    </StrictMode>,
  );
}
