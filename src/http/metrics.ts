import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export type HttpMetrics = ReturnType<typeof createHttpMetrics>;

/** Route-level metrics: labels are the route pattern, never the raw URL (ids would explode cardinality). */
export function createHttpMetrics(registry: Registry) {
  const duration = new Histogram({
    name: 'tandem_http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const sockets = new Gauge({ name: 'tandem_ws_connections', help: 'Open WebSocket connections', registers: [registry] });
  const frames = new Counter({
    name: 'tandem_ws_frames_total',
    help: 'WebSocket frames received by type and outcome',
    labelNames: ['type', 'outcome'] as const,
    registers: [registry],
  });
  return {
    sockets,
    frames,
    install(app: FastifyInstance) {
      app.addHook('onResponse', async (request, reply) => {
        duration.observe(
          { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
          reply.elapsedTime / 1000,
        );
      });
    },
  };
}
