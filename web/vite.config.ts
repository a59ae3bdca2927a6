import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * One Vite project, four pages and the embed script. `npm run build` writes dist/web, which the server
 * serves: `/` the demo shop, `/widget/` the widget page (what the embed's iframe shows), `/agent`, `/console`,
 * and `/widget.js` (unhashed, because merchants paste its URL into their pages).
 * `npx vite --config web/vite.config.ts` serves the apps with hot reload against a server on :3000.
 */
const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const EMBED = 'embed';

export default defineConfig({
  root: fromHere('.'),
  base: '/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: fromHere('../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    rolldownOptions: {
      input: {
        shop: fromHere('index.html'),
        widget: fromHere('widget/index.html'),
        agent: fromHere('agent/index.html'),
        console: fromHere('console/index.html'),
        [EMBED]: fromHere('embed/widget.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === EMBED ? 'widget.js' : 'assets/[name]-[hash].js'),
        // React in its own long-cached chunk; the shared client, hooks and UI (and the one stylesheet) in another.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'shared', test: /web[\\/](client|hooks|ui)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/v1': { target: 'http://127.0.0.1:3000', ws: true } },
  },
});
