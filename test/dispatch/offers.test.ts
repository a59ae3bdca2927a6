import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/runtime/clock.js';
import { bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { databaseTiers } from '../support/databases.js';
import { TestSocket } from '../support/ws-client.js';

const START = Date.UTC(2026, 10, 27, 9);

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`offers and presence on ${tier.name}`, () => {
    let t: TestTandem;
    let drop: () => Promise<void>;
    let clock: ManualClock;
    let url: string;
    const tokens: Record<string, string> = {};
    const state = { lastCallUpAt: null as number | null };

    beforeAll(async () => {
      const opened = await tier.open();
      drop = opened.drop;
      clock = new ManualClock(START);
      // A long tick: the test drives the dispatcher itself, one step at a time.
      t = await startTestTandem({ database: opened.database, overrides: { clock }, env: { TANDEM_DISPATCH_TICK_MS: '60000' } });
      url = await t.listen();
      await t.dispatcher.stop(); // the test drives the dispatcher itself, one tick at a time
      for (const name of ['sam', 'lucia', 'noah']) tokens[name] = await t.agentToken(`${name}@example.com`);
    });
    afterAll(async () => {
      await t.close();
      await t.database.close();
      await drop();
    });

    const api = (method: 'GET' | 'POST', path: string, token: string, payload?: object) =>
      t.app.inject({ method, url: path, headers: bearer(token), ...(payload ? { payload } : {}) });
    const presence = (name: string, value: string) => api('POST', '/v1/agent/presence', tokens[name]!, { presence: value });
    const workspace = async (name: string) => (await api('GET', '/v1/agent/workspace', tokens[name]!)).json();
    const tick = () => t.services.runDispatch(state);
    async function queuedConversation(text = 'I need a person') {
      const customer = await t.customerToken();
      const id = (await api('POST', '/v1/conversations', customer, { message: { clientMessageId: 'c1', text } })).json().conversation.id as string;
      await api('POST', `/v1/conversations/${id}/escalate`, customer, {});
      return { id, customer };
    }
    /** Each test starts from an empty queue with everyone offline (earlier tests leave work behind). */
    const allOffline = async () => {
      for (const name of ['sam', 'lucia', 'noah']) await presence(name, 'offline');
      await t.database.query("update offers set status = 'withdrawn' where status = 'offered'");
      await t.database.query("update conversations set state = 'abandoned', offered_agent_id = null where state in ('queued', 'offered')");
      await t.database.query("update conversations set state = 'resolved', owner_agent_id = null where state = 'assigned'");
    };

    it('offers a queued conversation to an available agent over their socket, with pay and the reason; accept assigns it', async () => {
      await allOffline();
      const socket = await TestSocket.open(url, tokens.sam);
      await socket.waitFor((f) => f.type === 'ready');
      expect((await presence('sam', 'available')).json()).toEqual({ presence: 'available' });
      const { id, customer } = await queuedConversation();
      const customerSocket = await TestSocket.open(url, customer);
      customerSocket.send({ type: 'subscribe', conversationId: id, afterSeq: 0 });
      await customerSocket.waitFor((f) => f.type === 'subscribed');

      expect((await tick()).offered).toBe(1);
      const frame = await socket.waitFor((f) => f.type === 'offer');
      if (frame.type !== 'offer') throw new Error('unreachable');
      expect(frame.offer).toMatchObject({ conversationId: id, language: 'en', currency: 'GBP', escalationReason: 'customer_asked' });
      expect(frame.offer.payMinor).toBeGreaterThan(0);
      expect(frame.offer.why.length).toBeGreaterThan(5);
      expect(frame.offer.expiresAt).toBe(START + 20_000);

      const accepted = await api('POST', `/v1/agent/offers/${frame.offer.offerId}/accept`, tokens.sam!);
      expect(accepted.json().conversation).toMatchObject({ state: 'assigned', ownerAgentId: 'agt_sam' });
      await customerSocket.waitFor((f) => f.type === 'message' && f.message.meta.event === 'agent_joined' && f.message.body.startsWith('Sam Patel'));
      expect((await workspace('sam')).chats.map((c: { id: string }) => c.id)).toContain(id);
      expect((await api('POST', `/v1/agent/offers/${frame.offer.offerId}/accept`, tokens.sam!)).json().error.code).toBe('offer_not_open');
      await Promise.all([socket.close(), customerSocket.close()]);
      await api('POST', `/v1/conversations/${id}/resolve`, tokens.sam!, {});
    });

    it('offers and the workspace carry the server’s time, and each chat says when the agent took it', async () => {
      await allOffline();
      // The server's clock (START…) is far from this machine's: a client must count down from serverTime.
      const socket = await TestSocket.open(url, tokens.sam);
      await socket.waitFor((f) => f.type === 'ready');
      await presence('sam', 'available');
      const { id } = await queuedConversation();
      const offeredAt = clock.now();
      await tick();
      const frame = await socket.waitFor((f) => f.type === 'offer' && f.offer.conversationId === id);
      if (frame.type !== 'offer') throw new Error('unreachable');
      expect(frame.serverTime).toBe(offeredAt);
      expect(frame.offer.expiresAt - frame.serverTime).toBe(20_000);
      clock.advance(4_000);
      const before = await workspace('sam');
      expect(before.serverTime).toBe(offeredAt + 4_000);
      expect(before.offers[0].expiresAt - before.serverTime).toBe(16_000);

      await api('POST', `/v1/agent/offers/${frame.offer.offerId}/accept`, tokens.sam!);
      const acceptedAt = clock.now();
      clock.advance(90_000);
      const after = await workspace('sam');
      const chat = after.chats.find((c: { id: string }) => c.id === id);
      expect(chat.assignedAt).toBe(acceptedAt);
      expect(after.serverTime - chat.assignedAt).toBe(90_000); // handle time so far, on the server's clock
      expect(chat.assignedAt - chat.queuedAt).toBe(acceptedAt - offeredAt); // how long the customer waited
      await socket.close();
      await api('POST', `/v1/conversations/${id}/resolve`, tokens.sam!, {});
    });

    it('a decline moves the conversation to the next agent and never back to the one who declined', async () => {
      await allOffline();
      await presence('sam', 'available');
      await presence('lucia', 'available');
      const { id } = await queuedConversation();
      await tick();
      const first = [...(await workspace('sam')).offers, ...(await workspace('lucia')).offers].find((o: { conversationId: string }) => o.conversationId === id);
      const firstAgent = (await workspace('sam')).offers.length > 0 ? 'sam' : 'lucia';
      const other = firstAgent === 'sam' ? 'lucia' : 'sam';
      const declined = await api('POST', `/v1/agent/offers/${first.offerId}/decline`, tokens[firstAgent]!, { reason: 'on a break in 2 min' });
      expect(declined.json()).toEqual({ offerId: first.offerId, status: 'declined' });
      await tick();
      expect((await workspace(other)).offers.map((o: { conversationId: string }) => o.conversationId)).toEqual([id]);
      const second = (await workspace(other)).offers[0];
      await api('POST', `/v1/agent/offers/${second.offerId}/decline`, tokens[other]!, {});
      await tick();
      // Both declined: it waits for someone else rather than going back to them.
      expect((await workspace('sam')).offers).toEqual([]);
      expect((await workspace('lucia')).offers).toEqual([]);
      const conversation = (await t.services.deps.store.conversations.get(id))!;
      expect(conversation.state).toBe('queued');
    });

    it('an unanswered offer times out through its timer row; a late accept fails cleanly', async () => {
      await allOffline();
      await presence('noah', 'available');
      const { id } = await queuedConversation();
      await tick();
      const offer = (await workspace('noah')).offers.find((o: { conversationId: string }) => o.conversationId === id);
      clock.advance(20_001);
      await t.timers.tick();
      const late = await api('POST', `/v1/agent/offers/${offer.offerId}/accept`, tokens.noah!);
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('offer_expired');
      expect((await t.services.deps.store.conversations.get(id))!.state).toBe('queued');
      const [row] = await t.database.query<{ status: string }>('select status from offers where id = $1', [offer.offerId]);
      expect(row!.status).toBe('timed_out');
    });

    it('accepting after the deadline but before the timer ran says offer_expired', async () => {
      await allOffline();
      await presence('lucia', 'available');
      const { id } = await queuedConversation();
      await tick();
      const offer = (await workspace('lucia')).offers.find((o: { conversationId: string }) => o.conversationId === id);
      clock.advance(25_000);
      const res = await api('POST', `/v1/agent/offers/${offer.offerId}/accept`, tokens.lucia!);
      expect(res.json().error).toMatchObject({ code: 'offer_expired', field: 'offerId' });
    });

    it('going away withdraws open offers at once; an agent at capacity gets no offers', async () => {
      await allOffline();
      await presence('noah', 'available'); // capacity 1
      const a = await queuedConversation();
      await tick();
      const offer = (await workspace('noah')).offers[0];
      await presence('noah', 'away');
      const [row] = await t.database.query<{ status: string }>('select status from offers where id = $1', [offer.offerId]);
      expect(row!.status).toBe('withdrawn');
      expect((await t.services.deps.store.conversations.get(a.id))!.state).toBe('queued');

      await presence('noah', 'available');
      await tick();
      const again = (await workspace('noah')).offers[0];
      await api('POST', `/v1/agent/offers/${again.offerId}/accept`, tokens.noah!);
      await queuedConversation();
      await tick();
      expect((await workspace('noah')).offers).toEqual([]); // one chat = full
      expect((await workspace('noah')).agent).toMatchObject({ load: 1, capacity: 1 });
    });

    it('a silent agent goes away, then their chats go back to the front of the queue', async () => {
      await allOffline();
      await presence('sam', 'available');
      const { id } = await queuedConversation();
      await tick();
      const offer = (await workspace('sam')).offers.find((o: { conversationId: string }) => o.conversationId === id);
      await api('POST', `/v1/agent/offers/${offer.offerId}/accept`, tokens.sam!);
      const queuedAt = (await t.services.deps.store.conversations.get(id))!.queuedAt;

      clock.advance(31_000);
      expect(await t.services.sweepSilentAgents()).toMatchObject({ away: 1, requeued: 0 });
      clock.advance(100_000);
      expect((await t.services.sweepSilentAgents()).requeued).toBeGreaterThanOrEqual(1);
      const after = (await t.services.deps.store.conversations.get(id))!;
      expect(after).toMatchObject({ state: 'queued', previousAgentId: 'agt_sam', queuedAt });
    });

    it('a customer who leaves while their conversation is offered: the offer is withdrawn and the conversation abandoned', async () => {
      await allOffline();
      await presence('sam', 'available');
      const { id, customer } = await queuedConversation();
      expect((await tick()).offered).toBe(1);
      const [open] = (await workspace('sam')).offers;
      expect(open.conversationId).toBe(id);

      expect((await api('POST', `/v1/conversations/${id}/leave`, tokens.sam!)).statusCode).toBe(403);
      const left = await api('POST', `/v1/conversations/${id}/leave`, customer);
      expect(left.json().conversation).toMatchObject({ state: 'abandoned', offeredAgentId: null });
      expect((await workspace('sam')).offers).toEqual([]);
      expect((await api('POST', `/v1/agent/offers/${open.offerId}/accept`, tokens.sam!)).json().error.code).toBe('offer_not_open');
      expect((await api('POST', `/v1/conversations/${id}/leave`, customer)).statusCode).toBe(200); // twice is fine

      const other = await queuedConversation();
      await tick();
      const [next] = (await workspace('sam')).offers;
      await api('POST', `/v1/agent/offers/${next.offerId}/accept`, tokens.sam!);
      const refused = await api('POST', `/v1/conversations/${other.id}/leave`, other.customer);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error).toMatchObject({ code: 'illegal_transition', field: 'conversationId' });
      await api('POST', `/v1/conversations/${other.id}/resolve`, tokens.sam!, {});
    });

    it('a long wait with nobody online calls up opted-in offline agents, who earn a surge bonus on the work', async () => {
      await allOffline();
      state.lastCallUpAt = null;
      const socket = await TestSocket.open(url, tokens.sam); // connected, but offline; the best opted-in candidate
      await socket.waitFor((f) => f.type === 'ready');
      const { id } = await queuedConversation();
      await tick();
      clock.advance(200_000); // past the call-up threshold
      await tick();
      const callUp = await socket.waitFor((f) => f.type === 'call_up');
      expect(callUp).toMatchObject({ type: 'call_up', waiting: 1 });
      await presence('sam', 'available');
      await tick();
      const offer = (await workspace('sam')).offers.find((o: { conversationId: string }) => o.conversationId === id);
      expect(offer.surgeMinor).toBeGreaterThan(0);
      // Accepting pays the advertised surge once for this call-up, into the ledger, with the call-up as cause.
      const surges = () => t.database.query<{ amount_minor: number; cause_id: string }>("select amount_minor, cause_id from pay_ledger where kind = 'surge' and agent_id = 'agt_sam' order by id");
      const before = (await surges()).length; // earlier tests may have earned surges of their own
      await api('POST', `/v1/agent/offers/${offer.offerId}/accept`, tokens.sam!);
      await vi.waitFor(async () => {
        expect((await surges()).slice(before)).toEqual([{ amount_minor: offer.surgeMinor, cause_id: expect.stringMatching(/^callup_\d+$/) }]);
      });
      await api('POST', `/v1/conversations/${id}/resolve`, tokens.sam!, {});
      await socket.close();
    });
  });
}
