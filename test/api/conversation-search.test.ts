import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../src/domain/conversation/types.js';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { databaseTiers } from '../support/databases.js';

const admin = { 'x-api-key': ADMIN_KEY };

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`conversation search (GET /v1/admin/conversations?q=) on ${tier.name}`, () => {
    let t: TestTandem;
    let drop: () => Promise<void>;
    /** percent: "7%x", underscore: "7_x" (both anonymous, same visitor); demo: Alex Morgan's, about a dispute. */
    const ids = { percent: '', underscore: '', backslash: '', demo: '' };
    let visitorId = '';

    const get = (url: string, headers: Record<string, string> = admin) => t.app.inject({ method: 'GET', url, headers });
    const post = (url: string, payload: unknown, headers: Record<string, string>) => t.app.inject({ method: 'POST', url, payload: payload as object, headers });
    const search = async (q: string, extra = '') => {
      const res = await get(`/v1/admin/conversations?q=${encodeURIComponent(q)}${extra}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().conversations as { id: string }[]).map((c) => c.id);
    };

    beforeAll(async () => {
      const opened = await tier.open();
      drop = opened.drop;
      t = await startTestTandem({ database: opened.database });
      /** Escalated before anything is said, so the assistant stays quiet and the text is the customer's alone. */
      const conversation = async (token: string, text: string) => {
        const id = (await post('/v1/conversations', {}, bearer(token))).json().conversation.id as string;
        await post(`/v1/conversations/${id}/escalate`, {}, bearer(token));
        expect((await post(`/v1/conversations/${id}/messages`, { clientMessageId: 'm1', text }, bearer(token))).statusCode).toBe(201);
        return id;
      };
      const visitor = await t.customerToken('anonymous');
      ids.percent = await conversation(visitor, 'The promo gave me 7%x off, is that right?');
      ids.underscore = await conversation(visitor, 'My promo code is 7_x and it failed');
      ids.backslash = await conversation(visitor, 'The receipt path says C:\\tents');
      ids.demo = await conversation(await t.customerToken('demo'), 'I do not recognise a purchase');
      await t.services.deps.store.transaction(async (tx) => {
        const c = (await tx.conversations.getForUpdate(ids.demo)) as Conversation;
        await tx.conversations.update({ ...c, intent: 'dispute_charge', version: c.version + 1 }, c.version);
      });
      expect((await post(`/v1/admin/conversations/${ids.underscore}/assign`, { agentId: 'agt_lucia' }, admin)).statusCode).toBe(200);
      visitorId = (await get(`/v1/conversations/${ids.percent}`)).json().conversation.customerId;
    });
    afterAll(async () => {
      await t?.dispose();
      await drop?.();
    });

    it('matches message text, case-insensitively, with % _ and \\ taken literally', async () => {
      expect(await search('PROMO')).toEqual([ids.underscore, ids.percent]);
      expect(await search('7%x')).toEqual([ids.percent]);
      expect(await search('7_x')).toEqual([ids.underscore]);
      expect(await search('%')).toEqual([ids.percent]);
      expect(await search('C:\\tents')).toEqual([ids.backslash]);
      expect(await search('nothing like this anywhere')).toEqual([]);
    });

    it('matches the conversation id, the customer id, name and email, the topic and the owner', async () => {
      expect(await search(ids.percent.slice(-6))).toEqual([ids.percent]);
      expect(await search(visitorId)).toEqual([ids.backslash, ids.underscore, ids.percent]);
      expect(await search('alex MOR')).toEqual([ids.demo]);
      expect(await search('ALEX@example.')).toEqual([ids.demo]);
      expect(await search('dispute_ch')).toEqual([ids.demo]);
      expect(await search('agt_luc')).toEqual([ids.underscore]);
    });

    it('combines with the state filter and the limit, newest first', async () => {
      expect(await search('promo', '&state=queued')).toEqual([ids.percent]);
      expect(await search('promo', '&state=assigned')).toEqual([ids.underscore]);
      expect(await search(visitorId, '&limit=2')).toEqual([ids.backslash, ids.underscore]);
      // Surrounding spaces are trimmed, not searched for.
      expect(await search('  alex morgan  ')).toEqual([ids.demo]);
    });

    it('validates q: 1 to 200 characters, 400 naming the field', async () => {
      for (const q of ['', '   ', 'x'.repeat(201)]) {
        const res = await get(`/v1/admin/conversations?q=${encodeURIComponent(q)}`);
        expect(res.statusCode, JSON.stringify(q)).toBe(400);
        expect(res.json().error).toMatchObject({ code: 'validation_failed', field: 'q' });
        expect(res.json().error.message.startsWith('q: ')).toBe(true);
      }
      expect(await search('x'.repeat(200))).toEqual([]);
      // Customers list their own conversations and do not search them.
      const customer = await get('/v1/conversations?q=promo', bearer(await t.customerToken('anonymous')));
      expect(customer.statusCode).toBe(400);
      expect(customer.json().error.field).toBe('q');
    });

    it('is for supervisors and the admin key only', async () => {
      expect((await get('/v1/admin/conversations?q=promo', {})).statusCode).toBe(401);
      expect((await get('/v1/admin/conversations?q=promo', bearer(await t.agentToken('sam@example.com')))).statusCode).toBe(403);
      expect((await get('/v1/admin/conversations?q=promo', bearer(await t.customerToken('demo')))).statusCode).toBe(403);
      const supervisor = await get('/v1/admin/conversations?q=promo', bearer(await t.agentToken('supervisor@example.com')));
      expect(supervisor.statusCode).toBe(200);
      expect(supervisor.json().conversations).toHaveLength(2);
    });
  });
}
