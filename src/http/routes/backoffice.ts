import type { FastifyInstance } from 'fastify';
import { errorBodySchema } from '../../contracts/common.js';
import {
  customerContextResponse,
  toolAuditQuery,
  toolAuditResponse,
  toolCallBody,
  toolCallParams,
  toolOutcomeSchema,
  toolPolicyBody,
  toolPolicyParams,
  toolPolicyResponse,
} from '../../contracts/backoffice.js';
import { conversationParams } from '../../contracts/http.js';
import { requirePrincipal } from '../auth.js';
import { typed, type HttpContext } from '../context.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** The back office as the people handling a conversation see it, and the tool policy and audit for admins. */
export function backOfficeRoutes(app: FastifyInstance, { services, authenticate }: HttpContext): void {
  const r = typed(app);

  r.get('/v1/conversations/:conversationId/customer-context', {
    schema: { tags: ['back office'], summary: "The customer's account, purchases and schedules (owning agent, supervisors, admin)", params: conversationParams, response: { 200: customerContextResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['agent', 'admin']);
      return services.getCustomerContext({ principal, conversationId: request.params.conversationId });
    },
  });

  r.post('/v1/conversations/:conversationId/tools/:tool', {
    schema: {
      tags: ['back office'],
      summary: 'Run a back-office tool for the customer of a conversation you own (actions need an idempotencyKey)',
      params: toolCallParams,
      body: toolCallBody,
      response: { 200: toolOutcomeSchema, ...errors },
    },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['agent']);
      const { args, idempotencyKey } = request.body;
      return services.agentRunTool({ principal, conversationId: request.params.conversationId, tool: request.params.tool, args, ...(idempotencyKey ? { idempotencyKey } : {}) });
    },
  });

  r.get('/v1/admin/tool-policy', {
    schema: { tags: ['admin'], summary: 'Which tools the assistant may run alone, after confirmation, or never', response: { 200: toolPolicyResponse, ...errors } },
    handler: async (request) => ({ tools: await services.getToolPolicy({ principal: await requirePrincipal(authenticate, request, ['admin', 'supervisor']) }) }),
  });

  r.put('/v1/admin/tool-policy/:tool', {
    schema: { tags: ['admin'], summary: 'Change one tool’s mode', params: toolPolicyParams, body: toolPolicyBody, response: { 200: toolPolicyResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['admin', 'supervisor']);
      return { tools: await services.setToolPolicy({ principal, tool: request.params.tool, mode: request.body.mode }) };
    },
  });

  r.get('/v1/admin/tool-audit', {
    schema: { tags: ['admin'], summary: 'Every tool call, newest first, by conversation or customer', querystring: toolAuditQuery, response: { 200: toolAuditResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['admin', 'supervisor']);
      const { conversationId, customerId, limit } = request.query;
      return { entries: await services.listToolAudit({ principal, limit, ...(conversationId ? { conversationId } : {}), ...(customerId ? { customerId } : {}) }) };
    },
  });
}
