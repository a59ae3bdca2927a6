import type { FastifyInstance } from 'fastify';
import { errorBodySchema } from '../../contracts/common.js';
import {
  conversationParams,
  conversationResponse,
  escalateBody,
  listConversationsQuery,
  listConversationsResponse,
  listMessagesQuery,
  listMessagesResponse,
  resolveBody,
  sendMessageBody,
  sendMessageResponse,
  startConversationBody,
  startConversationResponse,
} from '../../contracts/http.js';
import { requirePrincipal } from '../auth.js';
import { typed, type HttpContext } from '../context.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

export function conversationRoutes(app: FastifyInstance, { services, authenticate }: HttpContext): void {
  const r = typed(app);

  r.post('/v1/conversations', {
    schema: { tags: ['conversations'], summary: 'Start a conversation (customer)', body: startConversationBody, response: { 201: startConversationResponse, ...errors } },
    handler: async (request, reply) => {
      const principal = await requirePrincipal(authenticate, request, ['customer']);
      if (principal.kind !== 'customer') throw new Error('unreachable');
      const { message, language } = request.body;
      const result = await services.startConversation({
        customerId: principal.customerId,
        ...(language ? { language } : {}),
        ...(message ? { firstMessage: message } : {}),
      });
      return reply.status(201).send(result);
    },
  });

  r.get('/v1/conversations', {
    schema: { tags: ['conversations'], summary: 'List conversations: a customer their own; supervisors and the admin key all', querystring: listConversationsQuery, response: { 200: listConversationsResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['customer', 'supervisor', 'admin']);
      const { state, limit, before } = request.query;
      const filter = { limit, ...(state ? { state } : {}), ...(before !== undefined ? { beforeCreatedAt: before } : {}) };
      return { conversations: await services.listConversations({ principal, filter }) };
    },
  });

  r.get('/v1/conversations/:conversationId', {
    schema: { tags: ['conversations'], summary: 'One conversation', params: conversationParams, response: { 200: conversationResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['customer', 'agent', 'admin']);
      return { conversation: await services.getConversation({ principal, conversationId: request.params.conversationId }) };
    },
  });

  r.post('/v1/conversations/:conversationId/messages', {
    schema: {
      tags: ['conversations'],
      summary: 'Send a message; idempotent by clientMessageId (201 when stored, 200 when it was already)',
      params: conversationParams,
      body: sendMessageBody,
      response: { 200: sendMessageResponse, 201: sendMessageResponse, ...errors },
    },
    handler: async (request, reply) => {
      const principal = await requirePrincipal(authenticate, request, ['customer', 'agent']);
      const { message, created } = await services.sendMessage({ principal, conversationId: request.params.conversationId, ...request.body });
      return reply.status(created ? 201 : 200).send({ message, created });
    },
  });

  r.get('/v1/conversations/:conversationId/messages', {
    schema: { tags: ['conversations'], summary: 'Messages after a sequence number', params: conversationParams, querystring: listMessagesQuery, response: { 200: listMessagesResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['customer', 'agent', 'admin']);
      return services.listMessages({ principal, conversationId: request.params.conversationId, afterSeq: request.query.after, limit: request.query.limit });
    },
  });

  r.post('/v1/conversations/:conversationId/escalate', {
    schema: { tags: ['conversations'], summary: 'The customer asks for a person: always honoured at once', params: conversationParams, body: escalateBody, response: { 200: conversationResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['customer']);
      const { conversation } = await services.escalateConversation({ principal, conversationId: request.params.conversationId, reason: 'customer_asked' });
      return { conversation };
    },
  });

  r.post('/v1/conversations/:conversationId/leave', {
    schema: { tags: ['conversations'], summary: 'The customer stops waiting for a person: any open offer is withdrawn', params: conversationParams, response: { 200: conversationResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['customer']);
      return { conversation: await services.leaveQueue({ principal, conversationId: request.params.conversationId }) };
    },
  });

  r.post('/v1/conversations/:conversationId/resolve', {
    schema: { tags: ['conversations'], summary: 'The owning agent resolves the conversation', params: conversationParams, body: resolveBody, response: { 200: conversationResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['agent']);
      const resolution = request.body?.resolution;
      return {
        conversation: await services.resolveConversation({ principal, conversationId: request.params.conversationId, ...(resolution ? { resolution } : {}) }),
      };
    },
  });
}
