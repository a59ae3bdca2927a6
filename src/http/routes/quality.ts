import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { QualityServices } from '../../app/quality/index.js';
import { errorBodySchema } from '../../contracts/common.js';
import { conversationParams } from '../../contracts/http.js';
import {
  agentQualityResponse,
  calibrationQuery,
  calibrationResponse,
  contestBody,
  contestDecisionBody,
  contestsQuery,
  contestsResponse,
  csatBody,
  csatResponse,
  queueQuery,
  queueResponse,
  reviewBody,
  reviewParams,
  reviewResponse,
  reviewResultResponse,
} from '../../contracts/quality.js';
import { csvQuery, floorsBody, floorsResponse, guardrailQuery, guardrailResponse, outcomesQuery, outcomesResponse } from '../../contracts/quality-guardrail.js';
import { requirePrincipal } from '../auth.js';
import { typed, type HttpContext } from '../context.js';
import { errorBody } from '../errors.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
const STAFF = ['admin', 'supervisor'] as const;

const rangeOf = (q: { from?: number | undefined; to?: number | undefined; limit: number }, now: number) => ({
  fromMs: q.from ?? 0,
  toMs: q.to ?? now + 1,
  limit: q.limit,
});

/** CSAT from the customer; the agent's own score and contests; QA, guardrail and reports for supervisors and the admin key. */
export function qualityRoutes(app: FastifyInstance, { authenticate }: Pick<HttpContext, 'authenticate'>, { quality }: { quality: QualityServices }): void {
  const r = typed(app);
  const now = () => quality.deps.clock.now();

  r.post('/v1/conversations/:conversationId/csat', {
    schema: {
      tags: ['quality'],
      summary: 'Rate the latest resolution of your conversation, 1 to 5 (once per resolution: 409 already_answered)',
      params: conversationParams,
      body: csatBody,
      response: { 201: csatResponse, ...errors },
    },
    handler: async (request, reply) => {
      const principal = await requirePrincipal(authenticate, request, ['customer']);
      const { rating, comment } = request.body;
      const result = await quality.submitCsat({ principal, conversationId: request.params.conversationId, rating, ...(comment !== undefined ? { comment } : {}) });
      if (!result.ok) return reply.status(409).send(errorBody(result.code, result.message, result.field));
      const { id, conversationId, resolutionId, rating: stored, comment: note, createdAt } = result.csat;
      return reply.status(201).send({ csat: { id, conversationId, resolutionId, rating: stored, comment: note, createdAt } });
    },
  });

  r.get('/v1/agent/quality', {
    schema: { tags: ['quality'], summary: 'Your quality score, the evidence behind it, and every review (contestable ones marked)', response: { 200: agentQualityResponse, ...errors } },
    handler: async (request) => quality.getAgentQuality({ principal: await requirePrincipal(authenticate, request, ['agent']) }),
  });

  r.post('/v1/agent/reviews/:reviewId/contest', {
    schema: { tags: ['quality'], summary: 'Contest a review of your work, once, saying what it got wrong', params: reviewParams, body: contestBody, response: { 200: reviewResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, ['agent']);
      return { review: await quality.contestReview({ principal, reviewId: request.params.reviewId, reason: request.body.reason }) };
    },
  });

  r.get('/v1/admin/qa/queue', {
    schema: { tags: ['quality'], summary: 'Open QA reviews (yours and unassigned ones; all for the admin key) with their scorecards', querystring: queueQuery, response: { 200: queueResponse, ...errors } },
    handler: async (request) => quality.listReviewQueue({ principal: await requirePrincipal(authenticate, request, [...STAFF]), limit: request.query.limit }),
  });

  r.post('/v1/admin/qa/reviews/:reviewId', {
    schema: { tags: ['quality'], summary: 'Complete a review: points (or "n/a") per scorecard criterion', params: reviewParams, body: reviewBody, response: { 200: reviewResultResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, [...STAFF]);
      return quality.submitReview({ principal, reviewId: request.params.reviewId, answers: request.body.answers });
    },
  });

  r.get('/v1/admin/qa/contests', {
    schema: {
      tags: ['quality'],
      summary: 'Contested reviews (open by default; or upheld / overturned) with the agent\'s reason and the answers disputed',
      querystring: contestsQuery,
      response: { 200: contestsResponse, ...errors },
    },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, [...STAFF]);
      return quality.listContests({ principal, status: request.query.status, limit: request.query.limit });
    },
  });

  r.post('/v1/admin/qa/reviews/:reviewId/contest-decision', {
    schema: { tags: ['quality'], summary: 'Uphold or overturn a contested review (not by its reviewer)', params: reviewParams, body: contestDecisionBody, response: { 200: reviewResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, [...STAFF]);
      const { outcome, note } = request.body;
      return { review: await quality.decideReviewContest({ principal, reviewId: request.params.reviewId, outcome, note }) };
    },
  });

  r.get('/v1/admin/qa/calibration', {
    schema: { tags: ['quality'], summary: 'Agreement between two independent reviews of the same conversations', querystring: calibrationQuery, response: { 200: calibrationResponse, ...errors } },
    handler: async (request) => quality.calibrationReport({ principal: await requirePrincipal(authenticate, request, [...STAFF]), limit: request.query.limit }),
  });

  r.get('/v1/admin/guardrail', {
    schema: { tags: ['quality'], summary: 'AI-first or human-first per intent, with the evidence, and recent switches', querystring: guardrailQuery, response: { 200: guardrailResponse, ...errors } },
    handler: async (request) => quality.getGuardrail({ principal: await requirePrincipal(authenticate, request, [...STAFF]), switchLimit: request.query.switches }),
  });

  r.put('/v1/admin/guardrail/floors', {
    schema: { tags: ['quality'], summary: 'Set the floors (and recovery floors) of every guardrail metric; null disables one', body: floorsBody, response: { 200: floorsResponse, ...errors } },
    handler: async (request) => ({
      config: await quality.setGuardrailFloors({ principal: await requirePrincipal(authenticate, request, [...STAFF]), thresholds: request.body }),
    }),
  });

  r.get('/v1/admin/reports/outcomes', {
    schema: { tags: ['quality'], summary: 'One outcome table for AI and humans, by intent or by agent', querystring: outcomesQuery, response: { 200: outcomesResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, [...STAFF]);
      return quality.outcomeReport({ principal, by: request.query.by, range: rangeOf(request.query, now()) });
    },
  });

  r.get('/v1/admin/reports/conversations.csv', {
    schema: { tags: ['quality'], summary: 'One CSV row per conversation: times, owners, intent, escalation, resolution, CSAT, QA', querystring: csvQuery, response: { 200: z.string().describe('text/csv, one row per conversation'), ...errors } },
    handler: async (request, reply) => {
      const principal = await requirePrincipal(authenticate, request, [...STAFF]);
      const csv = await quality.exportConversationsCsv({ principal, range: rangeOf(request.query, now()) });
      return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="conversations.csv"').send(csv);
    },
  });
}
