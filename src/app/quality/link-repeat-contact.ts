import type { Resolution } from './ports.js';
import type { QualityDeps } from './quality-deps.js';

/**
 * Called when a conversation gets an intent. If the same customer had a resolution of the same intent in
 * the 7 days before this conversation started, that resolution was not durable: it is marked so at once
 * (not only at its 7-day check) and linked to this conversation. Returns the earlier resolution, or null.
 */
export async function linkRepeatContact(deps: QualityDeps, input: { conversationId: string }): Promise<Resolution | null> {
  const conversation = await deps.store.conversations.get(input.conversationId);
  if (!conversation?.intent) return null;
  const now = deps.clock.now();
  return deps.quality.transaction(async (tx) => {
    const candidate = await tx.resolutions.latestForRepeat({
      customerId: conversation.customerId,
      intent: conversation.intent as string,
      fromMs: conversation.createdAt - deps.policy.durableWindowMs,
      toMs: conversation.createdAt,
      excludeConversationId: conversation.id,
    });
    if (!candidate) return null;
    const earlier = await tx.resolutions.getForUpdate(candidate.id);
    if (!earlier) return null;
    if (earlier.repeatConversationId !== null) return earlier.repeatConversationId === conversation.id ? earlier : null;
    const linked: Resolution = {
      ...earlier,
      durable: false,
      notDurableReason: earlier.notDurableReason ?? 'repeat_contact',
      repeatConversationId: conversation.id,
    };
    await tx.resolutions.setDurability(earlier.id, {
      durable: false,
      reason: linked.notDurableReason,
      repeatConversationId: conversation.id,
      checkedAt: null,
    });
    await tx.events.append([
      {
        type: 'quality.repeat_contact',
        conversationId: conversation.id,
        actor: 'system',
        payload: { previousConversationId: earlier.conversationId, resolutionId: earlier.id, intent: conversation.intent },
        occurredAt: now,
      },
    ]);
    return linked;
  });
}
