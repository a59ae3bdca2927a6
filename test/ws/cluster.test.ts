import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_KEY, bearer, startTestTandem, type TestTandem } from '../support/app.js';
import { freshPostgres, postgresAvailable } from '../support/databases.js';
import { TestSocket } from '../support/ws-client.js';

/** Two nodes on one PostgreSQL database: a customer on one and an agent on the other talk live. */
describe.skipIf(!postgresAvailable())('cluster: two nodes, one PostgreSQL', () => {
  let drop: () => Promise<void>;
  let nodeA: TestTandem;
  let nodeB: TestTandem;
  let urlA: string;
  let urlB: string;

  beforeAll(async () => {
    const pgA = await freshPostgres(5);
    drop = pgA.drop;
    const { openDatabase } = await import('../../src/store/database.js');
    const secondPool = await openDatabase({ databaseUrl: pgA.url, poolSize: 5 });
    nodeA = await startTestTandem({ database: pgA.database, overrides: { nodeId: 'node-a' } });
    nodeB = await startTestTandem({ database: secondPool, overrides: { nodeId: 'node-b' } });
    urlA = await nodeA.listen();
    urlB = await nodeB.listen();
  });
  afterAll(async () => {
    await nodeA.dispose();
    await nodeB.dispose();
    await drop();
  });

  it('delivers messages and state changes across nodes through LISTEN/NOTIFY', async () => {
    const customer = await nodeA.customerToken();
    const id = (await nodeA.app.inject({ method: 'POST', url: '/v1/conversations', payload: {}, headers: bearer(customer) })).json().conversation.id as string;
    const onA = await TestSocket.open(urlA, customer);
    onA.send({ type: 'subscribe', conversationId: id, afterSeq: 0 });
    await onA.waitFor((f) => f.type === 'subscribed');

    await nodeA.app.inject({ method: 'POST', url: `/v1/conversations/${id}/escalate`, payload: {}, headers: bearer(customer) });
    await nodeB.app.inject({ method: 'POST', url: `/v1/admin/conversations/${id}/assign`, payload: { agentId: 'agt_sam' }, headers: { 'x-api-key': ADMIN_KEY } });
    // The assignment happened on node B; the customer's socket on node A hears of it.
    await onA.waitFor((f) => f.type === 'conversation' && f.conversation.state === 'assigned');

    const agent = await nodeB.agentToken('sam@example.com');
    const onB = await TestSocket.open(urlB, agent);
    onB.send({ type: 'subscribe', conversationId: id, afterSeq: 0 });
    await onB.waitFor((f) => f.type === 'subscribed');

    onB.send({ type: 'send', conversationId: id, clientMessageId: 'b1', text: 'Hello from node B' });
    await onA.waitFor((f) => f.type === 'message' && f.message.body === 'Hello from node B');
    onA.send({ type: 'send', conversationId: id, clientMessageId: 'a1', text: 'x'.repeat(1_000) + '€'.repeat(2_500) }); // 3,500 chars, 8,500 bytes
    // Too large for one NOTIFY: it travels as a "stale" hint and node B re-reads it from the database.
    const big = await onB.waitFor((f) => f.type === 'message' && f.message.clientMessageId === 'a1');
    expect(big.type === 'message' && big.message.body.length).toBe(3_500);
    expect(onA.messages(id)).toEqual([...new Set(onA.messages(id))]);
    expect(onB.messages(id)).toEqual([...new Set(onB.messages(id))]);
    await Promise.all([onA.close(), onB.close()]);
  });
});
