import { leaveQueue } from '../../app/dispatch/leave-queue.js';
import { escalateConversation } from '../../app/escalate-conversation.js';
import { resolveConversation } from '../../app/resolve-conversation.js';
import { sendMessage } from '../../app/send-message.js';
import { startConversation } from '../../app/start-conversation.js';
import type { EscalationReason } from '../../domain/conversation/index.js';
import type { Rng } from '../random.js';
import { act } from './act.js';
import { latentOutcome, outcomeMixAt, planAiConversation, triggerFor, type AiPlan } from './ai.js';
import { ArrivalProcess } from './arrivals.js';
import { humanFirst, markEscalatedAfterResolution, recordAiOutcome } from './guardrail.js';
import type { CustomerDraw, MutableAiOutcome, SimConversation } from './types.js';
import { PRIORITY, type World } from './world.js';

/**
 * The customer's side: arrivals, the AI's handling, hand-off to the human queue, resolutions and
 * repeat contacts. Every customer attribute is drawn at arrival from the customers stream, so two
 * policies on one seed see the same people with the same needs.
 *
 * Repeat contacts: a wrong resolution (AI or human) brings the customer back with
 * customers.repeat.probability after customers.repeat.delayHours — if that is still inside the day;
 * later ones are not simulated, but the resolution already counted as not durable. The customer
 * writes to the same conversation again (sendMessage reopens it to the assistant), and the policy
 * either lets the AI try again or has the customer ask for a person at once.
 */
export function installArrivals(world: World): void {
  const process = new ArrivalProcess(world.scenario.arrivals, world.dayEndMs);
  const scheduleNext = (after: number) => {
    const t = process.next(after, world.rng.arrivals);
    if (t === null || t >= world.dayEndMs) return;
    world.kernel.scheduleAt(t, PRIORITY.arrival, () => {
      const customer = drawCustomer(world, world.rng.customers);
      scheduleNext(t);
      return arrive(world, customer);
    });
  };
  scheduleNext(0);
  world.hooks.humanResolved = (conversation, _agent, wrong) => humanResolved(world, conversation, wrong);
  world.hooks.enteredQueue = (conversation) => enteredQueue(world, conversation);
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

async function arrive(world: World, customer: CustomerDraw): Promise<void> {
  const n = ++world.counts.conversations;
  const intent = world.intents[customer.intentIndex]!.spec;
  const customerId = `cus_${n.toString(36)}`;
  // The customer record comes from the company's own systems (in production: the signed widget identity).
  await world.app.store.customers.upsert({ id: customerId, name: `Customer ${n}`, email: null, language: customer.language, vulnerable: customer.vulnerable });
  const started = await act(world, () =>
    startConversation(world.app.deps, { customerId, language: customer.language, firstMessage: { clientMessageId: 'first', text: `(${intent.name})` } }),
  );
  const conversation: SimConversation = {
    id: started.conversation.id,
    customerId,
    customer,
    intent,
    state: started.conversation.state,
    queuedAt: null,
    contact: 1,
    queueInterval: 0,
    waitMs: 0,
    acceptedAt: null,
    offersThisEntry: 0,
    abandonEvent: null,
    aiOutcome: null,
  };
  world.conversations.set(conversation.id, conversation);
  world.metrics.add(world.kernel.now, 'contacts');
  await route(world, conversation, customer.outcomeU, customer.triggerU, customer.turns);
}

/** What the queue needs to know, as the assistant's intent policy tells escalateConversation. */
function routing(conversation: SimConversation) {
  const { intent, customer } = conversation;
  return {
    intent: intent.name,
    requiredCertification: intent.certification,
    sensitive: intent.sensitive || customer.vulnerable,
    // Lower is more urgent: vulnerable 0, a returning customer 1, everyone else 2.
    priority: customer.vulnerable ? 0 : conversation.contact > 1 ? 1 : 2,
  };
}

async function escalate(world: World, conversation: SimConversation, reason: EscalationReason): Promise<void> {
  await act(world, () => escalateConversation(world.app.deps, { principal: 'ai', conversationId: conversation.id, reason, routing: routing(conversation) }));
}

async function route(world: World, conversation: SimConversation, outcomeU: number, triggerU: number, turns: number): Promise<void> {
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
    return escalate(world, conversation, plan.escalation!.reason);
  }
  world.metrics.add(now, 'aiConversations');
  world.metrics.add(now, 'aiCostMinor', world.aiCostMinor);
  const index = conversation.customer.intentIndex;
  const latent = latentOutcome(outcomeMixAt(conversation.intent, world.incidents, now), outcomeU);
  const plan = planAiConversation({ ...base, latent, humanOnly: conversation.intent.humanOnly, humanFirst: humanFirst(world, index) });
  let durationMs = 0;
  for (let k = 0; k < plan.turns; k++) durationMs += world.samplers.turnSeconds(world.rng.ai) * 1000;
  kernel.schedule(durationMs, PRIORITY.ai, () => finishAi(world, conversation, plan, index));
}

