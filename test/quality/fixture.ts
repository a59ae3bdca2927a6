import { appendMessage } from '../../src/app/append-message.js';
import { assignConversation } from '../../src/app/assign-conversation.js';
import type { AppDeps } from '../../src/app/deps.js';
import { escalateConversation } from '../../src/app/escalate-conversation.js';
import type { Agent } from '../../src/app/ports.js';
import { createQualityServices, DEFAULT_QUALITY_POLICY, type QualityPolicy, type QualityServices } from '../../src/app/quality/index.js';
import { resolveConversation } from '../../src/app/resolve-conversation.js';
import { startConversation } from '../../src/app/start-conversation.js';
import type { Conversation } from '../../src/domain/conversation/types.js';
import { ManualClock } from '../../src/runtime/clock.js';
import { randomIds } from '../../src/runtime/ids.js';
import { InProcessBus } from '../../src/runtime/in-process-bus.js';
import type { Database } from '../../src/store/database.js';
import { createQualityStore } from '../../src/store/quality.repository.js';
import { createStore } from '../../src/store/store.js';
import { toolAuditRepository } from '../../src/store/tool.repository.js';

export const START = Date.UTC(2026, 10, 2, 9);
export const DAY = 24 * 60 * 60 * 1000;

/** A deterministic [0,1) stream: tests push the draws that decide sampling; 0.99 (nothing sampled at random) after. */
export function scriptedRng(draws: number[] = []): () => number {
  return () => draws.shift() ?? 0.99;
}

const agent = (id: string, role: Agent['role'], tier: Agent['tier'], certifications: string[] = []): Agent => ({
  id,
  email: `${id}@example.com`,
  name: id,
  passwordHash: 'x',
  role,
  languages: ['en'],
  skills: [],
  certifications,
  tier,
  capacity: 3,
  qualityScore: 0.7,
  callUpOptIn: false,
  presence: 'offline',
  lastSeenAt: null,
  lastOfferAt: null,
});

export type QualityFixture = Awaited<ReturnType<typeof qualityFixture>>;

/**
 * Real repositories on a fresh database, a manual clock, and the core use-cases to produce real
 * conversations (start, escalate, assign, resolve), so the quality module reads what production writes.
 */
export async function qualityFixture(database: Database, options: { policy?: Partial<QualityPolicy>; rng?: () => number } = {}) {
  const store = createStore(database.db);
  const quality = createQualityStore(database.db);
  const clock = new ManualClock(START);
  const app: AppDeps = { store, bus: new InProcessBus(), clock, ids: randomIds, limits: { maxMessageChars: 4000 } };
  const policy = { ...DEFAULT_QUALITY_POLICY, ...options.policy };
  const services: QualityServices = createQualityServices({
    store,
    quality,
    toolAudit: toolAuditRepository(database.db),
    articles: (id) => (id === 'late-fees' ? { title: 'Late fees', body: 'A late fee of £6.00 applies after 7 days.' } : null),
    clock,
    ids: randomIds,
    rng: options.rng ?? scriptedRng(),
    policy,
  });
  for (const a of [
    agent('sup_ana', 'supervisor', 'expert'),
    agent('sup_ben', 'supervisor', 'expert'),
    agent('agt_new', 'agent', 'probation'),
    agent('agt_pro', 'agent', 'standard'),
  ]) {
    await store.agents.insert(a);
  }
  for (const id of ['cus_a', 'cus_b']) await store.customers.upsert({ id, name: id, email: null, language: 'en', vulnerable: false });

  let n = 0;
  async function setIntent(conversationId: string, intent: string) {
    await store.transaction(async (tx) => {
      const c = (await tx.conversations.getForUpdate(conversationId)) as Conversation;
      await tx.conversations.update({ ...c, intent, version: c.version + 1 }, c.version);
    });
  }
  async function say(conversationId: string, authorKind: 'ai' | 'agent', body: string, meta: Record<string, unknown> = {}) {
    await store.transaction((tx) =>
      appendMessage(tx, randomIds, { conversationId, authorKind, authorId: authorKind, clientMessageId: null, body, meta }, clock.now()),
    );
  }
  async function start(customerId: string, intent: string | null, text = 'Hello, I have a question') {
    n += 1;
    const { conversation } = await startConversation(app, { customerId, firstMessage: { clientMessageId: `m${n}`, text } });
    if (intent) await setIntent(conversation.id, intent);
    return conversation.id;
  }
  /** Started, answered by the AI, resolved by the AI. */
  async function aiResolved(customerId: string, intent: string | null, reply = 'Done: your plan is paused.') {
    const id = await start(customerId, intent);
    clock.advance(2_000);
    await say(id, 'ai', reply);
    clock.advance(60_000);
    await resolveConversation(app, { principal: 'ai', conversationId: id });
    return id;
  }
  /** Escalated by the customer, assigned to `agentId`, answered and resolved by them. */
  async function humanResolved(customerId: string, intent: string | null, agentId: string, requiredCertification: string | null = null) {
    const id = await start(customerId, intent);
    await escalateConversation(app, { principal: { kind: 'customer', customerId }, conversationId: id, reason: 'customer_asked', routing: { requiredCertification } });
    clock.advance(30_000);
    await assignConversation(app, { principal: { kind: 'admin' }, conversationId: id, agentId });
    clock.advance(20_000);
    await say(id, 'agent', 'Thanks for waiting, that is sorted now.');
    clock.advance(120_000);
    await resolveConversation(app, { principal: { kind: 'agent', agentId, role: 'agent' }, conversationId: id });
    return id;
  }
  return { database, store, quality, clock, app, services, policy, setIntent, say, start, aiResolved, humanResolved };
}
