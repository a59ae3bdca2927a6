import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { RealtimeClient, SendRejected, type ConnectionStatus, type Message, type NetworkSignals } from '../../web/client/index.js';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';

/**
 * The browser's RealtimeClient, run in Node against the real server (the `ws` package stands in for the
 * browser's WebSocket; both speak the same protocol). Connections are cut from the server side, as a lost
 * network would.
 */
describe('RealtimeClient against the real server', () => {
  let t: TestTandem;
  let socketUrl: string;
  let token: string;
  const clients: RealtimeClient[] = [];

  beforeAll(async () => {
    t = await startTestTandem();
    socketUrl = `${(await t.listen()).replace(/^http/, 'ws')}/v1/ws`;
    token = await t.customerToken('anonymous');
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(async () => {
    await t?.dispose();
  });

  const connect = (network: NetworkSignals | null = null, backoff = { initialMs: 20, maxMs: 200 }) => {
    const client = new RealtimeClient({
      url: socketUrl,
      getToken: () => token,
      WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
      network,
      backoff,
    });
    clients.push(client);
    return client;
  };

  /**
   * A conversation waiting for a person: the assistant answers only conversations it owns, so every message
   * here after the escalation notice (seq 1) is one the test wrote.
   */
  const startQueued = async () => {
    const id = (await t.app.inject({ method: 'POST', url: '/v1/conversations', payload: {}, headers: bearer(token) })).json().conversation.id as string;
    await t.app.inject({ method: 'POST', url: `/v1/conversations/${id}/escalate`, payload: {}, headers: bearer(token) });
    return id;
  };

  const postAsCustomer = (conversationId: string, clientMessageId: string, text = clientMessageId) =>
    t.app.inject({ method: 'POST', url: `/v1/conversations/${conversationId}/messages`, payload: { clientMessageId, text }, headers: bearer(token) });

  const until = async (check: () => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  const collect = (client: RealtimeClient, conversationId: string, afterSeq = 0) => {
    const seen: Message[] = [];
    client.subscribe(conversationId, { onMessage: (m) => seen.push(m) }, afterSeq);
    return seen;
  };

  const dropAllSockets = () => {
    for (const socket of t.app.websocketServer.clients) socket.terminate();
  };

  it('delivers the backlog after afterSeq, then live messages, each once and in order', async () => {
    const id = await startQueued();
    await postAsCustomer(id, 'two');
    const client = connect();
    const seen = collect(client, id, 1);
    await postAsCustomer(id, 'three');
    await until(() => seen.length === 2, 'two messages');
    expect(seen.map((m) => [m.seq, m.body])).toEqual([
      [2, 'two'],
      [3, 'three'],
    ]);
    expect(client.status).toBe('online');
  });

  it('after a dropped connection it resubscribes from the last seq: nothing lost, nothing doubled', async () => {
    const id = await startQueued();
    await postAsCustomer(id, 'before');
    const client = connect();
    const statuses: ConnectionStatus[] = [];
    client.onStatus((s) => statuses.push(s));
    const seen = collect(client, id);
    await until(() => seen.length === 2, 'the first messages');

    dropAllSockets();
    await postAsCustomer(id, 'while-down-1');
    await postAsCustomer(id, 'while-down-2');
    await until(() => seen.length === 4 && client.status === 'online', 'the missed messages');
    await postAsCustomer(id, 'after');
    await until(() => seen.length === 5, 'the live message');
    expect(seen.map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.slice(1).map((m) => m.body)).toEqual(['before', 'while-down-1', 'while-down-2', 'after']);
    expect(statuses).toContain('reconnecting');
  });

  it('queues a send made while disconnected and delivers it once after the reconnect', async () => {
    const id = await startQueued();
    const client = connect();
    const seen = collect(client, id);
    await until(() => client.status === 'online' && seen.length === 1, 'online');

    dropAllSockets();
    await until(() => client.status === 'reconnecting', 'the drop to be noticed');
    const ack = await client.send(id, 'written offline', 'offline-1');
    expect(ack).toMatchObject({ conversationId: id, clientMessageId: 'offline-1', seq: 2, created: true });
    await until(() => seen.length === 2, 'the echo');

    // Re-sending the same client message id (what a retry after a lost ack does) stores nothing new.
    const again = await client.send(id, 'written offline', 'offline-1');
    expect(again).toMatchObject({ seq: 2, created: false });
    const stored = await t.app.inject({ method: 'GET', url: `/v1/conversations/${id}/messages`, headers: { 'x-api-key': ADMIN_KEY } });
    expect(stored.json().messages.map((m: Message) => [m.seq, m.authorKind])).toEqual([
      [1, 'system'],
      [2, 'customer'],
    ]);
  });

  it('rejects a send the server refuses, with its code', async () => {
    const other = await t.customerToken('anonymous');
    const foreign = (await t.app.inject({ method: 'POST', url: '/v1/conversations', payload: {}, headers: bearer(other) })).json().conversation.id as string;
    const client = connect();
    const failure = await client.send(foreign, 'not mine').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SendRejected);
    expect((failure as SendRejected).code).toBe('not_found');
  });

  it('goes offline on the browser offline event and reconnects at once on online', async () => {
    const signals = Object.assign(new EventTarget(), { navigator: { onLine: true } }) as unknown as NetworkSignals & EventTarget;
    const id = await startQueued();
    // Retries wait a minute here, so only the online event can bring the connection back this fast.
    const client = connect(signals, { initialMs: 60_000, maxMs: 60_000 });
    const seen = collect(client, id);
    await until(() => client.status === 'online' && seen.length === 1, 'online');

    signals.navigator.onLine = false;
    signals.dispatchEvent(new Event('offline'));
    expect(client.status).toBe('offline');
    await postAsCustomer(id, 'meanwhile');
    signals.navigator.onLine = true;
    signals.dispatchEvent(new Event('online'));
    await until(() => seen.length === 2 && client.status === 'online', 'the catch-up');
    expect(seen.map((m) => m.body)[1]).toBe('meanwhile');
  });
});
