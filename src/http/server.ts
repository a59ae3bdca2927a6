import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import websocket from '@fastify/websocket';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { EventBus } from '../app/ports.js';
import type { Services } from '../app/services.js';
import { socketRoutes } from '../ws/socket.js';
import { createAuthenticator } from './auth.js';
import { installErrorHandler } from './errors.js';
import type { HttpMetrics } from './metrics.js';
import type { HttpContext } from './context.js';
import { adminRoutes } from './routes/admin.js';
import { qualityRoutes } from './routes/quality.js';
import { workforceRoutes } from './routes/workforce.js';
import { agentRoutes } from './routes/agent.js';
import { backOfficeRoutes } from './routes/backoffice.js';
import { conversationRoutes } from './routes/conversations.js';
import { healthRoutes, type HealthChecks } from './routes/health.js';
import { sessionRoutes } from './routes/sessions.js';

export type HttpServerOptions = {
  services: Services;
  bus: EventBus;
  logger: Logger;
  metrics: { registry: Registry; http: HttpMetrics };
  health: HealthChecks;
  adminApiKey: string;
  rateLimitPerMinute: number;
  /** Extra routes registered by later parts (web apps, back office, dispatch) through the composition root. */
  extraRoutes?: (app: FastifyInstance, context: HttpContext) => void | Promise<void>;
};

/** Body limit: generous for JSON, far above the message limit, so the message check answers with its field. */
const BODY_LIMIT_BYTES = 512 * 1024;

export async function buildHttpServer(options: HttpServerOptions): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    // Ids are ours; a client-supplied request id header is not trusted.
    genReqId: () => crypto.randomUUID(),
    // Fastify's own request lines carry the raw URL (which can hold a socket token); we log our own below.
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // JSON only: a text/plain body is refused with 415 instead of reaching validation as a string.
  app.removeContentTypeParser('text/plain');

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], connectSrc: ["'self'", 'ws:', 'wss:'], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"] },
    },
  });
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute,
    timeWindow: '1 minute',
    // Per client: a signed-in caller by its token, others by address. Health and metrics are not limited.
    keyGenerator: (request) => request.headers.authorization ?? request.headers['x-api-key']?.toString() ?? request.ip,
    allowList: (request) => ['/healthz', '/readyz', '/metrics'].includes(request.url),
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Tandem API', version: '0.1.0', description: 'Customer support: AI first, an on-demand paid pool of people, quality that steers both.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });

  options.metrics.http.install(app);
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });
  const context = { services: options.services, authenticate: createAuthenticator(options.adminApiKey, options.services.verifyToken) };
  healthRoutes(app, options.health, options.metrics.registry);
  sessionRoutes(app, context);
  conversationRoutes(app, context);
  adminRoutes(app, context);
  backOfficeRoutes(app, context);
  agentRoutes(app, context);
  socketRoutes(app, { services: options.services, bus: options.bus, logger: options.logger, metrics: options.metrics.http });
  workforceRoutes(app, context, { workforce: options.services.workforce });
  qualityRoutes(app, context, { quality: options.services.quality });
  await options.extraRoutes?.(app, context);

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.ready();
  return app;
}
