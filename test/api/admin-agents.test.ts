import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { databaseTiers } from '../support/databases.js';

const admin = { 'x-api-key': ADMIN_KEY };
type AgentRow = { id: string; name: string; presence: string; load: number; assigned: number; capacity: number; lastSeenAt: number | null } & Record<string, unknown>;

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`GET /v1/admin/agents on ${tier.name}`, () => {
    let t: TestTandem;
    let drop: () => Promise<void>;

    beforeAll(async () => {
      const opened = await tier.open();
      drop = opened.drop;
      // No background loops: the test runs the dispatcher itself, once, when it needs an offer.
      t = await startTestTandem({ database: opened.database });
    });
    afterAll(async () => {
      await t?.dispose();
      await drop?.();
    });

    const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });
    const post = (url: string, payload: unknown, headers: Record<string, string>) => t.app.inject({ method: 'POST', url, payload: payload as object, headers });
    const agents = async (query = '', headers: Record<string, string> = admin) => {
      const res = await get(`/v1/admin/agents${query}`, headers);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json() as { agents: AgentRow[] }).agents;
    };
    const byId = async (id: string) => (await agents()).find((a) => a.id === id)!;

    it('only supervisors and the admin key may list agents', async () => {
      expect((await get('/v1/admin/agents')).statusCode).toBe(401);
      expect((await get('/v1/admin/agents', { 'x-api-key': 'not-the-key' })).json().error).toMatchObject({ code: 'unauthorized', field: 'x-api-key' });
      const sam = await get('/v1/admin/agents', bearer(await t.agentToken('sam@example.com')));
      expect(sam.statusCode).toBe(403);
      expect(sam.json().error.code).toBe('forbidden');
      expect((await get('/v1/admin/agents', bearer(await t.customerToken('demo')))).statusCode).toBe(403);
      expect((await get('/v1/admin/agents', bearer(await t.agentToken('supervisor@example.com')))).statusCode).toBe(200);
    });

    it('lists every agent by name with profile, presence and load, and never the password hash', async () => {
      const list = await agents();
      expect(list.map((a) => a.name)).toEqual(['Jordan Reyes', 'Lucía Fernández', 'Noah Williams', 'Sam Patel']);
      expect(list.find((a) => a.id === 'agt_lucia')).toEqual({
        id: 'agt_lucia',
        name: 'Lucía Fernández',
        email: 'lucia@example.com',
        role: 'agent',
        tier: 'expert',
        languages: ['en', 'es'],
        skills: ['payments', 'hardship'],
        certifications: ['hardship', 'disputes'],
        capacity: 2,
        presence: 'offline',
        load: 0,
        assigned: 0,
        lastSeenAt: null,
        qualityScore: expect.closeTo(0.93, 5),
        callUpOptIn: false,
      });
      for (const a of list) {
        expect(a).not.toHaveProperty('passwordHash');
        expect(a).not.toHaveProperty('lastOfferAt');
      }
    });

    it('an agent going online shows with a heartbeat; the presence filter narrows the list', async () => {
      expect(await agents('?presence=available')).toEqual([]);
      const sam = bearer(await t.agentToken('sam@example.com'));
      expect((await post('/v1/agent/presence', { presence: 'available' }, sam)).statusCode).toBe(200);
      const online = await agents('?presence=available', bearer(await t.agentToken('supervisor@example.com')));
      expect(online.map((a) => a.id)).toEqual(['agt_sam']);
      expect(online[0]!.lastSeenAt).toEqual(expect.any(Number));
      expect((await agents('?presence=offline')).map((a) => a.id).sort()).toEqual(['agt_lucia', 'agt_noah', 'agt_supervisor']);
      expect(await agents('?presence=away')).toEqual([]);
    });

    it('load counts assigned chats and open offers', async () => {
      const customer = bearer(await t.customerToken('anonymous'));
      const start = async () => {
        const id = (await post('/v1/conversations', {}, customer)).json().conversation.id as string;
        expect((await post(`/v1/conversations/${id}/escalate`, {}, customer)).statusCode).toBe(200);
        return id;
      };
      // Lucía is offline: assigned directly, her chat counts toward her load all the same.
      const direct = await start();
      expect((await post(`/v1/admin/conversations/${direct}/assign`, { agentId: 'agt_lucia' }, admin)).statusCode).toBe(200);
      expect(await byId('agt_lucia')).toMatchObject({ presence: 'offline', assigned: 1, load: 1, capacity: 2 });

      // Sam is online: the dispatcher offers him the next one; an open offer holds a slot but is not a chat.
      const offered = await start();
      await t.services.runDispatch({ lastCallUpAt: null });
      expect(await byId('agt_sam')).toMatchObject({ presence: 'available', assigned: 0, load: 1 });
      const samToken = bearer(await t.agentToken('sam@example.com'));
      const workspace = (await get('/v1/agent/workspace', samToken)).json();
      expect(workspace.offers.map((o: { conversationId: string }) => o.conversationId)).toEqual([offered]);
      expect((await post(`/v1/agent/offers/${workspace.offers[0].offerId}/accept`, {}, samToken)).statusCode).toBe(200);
      expect(await byId('agt_sam')).toMatchObject({ assigned: 1, load: 1 });
    });

    it('rejects a bad filter with 400 naming the field, and unknown parameters', async () => {
      const bad = await get('/v1/admin/agents?presence=busy', admin);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toMatchObject({ code: 'validation_failed', field: 'presence' });
      expect(bad.json().error.message.startsWith('presence: ')).toBe(true);
      const unknown = await get('/v1/admin/agents?tier=expert', admin);
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error).toMatchObject({ code: 'validation_failed', field: 'tier' });
    });
  });
}
