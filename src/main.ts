import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { Registry, collectDefaultMetrics } from 'prom-client';
import type { Clock } from './app/ports.js';
import { closeResolvedConversation } from './app/close-resolved-conversation.js';
import { CLOSE_TIMER_KIND } from './app/resolve-conversation.js';
import { seedDemo } from './app/seed-demo.js';
import { measuredHandling } from './app/dispatch/measure-handling.js';
import { createServices, type Services } from './app/services.js';
import type { Config } from './config.js';
import { createHttpMetrics } from './http/metrics.js';
import { webRoutes } from './http/routes/web.js';
import { buildHttpServer } from './http/server.js';
import { systemClock } from './runtime/clock.js';
import { randomIds } from './runtime/ids.js';
import { InProcessBus } from './runtime/in-process-bus.js';
import { PostgresBus } from './runtime/postgres-bus.js';
import { createLogger } from './runtime/logger.js';
import { bcryptPasswords, hmacIdentity, jwtTokens } from './runtime/security.js';
import { TimerRunner } from './runtime/timer-runner.js';
import { CoalescingLoop } from './runtime/coalescing-loop.js';
import { AdvisoryLockLeader, SoleLeader, type LeaderLease } from './runtime/leader.js';
import { OFFER_EXPIRY_TIMER } from './app/dispatch/dispatch-deps.js';
import { DISPATCH_TOPIC } from './app/ports.js';
import { makeDispatchConfig } from './domain/dispatch/index.js';
import { DEFAULT_PAY_RATES } from './domain/workforce/index.js';
import { openDatabase, type Database } from './store/database.js';
import { createStore } from './store/store.js';
import { createLendingStore, insertPopulation, populationSeeded } from './store/lending.repository.js';
import { toolAuditRepository, toolPolicyRepository } from './store/tool.repository.js';
import { referenceBackOffice } from './backoffice/reference-back-office.js';
import { generatePopulation, toIsoDate } from './domain/lending/index.js';
import type { ToolDeps } from './app/run-tool.js';
import { createQualityServices, DEFAULT_QUALITY_POLICY, DURABLE_CHECK_TIMER } from './app/quality/index.js';
import { createWorkforceServices, defaultComplexity } from './app/workforce/index.js';
import { createQualityStore } from './store/quality.repository.js';
import { cachedPayRates, createPayRateServices } from './app/pay-rates/index.js';
import { createSimulationServices } from './app/simulations/index.js';
import { payRateRoutes } from './http/routes/pay-rates.js';
import { simulationRoutes } from './http/routes/simulations.js';
import { InterruptibleLoop } from './runtime/interruptible-loop.js';
import { fileSimulator } from './runtime/simulator.js';
import { createPayRatesStore } from './store/pay-rates.repository.js';
import { simulationRepository } from './store/simulation.repository.js';
import { createWorkforceStore } from './store/workforce.repository.js';
import type { IntentRouting } from './app/assistant/assistant-deps.js';
import type { AssistantEngine } from './ai/engine.js';
import { loadKnowledgeBase } from './ai/knowledge/load-files.js';
import { createOfflineEngine } from './ai/offline/index.js';
import { createLlmEngine, createOpenAiCompatibleModel } from './ai/llm/index.js';
import { createArticleIndex, createReplySuggester, type ArticleIndex } from './ai/retrieval/index.js';

/**
 * The one composition root: reads config, picks adapters (PGlite or PostgreSQL, in-process bus), wires the
 * use-cases, and builds the transports. Nothing else constructs an adapter.
 */
export type Tandem = {
  config: Config;
  database: Database;
  services: Services;
  app: FastifyInstance;
  timers: TimerRunner;
  dispatcher: CoalescingLoop;
  leader: LeaderLease;
  logger: Logger;
  /** Listens on the configured port and starts timers and (if leader) the dispatcher; returns the URL. */
  listen(): Promise<string>;
  /** Timers and leader election without listening (tests that use inject). */
  startBackground(): Promise<void>;
  close(): Promise<void>;
};

