/**
 * Test harness for the workforce use-cases on a real database (PGlite or PostgreSQL): a settable clock,
 * counting ids, the real repositories, and helpers that write the facts the rules read (agents,
 * presence changes, assignments, offers) straight into the shared tables.
 */
import type { Principal } from '../../domain/auth/access.js';
import { DEFAULT_PAY_RATES } from '../../domain/workforce/index.js';
import type { Database } from '../../store/database.js';
import { createWorkforceStore } from '../../store/workforce.repository.js';
import { fixedPayRates } from '../pay-rates/current-pay-rates.js';
import type { WorkforceDeps } from './ports.js';

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
/** Monday 2026-03-02 10:00 UTC. */
export const T0 = Date.UTC(2026, 2, 2, 10);
export const FLOOR_MINOR = 1_100;

export const agent = (agentId: string): Principal => ({ kind: 'agent', agentId, role: 'agent' });
export const supervisor: Principal = { kind: 'agent', agentId: 'agt_sup', role: 'supervisor' };
export const admin: Principal = { kind: 'admin' };

export type Harness = WorkforceDeps & {
  database: Database;
  clock: { now(): number; set(ms: number): void };
  addAgents(ids: string[]): Promise<void>;
  presence(agentId: string, presence: 'available' | 'away' | 'offline', atMs: number): Promise<void>;
  assigned(conversationId: string, agentId: string, atMs: number): Promise<void>;
  resolved(conversationId: string, agentId: string, atMs: number): Promise<void>;
  offer(id: string, agentId: string, status: 'accepted' | 'declined' | 'timed_out' | 'withdrawn', atMs: number): Promise<void>;
};

export function workforceHarness(database: Database, startMs = T0): Harness {
  let now = startMs;
  let counter = 0;
  const event = (type: string, conversationId: string | null, payload: Record<string, unknown>, atMs: number) =>
    database.query('insert into events (type, conversation_id, actor, payload, occurred_at) values ($1, $2, $3, $4::jsonb, $5)', [
      type,
      conversationId,
      'test',
      JSON.stringify(payload),
      new Date(atMs).toISOString(),
    ]);
  return {
    database,
    workforce: createWorkforceStore(database.db),
    clock: { now: () => now, set: (ms) => void (now = ms) },
    ids: { next: (prefix) => `${prefix}_${(counter += 1)}` },
    payRates: fixedPayRates(DEFAULT_PAY_RATES),
    hourlyFloorMinor: FLOOR_MINOR,
    async addAgents(ids) {
      for (const id of ids) {
        await database.query('insert into agents (id, email, name, password_hash) values ($1, $2, $3, $4)', [id, `${id}@example.com`, id, 'x']);
      }
    },
    async presence(agentId, presence, atMs) {
      await event('agent.presence', null, { agentId, presence }, atMs);
    },
    async assigned(conversationId, agentId, atMs) {
      await event('conversation.assigned', conversationId, { agentId }, atMs);
    },
    async resolved(conversationId, agentId, atMs) {
      await event('conversation.resolved', conversationId, { by: 'agent', agentId }, atMs);
    },
    async offer(id, agentId, status, atMs) {
      const conversationId = `cnv_${id}`;
      await database.query("insert into customers (id, name) values ($1, 'C') on conflict do nothing", [`cus_${id}`]);
      await database.query("insert into conversations (id, customer_id, state) values ($1, $2, 'resolved') on conflict do nothing", [conversationId, `cus_${id}`]);
      await database.query(
        "insert into offers (id, conversation_id, agent_id, status, created_at, expires_at, answered_at, rank, pay_minor) values ($1, $2, $3, $4, $5, $6, $6, '{}'::jsonb, 270)",
        [id, conversationId, agentId, status, new Date(atMs).toISOString(), new Date(atMs + 30_000).toISOString()],
      );
    },
  };
}
