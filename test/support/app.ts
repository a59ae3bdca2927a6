import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../src/config.js';
import { createTandem, type Tandem, type TandemOverrides } from '../../src/main.js';
import { createLogger } from '../../src/runtime/logger.js';
import { DEMO_PASSWORD } from '../../src/app/seed-demo.js';
import type { Database } from '../../src/store/database.js';
import { freshPglite } from './databases.js';

export const ADMIN_KEY = 'test-admin-key-0123456789';

export const testConfig = (env: Record<string, string> = {}): Config =>
  loadConfig({
    TANDEM_ADMIN_API_KEY: ADMIN_KEY,
    TANDEM_BCRYPT_ROUNDS: '4',
    TANDEM_RATE_LIMIT_PER_MINUTE: '100000',
    LOG_LEVEL: 'silent',
    PORT: '0',
    // A small back office keeps each test file's seeding quick; the demo customer is always in it.
    TANDEM_SEED_CUSTOMERS: '20',
    TANDEM_SEED_PURCHASES: '60',
    ...env,
  });

export type TestTandem = Tandem & {
  logs: string[];
  customerToken(as?: 'demo' | 'anonymous'): Promise<string>;
  agentToken(email?: string): Promise<string>;
  /** A new conversation of this customer, asked over to a person and assigned to `agentId` by the admin key. */
  assignedConversation(customerToken: string, agentId: string): Promise<string>;
  dispose(): Promise<void>;
};

/** A Tandem on a fresh database, with captured logs and helpers for sessions. */
export async function startTestTandem(
  options: { database?: Database; env?: Record<string, string>; overrides?: TandemOverrides } = {},
): Promise<TestTandem> {
  const database = options.database ?? (await freshPglite());
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const config = testConfig({ LOG_LEVEL: 'info', ...options.env });
  const tandem = await createTandem(config, { database, logger: createLogger('info', sink), ...options.overrides });
  const inject = tandem.app.inject.bind(tandem.app);
  return Object.assign(tandem, {
    logs,
    async customerToken(as: 'demo' | 'anonymous' = 'anonymous') {
      const res = await inject({ method: 'POST', url: '/v1/customer-sessions/demo', payload: { as } });
      return (res.json() as { token: string }).token;
    },
    async agentToken(email = 'sam@example.com') {
      const res = await inject({ method: 'POST', url: '/v1/agent/login', payload: { email, password: DEMO_PASSWORD } });
      return (res.json() as { token: string }).token;
    },
    async assignedConversation(customerToken: string, agentId: string) {
      const start = await inject({ method: 'POST', url: '/v1/conversations', payload: {}, headers: bearer(customerToken) });
      const id = (start.json() as { conversation: { id: string } }).conversation.id;
      await inject({ method: 'POST', url: `/v1/conversations/${id}/escalate`, payload: {}, headers: bearer(customerToken) });
      await inject({ method: 'POST', url: `/v1/admin/conversations/${id}/assign`, payload: { agentId }, headers: { 'x-api-key': ADMIN_KEY } });
      return id;
    },
    async dispose() {
      await tandem.close();
      await database.close();
    },
  });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
