import { createHmac, timingSafeEqual } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { CustomerIdentityVerifier, PasswordHasher, TokenService } from '../app/ports.js';
import type { Principal } from '../domain/auth/access.js';

const claims = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('customer'), customerId: z.string().min(1) }),
  z.object({ kind: z.literal('agent'), agentId: z.string().min(1), role: z.enum(['agent', 'supervisor']) }),
]);

/** HS256 session tokens (jose). Admin is never a token: it is the API key, checked at the edge. */
export function jwtTokens(secret: string, clock: () => number): TokenService {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(principal: Principal, ttlSeconds: number) {
      if (principal.kind === 'admin') throw new Error('admin sessions are not tokens');
      const nowSeconds = Math.floor(clock() / 1000);
      return new SignJWT({ ...principal })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuedAt(nowSeconds)
        .setExpirationTime(nowSeconds + ttlSeconds)
        .setIssuer('tandem')
        .sign(key);
    },
    async verify(token: string) {
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: 'tandem',
          algorithms: ['HS256'],
          currentDate: new Date(clock()),
        });
        const parsed = claims.safeParse(payload);
        return parsed.success ? parsed.data : null;
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
  };
}

export const bcryptPasswords = (rounds: number): PasswordHasher => ({
  hash: (password) => bcrypt.hash(password, rounds),
  verify: (password, hash) => bcrypt.compare(password, hash),
});

export const signCustomerId = (secret: string, customerId: string): string =>
  createHmac('sha256', secret).update(customerId).digest('hex');

/** The company backend computes `hex(HMAC-SHA256(widgetSecret, customerId))`; compared in constant time. */
export const hmacIdentity = (secret: string): CustomerIdentityVerifier => ({
  verify(customerId, signature) {
    const expected = Buffer.from(signCustomerId(secret, customerId), 'hex');
    const given = /^[0-9a-f]{64}$/i.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
    return given.length === expected.length && timingSafeEqual(given, expected);
  },
});
