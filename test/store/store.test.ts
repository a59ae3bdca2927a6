import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendMessage } from '../../src/app/append-message.js';
import type { Store } from '../../src/app/ports.js';
import { newConversation } from '../../src/domain/conversation/state-machine.js';
import type { Conversation } from '../../src/domain/conversation/types.js';
import { randomIds } from '../../src/runtime/ids.js';
import { createMemoryStore } from '../../src/store/memory/memory-store.js';
import { createStore } from '../../src/store/store.js';
import { databaseTiers } from '../support/databases.js';

const NOW = Date.UTC(2026, 10, 27, 12);

/** The SQL store on each database, and the in-memory store the simulator runs on: one contract for all. */
const storeTiers = [
  ...databaseTiers().map((tier) => ({
    name: tier.name,
    available: tier.available,
    async open() {
      const { database, drop } = await tier.open();
      return { store: createStore(database.db), close: async () => (await database.close(), await drop()) };
    },
  })),
  { name: 'memory', available: true, open: async () => ({ store: createMemoryStore() as Store, close: async () => {} }) },
];

for (const tier of storeTiers) {
  describe.skipIf(!tier.available)(`store on ${tier.name}`, () => {
    let close: () => Promise<void>;
    let store: Store;

    beforeAll(async () => {
      ({ store, close } = await tier.open());
      await store.customers.upsert({ id: 'cus_1', name: 'Ada', email: null, language: 'en', vulnerable: false });
    });
    afterAll(async () => {
      await close();
    });

    const conversation = async (): Promise<Conversation> => {
      const c: Conversation = {
        ...newConversation(),
        state: 'ai',
        id: randomIds.next('cnv'),
        customerId: 'cus_1',
        language: 'en',
        intent: null,
        priority: 2,
        requiredCertification: null,
        sensitive: false,
        widened: false,
        lastSeq: 0,
        version: 0,
        createdAt: NOW,
        updatedAt: NOW,
      };
      await store.conversations.insert(c);
      return c;
    };

    it('round-trips a conversation with its times', async () => {
      const c = await conversation();
      expect(await store.conversations.get(c.id)).toEqual(c);
      expect(await store.conversations.get('cnv_missing')).toBeNull();
    });

    it('updates a conversation only from the version it read', async () => {
      const c = await conversation();
      const next = { ...c, state: 'queued' as const, version: 1, queuedAt: NOW + 5 };
      expect(await store.conversations.update(next, 0)).toBe(true);
      expect(await store.conversations.update({ ...c, state: 'resolved', version: 1 }, 0)).toBe(false);
      expect((await store.conversations.get(c.id))?.state).toBe('queued');
    });

    it('numbers concurrent appends 1..n without gaps or duplicates', async () => {
      const c = await conversation();
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          store.transaction(async (tx) => {
            await tx.conversations.getForUpdate(c.id);
            await appendMessage(tx, randomIds, { conversationId: c.id, authorKind: 'customer', authorId: 'cus_1', clientMessageId: `k${i}`, body: `m${i}` }, NOW);
          }),
        ),
      );
      const messages = await store.messages.listAfter(c.id, 0, 100);
      expect(messages.map((m) => m.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      expect((await store.conversations.get(c.id))?.lastSeq).toBe(25);
      expect((await store.messages.listAfter(c.id, 20, 100)).map((m) => m.seq)).toEqual([21, 22, 23, 24, 25]);
    });

    it('the database refuses a second message with the same client id in one conversation', async () => {
      const c = await conversation();
      const base = { conversationId: c.id, authorKind: 'customer' as const, authorId: 'cus_1', body: 'x', meta: {}, createdAt: NOW };
      await store.messages.insert({ ...base, id: randomIds.next('msg'), seq: 1, clientMessageId: 'same' });
      await expect(store.messages.insert({ ...base, id: randomIds.next('msg'), seq: 2, clientMessageId: 'same' })).rejects.toThrow();
      expect((await store.messages.findByClientId(c.id, 'same'))?.seq).toBe(1);
    });

    it('rolls a failed transaction back completely', async () => {
      const c = await conversation();
      await expect(
        store.transaction(async (tx) => {
          await appendMessage(tx, randomIds, { conversationId: c.id, authorKind: 'customer', authorId: null, clientMessageId: 'r1', body: 'x' }, NOW);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.messages.listAfter(c.id, 0, 10)).toEqual([]);
      expect((await store.conversations.get(c.id))?.lastSeq).toBe(0);
    });

    it('lists conversations filtered by state and by a search over ids, customer and messages', async () => {
      const a = await conversation();
      const b = await conversation();
      await store.conversations.update({ ...b, state: 'queued', version: 1 }, 0);
      await appendMessage(store, randomIds, { conversationId: a.id, authorKind: 'customer', authorId: 'cus_1', clientMessageId: 's1', body: 'My Refund is 50%_late' }, NOW);
      const ids = async (filter: Parameters<Store['conversations']['list']>[0]) => (await store.conversations.list(filter)).map((c) => c.id);
      expect((await ids({ limit: 1000, search: 'refund IS 50%_' }))).toEqual([a.id]);
      expect((await ids({ limit: 1000, search: b.id.slice(4).toUpperCase(), state: 'queued' }))).toEqual([b.id]);
      expect((await ids({ limit: 1000, search: 'ADA' })).length).toBeGreaterThanOrEqual(2); // the customer's name
      expect((await ids({ limit: 1000, search: '50%x' }))).toEqual([]);
    });

    it('appends events and reads them back in order', async () => {
      const c = await conversation();
      await store.events.append([
        { type: 'a', conversationId: c.id, actor: 'system', payload: { n: 1 }, occurredAt: NOW },
        { type: 'b', conversationId: c.id, actor: 'system', payload: { n: 2 }, occurredAt: NOW + 1 },
      ]);
      expect((await store.events.listForConversation(c.id)).map((e) => [e.type, e.payload])).toEqual([
        ['a', { n: 1 }],
        ['b', { n: 2 }],
      ]);
    });

    describe('dispatch and offers', () => {
      const agent = (id: string, presence: 'available' | 'offline' = 'available') => ({
        id,
        email: `${id}@example.com`,
        name: id,
        passwordHash: 'x',
        role: 'agent' as const,
        languages: ['en'],
        skills: [],
        certifications: [],
        tier: 'standard' as const,
        capacity: 3,
        qualityScore: 0.8,
        callUpOptIn: true,
        presence,
        lastSeenAt: NOW,
        lastOfferAt: null,
      });
      const offer = (id: string, conversationId: string, agentId: string) => ({
        id,
        conversationId,
        agentId,
        status: 'offered' as const,
        createdAt: NOW,
        expiresAt: NOW + 20_000,
        answeredAt: null,
        rank: { summary: 'why' },
        payMinor: 300,
        surgeMinor: 0,
        declineReason: null,
        countedAgainstAgent: null,
      });
      const queuedAt = async (priority: number, at: number) => {
        const c = await conversation();
        await store.conversations.update({ ...c, state: 'queued', priority, queuedAt: at, version: 1 }, 0);
        return c.id;
      };

      it('queues by priority then time; load counts open offers and assigned chats; one open offer per conversation', async () => {
        const later = await queuedAt(2, NOW + 10);
        const urgent = await queuedAt(0, NOW + 20);
        const earlier = await queuedAt(2, NOW + 5);
        const ids = (await store.dispatch.queued(1000)).map((c) => c.id).filter((id) => [later, urgent, earlier].includes(id));
        expect(ids).toEqual([urgent, earlier, later]);

        await store.agents.insert(agent('agt_load'));
        await store.offers.insert(offer('ofr_1', later, 'agt_load'));
        await expect(store.offers.insert(offer('ofr_2', later, 'agt_load'))).rejects.toThrow();
        const owned = (await store.conversations.get(urgent))!;
        await store.conversations.update({ ...owned, state: 'assigned', ownerAgentId: 'agt_load', version: owned.version + 1 }, owned.version);
        expect(await store.dispatch.agentWithLoad('agt_load')).toMatchObject({ load: 2, assigned: 1 });
        expect((await store.dispatch.assignedTo('agt_load')).map((c) => c.id)).toEqual([urgent]);
        // When the agent took it: their latest assignment event (not another agent's), else the row's last change.
        expect((await store.dispatch.assignedTo('agt_load'))[0]?.assignedAt).toBe((await store.conversations.get(urgent))!.updatedAt);
        const assigned = (agentId: string, at: number) => ({ type: 'conversation.assigned', conversationId: urgent, actor: 'system', payload: { agentId }, occurredAt: at });
        await store.events.append([assigned('agt_load', NOW + 2), assigned('agt_load', NOW + 7), assigned('agt_other', NOW + 9)]);
        expect((await store.dispatch.assignedTo('agt_load'))[0]?.assignedAt).toBe(NOW + 7);
        expect((await store.dispatch.queued(1000)).map((c) => c.id)).not.toContain(urgent);

        await store.offers.update({ ...offer('ofr_1', later, 'agt_load'), status: 'declined', answeredAt: NOW + 3 });
        expect(await store.offers.openForConversation(later)).toBeNull();
        expect((await store.offers.exclusions([later])).get(later)).toEqual(['agt_load']);
        expect(await store.offers.budgetUsesSince('agt_load', NOW)).toEqual([NOW + 3]);
        expect(await store.dispatch.agentWithLoad('agt_load')).toMatchObject({ load: 1, assigned: 1 });
      });

      it('sums what the wait estimate learns from: handle times from assignment to resolution, and answered offers', async () => {
        const LATER = NOW + 10 * 86_400_000; // after everything the other tests wrote
        const c = await conversation();
        await store.events.append([
          { type: 'conversation.assigned', conversationId: c.id, actor: 'dispatcher', payload: { agentId: 'agt_load' }, occurredAt: LATER },
          { type: 'conversation.resolved', conversationId: c.id, actor: 'agent:agt_load', payload: { by: 'agent', agentId: 'agt_load' }, occurredAt: LATER + 60_000 },
          { type: 'conversation.resolved', conversationId: c.id, actor: 'ai', payload: { by: 'ai', agentId: null }, occurredAt: LATER + 70_000 },
        ]);
        const answered = (id: string, status: 'accepted' | 'declined' | 'timed_out' | 'withdrawn', afterMs: number) => ({
          ...offer(id, c.id, 'agt_load'),
          createdAt: LATER,
          expiresAt: LATER + 20_000,
          status,
          answeredAt: LATER + afterMs,
        });
        await store.offers.insert(answered('ofr_h1', 'accepted', 5_000));
        await store.offers.insert(answered('ofr_h2', 'declined', 3_000));
        await store.offers.insert(answered('ofr_h3', 'timed_out', 20_000));
        await store.offers.insert(answered('ofr_h4', 'withdrawn', 1_000));
        expect(await store.dispatch.handlingSince(LATER)).toEqual({ chats: 1, handleMsSum: 60_000, answers: 3, answerMsSum: 28_000, accepted: 1 });
        expect(await store.dispatch.handlingSince(LATER + 86_400_000)).toEqual({ chats: 0, handleMsSum: 0, answers: 0, answerMsSum: 0, accepted: 0 });
      });

      it('names the latest open call-up for an agent, with its bonus, until it expires', async () => {
        await store.agents.insert(agent('agt_called', 'offline'));
        expect(await store.dispatch.openCallUp('agt_called', NOW)).toBeNull();
        const callUp = (bonus: number) => ({ type: 'dispatch.call_up', conversationId: null, actor: 'dispatcher', payload: { agentIds: ['agt_called'], surgeBonusMinor: bonus, expiresAt: NOW + 60_000 }, occurredAt: NOW });
        await store.events.append([callUp(150)]);
        await store.events.append([callUp(250)]);
        expect(await store.dispatch.openCallUp('agt_called', NOW + 1)).toEqual({ id: expect.stringMatching(/^callup_\d+$/), surgeBonusMinor: 250 });
        expect(await store.dispatch.openCallUp('agt_called', NOW + 60_000)).toBeNull();
        expect((await store.dispatch.offlineOptedIn()).map((a) => a.id)).toContain('agt_called');
      });
    });

    describe('timers', () => {
      it('deduplicates by key, and two claimers never take the same timer', async () => {
        expect(await store.timers.schedule({ kind: 'k', dueAt: NOW, payload: { i: -1 }, dedupeKey: 'only-one' })).toBe(true);
        expect(await store.timers.schedule({ kind: 'k', dueAt: NOW, payload: { i: -2 }, dedupeKey: 'only-one' })).toBe(false);
        for (let i = 0; i < 30; i++) await store.timers.schedule({ kind: 'k', dueAt: NOW - i, payload: { i } });
        const [a, b] = await Promise.all([store.timers.claimDue('node-a', NOW, 60_000, 20), store.timers.claimDue('node-b', NOW, 60_000, 20)]);
        const ids = [...a, ...b].map((t) => t.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(31);
        expect(await store.timers.claimDue('node-c', NOW, 60_000, 50)).toEqual([]); // all leased
      });

      it('hands a crashed claimer’s timers to another node once the lease runs out', async () => {
        await store.timers.schedule({ kind: 'recover', dueAt: NOW, payload: {}, dedupeKey: 'crash-test' });
        const claimed = (await store.timers.claimDue('crashed', NOW + 1, 1_000, 100)).filter((t) => t.kind === 'recover');
        expect(claimed).toHaveLength(1);
        expect((await store.timers.claimDue('other', NOW + 500, 1_000, 100)).filter((t) => t.kind === 'recover')).toEqual([]);
        const retried = (await store.timers.claimDue('other', NOW + 2_000, 1_000, 100)).filter((t) => t.kind === 'recover');
        expect(retried.map((t) => [t.id, t.attempts])).toEqual([[claimed[0]!.id, 2]]);
        await store.timers.complete(retried[0]!.id);
        expect((await store.timers.claimDue('other', NOW + 60_000, 1_000, 100)).filter((t) => t.kind === 'recover')).toEqual([]);
      });

      it('says when the next timer can be claimed: its due time, then just after its lease', async () => {
        const early = NOW - 10_000_000; // before every other timer of this suite
        await store.timers.schedule({ kind: 'next', dueAt: early, payload: {}, dedupeKey: 'next-test' });
        expect(await store.timers.nextDueAt()).toBe(early);
        const [claimed] = await store.timers.claimDue('n', early, 1_000, 1);
        expect(claimed?.kind).toBe('next');
        expect(await store.timers.nextDueAt()).toBe(early + 1_001);
        await store.timers.complete(claimed!.id);
        expect(await store.timers.nextDueAt()).toBeGreaterThan(early + 1_001);
      });

      it('does not hand out timers before they are due', async () => {
        await store.timers.schedule({ kind: 'future', dueAt: NOW + 3_600_000, payload: {} });
        expect((await store.timers.claimDue('n', NOW + 1_000_000, 1_000, 100)).filter((t) => t.kind === 'future')).toEqual([]);
      });
    });
  });
}
