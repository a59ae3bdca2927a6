import { notFound } from '../errors.js';
import type { QaReview, Resolution } from './ports.js';
import { DURABLE_CHECK_TIMER, durableTimerKey, type QualityDeps } from './quality-deps.js';
import { factsOfResolution, topicOf } from './resolution-facts.js';
import { runAutoQaForResolution } from './run-auto-qa.js';
import { sampleForReview } from './sample-for-review.js';

export type RecordedResolution = {
  resolution: Resolution;
  /** False when this resolution was already recorded (a retried hook): nothing else was done again. */
  created: boolean;
  reviews: QaReview[];
  autoQaFindings: number;
};

/**
 * Called after a conversation is resolved (by the AI or an agent). Records the resolution, schedules the
 * 7-day durability check, samples it for QA review and runs auto-QA. Idempotent: a second call for the same
 * resolution finds it recorded and does nothing more. `resolvedAt` pins the resolution even if the customer
 * has already reopened the conversation by the time this runs.
 */
export async function recordResolution(
  deps: QualityDeps,
  input: { conversationId: string; resolvedAt?: number },
): Promise<RecordedResolution> {
  const conversation = await deps.store.conversations.get(input.conversationId);
  if (!conversation) throw notFound('conversation', 'conversationId');
  const resolvedAt = input.resolvedAt ?? conversation.resolvedAt;
  if (resolvedAt === null) throw new Error(`recordResolution: ${conversation.id} has no resolution time`);
  const facts = factsOfResolution(await deps.store.events.listForConversation(conversation.id), resolvedAt);
  if (!facts) throw new Error(`recordResolution: no conversation.resolved event for ${conversation.id} at ${resolvedAt}`);

  const { resolution, created } = await deps.quality.transaction(async (tx) => {
    const recorded = await tx.resolutions.record({
      id: deps.ids.next('res'),
      conversationId: conversation.id,
      customerId: conversation.customerId,
      resolvedAt,
      resolvedBy: facts.resolvedBy,
      humanTouched: facts.humanTouched,
      intent: conversation.intent,
    });
    if (recorded.created) {
      await tx.timers.schedule({
        kind: DURABLE_CHECK_TIMER,
        dueAt: resolvedAt + deps.policy.durableWindowMs,
        payload: { resolutionId: recorded.resolution.id },
        dedupeKey: durableTimerKey(recorded.resolution.id),
      });
    }
    return recorded;
  });
  if (!created) return { resolution, created, reviews: [], autoQaFindings: 0 };

  const reviews = await sampleForReview(deps, { resolution, agentId: facts.agentId, topic: topicOf(conversation), csat: null });
  const findings = await runAutoQaForResolution(deps, { conversationId: conversation.id, resolutionId: resolution.id, intent: conversation.intent });
  return { resolution, created, reviews, autoQaFindings: findings.length };
}
