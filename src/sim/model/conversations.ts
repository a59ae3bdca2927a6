import { newConversation } from '../../domain/conversation/index.js';
import type { Rng } from '../random.js';
import { latentOutcome, outcomeMixAt, planAiConversation, triggerFor, type AiPlan } from './ai.js';
import { ArrivalProcess } from './arrivals.js';
import { humanFirst, markEscalatedAfterResolution, recordAiOutcome } from './guardrail.js';
import { abandon } from './offers.js';
import { payForConversation } from './pay-ledger.js';
import { apply, enqueue } from './store.js';
import type { CustomerDraw, MutableAiOutcome, SimAgent, SimConversation } from './types.js';
import { PRIORITY, type World } from './world.js';

/**
 * The customer's side: arrivals, the AI's handling, hand-off to the human queue, resolutions and
 * repeat contacts. Every customer attribute is drawn at arrival from the customers stream, so two
 * policies on one seed see the same people with the same needs.
 *
 * Repeat contacts: a wrong resolution (AI or human) brings the customer back with
 * customers.repeat.probability after customers.repeat.delayHours — if that is still inside the day;
 * later ones are not simulated, but the resolution already counted as not durable. The repeat
 * reopens the same conversation (state machine `reopen`) to the AI or the human queue (policy).
 */
export function installArrivals(world: World): void {
  const process = new ArrivalProcess(world.scenario.arrivals, world.dayEndMs);
  const scheduleNext = (after: number) => {
    const t = process.next(after, world.rng.arrivals);
    if (t === null || t >= world.dayEndMs) return;
    world.kernel.scheduleAt(t, PRIORITY.arrival, () => {
      arrive(world, drawCustomer(world, world.rng.customers));
      scheduleNext(t);
    });
  };
  scheduleNext(0);
  world.hooks.humanResolved = (conversation, agent, wrong, handleMs) => humanResolved(world, conversation, agent, wrong, handleMs);
}

function drawCustomer(world: World, r: Rng): CustomerDraw {
  return {
    intentIndex: r.weightedIndex(world.intentShares),
    language: world.languages[r.weightedIndex(world.languageWeights)]!,
    vulnerable: r.bernoulli(world.scenario.customers.vulnerableShare),
    patienceMs: world.samplers.patienceSeconds(r) * 1000,
    outcomeU: r.next(),
    triggerU: r.next(),
    turns: Math.max(1, Math.round(world.samplers.turns(r))),
    repeatU: r.next(),
    repeatDelayMs: world.samplers.repeatDelayHours(r) * 3_600_000,
  };
}

function arrive(world: World, customer: CustomerDraw): void {
  const conversation: SimConversation = {
    id: `c${++world.counts.conversations}`,
    customer,
    intent: world.intents[customer.intentIndex]!.spec,
    snapshot: newConversation(),
    version: 0,
    contact: 1,
    queueInterval: 0,
    waitMs: 0,
    excludedAgentIds: [],
    offersThisEntry: 0,
    widened: false,
    offer: null,
    offerEvent: null,
    abandonEvent: null,
    aiOutcome: null,
    view: null,
  };
  world.metrics.add(world.kernel.now, 'contacts');
  route(world, conversation, customer.outcomeU, customer.triggerU, customer.turns);
}

function route(world: World, conversation: SimConversation, outcomeU: number, triggerU: number, turns: number): void {
  const { kernel, scenario, policy } = world;
  const now = kernel.now;
  const base = {
    intent: conversation.intent.name,
    trigger: triggerFor(world.triggerWeights, triggerU),
    turns,
    maxTurns: scenario.ai.maxTurns,
    vulnerable: conversation.customer.vulnerable,
    policy: world.escalationPolicy,
  };
  if (policy.mode === 'human_only') {
    // No AI: the escalation policy routes every topic as human-only, on the first message.
    const plan = planAiConversation({ ...base, latent: 'resolves', humanOnly: true, humanFirst: false });
    apply(world, conversation, { type: 'escalate', reason: plan.escalation!.reason });
    enterQueue(world, conversation);
    return;
  }
  if (conversation.snapshot.state === 'new') apply(world, conversation, { type: 'start' });
  world.metrics.add(now, 'aiConversations');
  world.metrics.add(now, 'aiCostMinor', world.aiCostMinor);
  const index = conversation.customer.intentIndex;
  const latent = latentOutcome(outcomeMixAt(conversation.intent, world.incidents, now), outcomeU);
  const plan = planAiConversation({ ...base, latent, humanOnly: conversation.intent.humanOnly, humanFirst: humanFirst(world, index) });
  let durationMs = 0;
  for (let k = 0; k < plan.turns; k++) durationMs += world.samplers.turnSeconds(world.rng.ai) * 1000;
  kernel.schedule(durationMs, PRIORITY.ai, () => finishAi(world, conversation, plan, index));
}

