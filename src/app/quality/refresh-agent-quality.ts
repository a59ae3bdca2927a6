import { assessAgent, rankingScore, type AgentAssessment } from './assess-agent.js';
import type { QualityDeps } from './quality-deps.js';

/**
 * Recomputes an agent's quality score from CSAT and QA and writes it to the agent (dispatch ranks by it);
 * applies the tier and certification rules. Promotions and certifications are logged as events with their
 * evidence. Certifications are granted here but never revoked automatically: that is a supervisor's call.
 */
export async function refreshAgentQuality(deps: QualityDeps, agentId: string): Promise<AgentAssessment | null> {
  const now = deps.clock.now();
  return deps.quality.transaction(async (tx) => {
    const assessment = await assessAgent(tx, deps.policy, agentId, { forUpdate: true });
    if (!assessment) return null;
    const { profile, score, probation, certifications } = assessment;
    await tx.agents.setQualityScore(agentId, rankingScore(score));
    const actor = 'system';
    if (probation.promote) {
      await tx.agents.setTier(agentId, 'standard');
      await tx.events.append([
        {
          type: 'agent.tier_changed',
          conversationId: null,
          actor,
          payload: { agentId, from: profile.tier, to: 'standard', reason: probation.reason, evidence: probation.evidence },
          occurredAt: now,
        },
      ]);
    }
    const granted = certifications.filter((c) => c.eligible).map((c) => c.evidence.topic);
    if (granted.length > 0) {
      await tx.agents.setCertifications(agentId, [...profile.certifications, ...granted]);
      await tx.events.append(
        certifications
          .filter((c) => c.eligible)
          .map((c) => ({ type: 'agent.certified', conversationId: null, actor, payload: { agentId, topic: c.evidence.topic, evidence: c.evidence }, occurredAt: now })),
      );
    }
    return {
      ...assessment,
      profile: {
        ...profile,
        qualityScore: rankingScore(score),
        tier: probation.promote ? 'standard' : profile.tier,
        certifications: [...profile.certifications, ...granted],
      },
    };
  });
}
