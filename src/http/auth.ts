import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../app/errors.js';
import type { Principal } from '../domain/auth/access.js';

export type Authenticator = (request: FastifyRequest) => Promise<Principal | null>;

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** `X-Api-Key: <admin key>` for the company's systems; `Authorization: Bearer <token>` for people. */
export function createAuthenticator(adminApiKey: string, verify: (token: string) => Promise<Principal | null>): Authenticator {
  return async (request) => {
    const apiKey = request.headers['x-api-key'];
    if (typeof apiKey === 'string') {
      if (sameSecret(apiKey, adminApiKey)) return { kind: 'admin' };
      throw new AppError('unauthorized', 'x-api-key is not valid', 'x-api-key');
    }
    const header = request.headers.authorization;
    if (!header) return null;
    const match = /^Bearer (.+)$/.exec(header);
    if (!match?.[1]) throw new AppError('unauthorized', 'authorization must be "Bearer <token>"', 'authorization');
    const principal = await verify(match[1]);
    if (!principal) throw new AppError('unauthorized', 'authorization token is invalid or expired', 'authorization');
    return principal;
  };
}

export type PrincipalKind = Principal['kind'] | 'supervisor';

/** Every route names who may call it; the check runs before the handler, on every request. */
export async function requirePrincipal(
  authenticate: Authenticator,
  request: FastifyRequest,
  allowed: PrincipalKind[],
): Promise<Principal> {
  const principal = await authenticate(request);
  if (!principal) throw new AppError('unauthorized', 'authorization is required', 'authorization');
  const kind: PrincipalKind = principal.kind === 'agent' && principal.role === 'supervisor' ? 'supervisor' : principal.kind;
  const ok = allowed.includes(kind) || (kind === 'supervisor' && allowed.includes('agent'));
  if (!ok) throw new AppError('forbidden', `this endpoint is not for ${kind} sessions`);
  return principal;
}
