import type { Principal } from '../domain/auth/access.js';
import type { Conversation } from '../domain/conversation/types.js';
import type { AppDeps } from './deps.js';
import { forbidden } from './errors.js';
import type { ConversationFilter } from './ports.js';

/** Customers list their own; supervisors and the admin key list all, filtered; plain agents use their chat list. */
export async function listConversations(
  deps: Pick<AppDeps, 'store'>,
  input: { principal: Principal; filter: ConversationFilter },
): Promise<Conversation[]> {
  const { principal } = input;
  if (principal.kind === 'customer') return deps.store.conversations.list({ ...input.filter, customerId: principal.customerId });
  if (principal.kind === 'agent' && principal.role !== 'supervisor') throw forbidden('only supervisors and the admin key list all conversations');
  return deps.store.conversations.list(input.filter);
}
