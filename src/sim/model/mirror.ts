import { transition, type ConversationCommand, type ConversationEvent } from '../../domain/conversation/index.js';
import type { DispatchAgent, QueuedConversation } from '../../domain/dispatch/index.js';
import type { Levels } from './metrics.js';
import type { SimAgent, SimConversation } from './types.js';
import type { World } from './world.js';

/**
 * The in-memory "store": every conversation move goes through the domain's `transition`, exactly as
 * the application layer's applyTransition does, with the version bump its conditional update
 * relies on. A rejected transition here is a simulator bug, so it throws. Agent changes go through
 * `updateAgent`, which keeps the metric integrals, presence and busy intervals and the set of agents
 * with free slots consistent with the agent's state.
 */
export function apply(world: World, conversation: SimConversation, command: ConversationCommand): ConversationEvent[] {
  const result = transition(conversation.snapshot, command, world.kernel.now);
  if (!result.ok) {
    throw new Error(`simulator bug: ${command.type} on ${conversation.id} (${conversation.snapshot.state}): ${result.code}: ${result.message}`);
  }
  conversation.snapshot = result.snapshot;
  conversation.version++;
  conversation.view = null;
  return result.events;
}

export function agentLevels(a: SimAgent): Levels {
  const present = a.presence !== 'offline';
  return {
    online: present ? 1 : 0,
    slots: present ? a.capacity : 0,
    busySlots: a.assigned,
    unpaidWaiting: present && !a.inPaidBlock && a.assigned === 0 ? 1 : 0,
    paidOnline: present && a.inPaidBlock ? 1 : 0,
  };
}

export function updateAgent(world: World, agent: SimAgent, change: (a: SimAgent) => void): void {
  const now = world.kernel.now;
  const before = agentLevels(agent);
  change(agent);
  if (agent.load < 0 || agent.assigned < 0 || agent.assigned > agent.load || agent.load > agent.capacity) {
    throw new Error(`simulator bug: ${agent.id} has load ${agent.load}, assigned ${agent.assigned}, capacity ${agent.capacity}`);
  }
  agent.view = null;
  const after = agentLevels(agent);
  world.metrics.shiftLevels(now, before, after);
  if (!before.online && after.online) agent.onlineSinceMs = now;
  if (before.online && !after.online) closeInterval(agent.online, agent.onlineSinceMs, now, () => (agent.onlineSinceMs = null));
  if (before.busySlots === 0 && after.busySlots > 0) agent.busySinceMs = now;
  if (before.busySlots > 0 && after.busySlots === 0) closeInterval(agent.busy, agent.busySinceMs, now, () => (agent.busySinceMs = null));
  if (agent.presence === 'available' && agent.load < agent.capacity) world.freeAgents.add(agent);
  else world.freeAgents.delete(agent);
}

/** Intervals are kept in whole milliseconds: the pay and fairness rules work in integer money and time. */
function closeInterval(list: { startMs: number; endMs: number }[], since: number | null, now: number, reset: () => void): void {
  const start = since === null ? null : Math.round(since);
  const end = Math.round(now);
  if (start !== null && end > start) list.push({ startMs: start, endMs: end });
  reset();
}

/** Close every open presence and busy interval at the end of the run. */
export function closeAgentIntervals(agent: SimAgent, now: number): void {
  if (agent.onlineSinceMs !== null) closeInterval(agent.online, agent.onlineSinceMs, now, () => (agent.onlineSinceMs = null));
  if (agent.busySinceMs !== null) closeInterval(agent.busy, agent.busySinceMs, now, () => (agent.busySinceMs = null));
}

export function agentView(agent: SimAgent): DispatchAgent {
  agent.view ??= {
    id: agent.id,
    languages: agent.languages,
    certifications: agent.certifications,
    tier: agent.tier,
    capacity: agent.capacity,
    load: agent.load,
    qualityScore: agent.qualityScore,
    callUpOptIn: agent.callUpOptIn,
    presence: agent.presence,
    inPaidBlock: agent.inPaidBlock,
    lastOfferAtMs: agent.lastOfferAtMs,
  };
  return agent.view;
}

/** Lower is more urgent (types.ts in dispatch): vulnerable 0, returning customer 1, everyone else 2. */
export function priorityClass(conversation: SimConversation): number {
  if (conversation.customer.vulnerable) return 0;
  return conversation.contact > 1 ? 1 : 2;
}

export function queuedView(conversation: SimConversation): QueuedConversation {
  conversation.view ??= {
    id: conversation.id,
    language: conversation.customer.language,
    intent: conversation.intent.name,
    requiredCertification: conversation.intent.certification,
    sensitive: conversation.intent.sensitive || conversation.customer.vulnerable,
    priorityClass: priorityClass(conversation),
    enqueuedAtMs: conversation.snapshot.queuedAt ?? 0,
    excludedAgentIds: conversation.excludedAgentIds,
    previousAgentId: conversation.snapshot.previousAgentId,
    widened: conversation.widened,
  };
  return conversation.view;
}

export function enqueue(world: World, conversation: SimConversation): void {
  if (conversation.snapshot.state !== 'queued') throw new Error(`simulator bug: enqueue ${conversation.id} in ${conversation.snapshot.state}`);
  world.queue.set(conversation.id, conversation);
  world.metrics.shiftQueue(world.kernel.now, +1);
}

export function dequeue(world: World, conversation: SimConversation): void {
  if (world.queue.delete(conversation.id)) world.metrics.shiftQueue(world.kernel.now, -1);
}
