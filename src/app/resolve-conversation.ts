import type { Principal } from '../domain/auth/access.js';
import type { Conversation } from '../domain/conversation/types.js';
import { actorOf, applyTransition } from './apply-transition.js';
import type { AppDeps } from './deps.js';
import { AppError } from './errors.js';
import { loadReadableConversation } from './load-conversation.js';
import { kickDispatcher } from './dispatch/dispatch-deps.js';
import { publishChanges } from './publish.js';

/** A resolution becomes final (closed) after this long without the customer writing again. */
export const CLOSE_AFTER_MS = 7 * 24 * 3600 * 1000;
export const CLOSE_TIMER_KIND = 'conversation.close';

/** The owning agent (or the assistant) resolves; a timer row closes it for good after seven quiet days. */
export async function resolveConversation(
  deps: AppDeps,
  input: { principal: Principal | 'ai'; conversationId: string; resolution?: string },
): Promise<Conversation> {
  const now = deps.clock.now();
  const principal: Principal = input.principal === 'ai' ? { kind: 'admin' } : input.principal;
  const by = input.principal === 'ai' ? ('ai' as const) : principal.kind === 'agent' ? { agentId: principal.agentId } : null;
  if (!by) throw new AppError('forbidden', 'only the owning agent or the assistant resolves a conversation');
  const conversation = await deps.store.transaction(async (tx) => {
    const current = await loadReadableConversation(tx, principal, input.conversationId, { forUpdate: true });
    const { conversation: next } = await applyTransition(tx, current, { type: 'resolve', by }, now, actorOf(input.principal));
    if (input.resolution) {
      await tx.events.append([
        { type: 'conversation.resolution_noted', conversationId: next.id, actor: actorOf(input.principal), payload: { resolution: input.resolution }, occurredAt: now },
      ]);
    }
    // The key includes the resolution time: a reopen and a second resolve schedule a fresh check.
    await tx.timers.schedule({ kind: CLOSE_TIMER_KIND, dueAt: now + CLOSE_AFTER_MS, payload: { conversationId: next.id, resolvedAt: now }, dedupeKey: `close:${next.id}:${now}` });
    return next;
  });
  await publishChanges(deps.bus, { conversation });
  if (by !== 'ai') await kickDispatcher(deps.bus); // a slot came free
  await deps.hooks?.resolved?.(conversation, by);
  return conversation;
}