/** Advisory lock key of the dispatcher's leader lease (any fixed number unique to Tandem). */
const DISPATCHER_LOCK_KEY = 724_002;
const WEB_DIST_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));

export type TandemOverrides = { database?: Database; clock?: Clock; logger?: Logger; nodeId?: string; engine?: AssistantEngine };

/** The shipped knowledge and the offline engine trained on it: built once per process (training takes seconds). */
let knowledge: ReturnType<typeof loadKnowledgeBase> | null = null;
let offlineEngine: AssistantEngine | null = null;
const shippedKnowledge = () => (knowledge ??= loadKnowledgeBase());
/** The assistant's BM25 index over the shipped articles: the LLM engine retrieves with it, agents get suggested replies from it. */
let articleIndex: ArticleIndex | null = null;
const shippedArticleIndex = () => (articleIndex ??= createArticleIndex(shippedKnowledge().articles));

function createAssistantEngine(config: Config): AssistantEngine {
  const { catalogue, articles } = shippedKnowledge();
  if (config.ai.engine === 'llm' && config.ai.llm) {
    const index = shippedArticleIndex();
    const llm = config.ai.llm;
    return createLlmEngine({
      model: createOpenAiCompatibleModel({ baseURL: llm.baseURL, model: llm.model, ...(llm.apiKey ? { apiKey: llm.apiKey } : {}) }),
      retrieve: (query, k) => index.search(query, k),
      intents: catalogue.intents,
      timeoutMs: llm.timeoutMs,
    });
  }
  return (offlineEngine ??= createOfflineEngine({ catalogue, articles }));
}

function intentRouting(): Map<string, IntentRouting> {
  return new Map(
    shippedKnowledge().catalogue.intents.map((i) => [
      i.id,
      { requiredCertification: i.requiredCertification, sensitive: i.sensitive, priority: i.priority === 'high' ? 1 : 2 },
    ]),
  );
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
}

