import { acceptOffer } from '../../app/dispatch/accept-offer.js';
import { declineOffer } from '../../app/dispatch/decline-offer.js';
import { AppError } from '../../app/errors.js';
import type { OfferView } from '../../app/ports.js';
import { resolveConversation } from '../../app/resolve-conversation.js';
import type { Principal } from '../../domain/auth/access.js';
import { act } from './act.js';
import type { SimAgent, SimConversation } from './types.js';
import { PRIORITY, type World } from './world.js';

export const agentPrincipal = (agent: SimAgent): Principal => ({ kind: 'agent', agentId: agent.id, role: 'agent' });

/**
 * What an agent does with an offer card, drawn when it arrives: a response time from their pool and
 * accept or decline. A response at or after the offer's expiry is no response: the application's
 * expiry timer times the offer out. An answer that arrives after the application has closed the offer
 * (the customer left, the agent went away) gets the application's refusal and is counted as late.
 */
export function answerOffer(world: World, agent: SimAgent, conversation: SimConversation, offer: OfferView): void {
  const now = world.kernel.now;
  const responseMs = Math.round(world.poolSamplers.get(agent.pool)!.responseSeconds(world.rng.agents) * 1000);
  const accepts = world.rng.agents.bernoulli(agent.pool.acceptProbability);
  if (now + responseMs >= offer.expiresAt) return;
  world.kernel.schedule(responseMs, PRIORITY.agent, async () => {
    const principal = agentPrincipal(agent);
    try {
      if (accepts) await act(world, () => acceptOffer(world.app.deps, { principal, offerId: offer.offerId }));
      else await act(world, () => declineOffer(world.app.deps, { principal, offerId: offer.offerId }));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      world.counts.lateAnswers++;
      return;
    }
    world.stats.offerAnswered(responseMs, accepts);
    if (accepts) startChat(world, agent, conversation);
  });
}

/** The chat takes the pool's handle time, longer when the agent is holding several at once. */
function startChat(world: World, agent: SimAgent, conversation: SimConversation): void {
  const single = world.poolSamplers.get(agent.pool)!.handleMinutes(world.rng.agents) * 60_000;
  const handleMs = Math.max(1, Math.round(single * (1 + agent.pool.concurrencySlowdown * (agent.assigned - 1))));
  world.kernel.schedule(handleMs, PRIORITY.agent, () => finishChat(world, agent, conversation, handleMs));
}

async function finishChat(world: World, agent: SimAgent, conversation: SimConversation, handleMs: number): Promise<void> {
  const wrong = world.rng.quality.bernoulli(agent.pool.wrongResolutionProbability);
  // Whether it was solved for good is the simulator's ground truth; the agent (and so the application) cannot know it.
  await act(world, () => resolveConversation(world.app.deps, { principal: agentPrincipal(agent), conversationId: conversation.id }));
  world.stats.chatHandled(handleMs);
  world.hooks.humanResolved(conversation, agent, wrong);
  await world.hooks.agentFreed(agent);
}
