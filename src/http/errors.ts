import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../app/errors.js';
import type { ErrorBody } from '../contracts/common.js';

/** The one code → status table. */
const statusByCode: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  illegal_transition: 409,
  offer_expired: 409,
  offer_not_open: 409,
  rate_limited: 429,
  internal: 500,
};

export const statusFor = (code: ErrorCode) => statusByCode[code];

export const errorBody = (code: string, message: string, field?: string): ErrorBody => ({
  error: { code, message, ...(field ? { field } : {}) },
});

type ZodIssueLike = { keyword?: string; instancePath?: string; message?: string; params?: { keys?: string[] } };

/** "text: Too big…" — the field is the last path segment, or the unknown key for strict objects. */
function describeValidation(validation: ZodIssueLike[], context: string | undefined): { field: string; message: string } {
  const first = validation[0] ?? {};
  // A list item is named by its list: `/seeds/0` is the field `seeds`.
  const path = (first.instancePath ?? '').split('/').filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  const unknownKey = first.keyword === 'unrecognized_keys' ? first.params?.keys?.[0] : undefined;
  const field = unknownKey ?? path[path.length - 1] ?? context ?? 'body';
  const message = unknownKey ? 'is not a known field' : (first.message ?? 'is invalid');
  return { field, message: `${field}: ${message}` };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      const status = statusFor(error.code);
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      return reply.status(status).send(errorBody(error.code, status >= 500 ? 'Something went wrong' : error.message, error.field));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const { field, message } = describeValidation(error.validation as ZodIssueLike[], error.validationContext);
      return reply.status(400).send(errorBody('validation_failed', message, field));
    }
    const status = error.statusCode ?? 500;
    if (status === 429) return reply.status(429).send(errorBody('rate_limited', 'too many requests; slow down'));
    if (status >= 400 && status < 500) {
      // Framework-level client errors: malformed JSON, wrong content type, body too large.
      const code = status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : 'validation_failed';
      return reply.status(status).send(errorBody(code, `body: ${error.message}`, 'body'));
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(errorBody('internal', 'Something went wrong'));
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(errorBody('not_found', `no route ${request.method} ${request.url.split('?')[0]}`));
  });
}
