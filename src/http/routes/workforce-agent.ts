import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../app/errors.js';
import { statementCsv, type WorkforceServices } from '../../app/workforce/index.js';
import { errorBodySchema } from '../../contracts/common.js';
import { agentBlocksQuery, agentBlocksResponse, blockParams, claimResponse, releaseResponse, statementQuery, statementResponse } from '../../contracts/workforce.js';
import { requirePrincipal } from '../auth.js';
import { typed, type HttpContext } from '../context.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** Agents: see and claim paid on-call blocks, release them under the published rules, read their pay. */
export function workforceAgentRoutes(app: FastifyInstance, { authenticate }: Pick<HttpContext, 'authenticate'>, workforce: WorkforceServices): void {
  const r = typed(app);

  r.get('/v1/agent/blocks', {
    schema: { tags: ['workforce'], summary: 'Upcoming paid on-call blocks with places left, your claims, and the release rules', querystring: agentBlocksQuery, response: { 200: agentBlocksResponse, ...errors } },
    handler: async (request) => workforce.listAgentBlocks({ principal: await requirePrincipal(authenticate, request, ['agent']), days: request.query.days }),
  });

  r.post('/v1/agent/blocks/:blockId/claim', {
    schema: { tags: ['workforce'], summary: 'Claim a place in a block (409 when full, started or overlapping one of yours)', params: blockParams, response: { 200: claimResponse, ...errors } },
    handler: async (request) => workforce.claimBlock({ principal: await requirePrincipal(authenticate, request, ['agent']), blockId: request.params.blockId }),
  });

  r.post('/v1/agent/blocks/:blockId/release', {
    schema: {
      tags: ['workforce'],
      summary: 'Give a place back: free with 12 hours’ notice, later it is recorded as a late release',
      params: blockParams,
      response: { 200: releaseResponse, ...errors },
    },
    handler: async (request) => workforce.releaseBlock({ principal: await requirePrincipal(authenticate, request, ['agent']), blockId: request.params.blockId }),
  });

  r.get('/v1/agent/statement', {
    schema: {
      tags: ['workforce'],
      summary: 'Pay statement for [from, to): every ledger entry with its cause and the totals; format=csv for a spreadsheet',
      querystring: statementQuery,
      response: { 200: z.union([statementResponse, z.string().describe('text/csv when format=csv: a header, one row per entry, a total row')]), ...errors },
    },
    handler: async (request, reply) => {
      const principal = await requirePrincipal(authenticate, request, ['agent', 'admin']);
      const { from, to, format } = request.query;
      const agentId = request.query.agentId ?? (principal.kind === 'agent' ? principal.agentId : undefined);
      if (!agentId) throw new AppError('validation_failed', 'is required with the admin key', 'agentId');
      const statement = await workforce.getStatement({ principal, agentId, fromMs: from, toMs: to });
      if (format === 'json') return statement;
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="statement-${agentId}-${day(from)}-${day(to)}.csv"`)
        .send(statementCsv(statement));
    },
  });
}
