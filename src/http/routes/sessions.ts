import type { FastifyInstance } from 'fastify';
import { errorBodySchema } from '../../contracts/common.js';
import { agentLoginBody, agentLoginResponse, customerSessionBody, demoSessionBody, sessionResponse } from '../../contracts/http.js';
import { typed, type HttpContext } from '../context.js';

/** Public endpoints: these issue the tokens every other route requires. Rate-limited per client. */
export function sessionRoutes(app: FastifyInstance, { services }: HttpContext): void {
  const r = typed(app);
  r.post('/v1/customer-sessions', {
    schema: {
      tags: ['sessions'],
      summary: 'Exchange a customer id signed by the company backend for a Tandem session token',
      body: customerSessionBody,
      response: { 201: sessionResponse, 400: errorBodySchema, 401: errorBodySchema },
    },
    handler: async (request, reply) => reply.status(201).send(await services.createCustomerSession(request.body)),
  });

  r.post('/v1/customer-sessions/demo', {
    schema: {
      tags: ['sessions'],
      summary: 'A demo session (the seeded demo customer, or an anonymous visitor) when demo sessions are on',
      body: demoSessionBody.optional(),
      response: { 201: sessionResponse, 403: errorBodySchema },
    },
    handler: async (request, reply) => reply.status(201).send(await services.createDemoSession({ as: request.body?.as ?? 'anonymous' })),
  });

  r.post('/v1/agent/login', {
    schema: {
      tags: ['sessions'],
      summary: 'Agent or supervisor login',
      body: agentLoginBody,
      response: { 200: agentLoginResponse, 400: errorBodySchema, 401: errorBodySchema },
    },
    handler: async (request) => services.loginAgent(request.body),
  });
}
