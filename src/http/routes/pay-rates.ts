import type { FastifyInstance } from 'fastify';
import type { PayRateServices } from '../../app/pay-rates/index.js';
import { errorBodySchema } from '../../contracts/common.js';
import { payRatesBody, payRatesResponse } from '../../contracts/pay-rates.js';
import { requirePrincipal } from '../auth.js';
import { typed, type HttpContext } from '../context.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };
const SUPERVISORS = ['admin', 'supervisor'] as const;

/** The rate card agents are paid by: read and replace (supervisors and the admin key). */
export function payRateRoutes(app: FastifyInstance, { authenticate }: Pick<HttpContext, 'authenticate'>, payRates: PayRateServices): void {
  const r = typed(app);

  r.get('/v1/admin/pay-rates', {
    schema: { tags: ['workforce'], summary: 'The pay rates in force (minor units, basis points), the configured defaults, and who changed them last', response: { 200: payRatesResponse, ...errors } },
    handler: async (request) => payRates.get({ principal: await requirePrincipal(authenticate, request, [...SUPERVISORS]) }),
  });

  r.put('/v1/admin/pay-rates', {
    schema: {
      tags: ['workforce'],
      summary: 'Replace the pay rates; new pay uses them, ledger entries and published blocks keep theirs. Logged as a pay_rates.changed event',
      body: payRatesBody,
      response: { 200: payRatesResponse, ...errors },
    },
    handler: async (request) => payRates.set({ principal: await requirePrincipal(authenticate, request, [...SUPERVISORS]), settings: request.body }),
  });
}
