import type { FastifyInstance } from 'fastify';
import type { WorkforceServices } from '../../app/workforce/index.js';
import type { HttpContext } from '../context.js';
import { workforceAdminRoutes } from './workforce-admin.js';
import { workforceAgentRoutes } from './workforce-agent.js';

/** On-call blocks, pay and fairness: agent routes under /v1/agent, supervisor routes under /v1/admin. */
export function workforceRoutes(app: FastifyInstance, ctx: Pick<HttpContext, 'authenticate'>, deps: { workforce: WorkforceServices }): void {
  workforceAgentRoutes(app, ctx, deps.workforce);
  workforceAdminRoutes(app, ctx, deps.workforce);
}
