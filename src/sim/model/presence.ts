import { setPresence } from '../../app/dispatch/set-presence.js';
import type { Presence } from '../../domain/dispatch/index.js';
import { act } from './act.js';
import { agentPrincipal } from './agent-behaviour.js';
import { mergeWindows, type PresenceWindow } from './agents.js';
import { updateAgent } from './mirror.js';
import type { SimAgent } from './types.js';
import { PRIORITY, type World } from './world.js';

/**
 * Agent presence over the run, set through the application's setPresence: online during their
 * planned windows (blocks and ad-hoc) and during a call-up stay; paid standby while inside a booked
 * block. An agent whose window ends while they still hold chats goes 'away' (the application
 * withdraws any open offer at once) and offline when the last chat ends.
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
      world.kernel.scheduleAt(block.startMs, PRIORITY.presence, () => setPaid(world, agent, true));
      world.kernel.scheduleAt(block.endMs, PRIORITY.presence, () => setPaid(world, agent, false));
    }
  }
  world.hooks.agentFreed = (agent) => refreshPresence(world, agent);
}

function setPaid(world: World, agent: SimAgent, paid: boolean): void {
  if (paid) world.paidAgents.add(agent.id);
  else world.paidAgents.delete(agent.id);
  updateAgent(world, agent, (a) => (a.inPaidBlock = paid));
}

function setScheduled(world: World, agent: SimAgent, online: boolean): Promise<void> {
  agent.scheduledOnline = online;
  return refreshPresence(world, agent);
}

/** Move the agent to the presence their plan, call-up and open chats call for. */
export async function refreshPresence(world: World, agent: SimAgent): Promise<void> {
  const wanted = agent.scheduledOnline || world.kernel.now < agent.calledUpUntilMs;
  const next: Presence = wanted ? 'available' : agent.assigned > 0 ? 'away' : 'offline';
  if (next === agent.presence) return;
  await act(world, () => setPresence(world.app.deps, { principal: agentPrincipal(agent), presence: next }));
  updateAgent(world, agent, (a) => (a.presence = next));
}

/**
 * A call-up reached an offline agent who opted in: they answer with their pool's probability, after
 * its response time, and stay online for its stay time (at least a minute). Time online without a chat
 * is unpaid waiting: the fairness figures show it.
 */
export function answerCallUp(world: World, agentId: string, expiresAtMs: number): void {
  const agent = world.agentById.get(agentId)!;
  world.metrics.add(world.kernel.now, 'agentsInvited');
  const rng = world.rng.callUps;
  const answers = rng.bernoulli(agent.pool.callUp.responseProbability);
  const samplers = world.poolSamplers.get(agent.pool)!;
  const delayMs = samplers.callUpResponseMinutes(rng) * 60_000;
  const stayMs = Math.max(60_000, samplers.callUpStayMinutes(rng) * 60_000);
  if (!answers) return;
  world.kernel.schedule(delayMs, PRIORITY.presence, async () => {
    // Someone who came online by other means in the meantime is not "arriving for the call-up".
    if (agent.presence !== 'offline' || world.kernel.now >= expiresAtMs) return;
    world.metrics.add(world.kernel.now, 'callUpArrivals');
    agent.calledUpUntilMs = world.kernel.now + stayMs;
    world.kernel.schedule(stayMs, PRIORITY.presence, () => refreshPresence(world, agent));
    await refreshPresence(world, agent);
  });
}