function finishAi(world: World, conversation: SimConversation, plan: AiPlan, intentIndex: number): void {
  const now = world.kernel.now;
  if (plan.escalation === null) return resolveByAi(world, conversation, plan.wrong, plan.negativeSentiment, intentIndex);
  if (world.policy.mode === 'ai_only') {
    // Nobody to hand off to: the AI closes the conversation anyway, often wrongly.
    world.metrics.add(now, 'refusedHandoffs');
    const wrong = world.rng.quality.bernoulli(world.scenario.ai.forcedResolutionWrongProbability);
    return resolveByAi(world, conversation, wrong, plan.negativeSentiment || wrong, intentIndex);
  }
  if (!plan.triage) {
    const outcome: MutableAiOutcome = { atMs: now, csat: null, aiResolved: false, durable: null, escalatedAfterResolution: false, negativeSentiment: plan.negativeSentiment };
    recordAiOutcome(world.intents[intentIndex]!, outcome);
  }
  if (conversation.aiOutcome !== null) markEscalatedAfterResolution(world.intents[intentIndex]!, conversation.aiOutcome);
  world.metrics.add(now, 'aiEscalated');
  apply(world, conversation, { type: 'escalate', reason: plan.escalation.reason });
  enterQueue(world, conversation);
}

function resolveByAi(world: World, conversation: SimConversation, wrong: boolean, negative: boolean, intentIndex: number): void {
  const now = world.kernel.now;
  const { csat } = world.scenario;
  apply(world, conversation, { type: 'resolve', by: 'ai' });
  world.metrics.add(now, 'aiResolved');
  if (wrong) world.metrics.add(now, 'aiResolvedWrongly');
  const p = wrong ? csat.aiWrong : csat.aiResolved;
  recordResolution(world, wrong, p);
  const rated = world.rng.quality.bernoulli(csat.responseRate);
  const satisfied = world.rng.quality.bernoulli(p);
  conversation.aiOutcome = recordAiOutcome(world.intents[intentIndex]!, {
    atMs: now,
    csat: rated ? (satisfied ? 5 : 2) : null,
    aiResolved: true,
    durable: null,
    escalatedAfterResolution: false,
    negativeSentiment: negative,
  });
  if (wrong) maybeRepeat(world, conversation);
}

function humanResolved(world: World, conversation: SimConversation, agent: SimAgent, wrong: boolean, handleMs: number): void {
  const { csat } = world.scenario;
  payForConversation(world, conversation, agent, handleMs);
  world.metrics.add(world.kernel.now, 'humanResolutions');
  const p = (wrong ? csat.humanWrong : csat.humanResolved) - (csat.waitPenaltyPerMinute * conversation.waitMs) / 60_000;
  recordResolution(world, wrong, Math.min(1, Math.max(0, p)));
  conversation.aiOutcome = null;
  if (wrong) maybeRepeat(world, conversation);
}

function recordResolution(world: World, wrong: boolean, satisfiedProbability: number): void {
  const now = world.kernel.now;
  world.metrics.add(now, 'resolutions');
  if (!wrong) world.metrics.add(now, 'durableResolutions');
  world.metrics.add(now, 'csatSum', satisfiedProbability);
  world.metrics.add(now, 'csatCount');
}

function maybeRepeat(world: World, conversation: SimConversation): void {
  const first = conversation.contact === 1;
  const r = world.rng.quality;
  const u = first ? conversation.customer.repeatU : r.next();
  const delayMs = first ? conversation.customer.repeatDelayMs : world.samplers.repeatDelayHours(r) * 3_600_000;
  if (u >= world.scenario.customers.repeat.probability) return;
  const at = world.kernel.now + delayMs;
  if (at < world.dayEndMs) world.kernel.scheduleAt(at, PRIORITY.arrival, () => repeatContact(world, conversation));
}

function repeatContact(world: World, conversation: SimConversation): void {
  const now = world.kernel.now;
  const { policy } = world;
  conversation.contact++;
  world.metrics.add(now, 'contacts');
  world.metrics.add(now, 'repeatContacts');
  const to = policy.mode === 'ai_only' ? 'ai' : policy.mode === 'human_only' ? 'human' : (policy.repeatContactsTo ?? 'human');
  if (to === 'human') {
    if (conversation.aiOutcome !== null) markEscalatedAfterResolution(world.intents[conversation.customer.intentIndex]!, conversation.aiOutcome);
    apply(world, conversation, { type: 'reopen', to: 'queued' });
    enterQueue(world, conversation);
    return;
  }
  apply(world, conversation, { type: 'reopen', to: 'ai' });
  const r = world.rng.ai;
  route(world, conversation, r.next(), r.next(), Math.max(1, Math.round(world.samplers.turns(r))));
}

function enterQueue(world: World, conversation: SimConversation): void {
  const { kernel, metrics } = world;
  const now = kernel.now;
  conversation.queueInterval = metrics.index(now);
  metrics.add(now, 'queued');
  conversation.widened = false;
  conversation.excludedAgentIds = [];
  conversation.offersThisEntry = 0;
  enqueue(world, conversation);
  const patienceMs = conversation.contact === 1 ? conversation.customer.patienceMs : world.samplers.patienceSeconds(world.rng.quality) * 1000;
  conversation.abandonEvent = kernel.schedule(patienceMs, PRIORITY.patience, () => abandon(world, conversation));
  if (conversation.snapshot.previousAgentId !== null && world.dispatchConfig.stickyHold) {
    kernel.schedule(world.dispatchConfig.widenAfterMs + 1, PRIORITY.dispatch, () => world.hooks.requestDispatch());
  }
  world.hooks.requestDispatch();
  world.hooks.ensureCallUpCheck();
}
