import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { startTestTandem, type TestTandem } from '../support/app.js';
import { freshPostgres, postgresAvailable } from '../support/databases.js';

const env = { TANDEM_OFFER_TIMEOUT_SECONDS: '2', TANDEM_DISPATCH_TICK_MS: '100', TANDEM_TIMER_POLL_MS: '100', TANDEM_PRESENCE_AWAY_SECONDS: '3600' };
const until = async (check: () => Promise<boolean>, ms: number) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 100));
  }
};

/** The node holding the dispatcher lock dies mid-run: the other takes the lock, its offers expire, the queue drains. */
describe.skipIf(!postgresAvailable())('dispatcher failover on PostgreSQL', () => {
  let a: TestTandem;
  let b: TestTandem;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const pg = await freshPostgres(5);
    drop = pg.drop;
    a = await startTestTandem({ database: pg.database, env, overrides: { nodeId: 'node-a' } });
    b = await startTestTandem({ database: await openDatabase({ databaseUrl: pg.url, poolSize: 5 }), env, overrides: { nodeId: 'node-b' } });
    await a.database.query("update agents set presence = 'offline'");
    await a.database.query(
      `insert into agents (id, email, name, password_hash, capacity, tier, presence, last_seen_at) select 'agt_f_' || g, 'f' || g || '@example.com', 'F ' || g, 'x', 2, 'standard', 'available', now() from generate_series(1, 20) g`,
    );
    await a.database.query(`insert into customers (id, name) select 'cus_f_' || g, 'F' from generate_series(1, 60) g`);
    await a.database.query(`insert into conversations (id, customer_id, state, language, created_at, updated_at) select 'cnv_f_' || g, 'cus_f_' || g, 'ai', 'en', now(), now() from generate_series(1, 60) g`);
  });
  afterAll(async () => {
    await b.dispose().catch(() => {});
    await drop();
  });

  it('the survivor takes the lead, expires the dead node’s offers and drains the queue', async () => {
    await a.startBackground();
    await b.startBackground();
    expect([a.leader.isLeader(), b.leader.isLeader()]).toEqual([true, false]);
    for (let i = 1; i <= 60; i++) await a.services.escalateConversation({ principal: 'ai', conversationId: `cnv_f_${i}`, reason: 'customer_asked' });
    await until(async () => (await a.database.query<{ n: number }>("select count(*)::int as n from offers where status = 'offered'"))[0]!.n >= 20, 20_000);

    // The leader dies: its lock connection is cut and the process goes away without cleaning up.
    const killed = a.database.query("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and objid = 724002 and granted");
    void a.leader.stop(); // a dead process does not try to take the lock back
    await killed;
    await a.timers.stop();
    await a.dispatcher.stop();
    await a.app.close();
    await until(async () => b.leader.isLeader(), 10_000);
    // Nobody answers the dead node's offers: their timer rows fire on the survivor and time them out.
    const pendingAtDeath = (await b.database.query<{ n: number }>("select count(*)::int as n from offers where status = 'offered'"))[0]!.n;
    expect(pendingAtDeath).toBeGreaterThan(0);
    await until(async () => (await b.database.query<{ n: number }>("select count(*)::int as n from offers where status = 'timed_out'"))[0]!.n >= pendingAtDeath, 30_000);

    // Agents now accept whatever is offered to them; the survivor expires the stale offers and re-offers.
    const db = b.database;
    await until(async () => {
      const open = await db.query<{ id: string; agent_id: string; conversation_id: string }>("select id, agent_id, conversation_id from offers where status = 'offered' and expires_at > now()");
      for (const o of open) {
        const principal = { kind: 'agent' as const, agentId: o.agent_id, role: 'agent' as const };
        await b.services.acceptOffer({ principal, offerId: o.id }).then(
          () => b.services.resolveConversation({ principal, conversationId: o.conversation_id }),
          () => undefined,
        );
      }
      return (await db.query<{ n: number }>("select count(*)::int as n from conversations where id like 'cnv_f_%' and state <> 'resolved'"))[0]!.n === 0;
    }, 90_000);
    const [timedOut] = await db.query<{ n: number }>("select count(*)::int as n from offers where status = 'timed_out'");
    expect(timedOut!.n).toBeGreaterThan(0);
    const [late] = await db.query<{ n: number }>("select count(*)::int as n from offers where status = 'accepted' and answered_at > expires_at");
    expect(late!.n).toBe(0);
    await a.database.close().catch(() => {});
  }, 150_000);
});
