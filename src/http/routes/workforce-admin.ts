import type { FastifyInstance } from 'fastify';
import type { WorkforceServices } from '../../app/workforce/index.js';
import { errorBodySchema } from '../../contracts/common.js';
import {
  adminBlocksQuery,
  adminBlocksResponse,
  erlangQuery,
  erlangResponse,
  fairnessQuery,
  fairnessResponse,
  payLedgerQuery,
  payLedgerResponse,
  publishBlocksBody,
  publishBlocksResponse,
} from '../../contracts/workforce.js';
import { requirePrincipal } from '../auth.js';
import { typed, type HttpContext } from '../context.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
const SUPERVISORS = ['admin', 'supervisor'] as const;

/** Supervisors and the admin key: publish blocks, staffing maths, fairness figures, the pay ledger. */
export function workforceAdminRoutes(app: FastifyInstance, { authenticate }: Pick<HttpContext, 'authenticate'>, workforce: WorkforceServices): void {
  const r = typed(app);

  r.get('/v1/admin/blocks', {
    schema: { tags: ['workforce'], summary: 'Blocks overlapping [from, to) with every claim on them', querystring: adminBlocksQuery, response: { 200: adminBlocksResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, [...SUPERVISORS]);
      return { blocks: await workforce.listBlocksForSupervisor({ principal, fromMs: request.query.from, toMs: request.query.to }) };
    },
  });

  r.post('/v1/admin/blocks', {
    schema: {
      tags: ['workforce'],
      summary: 'Publish on-call blocks: explicit ones, or a plan computed from history (dryRun to preview)',
      body: publishBlocksBody,
      response: { 200: publishBlocksResponse, ...errors },
    },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, [...SUPERVISORS]);
      const { blocks, plan } = request.body;
      if (blocks) return { created: await workforce.publishBlocks({ principal, blocks }) };
      const { targetServiceLevel, answerWithinSeconds, ahtSeconds, concurrency, shrinkage, patienceSeconds, maxAbandonRate, ...grid } = plan!;
      const staffing = { targetServiceLevel, answerWithinSeconds, ahtSeconds, concurrency, shrinkage, ...(patienceSeconds === undefined ? {} : { patienceSeconds }), ...(maxAbandonRate === undefined ? {} : { maxAbandonRate }) };
      const { escalationShare, ...rest } = grid;
      const result = await workforce.publishPlan({ principal, plan: { staffing, ...rest, ...(escalationShare === undefined ? {} : { escalationShare }) } });
      const { created, escalation, ...summary } = result;
      return { created, plan: { ...summary, escalationSource: escalation.source } };
    },
  });

  r.get('/v1/admin/staffing/erlang', {
    schema: { tags: ['workforce'], summary: 'Erlang C (or A with patienceSeconds) for one interval: the `tandem staffing erlang` contract', querystring: erlangQuery, response: { 200: erlangResponse, ...errors } },
    handler: async (request) => {
      await requirePrincipal(authenticate, request, [...SUPERVISORS]);
      const q = request.query;
      const optional = { agents: q.agents, targetServiceLevel: q.targetServiceLevel, patienceSeconds: q.patienceSeconds, concurrency: q.concurrency, maxAbandonRate: q.maxAbandonRate };
      const given = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined));
      return workforce.staffingErlang({ arrivalsPerHour: q.arrivalsPerHour, ahtSeconds: q.ahtSeconds, answerWithinSeconds: q.answerWithinSeconds, ...given });
    },
  });

  r.get('/v1/admin/fairness', {
    schema: { tags: ['workforce'], summary: 'Unpaid waiting, paid share of online time, effective hourly pay vs the floor, spread of offers', querystring: fairnessQuery, response: { 200: fairnessResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, [...SUPERVISORS]);
      return workforce.getFairness({ principal, fromMs: request.query.from, toMs: request.query.to });
    },
  });

  r.get('/v1/admin/pay-ledger', {
    schema: { tags: ['workforce'], summary: 'Pay ledger entries for [from, to), optionally for one agent', querystring: payLedgerQuery, response: { 200: payLedgerResponse, ...errors } },
    handler: async (request) => {
      const principal = await requirePrincipal(authenticate, request, [...SUPERVISORS]);
      const { from, to, agentId } = request.query;
      return workforce.listPayLedger({ principal, fromMs: from, toMs: to, ...(agentId ? { agentId } : {}) });
    },
  });
}
