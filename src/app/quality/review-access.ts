import type { Principal } from '../../domain/auth/access.js';
import { forbidden } from '../errors.js';

/** Who acts on QA work: a supervisor by their agent id, the company's API key as 'admin'. */
export function staffIdOf(principal: Principal): string {
  if (principal.kind === 'admin') return 'admin';
  if (principal.kind === 'agent' && principal.role === 'supervisor') return principal.agentId;
  throw forbidden('QA review is for supervisors and the admin key');
}

export function agentIdOf(principal: Principal): string {
  if (principal.kind !== 'agent') throw forbidden('this is for agents');
  return principal.agentId;
}