export async function createTandem(config: Config, overrides: TandemOverrides = {}): Promise<Tandem> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? systemClock;
  const database = overrides.database ?? (await openConfiguredDatabase(config));
  await database.migrate();

  const store = createStore(database.db);
  const nodeId = overrides.nodeId ?? randomIds.next('node');
  // Cluster mode fans realtime events out between nodes through LISTEN/NOTIFY; embedded mode stays in-process.
  const bus =
    database.pool && database.connectionString ? new PostgresBus(database.pool, database.connectionString, nodeId, logger) : new InProcessBus();
  if (bus instanceof PostgresBus) await bus.start();
  const passwords = bcryptPasswords(config.bcryptRounds);
  const backOffice = referenceBackOffice({ store: createLendingStore(database.db), now: () => clock.now(), newId: (prefix) => randomIds.next(prefix) });
  const tools: ToolDeps = { backOffice, audit: toolAuditRepository(database.db), policy: toolPolicyRepository(database.db), clock };
  // Pay rates: the operator's stored rates over the defaults, read (cached for a few seconds) whenever pay is worked out.
  const payRateStore = createPayRatesStore(database.db);
  const payRates = cachedPayRates({ rates: payRateStore.rates, defaults: DEFAULT_PAY_RATES, clock, ttlMs: 5_000 });
  const payRateServices = createPayRateServices({ store: payRateStore, defaults: DEFAULT_PAY_RATES, clock, changed: () => payRates.invalidate() });
  const workforce = createWorkforceServices({ workforce: createWorkforceStore(database.db), clock, ids: randomIds, payRates, hourlyFloorMinor: config.payFloorMinorPerHour });
  const articlesById = new Map(shippedKnowledge().articles.map((a) => [a.id, a]));
  const quality = createQualityServices({
    store,
    quality: createQualityStore(database.db),
    toolAudit: tools.audit,
    articles: (id) => articlesById.get(id) ?? null,
    clock,
    ids: randomIds,
    // Sampling for QA review only: which conversations a person reviews, not any decision about a customer.
    rng: Math.random,
    policy: DEFAULT_QUALITY_POLICY,
  });
  const afterCommit = (what: string, work: Promise<unknown>) =>
    work.then(() => undefined, (error: unknown) => logger.error({ err: error, what }, 'follow-up failed; its own loop retries'));
  const services = createServices({
    store,
    bus,
    clock,
    ids: randomIds,
    limits: { maxMessageChars: config.maxMessageChars },
    tokens: jwtTokens(config.sessionSecret, () => clock.now()),
    passwords,
    identity: hmacIdentity(config.widgetSecret),
    sessionTtlSeconds: config.sessionTtlSeconds,
    demoSessions: config.demoSessions,
    tools,
    suggestReplies: createReplySuggester(shippedKnowledge().articles, shippedArticleIndex()),
    dispatchConfig: makeDispatchConfig({ offerTimeoutMs: config.dispatch.offerTimeoutMs }),
    policyName: config.dispatch.policy,
    payRates,
    presence: { awayAfterMs: config.dispatch.awayAfterMs, requeueAfterMs: config.dispatch.requeueAfterMs },
    engine: overrides.engine ?? createAssistantEngine(config),
    intentRouting: intentRouting(),
    incidentalIntents: new Set(shippedKnowledge().catalogue.intents.filter((i) => i.category === 'smalltalk').map((i) => i.id)),
    humanFirstIntents: () => quality.humanFirstIntents(),
    transcriptWindow: 30,
    workforce,
    quality,
    paidBlocks: (now) => workforce.agentsInPaidBlockAt(now),
    handlingStats: measuredHandling(store),
    hooks: {
      resolved: (conversation, by) =>
        afterCommit('resolution follow-up', Promise.all([
          quality.recordResolution({ conversationId: conversation.id, resolvedAt: conversation.resolvedAt ?? clock.now() }),
          by === 'ai'
            ? Promise.resolve()
            : workforce.recordConversationPay({ agentId: by.agentId, conversationId: conversation.id, resolvedAt: conversation.resolvedAt ?? clock.now(), complexity: defaultComplexity(conversation.sensitive) }),
        ])),
      intentKnown: (conversationId) => afterCommit('repeat-contact link', quality.linkRepeatContact({ conversationId })),
      callUpAnswered: ({ agentId, callUpId, surgeBonusMinor, at }) =>
        afterCommit('surge bonus', workforce.recordCallUpBonus({ agentId, callUpId, surgeBonusMinor, occurredAt: at })),
    },
  }, logger);
  if (config.seedDemo) await seedEverything(database, config, clock.now(), { store, passwords });

  const timers = new TimerRunner(store.timers, clock, {
    owner: nodeId,
    pollMs: config.timerPollMs,
    leaseMs: 30_000,
    batch: 50,
    logger,
  });
  timers.on(CLOSE_TIMER_KIND, async (timer) => {
    await closeResolvedConversation(services.deps, timer.payload as { conversationId: string; resolvedAt: number });
  });
  timers.on(OFFER_EXPIRY_TIMER, async (timer) => services.expireOffer(timer.payload as { offerId: string }));
  timers.on(DURABLE_CHECK_TIMER, async (timer) => {
    await quality.checkDurable(timer.payload as { resolutionId: string });
  });

  // The dispatcher runs on one node at a time: the leader (always this one in embedded mode).
  const dispatchState = { lastCallUpAt: null as number | null };
  const dispatcher = new CoalescingLoop(
    async () => {
      await services.sweepSilentAgents();
      await services.runDispatch(dispatchState);
    },
    { intervalMs: config.dispatch.tickMs, logger, name: 'dispatcher' },
  );
  const leader: LeaderLease = database.connectionString
    ? new AdvisoryLockLeader(database.connectionString, DISPATCHER_LOCK_KEY, Math.max(500, config.dispatch.tickMs), logger)
    : new SoleLeader();
  // Other singleton loops ride on the same lease: block settlement and missed pay, and the AI guardrail.
  const payroll = new CoalescingLoop(
    async () => {
      await workforce.settleDueBlocks();
      await workforce.payMissedConversations({ sinceMs: clock.now() - 7 * 86_400_000 });
    },
    { intervalMs: 60_000, logger, name: 'payroll' },
  );
  const guardrail = new CoalescingLoop(async () => void (await quality.stepGuardrails(clock.now())), { intervalMs: 5 * 60_000, logger, name: 'guardrail' });
  // Simulation runs queued from the console: one at a time, on the leader; stepping down interrupts the one in hand.
  const simulations = createSimulationServices({ runs: simulationRepository(database.db), simulator: fileSimulator(), clock, ids: randomIds, logger, onQueued: () => simulationRunner.kick() });
  const simulationRunner = new InterruptibleLoop((signal) => simulations.runQueued(signal), { intervalMs: 5_000, logger, name: 'simulations' });
  const singletons = [dispatcher, payroll, guardrail, simulationRunner];
  leader.onChange((isLeader) => {
    for (const loop of singletons) isLeader ? loop.start() : void loop.stop();
  });
  bus.subscribe(DISPATCH_TOPIC, () => dispatcher.kick());

  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const app = await buildHttpServer({
    services,
    bus,
    logger,
    metrics: { registry, http: createHttpMetrics(registry) },
    adminApiKey: config.adminApiKey,
    rateLimitPerMinute: config.rateLimitPerMinute,
    extraRoutes: (server, context) => {
      payRateRoutes(server, context, payRateServices);
      simulationRoutes(server, { ...context, verifyToken: services.verifyToken }, simulations);
      return webRoutes(server, WEB_DIST_DIR);
    },
    health: {
      async ready() {
        try {
          const migrated = await database.migrationsApplied();
          return { ok: migrated, checks: { database: 'ok', migrations: migrated ? 'applied' : 'pending' } };
        } catch {
          return { ok: false, checks: { database: 'unreachable', migrations: 'unknown' } };
        }
      },
    },
  });

  const startBackground = async () => {
    timers.start();
    await leader.start();
  };
  return {
    config,
    database,
    services,
    app,
    timers,
    dispatcher,
    leader,
    logger,
    async listen() {
      const url = await app.listen({ port: config.port, host: config.host });
      await startBackground();
      return url;
    },
    startBackground,
    async close() {
      await services.assistant.idle();
      await leader.stop();
      for (const loop of singletons) await loop.stop();
      await timers.stop();
      await app.close();
      if (bus instanceof PostgresBus) await bus.close();
      if (!overrides.database) await database.close();
    },
  };
}

