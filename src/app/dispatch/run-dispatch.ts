import { callUpCoolingDown, dispatchPolicy, estimateQueue, isLate, planCallUp, shouldWiden, type DispatchAgent, type QueueEstimate, type QueuedConversation } from '../../domain/dispatch/index.js';
import { agentTopic, type AgentWithLoad } from '../ports.js';
import { createOffer } from './create-offer.js';
import { DEFAULT_HANDLING } from './measure-handling.js';
import type { DispatchDeps } from './dispatch-deps.js';
import { toDispatchAgent, toQueued } from './to-dispatch-input.js';

/** At most this many queued conversations are considered per tick (the batch policy caps its own solve). */
const QUEUE_WINDOW = 2_000;

export type DispatchTickResult = { queued: number; offered: number; widened: number; callUps: number };

/**
 * One dispatcher tick (leader only): snapshot the queue and the available agents, let the configured
 * policy propose, turn each proposal into an offer under row locks (a stale proposal is dropped), widen
 * long waits, send call-ups when the expected wait passes the threshold, and push each waiting customer
 * their queue position and estimated wait.
 */
export async function runDispatch(deps: DispatchDeps, state: { lastCallUpAt: number | null }): Promise<DispatchTickResult> {
  const now = deps.clock.now();
  const queued = await deps.store.dispatch.queued(QUEUE_WINDOW);
  if (queued.length === 0) return { queued: 0, offered: 0, widened: 0, callUps: 0 };
  const [agentRows, exclusions] = await Promise.all([deps.store.dispatch.availableAgents(), deps.store.offers.exclusions(queued.map((c) => c.id))]);

  let widened = 0;
  const queue: QueuedConversation[] = [];
  for (const conversation of queued) {
    let q = toQueued(conversation, exclusions.get(conversation.id) ?? []);
    if (!q.widened && shouldWiden(q, now, deps.dispatchConfig)) {
      // Best effort: the flag only relaxes preferences, so losing this write to a race costs nothing.
      await deps.store.conversations.update({ ...conversation, widened: true, version: conversation.version + 1 }, conversation.version);
      q = { ...q, widened: true };
      widened += 1;
    }
    queue.push(q);
  }
  const paid = (await deps.paidBlocks?.(now)) ?? new Set<string>();
  const agents = agentRows.map((a: AgentWithLoad) => toDispatchAgent(a, paid.has(a.id)));
  const proposals = dispatchPolicy(deps.policyName).propose({ queue, agents, nowMs: now }, deps.dispatchConfig);
  let offered = 0;
  for (const proposal of proposals) if (await createOffer(deps, proposal, now)) offered += 1;

  const offeredIds = new Set(proposals.map((p) => p.conversationId));
  const stillWaiting = queue.filter((q) => !offeredIds.has(q.id));
  const handling = (await deps.handlingStats?.(now)) ?? DEFAULT_HANDLING;
  const estimates = estimateQueue(stillWaiting, agents, now, handling, deps.dispatchConfig);
  for (const e of estimates) {
    await deps.bus.publish(`conversation:${e.conversationId}`, {
      type: 'queue.position',
      conversationId: e.conversationId,
      position: e.position,
      etaSeconds: e.estimatedWaitMs === null ? null : Math.round(e.estimatedWaitMs / 1000),
    });
  }

  // Offline agents are read only when a call-up could go out: someone is expected to wait past the threshold
  // and the last call-up is not too recent. Most ticks have neither.
  const callUpDue = !callUpCoolingDown(state.lastCallUpAt, now, deps.dispatchConfig) && estimates.some((e) => isLate(e, deps.dispatchConfig));
  const callUps = callUpDue ? await callUpIfLate(deps, state, stillWaiting, agents, estimates, now) : 0;
  return { queued: queued.length, offered, widened, callUps };
}

async function callUpIfLate(
  deps: DispatchDeps,
  state: { lastCallUpAt: number | null },
  waiting: QueuedConversation[],
  agents: DispatchAgent[],
  estimates: QueueEstimate[],
  now: number,
): Promise<number> {
  const offline = await deps.store.dispatch.offlineOptedIn();
  const callUp = planCallUp(
    { queue: waiting, agents: [...agents, ...offline.map((a) => toDispatchAgent({ ...a, load: 0, assigned: 0 }))], nowMs: now, estimates, lastCallUpAtMs: state.lastCallUpAt },
    deps.dispatchConfig,
  );
  if (!callUp.send) return 0;
  state.lastCallUpAt = now;
  await deps.store.events.append([{ type: 'dispatch.call_up', conversationId: null, actor: 'dispatcher', payload: { agentIds: callUp.agentIds, lateConversationIds: callUp.lateConversationIds, surgeBonusMinor: callUp.surgeBonusMinor, expiresAt: callUp.expiresAtMs }, occurredAt: now }]);
  for (const agentId of callUp.agentIds) {
    await deps.bus.publish(agentTopic(agentId), { type: 'call_up', agentId, surgeBonusMinor: callUp.surgeBonusMinor, expiresAt: callUp.expiresAtMs, waiting: callUp.lateConversationIds.length });
  }
  return callUp.agentIds.length;
}
