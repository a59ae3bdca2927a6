import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/runtime/clock.js';
import { ADMIN_KEY, bearer, startTestTandem } from '../support/app.js';
import { databaseTiers } from '../support/databases.js';

const DAY = 86_400_000;

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`conversation lifecycle through the API on ${tier.name}`, () => {
    it('resolves, survives a restart, and the 7-day timer row closes it on the new node', async () => {
      const { database, drop } = await tier.open();
      const clock = new ManualClock(Date.UTC(2026, 10, 27, 9));
      const first = await startTestTandem({ database, overrides: { clock, nodeId: 'node-1' } });
      const customer = await first.customerToken();
      const start = await first.app.inject({ method: 'POST', url: '/v1/conversations', payload: { message: { clientMessageId: 'a', text: 'hi' } }, headers: bearer(customer) });
      const id = start.json().conversation.id as string;
      await first.app.inject({ method: 'POST', url: `/v1/conversations/${id}/escalate`, payload: {}, headers: bearer(customer) });
      await first.app.inject({ method: 'POST', url: `/v1/admin/conversations/${id}/assign`, payload: { agentId: 'agt_lucia' }, headers: { 'x-api-key': ADMIN_KEY } });
      const lucia = await first.agentToken('lucia@example.com');
      const resolved = await first.app.inject({ method: 'POST', url: `/v1/conversations/${id}/resolve`, payload: {}, headers: bearer(lucia) });
      expect(resolved.json().conversation.state).toBe('resolved');
      await first.close(); // the node goes away; only the database remains

      clock.advance(7 * DAY + 1);
      const second = await startTestTandem({ database, overrides: { clock, nodeId: 'node-2' } });
      await second.timers.tick();
      const after = await second.app.inject({ method: 'GET', url: `/v1/conversations/${id}`, headers: { 'x-api-key': ADMIN_KEY } });
      expect(after.json().conversation.state).toBe('closed');
      const events = await second.services.deps.store.events.listForConversation(id);
      // The same 7 days also settle whether the resolution was durable (the quality timer on the same node).
      expect(events.map((e) => e.type)).toContain('quality.durability_checked');
      expect(events.map((e) => e.type).filter((type) => type.startsWith('conversation.'))).toEqual([
        'conversation.started',
        'conversation.escalated',
        'conversation.assigned',
        'conversation.resolved',
        'conversation.closed',
      ]);
      await second.close();
      await database.close();
      await drop();
    });

    it('a customer who writes again within 7 days reopens the conversation, and the old timer does nothing', async () => {
      const { database, drop } = await tier.open();
      const clock = new ManualClock(Date.UTC(2026, 10, 27, 9));
      const t = await startTestTandem({ database, overrides: { clock } });
      const customer = await t.customerToken();
      const id = (await t.app.inject({ method: 'POST', url: '/v1/conversations', payload: {}, headers: bearer(customer) })).json().conversation.id as string;
      await t.services.resolveConversation({ principal: 'ai', conversationId: id });
      clock.advance(2 * DAY);
      // The first session expired meanwhile (8 h): a stale token is refused, not honoured.
      const stale = await t.app.inject({ method: 'GET', url: `/v1/conversations/${id}`, headers: bearer(customer) });
      expect(stale.statusCode).toBe(401);
      const [row] = await database.query<{ customer_id: string }>('select customer_id from conversations where id = $1', [id]);
      const again = await t.services.deps.tokens.sign({ kind: 'customer', customerId: row!.customer_id }, 3600);
      const write = await t.app.inject({ method: 'POST', url: `/v1/conversations/${id}/messages`, payload: { clientMessageId: 'b', text: 'it happened again' }, headers: bearer(again) });
      expect(write.statusCode).toBe(201);
      clock.advance(6 * DAY);
      await t.timers.tick();
      const after = await t.app.inject({ method: 'GET', url: `/v1/conversations/${id}`, headers: { 'x-api-key': ADMIN_KEY } });
      expect(after.json().conversation.state).toBe('ai');
      await t.close();
      await database.close();
      await drop();
    });
  });
}
