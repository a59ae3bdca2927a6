import type { Conversation } from '../domain/conversation/types.js';
import { applyTransition } from './apply-transition.js';
import type { AppDeps } from './deps.js';
import { publishChanges } from './publish.js';

/**
 * Timer handler: closes a conversation that stayed resolved since `resolvedAt`. A reopen in between (or a
 * later resolution, with its own timer) makes this timer a no-op.
 */
export async function closeResolvedConversation(
  deps: AppDeps,
  payload: { conversationId: string; resolvedAt: number },
): Promise<Conversation | null> {
  const now = deps.clock.now();
  const closed = await deps.store.transaction(async (tx) => {
    const current = await tx.conversations.getForUpdate(payload.conversationId);
    if (!current || current.state !== 'resolved' || current.resolvedAt !== payload.resolvedAt) return null;
    return (await applyTransition(tx, current, { type: 'close' }, now, 'system')).conversation;
  });
  if (closed) await publishChanges(deps.bus, { conversation: closed });
  return closed;
}