async function finishAi(world: World, conversation: SimConversation, plan: AiPlan, intentIndex: number): Promise<void> {
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
    recordAiOutcome(world, world.intents[intentIndex]!, outcome);
  }
  if (conversation.aiOutcome !== null) markEscalatedAfterResolution(conversation.aiOutcome);
  world.metrics.add(now, 'aiEscalated');
  await escalate(world, conversation, plan.escalation.reason);
}

async function resolveByAi(world: World, conversation: SimConversation, wrong: boolean, negative: boolean, intentIndex: number): Promise<void> {
  const now = world.kernel.now;
  const { csat } = world.scenario;
  await act(world, () => resolveConversation(world.app.deps, { principal: 'ai', conversationId: conversation.id }));
  world.metrics.add(now, 'aiResolved');
  if (wrong) world.metrics.add(now, 'aiResolvedWrongly');
  const p = wrong ? csat.aiWrong : csat.aiResolved;
  recordResolution(world, wrong, p);
  const rated = world.rng.quality.bernoulli(csat.responseRate);
  const satisfied = world.rng.quality.bernoulli(p);
  conversation.aiOutcome = recordAiOutcome(world, world.intents[intentIndex]!, {
    atMs: now,
    csat: rated ? (satisfied ? 5 : 2) : null,
    aiResolved: true,
    durable: null,
    escalatedAfterResolution: false,
    negativeSentiment: negative,
  });
  if (wrong) maybeRepeat(world, conversation);
}

function humanResolved(world: World, conversation: SimConversation, wrong: boolean): void {
  const { csat } = world.scenario;
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

/** The customer writes to the resolved conversation again, which reopens it to the assistant (sendMessage). */
async function repeatContact(world: World, conversation: SimConversation): Promise<void> {
  const now = world.kernel.now;
  const { policy } = world;
  conversation.contact++;
  world.metrics.add(now, 'contacts');
  world.metrics.add(now, 'repeatContacts');
  const principal = { kind: 'customer' as const, customerId: conversation.customerId };
  await act(world, () => sendMessage(world.app.deps, { principal, conversationId: conversation.id, clientMessageId: `again-${conversation.contact}`, text: 'It is still not sorted.' }));
  const to = policy.mode === 'ai_only' ? 'ai' : policy.mode === 'human_only' ? 'human' : (policy.repeatContactsTo ?? 'human');
  if (to === 'human') {
    // The returning customer asks for a person straight away.
    if (conversation.aiOutcome !== null) markEscalatedAfterResolution(conversation.aiOutcome);
    return escalate(world, conversation, 'customer_asked');
  }
  const r = world.rng.ai;
  await route(world, conversation, r.next(), r.next(), Math.max(1, Math.round(world.samplers.turns(r))));
}

/** A new wait in the human queue: counted in this interval, and the customer's patience starts. */
function enteredQueue(world: World, conversation: SimConversation): void {
  const { kernel, metrics } = world;
  const now = kernel.now;
  conversation.queueInterval = metrics.index(now);
  conversation.offersThisEntry = 0;
  metrics.add(now, 'queued');
  const patienceMs = conversation.contact === 1 ? conversation.customer.patienceMs : world.samplers.patienceSeconds(world.rng.quality) * 1000;
  conversation.abandonEvent = kernel.schedule(patienceMs, PRIORITY.patience, () => leave(world, conversation));
}

/** The customer's patience ran out while queued or offered: they leave (leaveQueue withdraws an open offer). */
async function leave(world: World, conversation: SimConversation): Promise<void> {
  conversation.abandonEvent = null;
  await act(world, () => leaveQueue(world.app.deps, { principal: { kind: 'customer', customerId: conversation.customerId }, conversationId: conversation.id }));
}
