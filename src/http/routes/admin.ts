import type { FastifyInstance } from 'fastify';
import { errorBodySchema } from '../../contracts/common.js';
import { listAgentsQuery, listAgentsResponse } from '../../contracts/admin-agents.js';
import { adminListConversationsQuery, assignBody, conversationParams, conversationResponse, listConversationsResponse } from '../../contracts/http.js';
import { requirePrincipal } from '../auth.js';
import { typed, type HttpContext } from '../context.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** Operations endpoints: the admin API key or a supervisor session. */
export function adminRoutes(app: FastifyInstance, { services, authenticate }: HttpContext): void {
  const r = typed(app);

  r.get('/v1/admin/conversations', {
    schema: {
      tags: ['admin'],
      summary: 'All conversations, newest first, optionally by state and matching `q` (ids, customer name or email, topic, owner, message text)',
      querystring: adminListConversationsQuery,
      response: { 200: listConversationsResponse, ...errors },
    },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['admin', 'supervisor']);
      const { state, limit, before, q } = request.query;
      const filter = { limit, ...(state ? { state } : {}), ...(before !== undefined ? { beforeCreatedAt: before } : {}), ...(q ? { search: q } : {}) };
      return { conversations: await services.listConversations({ principal, filter }) };
    },
  });

  r.get('/v1/admin/agents', {
    schema: { tags: ['admin'], summary: 'Every agent with presence, load, last heartbeat and quality, optionally by presence', querystring: listAgentsQuery, response: { 200: listAgentsResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['admin', 'supervisor']);
      const { presence } = request.query;
      return { agents: await services.listAgents({ principal, ...(presence ? { presence } : {}) }) };
    },
  });

  r.post('/v1/admin/conversations/:conversationId/assign', {
    schema: { tags: ['admin'], summary: 'Assign a queued conversation directly to an agent', params: conversationParams, body: assignBody, response: { 200: conversationResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['admin', 'supervisor']);
      return { conversation: await services.assignConversation({ principal, conversationId: request.params.conversationId, agentId: request.body.agentId }) };
    },
  });
}
