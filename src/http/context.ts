import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../app/services.js';
import type { Authenticator } from './auth.js';

export type HttpContext = {
  services: Services;
  authenticate: Authenticator;
};

export const typed = (app: FastifyInstance) => app.withTypeProvider<ZodTypeProvider>();
