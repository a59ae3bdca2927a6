import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdvisoryLockLeader } from '../../src/runtime/leader.js';
import { freshPostgres, postgresAvailable } from '../support/databases.js';

const quiet = { info: () => {}, warn: () => {} };
const until = async (check: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.skipIf(!postgresAvailable())('advisory-lock leader lease on PostgreSQL', () => {
  let url: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await freshPostgres(1);
    url = db.url;
    drop = db.drop;
    await db.database.close();
  });
  afterAll(async () => drop());

  it('exactly one node leads, and another takes over when the leader goes away', async () => {
    const a = new AdvisoryLockLeader(url, 4242, 50, quiet);
    const b = new AdvisoryLockLeader(url, 4242, 50, quiet);
    const changes: string[] = [];
    a.onChange((l) => changes.push(`a:${l}`));
    b.onChange((l) => changes.push(`b:${l}`));
    await a.start();
    await b.start();
    expect([a.isLeader(), b.isLeader()]).toEqual([true, false]);
    await new Promise((r) => setTimeout(r, 200));
    expect(b.isLeader()).toBe(false); // retries do not steal a held lock

    await a.stop(); // the leader's connection closes: PostgreSQL releases the lock
    await until(() => b.isLeader());
    expect(changes).toEqual(['a:true', 'a:false', 'b:true']);
    await b.stop();
  });
});
