import { estimateQueue, planCallUp, type DispatchAgent } from '../../domain/dispatch/index.js';
import type { ScheduledEvent } from '../kernel.js';
import { refreshPresence } from './presence.js';
import { agentView, queuedView } from './store.js';
import type { SimAgent } from './types.js';
import { PRIORITY, type World } from './world.js';

/**
 * Call-ups: while anyone is queued, every callUpCheckSeconds the real queue estimate
 * (estimateQueue, on handling figures measured during the run) and planCallUp decide whether to
 * invite opted-in offline agents. An invited agent answers with the pool's response probability,
 * after the pool's response time, and stays online for the pool's stayMinutes (at least a minute). Their first conversation
 * handled while the call-up is valid earns the surge bonus (pay.ts callUpBonus, once per call-up).
 * Time they spend online without a chat is unpaid waiting: that is what the fairness figures show.
 */
export function installCallUps(world: World): void {
  if (!world.policy.callUps || world.policy.mode === 'ai_only') return;
  let pending: ScheduledEvent | null = null;
  const check = () => {
    pending = null;
    if (world.queue.size === 0) return;
    runCallUpCheck(world);
    world.hooks.ensureCallUpCheck();
  };
  world.hooks.ensureCallUpCheck = () => {
    if (pending !== null || world.queue.size === 0 || world.kernel.now >= world.dayEndMs) return;
    pending = world.kernel.schedule(world.callUpCheckMs, PRIORITY.callUp, check);
  };
}

function runCallUpCheck(world: World): void {
  const now = world.kernel.now;
  const queue = [...world.queue.values()].map(queuedView);
  const agents: DispatchAgent[] = [];
  const reserve: SimAgent[] = [];
  for (const agent of world.agents) {
    if (agent.presence === 'available') agents.push(agentView(agent));
    else if (agent.presence === 'offline' && agent.callUpOptIn) {
      agents.push(agentView(agent));
      reserve.push(agent);
    }
  }
  if (reserve.length === 0) return;
  const estimates = estimateQueue(queue, agents, now, world.stats.current(), world.dispatchConfig);
  const decision = planCallUp({ queue, agents, nowMs: now, estimates, lastCallUpAtMs: world.lastCallUpAtMs }, world.dispatchConfig);
  if (!decision.send) return;
  world.lastCallUpAtMs = now;
  world.metrics.add(now, 'callUpsSent');
  for (const id of decision.agentIds) invite(world, world.agentById.get(id)!, decision.expiresAtMs);
}

function invite(world: World, agent: SimAgent, expiresAtMs: number): void {
  world.metrics.add(world.kernel.now, 'agentsInvited');
  const rng = world.rng.callUps;
  const answers = rng.bernoulli(agent.pool.callUp.responseProbability);
  const samplers = world.poolSamplers.get(agent.pool)!;
  const delayMs = samplers.callUpResponseMinutes(rng) * 60_000;
  const stayMs = Math.max(60_000, samplers.callUpStayMinutes(rng) * 60_000);
  if (!answers) return;
  world.kernel.schedule(delayMs, PRIORITY.presence, () => {
    // Someone who came online by other means in the meantime is not "arriving for the call-up".
    if (agent.presence !== 'offline' || world.kernel.now >= expiresAtMs) return;
    world.metrics.add(world.kernel.now, 'callUpArrivals');
    agent.calledUpUntilMs = world.kernel.now + stayMs;
    agent.callUp = { expiresAtMs, bonusPaid: false };
    refreshPresence(world, agent);
    world.kernel.schedule(stayMs, PRIORITY.presence, () => refreshPresence(world, agent));
  });
}
