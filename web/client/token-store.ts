/**
 * Session storage: a token lives as long as the tab (not across browser restarts), and a reload resumes the
 * conversation. Access is guarded because storage can throw (disabled cookies, some private modes); the apps
 * then still work for the life of the page.
 */
export type StoredValue<T> = { read(): T | null; write(value: T): void; clear(): void };

export function sessionValue<T>(key: string, isValid: (value: unknown) => value is T): StoredValue<T> {
  let memory: T | null = null;
  return {
    read() {
      try {
        const raw = globalThis.sessionStorage?.getItem(key);
        if (raw == null) return memory;
        const parsed: unknown = JSON.parse(raw);
        return isValid(parsed) ? parsed : null;
      } catch {
        return memory;
      }
    },
    write(value) {
      memory = value;
      try {
        globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
      } catch {
        // Memory keeps it for this page.
      }
    },
    clear() {
      memory = null;
      try {
        globalThis.sessionStorage?.removeItem(key);
      } catch {
        // Nothing stored.
      }
    },
  };
}

/** A bearer token with the moment it stops working (epoch ms), so callers renew before a 401. */
export type StoredToken = { token: string; expiresAt: number };

export const isStoredToken = (value: unknown): value is StoredToken =>
  typeof value === 'object' && value !== null && typeof (value as StoredToken).token === 'string' && typeof (value as StoredToken).expiresAt === 'number';

/** Renew a little early so a request in flight does not cross the expiry. */
export const tokenUsable = (stored: StoredToken, now: number): boolean => stored.expiresAt - 30_000 > now;
