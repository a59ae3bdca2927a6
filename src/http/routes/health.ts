import type { FastifyInstance } from 'fastify';
import type { Registry } from 'prom-client';

export type HealthChecks = { ready(): Promise<{ ok: boolean; checks: Record<string, string> }> };

/** Liveness says the process runs; readiness says the database answers and every migration is applied. */
export function healthRoutes(app: FastifyInstance, health: HealthChecks, metrics: Registry): void {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const result = await health.ready();
    return reply.status(result.ok ? 200 : 503).send({ status: result.ok ? 'ready' : 'not_ready', checks: result.checks });
  });
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('content-type', metrics.contentType).send(await metrics.metrics()),
  );
}
