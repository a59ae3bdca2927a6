import { randomBytes } from 'node:crypto';
import type { IdGenerator } from '../app/ports.js';

/** Prefixed, URL-safe, 16 random bytes: `cnv_3q…`. Prefixes make ids in logs and URLs self-describing. */
export const randomIds: IdGenerator = {
  next: (prefix) => `${prefix}_${randomBytes(16).toString('base64url')}`,
};
