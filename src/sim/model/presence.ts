import { mergeWindows, type PresenceWindow } from './agents.js';
import { updateAgent } from './store.js';
import type { SimAgent } from './types.js';
import { PRIORITY, type World } from './world.js';

/**
 * Agent presence over the run: online during their planned windows (blocks and ad-hoc) and during
 * a call-up stay; paid standby while inside a booked block. An agent whose window ends with chats
 * (or an open offer) still open goes 'away' — no new offers — and offline when the last one ends.
 */
export function installPresence(world: World): void {
  const byAgent = new Map<number, PresenceWindow[]>();
  for (const w of world.windows) byAgent.set(w.agentIndex, [...(byAgent.get(w.agentIndex) ?? []), w]);
  for (const [index, windows] of byAgent) {
    const agent = world.agents[index]!;
    for (const stretch of mergeWindows(windows)) {
      world.kernel.scheduleAt(stretch.startMs, PRIORITY.presence, () => setScheduled(world, agent, true));
      world.kernel.scheduleAt(stretch.endMs, PRIORITY.presence, () => setScheduled(world, agent, false));
    }
  }
  for (const agent of world.agents) {
    for (const block of mergeWindows(agent.bookings.map((b) => ({ agentIndex: agent.index, startMs: b.startMs, endMs: b.endMs })))) {
      world.kernel.scheduleAt(block.startMs, PRIORITY.presence, () => updateAgent(world, agent, (a) => (a.inPaidBlock = true)));
      world.kernel.scheduleAt(block.endMs, PRIORITY.presence, () => updateAgent(world, agent, (a) => (a.inPaidBlock = false)));
    }
  }
  world.hooks.agentFreed = (agent) => refreshPresence(world, agent);
}

function setScheduled(world: World, agent: SimAgent, online: boolean): void {
  agent.scheduledOnline = online;
  refreshPresence(world, agent);
}

/** Move the agent to the presence their plan, call-up and open work call for. */
export function refreshPresence(world: World, agent: SimAgent): void {
  const wanted = agent.scheduledOnline || world.kernel.now < agent.calledUpUntilMs;
  if (wanted && agent.presence !== 'available') {
    updateAgent(world, agent, (a) => (a.presence = 'available'));
    world.hooks.requestDispatch();
  } else if (!wanted && agent.presence !== 'offline') {
    const next = agent.load > 0 ? 'away' : 'offline';
    if (next !== agent.presence) updateAgent(world, agent, (a) => (a.presence = next));
  }
}
