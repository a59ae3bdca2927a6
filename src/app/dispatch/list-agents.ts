import type { Principal } from '../../domain/auth/access.js';
import type { AppDeps } from '../deps.js';
import { forbidden } from '../errors.js';
import type { Agent, AgentWithLoad } from '../ports.js';

/** An agent as operations see them: the profile, presence, heartbeat and load; never the password hash. */
export type AgentOverview = Omit<AgentWithLoad, 'passwordHash' | 'lastOfferAt'>;

const overview = ({ passwordHash: _secret, lastOfferAt: _internal, ...agent }: AgentWithLoad): AgentOverview => agent;

/** Every agent with their current load, optionally only those with one presence: supervisors and the admin key. */
export async function listAgents(
  deps: Pick<AppDeps, 'store'>,
  input: { principal: Principal; presence?: Agent['presence'] },
): Promise<AgentOverview[]> {
  const { principal } = input;
  const staff = principal.kind === 'admin' || (principal.kind === 'agent' && principal.role === 'supervisor');
  if (!staff) throw forbidden('only supervisors and the admin key list agents');
  const agents = await deps.store.dispatch.agentsWithLoad(input.presence ? { presence: input.presence } : {});
  return agents.map(overview);
}
