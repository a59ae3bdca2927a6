import type { Principal } from '../../domain/auth/access.js';
import { acceptCsatAnswer } from '../../domain/quality/index.js';
import { AppError } from '../errors.js';
import { loadReadableConversation } from '../load-conversation.js';
import type { CsatResponse } from './ports.js';
import type { QualityDeps } from './quality-deps.js';
import { recordResolution } from './record-resolution.js';
import { refreshAgentQuality } from './refresh-agent-quality.js';
import { factsOfResolution, topicOf } from './resolution-facts.js';
import { sampleForReview } from './sample-for-review.js';

export type CsatRefusal = { ok: false; code: 'already_answered' | 'window_closed' | 'not_resolved'; message: string; field: string };
export type CsatResult = { ok: true; csat: CsatResponse } | CsatRefusal;

/**
 * The customer rates the latest resolution of their own conversation (AI- or human-resolved alike), once.
 * The unique index on the resolution decides a race between two submissions. A low rating sends the
 * conversation to QA review; a rating of an agent's resolution moves that agent's quality score.
 */
export async function submitCsat(
  deps: QualityDeps,
  input: { principal: Principal; conversationId: string; rating: unknown; comment?: string },
): Promise<CsatResult> {
  if (input.principal.kind !== 'customer') throw new AppError('forbidden', 'only the customer rates their conversation');
  const conversation = await loadReadableConversation(deps.store, input.principal, input.conversationId);
  const resolvedAt = conversation.resolvedAt;
  if ((conversation.state !== 'resolved' && conversation.state !== 'closed') || resolvedAt === null) {
    return { ok: false, code: 'not_resolved', message: 'conversationId: the conversation is not resolved; ratings are asked after a resolution', field: 'conversationId' };
  }
  const now = deps.clock.now();
  // The resolve hook normally recorded it already; recording here too keeps CSAT working if it has not yet.
  const resolution =
    (await deps.quality.resolutions.findByConversationTime(conversation.id, resolvedAt)) ??
    (await recordResolution(deps, { conversationId: conversation.id, resolvedAt })).resolution;
  const existing = await deps.quality.csat.forResolution(resolution.id);
  const decision = acceptCsatAnswer(
    { resolutionId: resolution.id, conversationId: conversation.id, resolvedAtMs: resolvedAt },
    { rating: input.rating, atMs: now },
    existing ? [existing] : [],
    deps.policy.csat,
  );
  if (!decision.ok) {
    if (decision.code === 'invalid_rating') throw new AppError('validation_failed', decision.message, 'rating');
    if (decision.code === 'before_resolution') throw new Error('submitCsat: the clock is before the resolution');
    return { ok: false, code: decision.code, message: `conversationId: ${decision.message}`, field: 'conversationId' };
  }

  const csat: CsatResponse = {
    id: deps.ids.next('csat'),
    resolutionId: resolution.id,
    conversationId: conversation.id,
    resolvedAt,
    customerId: conversation.customerId,
    rating: decision.answer.rating,
    comment: input.comment?.trim() ? input.comment.trim() : null,
    createdAt: now,
  };
  const stored = await deps.quality.transaction(async (tx) => {
    if (!(await tx.csat.insert(csat))) return false;
    // The comment stays out of the event log: it is free text and may hold personal data.
    await tx.events.append([
      { type: 'quality.csat_submitted', conversationId: conversation.id, actor: `customer:${conversation.customerId}`, payload: { resolutionId: resolution.id, rating: csat.rating }, occurredAt: now },
    ]);
    return true;
  });
  if (!stored) return { ok: false, code: 'already_answered', message: 'conversationId: this resolution has already been rated', field: 'conversationId' };

  const facts = factsOfResolution(await deps.store.events.listForConversation(conversation.id), resolvedAt);
  const agentId = facts?.agentId ?? null;
  if (csat.rating <= deps.policy.sampling.lowCsatThreshold) {
    await sampleForReview(deps, { resolution, agentId, topic: topicOf(conversation), csat: csat.rating });
  }
  if (resolution.resolvedBy !== 'ai') await refreshAgentQuality(deps, resolution.resolvedBy);
  return { ok: true, csat };
}
