import type { Resolution } from './ports.js';
import type { QualityDeps } from './quality-deps.js';

/** How many of the customer's conversations in the window are looked through for a repeat contact. */
const CUSTOMER_HISTORY_LIMIT = 500;

type Durability = { durable: boolean; reason: Resolution['notDurableReason']; repeatConversationId: string | null };

/** A repeat contact was linked already; keep what it found. */
const keepLinked = (r: Resolution): Durability => ({ durable: false, reason: r.notDurableReason, repeatConversationId: r.repeatConversationId });

async function judge(deps: QualityDeps, resolution: Resolution): Promise<Durability> {
  if (resolution.durable === false) return keepLinked(resolution);
  const windowEnd = resolution.resolvedAt + deps.policy.durableWindowMs;
  const within = (t: number) => t > resolution.resolvedAt && t <= windowEnd;
  const events = await deps.store.events.listForConversation(resolution.conversationId);
  if (events.some((e) => e.type === 'conversation.reopened' && within(e.occurredAt))) {
    return { durable: false, reason: 'reopened', repeatConversationId: null };
  }
  if (resolution.intent !== null) {
    const recent = await deps.store.conversations.list({ customerId: resolution.customerId, limit: CUSTOMER_HISTORY_LIMIT, beforeCreatedAt: windowEnd + 1 });
    const repeat = recent
      .filter((c) => c.id !== resolution.conversationId && c.intent === resolution.intent && within(c.createdAt))
      .sort((a, b) => a.createdAt - b.createdAt)[0];
    if (repeat) return { durable: false, reason: 'repeat_contact', repeatConversationId: repeat.id };
  }
  return { durable: true, reason: null, repeatConversationId: null };
}

/**
 * Timer handler, 7 days after a resolution: durable when the conversation was not reopened and the customer
 * started no new conversation about the same intent in that window. A repeat contact found earlier (by
 * `linkRepeatContact`) has already marked it not durable; then this only records the check. Idempotent.
 * A resolution without an intent can only be judged on reopening: there is no "same need" to compare.
 */
export async function checkDurable(deps: QualityDeps, payload: { resolutionId: string }): Promise<Resolution | null> {
  const seen = await deps.quality.resolutions.get(payload.resolutionId);
  if (!seen || seen.checkedAt !== null) return seen;
  const judged = await judge(deps, seen);
  const now = deps.clock.now();
  // Judged outside the transaction (it reads the core store); under the row lock, a repeat contact linked
  // meanwhile wins over "durable".
  return deps.quality.transaction(async (tx) => {
    const resolution = await tx.resolutions.getForUpdate(payload.resolutionId);
    if (!resolution || resolution.checkedAt !== null) return resolution;
    const outcome = resolution.durable === false ? keepLinked(resolution) : judged;
    await tx.resolutions.setDurability(resolution.id, { ...outcome, checkedAt: now });
    await tx.events.append([
      {
        type: 'quality.durability_checked',
        conversationId: resolution.conversationId,
        actor: 'system',
        payload: { resolutionId: resolution.id, ...outcome },
        occurredAt: now,
      },
    ]);
    return { ...resolution, ...outcome, checkedAt: now };
  });
}
