import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatchPolicy, makeDispatchConfig, type DispatchAgent, type QueuedConversation } from '../src/domain/dispatch/index.js';
import { mulberry32 } from '../src/domain/lending/index.js';
import { loadConfig } from '../src/config.js';
import { createTandem } from '../src/main.js';
import { createLogger } from '../src/runtime/logger.js';
import { openDatabase, type Database } from '../src/store/database.js';
import { fmt, percentile, postgresReachable, row, runPool, scratchPostgres } from './support.js';

/**
 * Issue 5 figures: dispatcher decisions per second and escalation → first offer latency for a burst of
 * escalations against a large available pool, greedy versus batch, on PGlite and PostgreSQL, against the
 * pure in-memory matching rate of the same policy on a snapshot of the same size (the ceiling).
 */
const AGENTS = Number(process.env.BENCH_AGENTS ?? 5_000);
const ESCALATIONS = Number(process.env.BENCH_ESCALATIONS ?? 10_000);

function memorySnapshot(policy: 'greedy' | 'batch') {
  const rng = mulberry32(5);
  const now = Date.now();
  const agents: DispatchAgent[] = Array.from({ length: AGENTS }, (_, i) => ({
    id: `a${i}`, languages: ['en'], certifications: [], tier: 'standard', capacity: 1 + Math.floor(rng() * 4), load: 0,
    qualityScore: rng(), callUpOptIn: false, presence: 'available', inPaidBlock: rng() < 0.3, lastOfferAtMs: null,
  }));
  const queue: QueuedConversation[] = Array.from({ length: ESCALATIONS }, (_, i) => ({
    id: `c${i}`, language: 'en', intent: 'payment_schedule', requiredCertification: null, sensitive: false,
    priorityClass: i % 3, enqueuedAtMs: now - i, excludedAgentIds: [], previousAgentId: null, widened: false,
  }));
  const config = makeDispatchConfig();
  // The runtime proposes in windows of 2,000 queued conversations per tick; the ceiling does the same work.
  let remaining = queue;
  let load = agents;
  let decisions = 0;
  const started = performance.now();
  while (remaining.length > 0) {
    const window = remaining.slice(0, 2_000);
    const proposals = dispatchPolicy(policy).propose({ queue: window, agents: load, nowMs: now }, config);
    if (proposals.length === 0) break;
    decisions += proposals.length;
    const taken = new Set(proposals.map((p) => p.conversationId));
    const byAgent = new Map<string, number>();
    for (const p of proposals) byAgent.set(p.agentId, (byAgent.get(p.agentId) ?? 0) + 1);
    load = load.map((a) => ({ ...a, load: a.load + (byAgent.get(a.id) ?? 0) }));
    remaining = remaining.filter((c) => !taken.has(c.id));
  }
  return (decisions / (performance.now() - started)) * 1000;
}

async function seed(database: Database): Promise<void> {
  const rng = mulberry32(9);
  await database.query("update agents set presence = 'offline'");
  for (let i = 0; i < AGENTS; i += 1_000) {
    const values = Array.from({ length: Math.min(1_000, AGENTS - i) }, (_, k) => {
      const n = i + k;
      return `('agt_b${n}', 'b${n}@example.com', 'Bench ${n}', 'x', 'standard', ${1 + Math.floor(rng() * 4)}, ${rng().toFixed(3)}, 'available', now())`;
    });
    await database.query(`insert into agents (id, email, name, password_hash, tier, capacity, quality_score, presence, last_seen_at) values ${values.join(',')}`);
  }
  await database.query(`insert into customers (id, name) select 'cus_b' || g, 'B' from generate_series(1, ${ESCALATIONS}) g`);
  await database.query(`insert into conversations (id, customer_id, state, language, priority, created_at, updated_at) select 'cnv_b' || g, 'cus_b' || g, 'ai', 'en', g % 3, now(), now() from generate_series(1, ${ESCALATIONS}) g`);
}

async function databaseRun(label: string, policy: 'greedy' | 'batch', open: () => Promise<Database>): Promise<number> {
  const database = await open();
  const config = loadConfig({ LOG_LEVEL: 'silent', TANDEM_SEED_CUSTOMERS: '20', TANDEM_SEED_PURCHASES: '60', TANDEM_BCRYPT_ROUNDS: '4', TANDEM_DISPATCH_POLICY: policy, TANDEM_OFFER_TIMEOUT_SECONDS: '3600', TANDEM_DISPATCH_TICK_MS: '50' });
  const tandem = await createTandem(config, { database, logger: createLogger('silent') });
  await seed(database);
  // The dispatcher runs live during the burst, as in production: woken by each escalation and every 50 ms.
  await tandem.startBackground();
  const started = performance.now();
  const escalateMs = await runPool(ESCALATIONS, 16, (i) => tandem.services.escalateConversation({ principal: 'ai', conversationId: `cnv_b${i + 1}`, reason: 'low_confidence' }).then(() => undefined));
  const deadline = Date.now() + 600_000;
  let offers = 0;
  while (Date.now() < deadline) {
    offers = (await database.query<{ n: number }>("select count(*)::int as n from offers"))[0]!.n;
    if (offers >= ESCALATIONS) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const dispatchMs = performance.now() - started;
  const latencies = (
    await database.query<{ ms: number }>(
      `select extract(epoch from (o.created_at - e.occurred_at)) * 1000 as ms
       from offers o join events e on e.conversation_id = o.conversation_id and e.type = 'conversation.escalated'`,
    )
  ).map((r) => Number(r.ms)).sort((a, b) => a - b);
  const rate = (offers / dispatchMs) * 1000;
  row(`${label} ${policy}: burst of ${fmt(ESCALATIONS)} escalations stored`, `${fmt(escalateMs)} ms`);
  row(`${label} ${policy}: offers made, burst start → last offer`, `${fmt(offers)} in ${fmt(dispatchMs)} ms = ${fmt(rate)} decisions/s`);
  row(`${label} ${policy}: escalation → first offer p50 / p99`, `${fmt(percentile(latencies, 50))} / ${fmt(percentile(latencies, 99))} ms`);
  await tandem.close();
  await database.close();
  return rate;
}

export async function benchDispatch(): Promise<void> {
  process.stdout.write(`\n# Dispatch (issue 5): ${fmt(AGENTS)} available agents, a burst of ${fmt(ESCALATIONS)} escalations\n`);
  for (const policy of ['greedy', 'batch'] as const) {
    const ceiling = memorySnapshot(policy);
    row(`in-memory ${policy} matching (ceiling)`, `${fmt(ceiling)} decisions/s`);
    const pglite = await databaseRun('PGlite', policy, () => openDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'tandem-bench-dispatch-')) }));
    row(`PGlite ${policy}: ratio to the ceiling`, fmt(pglite / ceiling, 4));
    if (await postgresReachable()) {
      const scratch = await scratchPostgres();
      try {
        const pg = await databaseRun('PostgreSQL', policy, () => openDatabase({ databaseUrl: scratch.url }));
        row(`PostgreSQL ${policy}: ratio to the ceiling`, fmt(pg / ceiling, 4));
      } finally {
        await scratch.drop();
      }
    }
  }
}
