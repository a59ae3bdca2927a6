import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built web apps (`npm run build` → dist/web): `/` the demo shop with the widget, `/agent` the
 * agent workspace, `/console` the operations console, `/widget.js` the one-tag embed. Without a build the
 * API still runs, and these routes say how to build.
 */
export async function webRoutes(app: FastifyInstance, distDir: string): Promise<void> {
  if (!existsSync(distDir)) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/plain').send('The web apps are not built yet: run `npm run build` (npm start does it for you).'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: distDir, prefix: '/', index: ['index.html'], wildcard: false });
  for (const page of ['agent', 'console']) {
    // Client-side routes under each app fall back to its index.html.
    app.get(`/${page}`, { schema: { hide: true } }, (_request, reply) => reply.sendFile(`${page}/index.html`));
    app.get(`/${page}/*`, { schema: { hide: true } }, (_request, reply) => reply.sendFile(`${page}/index.html`));
  }
}
