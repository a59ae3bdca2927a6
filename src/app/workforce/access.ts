import type { Principal } from '../../domain/auth/access.js';
import { forbidden } from '../errors.js';

export const isSupervisorOrAdmin = (p: Principal): boolean => p.kind === 'admin' || (p.kind === 'agent' && p.role === 'supervisor');

/** Blocks are claimed and released by the agent in person (supervisors too, for their own place). */
export function requireAgent(principal: Principal): string {
  if (principal.kind !== 'agent') throw forbidden('only agents claim and release on-call blocks');
  return principal.agentId;
}

export function requireSupervisor(principal: Principal): void {
  if (!isSupervisorOrAdmin(principal)) throw forbidden('only supervisors and the admin key manage blocks and pay');
}

/** An agent sees their own pay; supervisors and the admin key see anyone's. */
export function requirePayReader(principal: Principal, agentId: string): void {
  if (isSupervisorOrAdmin(principal)) return;
  if (principal.kind === 'agent' && principal.agentId === agentId) return;
  throw forbidden('you may read only your own pay');
}

/** Principal as recorded in created_by columns. */
export const actorName = (p: Principal): string => (p.kind === 'agent' ? `agent:${p.agentId}` : p.kind === 'admin' ? 'admin' : `customer:${p.customerId}`);
