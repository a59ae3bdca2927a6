import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { loadConfig } from '../src/config.js';
import { createTandem } from '../src/main.js';
import { createLogger } from '../src/runtime/logger.js';
import { openDatabase, type Database } from '../src/store/database.js';
import { fmt, postgresReachable, row, runPool, scratchPostgres } from './support.js';

/**
 * Issue 2 figures: cold start to /readyz on PGlite, and messages per second through
 * HTTP send → stored → delivered on a subscribed socket, against the raw driver's insert rate on the
 * same database (the ceiling), with their ratio.
 */
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 2000);
const CONCURRENCY = 8;

async function coldStart(): Promise<void> {
  const bin = join(import.meta.dirname, '..', 'bin', 'tandem.js');
  for (const label of ['fresh data dir (create + migrate + seed)', 'existing data dir']) {
    const dataDir = label.startsWith('fresh') ? mkdtempSync(join(tmpdir(), 'tandem-bench-')) : (globalThis as { benchDir?: string }).benchDir!;
    (globalThis as { benchDir?: string }).benchDir = dataDir;
    const started = performance.now();
    const child = spawn(process.execPath, [bin, 'serve'], { env: { ...process.env, TANDEM_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' } });
    const url = await new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /running at (http:\/\/\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
    });
    while ((await fetch(`${url}/readyz`).catch(() => null))?.status !== 200) await new Promise((r) => setTimeout(r, 20));
    row(`cold start to /readyz on PGlite, ${label}`, `${fmt(performance.now() - started)} ms`);
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  rmSync((globalThis as { benchDir?: string }).benchDir!, { recursive: true, force: true });
}

async function rawInsertRate(database: Database): Promise<number> {
  await database.query('create table if not exists bench_rows (id text primary key, conversation_id text not null, body text not null, created_at timestamptz not null default now())');
  const ms = await runPool(MESSAGES, CONCURRENCY, async (i) => {
    await database.query('insert into bench_rows (id, conversation_id, body) values ($1, $2, $3)', [`r${i}`, 'c', `message ${i}`]);
  });
  return (MESSAGES / ms) * 1000;
}

async function endToEndRate(label: string, openDb: () => Promise<Database>): Promise<void> {
  const database = await openDb();
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', TANDEM_RATE_LIMIT_PER_MINUTE: '1000000', TANDEM_BCRYPT_ROUNDS: '4' });
  const tandem = await createTandem(config, { database, logger: createLogger('silent') });
  const url = await tandem.listen();
  const session = (await (await fetch(`${url}/v1/customer-sessions/demo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { token: string };
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${session.token}` };
  // Several conversations, as in real traffic: one customer writes in order, many customers in parallel.
  const conversations: string[] = [];
  for (let i = 0; i < CONCURRENCY; i++) {
    const res = (await (await fetch(`${url}/v1/conversations`, { method: 'POST', headers, body: '{}' })).json()) as { conversation: { id: string } };
    // Waiting for a person: the message path alone, without an assistant turn on every message.
    await fetch(`${url}/v1/conversations/${res.conversation.id}/escalate`, { method: 'POST', headers, body: '{}' });
    conversations.push(res.conversation.id);
  }
  const ws = new WebSocket(`${url.replace('http', 'ws')}/v1/ws?token=${session.token}`);
  await new Promise((r) => ws.once('open', r));
  let delivered = 0;
  let subscribed = 0;
  let resolveAll: () => void = () => {};
  const allDelivered = new Promise<void>((r) => (resolveAll = r));
  const allSubscribed = new Promise<void>((r) => {
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as { type: string };
      if (frame.type === 'subscribed' && ++subscribed === conversations.length) r();
      if (frame.type === 'message' && (frame as { message?: { authorKind?: string } }).message?.authorKind === 'customer' && ++delivered === MESSAGES) resolveAll();
    });
  });
  for (const id of conversations) ws.send(JSON.stringify({ type: 'subscribe', conversationId: id, afterSeq: 0 }));
  await allSubscribed;

  const started = performance.now();
  await runPool(MESSAGES, CONCURRENCY, async (i) => {
    const id = conversations[i % CONCURRENCY]!;
    const res = await fetch(`${url}/v1/conversations/${id}/messages`, { method: 'POST', headers, body: JSON.stringify({ clientMessageId: `b${i}`, text: `message ${i}` }) });
    if (res.status !== 201) throw new Error(`send failed: ${res.status}`);
  });
  await allDelivered;
  const e2e = (MESSAGES / (performance.now() - started)) * 1000;
  ws.close();
  await tandem.close();

  const raw = await rawInsertRate(database);
  row(`${label}: HTTP send → stored → delivered on socket`, `${fmt(e2e)} msg/s`);
  row(`${label}: raw driver single-row insert (ceiling)`, `${fmt(raw)} rows/s`);
  row(`${label}: ratio end-to-end / ceiling`, fmt(e2e / raw, 2));
  await database.close();
}

export async function benchFoundation(): Promise<void> {
  process.stdout.write(`\n# Foundation (issue 2): ${MESSAGES} messages, ${CONCURRENCY} concurrent senders\n`);
  await coldStart();
  await endToEndRate('PGlite', () => openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'tandem-bench-db-')) }));
  if (await postgresReachable()) {
    const scratch = await scratchPostgres();
    try {
      await endToEndRate('PostgreSQL', () => openDatabase({ databaseUrl: scratch.url }));
    } finally {
      await scratch.drop();
    }
  } else {
    row('PostgreSQL', 'SKIPPED: not reachable');
  }
}
