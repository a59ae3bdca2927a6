import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../app/errors.js';
import type { SimulationServices } from '../../app/simulations/index.js';
import type { Principal } from '../../domain/auth/access.js';
import { errorBodySchema } from '../../contracts/common.js';
import {
  shippedScenariosResponse,
  simReportQuery,
  simResultSchema,
  simRunDetailResponse,
  simRunParams,
  simRunResponse,
  simRunsQuery,
  simRunsResponse,
  startSimulationBody,
} from '../../contracts/simulations.js';
import { requirePrincipal, type Authenticator } from '../auth.js';
import { typed, type HttpContext } from '../context.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
const SUPERVISORS = ['admin', 'supervisor'] as const;

/**
 * The report is a self-contained page whose charts are inline scripts, which the site-wide CSP
 * (script-src 'self') blocks. It gets its own policy: `sandbox allow-scripts` runs it in an opaque origin
 * (its scripts can read no cookie, storage or API of this site, even when opened directly in a tab), inline
 * script and style only, nothing loaded from anywhere, and only this site may frame it (the console does).
 */
export const REPORT_CSP = "sandbox allow-scripts; default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/** Simulation runs: supervisors and the admin key. */
export function simulationRoutes(
  app: FastifyInstance,
  ctx: Pick<HttpContext, 'authenticate'> & { verifyToken: (token: string) => Promise<Principal | null> },
  simulations: SimulationServices,
): void {
  const r = typed(app);
  const { authenticate } = ctx;
  const staff = (request: FastifyRequest) => requirePrincipal(authenticate, request, [...SUPERVISORS]);

  r.get('/v1/admin/simulations/scenarios', {
    schema: { tags: ['simulation'], summary: 'The shipped scenarios (scenarios/*.yaml) with their policies', response: { 200: shippedScenariosResponse, ...errors } },
    handler: async (request) => ({ scenarios: await simulations.listScenarios({ principal: await staff(request) }) }),
  });

  r.post('/v1/admin/simulations', {
    schema: {
      tags: ['simulation'],
      summary: 'Queue a run: a shipped scenario (or your own text), seeds (1–10), policies, scale in (0, 1]. Runs in the background, one at a time',
      body: startSimulationBody,
      response: { 202: simRunResponse, ...errors },
    },
    handler: async (request, reply) => {
      const run = await simulations.start({ principal: await staff(request), ...request.body });
      return reply.status(202).send({ run });
    },
  });

  r.get('/v1/admin/simulations', {
    schema: { tags: ['simulation'], summary: 'Runs, newest first, with status and progress', querystring: simRunsQuery, response: { 200: simRunsResponse, ...errors } },
    handler: async (request) => ({ runs: await simulations.list({ principal: await staff(request), limit: request.query.limit }) }),
  });

  r.get('/v1/admin/simulations/:id', {
    schema: { tags: ['simulation'], summary: 'One run; once done, its comparison (result.json of `tandem simulate`)', params: simRunParams, response: { 200: simRunDetailResponse, ...errors } },
    handler: async (request) => {
      const { run, result } = await simulations.get({ principal: await staff(request), id: request.params.id });
      return { run, result: result === null ? null : simResultSchema.parse(result) };
    },
  });

  // A frame or a new tab cannot send a header, so this one route also takes the session token as ?token=
  // (as the WebSocket does); request logs carry the route pattern only, never the URL.
  const reportAuth: (token: string | undefined) => Authenticator = (token) => async (request) => {
    if (token === undefined || request.headers.authorization !== undefined || request.headers['x-api-key'] !== undefined) return authenticate(request);
    const principal = await ctx.verifyToken(token);
    if (!principal) throw new AppError('unauthorized', 'token is invalid or expired', 'token');
    return principal;
  };

  r.get('/v1/admin/simulations/:id/report', {
    schema: {
      tags: ['simulation'],
      summary: 'The self-contained HTML report of a finished run (served with its own sandboxing CSP)',
      params: simRunParams,
      querystring: simReportQuery,
      response: { 200: z.string().describe('text/html: one self-contained page (Chart.js and the data inlined)'), ...errors },
    },
    handler: async (request, reply) => {
      const principal = await requirePrincipal(reportAuth(request.query.token), request, [...SUPERVISORS]);
      const html = await simulations.report({ principal, id: request.params.id });
      return reply
        .header('content-security-policy', REPORT_CSP)
        .header('cache-control', 'private, no-store')
        .header('referrer-policy', 'no-referrer')
        .type('text/html; charset=utf-8')
        .send(html);
    },
  });
}
