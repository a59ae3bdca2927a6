import type { Principal } from '../../domain/auth/access.js';
import { declineBudgetStatus } from '../../domain/dispatch/index.js';
import { forbidden } from '../errors.js';
import type { DispatchDeps } from './dispatch-deps.js';
import { toOfferView } from './to-dispatch-input.js';

const agentOnly = (p: Principal) => {
  if (p.kind !== 'agent') throw forbidden('only agents have a workspace');
  return p.agentId;
};

/**
 * The agent's own view: profile, presence, load, open offers, chats (each with when they took it), what is
 * left of the decline budget, and the server's time, against which offer deadlines and waits are counted.
 */
export async function getAgentWorkspace(deps: DispatchDeps, input: { principal: Principal }) {
  const agentId = agentOnly(input.principal);
  const now = deps.clock.now();
  const agent = await deps.store.dispatch.agentWithLoad(agentId);
  if (!agent) throw forbidden('unknown agent');
  const [offers, chats, uses] = await Promise.all([
    deps.store.offers.listOpenForAgent(agentId),
    deps.store.dispatch.assignedTo(agentId),
    deps.store.offers.budgetUsesSince(agentId, now - deps.dispatchConfig.declineBudget.windowMs),
  ]);
  const { currency } = await deps.payRates.current();
  const offerViews = [];
  for (const offer of offers) {
    const conversation = await deps.store.conversations.get(offer.conversationId);
    if (conversation) offerViews.push(toOfferView(offer, conversation, currency, now));
  }
  const { passwordHash: _secret, ...profile } = agent;
  return {
    agent: profile,
    offers: offerViews,
    chats,
    declineBudget: { ...declineBudgetStatus(uses, now, deps.dispatchConfig.declineBudget), windowMs: deps.dispatchConfig.declineBudget.windowMs },
    serverTime: now,
  };
}

/** Records a heartbeat: the agent's socket is alive. */
export async function recordHeartbeat(deps: DispatchDeps, input: { principal: Principal }): Promise<void> {
  await deps.store.dispatch.touch(agentOnly(input.principal), deps.clock.now());
}
