import type { DispatchConfig } from './config.js';
import type { DispatchAgent, QueuedConversation, RankExplanation, RankingComponents, RankingWeights } from './types.js';
import { effectiveWeights } from './widening.js';

/**
 * Explainable ranking: score = Σ weight_k × component_k over the components below, each in [0, 1].
 * - quality:    agent.qualityScore clamped to [0, 1].
 * - fairness:   time since the agent's last offer / fairnessSaturationMs, capped at 1; never offered = 1;
 *               a last offer in the future (clock skew) counts as 0. Longest-idle first, like TaskRouter.
 * - paidBlock:  1 inside a paid on-call block (already paid standby), else 0.
 * - load:       1 − load / capacity, clamped; an idle agent scores 1. Capacity 0 scores 0.
 * - stickiness: 1 when the agent is the conversation's previous agent, else 0.
 * Hard rules are not part of the score: rank only agents that passed eligibility.
 */

const COMPONENT_ORDER = ['quality', 'fairness', 'paidBlock', 'load', 'stickiness'] as const;
type ComponentName = (typeof COMPONENT_ORDER)[number];
/** On equal contributions the summary names the more telling reason first. */
const SUMMARY_TIE_ORDER: readonly ComponentName[] = ['paidBlock', 'stickiness', 'quality', 'fairness', 'load'];

const clamp01 = (x: number) => (Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x)));

export function rankingComponents(
  agent: DispatchAgent,
  conversation: QueuedConversation,
  nowMs: number,
  fairnessSaturationMs: number,
): RankingComponents {
  return {
    ...agentComponents(agent, nowMs, fairnessSaturationMs),
    stickiness: conversation.previousAgentId === agent.id ? 1 : 0,
  };
}

/** The components that do not depend on the conversation (stickiness 0). */
export function agentComponents(agent: DispatchAgent, nowMs: number, fairnessSaturationMs: number): RankingComponents {
  return {
    quality: clamp01(agent.qualityScore),
    fairness: fairnessComponent(agent.lastOfferAtMs, nowMs, fairnessSaturationMs),
    paidBlock: agent.inPaidBlock ? 1 : 0,
    load: agent.capacity > 0 ? clamp01(1 - agent.load / agent.capacity) : 0,
    stickiness: 0,
  };
}

export function fairnessComponent(lastOfferAtMs: number | null, nowMs: number, saturationMs: number): number {
  if (lastOfferAtMs === null) return 1;
  return clamp01((nowMs - lastOfferAtMs) / saturationMs);
}

/** The one place a score is computed, in a fixed order, so every caller gets bit-identical numbers. */
export function weightedScore(components: RankingComponents, weights: RankingWeights): number {
  let score = 0;
  for (const k of COMPONENT_ORDER) score += weights[k] * components[k];
  return score;
}

/** Score without allocating an explanation; equal to rankAgent(...).score. */
export function scoreAgent(
  agent: DispatchAgent,
  conversation: QueuedConversation,
  nowMs: number,
  config: DispatchConfig,
): number {
  const components = rankingComponents(agent, conversation, nowMs, config.fairnessSaturationMs);
  return weightedScore(components, effectiveWeights(conversation, config));
}

export function rankAgent(
  agent: DispatchAgent,
  conversation: QueuedConversation,
  nowMs: number,
  config: DispatchConfig,
): RankExplanation {
  const components = rankingComponents(agent, conversation, nowMs, config.fairnessSaturationMs);
  const weights = effectiveWeights(conversation, config);
  return {
    score: weightedScore(components, weights),
    components,
    weights,
    summary: summarise(agent, components, weights, nowMs, config.fairnessSaturationMs),
  };
}

const MAX_PHRASES = 3;

/**
 * The (up to) three components that contributed most, as short phrases addressed to the agent,
 * e.g. "in your paid block; no offer yet this session; quality 0.92". Components that contributed
 * nothing are left out; ties follow SUMMARY_TIE_ORDER.
 */
export function summarise(
  agent: DispatchAgent,
  components: RankingComponents,
  weights: RankingWeights,
  nowMs: number,
  fairnessSaturationMs: number,
): string {
  const parts = SUMMARY_TIE_ORDER.map((k, order) => ({ k, order, contribution: weights[k] * components[k] }))
    .filter((p) => p.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || a.order - b.order)
    .slice(0, MAX_PHRASES)
    .map((p) => phrase(p.k, agent, components, nowMs, fairnessSaturationMs));
  return parts.length > 0 ? parts.join('; ') : 'you are eligible and free';
}

function phrase(
  k: ComponentName,
  agent: DispatchAgent,
  c: RankingComponents,
  nowMs: number,
  fairnessSaturationMs: number,
): string {
  switch (k) {
    case 'paidBlock':
      return 'in your paid block';
    case 'stickiness':
      return 'you helped this customer before';
    case 'quality':
      return `quality ${c.quality.toFixed(2)}`;
    case 'load':
      return agent.load <= 0 ? 'no chats open' : `${agent.capacity - agent.load} of ${agent.capacity} slots free`;
    case 'fairness': {
      if (agent.lastOfferAtMs === null) return 'no offer yet this session';
      const minutes = Math.floor((nowMs - agent.lastOfferAtMs) / 60_000);
      if (c.fairness >= 1) return `${Math.floor(fairnessSaturationMs / 60_000)}+ min since your last offer`;
      return minutes < 1 ? 'under a minute since your last offer' : `${minutes} min since your last offer`;
    }
  }
}