/** Demo agents and customer, and the back-office population (only into an empty back office). */
async function seedEverything(database: Database, config: Config, now: number, deps: Parameters<typeof seedDemo>[0]) {
  await seedDemo(deps);
  if (await populationSeeded(database.db)) return { populated: false };
  const population = generatePopulation({
    seed: config.seedPopulation.seed,
    customers: config.seedPopulation.customers,
    merchants: Math.min(50, Math.max(8, Math.ceil(config.seedPopulation.customers / 40))),
    purchases: config.seedPopulation.purchases,
    today: toIsoDate(now),
  });
  await insertPopulation(database.db, population);
  return { populated: true, customers: population.customers.length, purchases: population.purchases.length };
}

export async function runMigrations(config: Config): Promise<void> {
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
  } finally {
    await database.close();
  }
}

export async function runSeed(config: Config) {
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    return await seedEverything(database, config, Date.now(), { store: createStore(database.db), passwords: bcryptPasswords(config.bcryptRounds) });
  } finally {
    await database.close();
  }
}

/** Arrival history for `tandem staffing forecast|plan` (the CLI may not reach the store itself). */
export async function readStaffingHistory(config: Config, sinceMs: number) {
  const database = await openConfiguredDatabase(config);
  try {
    await database.migrate();
    const { activity } = createWorkforceStore(database.db);
    return { arrivals: await activity.conversationStarts(sinceMs), escalation: await activity.escalationByIntent(sinceMs) };
  } finally {
    await database.close();
  }
}
