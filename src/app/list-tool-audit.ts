import type { Principal } from '../domain/auth/access.js';
import { forbidden } from './errors.js';
import type { ToolAuditRepository } from './ports.js';

/** The tool audit for the console: every call, AI or agent, with its arguments and result. */
export async function listToolAudit(
  deps: { audit: ToolAuditRepository },
  input: { principal: Principal; conversationId?: string; customerId?: string; limit: number },
) {
  const p = input.principal;
  if (!(p.kind === 'admin' || (p.kind === 'agent' && p.role === 'supervisor'))) throw forbidden('only supervisors and the admin key read the tool audit');
  return deps.audit.list({ limit: input.limit, ...(input.conversationId ? { conversationId: input.conversationId } : {}), ...(input.customerId ? { customerId: input.customerId } : {}) });
}
