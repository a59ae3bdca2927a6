import type { FastifyInstance } from 'fastify';
import { acceptResponse, declineBody, offerAnswerResponse, offerParams, presenceBody, presenceResponse, suggestionsResponse, workspaceResponse } from '../../contracts/agent.js';
import { conversationParams } from '../../contracts/http.js';
import { errorBodySchema } from '../../contracts/common.js';
import { requirePrincipal } from '../auth.js';
import { typed, type HttpContext } from '../context.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** The on-demand pool from the agent's side: presence, offers, and their own chats. */
export function agentRoutes(app: FastifyInstance, { services, authenticate }: HttpContext): void {
  const r = typed(app);

  r.get('/v1/agent/workspace', {
    schema: { tags: ['agent'], summary: 'Your profile, presence, load, open offers, chats and decline budget', response: { 200: workspaceResponse, ...errors } },
    handler: async (request) => services.getAgentWorkspace({ principal: await requirePrincipal(authenticate, request, ['agent']) }),
  });

  r.get('/v1/agent/conversations/:conversationId/suggestions', {
    schema: {
      tags: ['agent'],
      summary: 'Up to 3 suggested replies from the help articles for the customer’s latest messages (owning agent or supervisor)',
      params: conversationParams,
      response: { 200: suggestionsResponse, ...errors },
    },
    handler: async (request) => services.suggestReplies({ principal: await requirePrincipal(authenticate, request, ['agent']), conversationId: request.params.conversationId }),
  });

  r.post('/v1/agent/presence', {
    schema: { tags: ['agent'], summary: 'Go online (available), away or offline; leaving withdraws open offers', body: presenceBody, response: { 200: presenceResponse, ...errors } },
    handler: async (request) => services.setPresence({ principal: await requirePrincipal(authenticate, request, ['agent']), presence: request.body.presence }),
  });

  r.post('/v1/agent/offers/:offerId/accept', {
    schema: { tags: ['agent'], summary: 'Accept an offer (409 offer_expired / offer_not_open when too late)', params: offerParams, response: { 200: acceptResponse, ...errors } },
    handler: async (request) => ({ conversation: await services.acceptOffer({ principal: await requirePrincipal(authenticate, request, ['agent']), offerId: request.params.offerId }) }),
  });

  r.post('/v1/agent/offers/:offerId/decline', {
    schema: { tags: ['agent'], summary: 'Decline an offer, optionally saying why (free within the published budget)', params: offerParams, body: declineBody, response: { 200: offerAnswerResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['agent']);
      const reason = request.body?.reason;
      const offer = await services.declineOffer({ principal, offerId: request.params.offerId, ...(reason ? { reason } : {}) });
      return { offerId: offer.id, status: offer.status };
    },
  });
}
