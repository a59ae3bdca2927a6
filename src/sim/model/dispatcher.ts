import { shouldWiden, type DispatchAgent, type QueuedConversation } from '../../domain/dispatch/index.js';
import type { ScheduledEvent } from '../kernel.js';
import { makeOffer } from './offers.js';
import { agentView, queuedView } from './store.js';
import type { SimAgent, SimConversation } from './types.js';
import { PRIORITY, type World } from './world.js';

/**
 * The dispatcher: the real greedy or batch policy proposes offers on a snapshot; the in-memory
 * store claims them with the invariants the database enforces (the conversation is still queued,
 * the agent is available with a free slot and not excluded), dropping a proposal whose claim fails.
 *
 * When it runs: a change that could enable a match (a conversation queued, a slot freed, an agent
 * online) requests a dispatch. Requests are coalesced into one run — at the same virtual time
 * after every other same-time event (tickMs 0, greedy's default), or at the next multiple of
 * tickMs (a batch window). A conversation held for its previous agent also gets a request just
 * after its widening limit, when the hold lapses.
 *
 * The snapshot holds the queued conversations and the agents who matter to them: available agents
 * with a free slot, plus any available previous agent of a queued conversation (full or not: the
 * sticky hold needs to see them). Agents with no free slot and no hold take part in no decision.
 */
export function installDispatcher(world: World): void {
  let pending: ScheduledEvent | null = null;
  world.hooks.requestDispatch = () => {
    if (pending !== null || world.queue.size === 0) return;
    const now = world.kernel.now;
    const at = world.tickMs === 0 ? now : Math.ceil(now / world.tickMs) * world.tickMs;
    pending = world.kernel.scheduleAt(at, PRIORITY.dispatch, () => {
      pending = null;
      dispatchOnce(world);
    });
  };
}

export function dispatchOnce(world: World): void {
  if (world.queue.size === 0 || world.freeAgents.size === 0) return;
  const now = world.kernel.now;
  const queue: QueuedConversation[] = [];
  const agents: DispatchAgent[] = [];
  const included = new Set<SimAgent>();
  for (const conversation of world.queue.values()) {
    if (!conversation.widened && shouldWiden(queuedView(conversation), now, world.dispatchConfig)) {
      conversation.widened = true;
      conversation.view = null;
    }
    queue.push(queuedView(conversation));
    const previous = conversation.snapshot.previousAgentId;
    const agent = previous === null ? undefined : world.agentById.get(previous);
    if (agent !== undefined && agent.presence === 'available' && !included.has(agent)) {
      included.add(agent);
      agents.push(agentView(agent));
    }
  }
  for (const agent of world.freeAgents) {
    if (!included.has(agent)) agents.push(agentView(agent));
  }
  const proposals = world.dispatchPolicy.propose({ queue, agents, nowMs: now }, world.dispatchConfig);
  for (const p of proposals) {
    const conversation = world.queue.get(p.conversationId);
    const agent = world.agentById.get(p.agentId);
    if (conversation === undefined || agent === undefined || !claimable(conversation, agent)) {
      world.counts.proposalsDropped++;
      continue;
    }
    makeOffer(world, conversation, agent);
  }
}

/** The conditional update the store would make: one owner, capacity, no re-offer after a decline. */
function claimable(conversation: SimConversation, agent: SimAgent): boolean {
  return (
    conversation.snapshot.state === 'queued' &&
    agent.presence === 'available' &&
    agent.load < agent.capacity &&
    !conversation.excludedAgentIds.includes(agent.id)
  );
}
