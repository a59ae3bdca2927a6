import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendMessage } from '../../src/app/append-message.js';
import type { Store } from '../../src/app/ports.js';
import { newConversation } from '../../src/domain/conversation/state-machine.js';
import type { Conversation } from '../../src/domain/conversation/types.js';
import { randomIds } from '../../src/runtime/ids.js';
import type { Database } from '../../src/store/database.js';
import { createStore } from '../../src/store/store.js';
import { databaseTiers } from '../support/databases.js';

const NOW = Date.UTC(2026, 10, 27, 12);

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`store on ${tier.name}`, () => {
    let database: Database;
    let drop: () => Promise<void>;
    let store: Store;

    beforeAll(async () => {
      ({ database, drop } = await tier.open());
      store = createStore(database.db);
      await store.customers.upsert({ id: 'cus_1', name: 'Ada', email: null, language: 'en', vulnerable: false });
    });
    afterAll(async () => {
      await database.close();
      await drop();
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

      it('does not hand out timers before they are due', async () => {
        await store.timers.schedule({ kind: 'future', dueAt: NOW + 3_600_000, payload: {} });
        expect((await store.timers.claimDue('n', NOW + 1_000_000, 1_000, 100)).filter((t) => t.kind === 'future')).toEqual([]);
      });
    });
  });
}
