import type { Levels } from './metrics.js';
import type { SimAgent, SimConversation } from './types.js';
import type { World } from './world.js';

/**
 * The simulator's mirror of what the application did to agents and the queue, for the metrics:
 * every change goes through `updateAgent`, which keeps the metric integrals (online, busy slots,
 * unpaid waiting, paid time) and each agent's online and busy intervals consistent with their
 * state. The application's store is the truth; `checkMirror` (run by the tests) compares the two.
 */
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
  const after = agentLevels(agent);
  world.metrics.shiftLevels(now, before, after);
  if (!before.online && after.online) agent.onlineSinceMs = now;
  if (before.online && !after.online) closeInterval(agent.online, agent.onlineSinceMs, now, () => (agent.onlineSinceMs = null));
  if (before.busySlots === 0 && after.busySlots > 0) agent.busySinceMs = now;
  if (before.busySlots > 0 && after.busySlots === 0) closeInterval(agent.busy, agent.busySinceMs, now, () => (agent.busySinceMs = null));
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

export function enqueue(world: World, conversation: SimConversation): void {
  if (world.queue.has(conversation.id)) return;
  world.queue.set(conversation.id, conversation);
  world.metrics.shiftQueue(world.kernel.now, +1);
}

export function dequeue(world: World, conversation: SimConversation): void {
  if (world.queue.delete(conversation.id)) world.metrics.shiftQueue(world.kernel.now, -1);
}

/** Differences between the mirror and the application's store (empty when they agree). */
export async function checkMirror(world: World): Promise<string[]> {
  const problems: string[] = [];
  for (const agent of world.agents) {
    const stored = await world.app.store.dispatch.agentWithLoad(agent.id);
    if (!stored) problems.push(`${agent.id}: not in the store`);
    else if (stored.presence !== agent.presence || stored.load !== agent.load || stored.assigned !== agent.assigned) {
      problems.push(`${agent.id}: store ${stored.presence}/${stored.load}/${stored.assigned}, mirror ${agent.presence}/${agent.load}/${agent.assigned}`);
    }
  }
  const queued = new Set((await world.app.store.dispatch.queued(Number.MAX_SAFE_INTEGER)).map((c) => c.id));
  for (const id of world.queue.keys()) if (!queued.has(id)) problems.push(`${id}: queued in the mirror only`);
  for (const id of queued) if (!world.queue.has(id)) problems.push(`${id}: queued in the store only`);
  return problems;
}
