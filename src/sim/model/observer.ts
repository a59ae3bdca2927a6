import type { Conversation } from '../../domain/conversation/types.js';
import type { OfferStatus, OfferView, RealtimeEvent } from '../../app/ports.js';
import { answerOffer } from './agent-behaviour.js';
import { answerCallUp } from './presence.js';
import { dequeue, enqueue, updateAgent } from './mirror.js';
import { PRIORITY, type World } from './world.js';

/**
 * The simulator watches the application through the events it publishes, as the web apps do: offer
 * cards reach the agent (who answers them), closed offers and conversation changes update the
 * mirror and the metrics, call-ups reach offline agents, and dispatch kicks wake the dispatcher.
 */
export function installObserver(world: World): void {
  const offers = new Map<string, { createdAt: number; conversationId: string }>();
  world.observe = (_topic, event: RealtimeEvent) => {
    switch (event.type) {
      case 'dispatch.kick':
        return world.hooks.requestDispatch();
      case 'offer.created':
        offers.set(event.offer.offerId, { createdAt: world.kernel.now, conversationId: event.offer.conversationId });
        return offerMade(world, event.agentId, event.offer);
      case 'offer.closed': {
        const offer = offers.get(event.offerId);
        offers.delete(event.offerId);
        return offerClosed(world, event.agentId, event.status, offer?.createdAt ?? world.kernel.now);
      }
      case 'conversation.updated':
        return conversationChanged(world, event.conversation);
      case 'call_up':
        return answerCallUp(world, event.agentId, event.expiresAt);
      default:
        return; // messages, queue positions: what the widget shows, not what the metrics need
    }
  };
}

/** Now as the application's clock reads it (whole milliseconds), for comparing with the times it records. */
const appNow = (world: World) => world.app.deps.clock.now();

function offerMade(world: World, agentId: string, offer: OfferView): void {
  const now = world.kernel.now;
  const agent = world.agentById.get(agentId)!;
  const conversation = world.conversations.get(offer.conversationId)!;
  updateAgent(world, agent, (a) => {
    a.load++;
    a.offers++;
  });
  world.metrics.add(now, 'offers');
  if (conversation.offersThisEntry++ === 0 && appNow(world) - (conversation.queuedAt ?? appNow(world)) <= world.tickMs) {
    world.metrics.intervals[conversation.queueInterval]!.offeredAtOnce++;
  }
  answerOffer(world, agent, conversation, offer);
}

function offerClosed(world: World, agentId: string, status: OfferStatus, createdAt: number): void {
  const now = world.kernel.now;
  const agent = world.agentById.get(agentId)!;
  if (status === 'accepted') {
    // The offer's slot becomes the chat: load is unchanged, assigned goes up.
    updateAgent(world, agent, (a) => a.assigned++);
    world.metrics.add(now, 'accepted');
    return;
  }
  updateAgent(world, agent, (a) => {
    a.load--;
    if (status !== 'withdrawn') a.declines++;
  });
  world.metrics.add(now, status === 'declined' ? 'declined' : status === 'timed_out' ? 'timedOut' : 'withdrawn');
  if (status === 'timed_out') world.stats.offerAnswered(now - createdAt, false);
  // The slot is free: the agent may be due to go offline. Not from inside the application's call.
  world.kernel.schedule(0, PRIORITY.agent, () => world.hooks.agentFreed(agent));
}

function conversationChanged(world: World, c: Conversation): void {
  const conversation = world.conversations.get(c.id);
  if (conversation === undefined) return; // still being created: the caller records its first state
  const now = world.kernel.now;
  const before = conversation.state;
  conversation.state = c.state;
  conversation.queuedAt = c.queuedAt;
  if (before === c.state) return;
  if (before === 'queued') dequeue(world, conversation);
  if (c.state === 'queued') {
    enqueue(world, conversation);
    // Back from an offer the customer keeps their place and their patience; from anywhere else it is a new wait.
    if (before !== 'offered') world.hooks.enteredQueue(conversation);
  } else if (c.state === 'assigned') {
    const waitMs = appNow(world) - (c.queuedAt ?? appNow(world));
    conversation.waitMs = waitMs;
    conversation.acceptedAt = now;
    world.metrics.recordAnsweredWait(conversation.queueInterval, waitMs, world.serviceLevelMs);
    if (conversation.abandonEvent !== null) world.kernel.cancel(conversation.abandonEvent);
    conversation.abandonEvent = null;
  } else if (c.state === 'resolved' && before === 'assigned') {
    const agent = world.agentById.get(c.previousAgentId!)!;
    updateAgent(world, agent, (a) => {
      a.assigned--;
      a.load--;
    });
  } else if (c.state === 'abandoned') {
    world.metrics.recordAbandon(conversation.queueInterval, appNow(world) - (c.queuedAt ?? appNow(world)));
  }
}
