import {
  acceptOffer,
  createOffer,
  declineOffer,
  offerExcludesAgent,
  timeOutOffer,
  withdrawOffer,
  type OfferTransition,
} from '../../domain/dispatch/index.js';
import { apply, dequeue, enqueue, updateAgent } from './store.js';
import type { SimAgent, SimConversation } from './types.js';
import { PRIORITY, type World } from './world.js';

/**
 * Offers and the agent's side of a chat, through the domain's offer lifecycle (createOffer,
 * acceptOffer, declineOffer, timeOutOffer, withdrawOffer) and the conversation state machine.
 * The agent's answer is drawn when the offer is made: a response time, and accept or decline.
 * A response at or after the offer's expiry is a timeout. Declines and timeouts exclude the agent
 * from that conversation (offerExcludesAgent); a withdrawal (the customer left) does not.
 */
export function makeOffer(world: World, conversation: SimConversation, agent: SimAgent): void {
  const { kernel } = world;
  const now = kernel.now;
  const offer = createOffer({ id: `o${++world.counts.offers}`, conversationId: conversation.id, agentId: agent.id, nowMs: now }, world.dispatchConfig);
  apply(world, conversation, { type: 'offer', agentId: agent.id });
  dequeue(world, conversation);
  conversation.offer = offer;
  updateAgent(world, agent, (a) => {
    a.load++;
    a.lastOfferAtMs = now;
    a.offers++;
  });
  world.metrics.add(now, 'offers');
  if (conversation.offersThisEntry++ === 0 && now - (conversation.snapshot.queuedAt ?? now) <= world.tickMs) {
    world.metrics.intervals[conversation.queueInterval]!.offeredAtOnce++;
  }
  const samplers = world.poolSamplers.get(agent.pool)!;
  const responseMs = samplers.responseSeconds(world.rng.agents) * 1000;
  const accepts = world.rng.agents.bernoulli(agent.pool.acceptProbability);
  conversation.offerEvent =
    now + responseMs >= offer.expiresAtMs
      ? kernel.scheduleAt(offer.expiresAtMs, PRIORITY.timeout, () => endOffer(world, conversation, agent, 'timed_out'))
      : kernel.schedule(responseMs, PRIORITY.agent, () => (accepts ? accept(world, conversation, agent) : endOffer(world, conversation, agent, 'declined')));
}

function accept(world: World, conversation: SimConversation, agent: SimAgent): void {
  const now = world.kernel.now;
  const offer = settle(conversation, acceptOffer(conversation.offer!, now));
  world.stats.offerAnswered(now - offer.offeredAtMs, true);
  apply(world, conversation, { type: 'accept', agentId: agent.id });
  world.metrics.add(now, 'accepted');
  const waitMs = now - (conversation.snapshot.queuedAt ?? now);
  conversation.waitMs = waitMs;
  world.metrics.recordAnsweredWait(conversation.queueInterval, waitMs, world.serviceLevelMs);
  if (conversation.abandonEvent !== null) world.kernel.cancel(conversation.abandonEvent);
  conversation.abandonEvent = null;
  // The offer's slot becomes the chat: load is unchanged, assigned goes up.
  updateAgent(world, agent, (a) => a.assigned++);
  const single = world.poolSamplers.get(agent.pool)!.handleMinutes(world.rng.agents) * 60_000;
  const handleMs = Math.max(1, Math.round(single * (1 + agent.pool.concurrencySlowdown * (agent.assigned - 1))));
  world.kernel.schedule(handleMs, PRIORITY.agent, () => complete(world, conversation, agent, handleMs));
}

function endOffer(world: World, conversation: SimConversation, agent: SimAgent, how: 'declined' | 'timed_out'): void {
  const now = world.kernel.now;
  const offer = settle(conversation, how === 'declined' ? declineOffer(conversation.offer!, now) : timeOutOffer(conversation.offer!, now));
  world.stats.offerAnswered(now - offer.offeredAtMs, false);
  apply(world, conversation, { type: 'end_offer', agentId: agent.id, reason: how });
  if (offerExcludesAgent(offer)) conversation.excludedAgentIds.push(agent.id);
  world.metrics.add(now, how === 'declined' ? 'declined' : 'timedOut');
  updateAgent(world, agent, (a) => {
    a.load--;
    a.declines++;
  });
  enqueue(world, conversation);
  world.hooks.agentFreed(agent);
  world.hooks.requestDispatch();
}

/** The customer's patience ran out while queued or offered. */
export function abandon(world: World, conversation: SimConversation): void {
  const now = world.kernel.now;
  conversation.abandonEvent = null;
  const { state } = conversation.snapshot;
  if (state === 'offered') {
    const agent = world.agentById.get(conversation.offer!.agentId)!;
    if (conversation.offerEvent !== null) world.kernel.cancel(conversation.offerEvent);
    settle(conversation, withdrawOffer(conversation.offer!, now));
    world.metrics.add(now, 'withdrawn');
    updateAgent(world, agent, (a) => a.load--);
    world.hooks.agentFreed(agent);
    world.hooks.requestDispatch();
  } else if (state === 'queued') {
    dequeue(world, conversation);
  } else {
    throw new Error(`simulator bug: patience expired for ${conversation.id} in ${state}`);
  }
  apply(world, conversation, { type: 'abandon' });
  world.metrics.recordAbandon(conversation.queueInterval, now - (conversation.snapshot.queuedAt ?? now));
}

function complete(world: World, conversation: SimConversation, agent: SimAgent, handleMs: number): void {
  const wrong = world.rng.quality.bernoulli(agent.pool.wrongResolutionProbability);
  apply(world, conversation, { type: 'resolve', by: { agentId: agent.id } });
  updateAgent(world, agent, (a) => {
    a.assigned--;
    a.load--;
  });
  world.stats.chatHandled(handleMs);
  world.hooks.humanResolved(conversation, agent, wrong, handleMs);
  world.hooks.agentFreed(agent);
  world.hooks.requestDispatch();
}

/** Apply an offer transition; a refusal is a simulator bug (timers and answers are scheduled exactly). */
function settle(conversation: SimConversation, result: OfferTransition) {
  if (!result.ok) throw new Error(`simulator bug: offer on ${conversation.id}: ${result.code}: ${result.message}`);
  conversation.offer = null;
  conversation.offerEvent = null;
  return result.offer;
}
