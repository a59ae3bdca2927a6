import { AppError } from './errors.js';
import type { AgentRepository, PasswordHasher, TokenService } from './ports.js';

/** A hash of a random password: verifying against it keeps the timing of unknown and known emails alike. */
const DUMMY_HASH = '$2b$10$S5/wAuIP4YhLIwWNurqZgu16.jZy05sPzu3DHrIMoCCxtr.KwZ7qS';

export async function loginAgent(
  deps: { agents: AgentRepository; passwords: PasswordHasher; tokens: TokenService; sessionTtlSeconds: number },
  input: { email: string; password: string },
): Promise<{ token: string; expiresInSeconds: number; agent: { id: string; name: string; role: 'agent' | 'supervisor' } }> {
  const agent = await deps.agents.getByEmail(input.email.toLowerCase());
  const valid = await deps.passwords.verify(input.password, agent?.passwordHash ?? DUMMY_HASH);
  if (!agent || !valid) throw new AppError('unauthorized', 'email or password is wrong', 'password');
  const token = await deps.tokens.sign({ kind: 'agent', agentId: agent.id, role: agent.role }, deps.sessionTtlSeconds);
  return { token, expiresInSeconds: deps.sessionTtlSeconds, agent: { id: agent.id, name: agent.name, role: agent.role } };
}
