import { stepGuardrail, type GuardrailReason, type GuardrailMode, type HumanCapacity } from '../../domain/quality/index.js';
import { currentGuardrailConfig } from './guardrail-config.js';
import type { GuardrailStore } from './ports.js';
import type { QualityDeps } from './quality-deps.js';

export type GuardrailDeps = { quality: GuardrailStore; policy: Pick<QualityDeps['policy'], 'guardrail'> };

export type GuardrailStepSummary = { intent: string; mode: GuardrailMode; switched: boolean; reason: GuardrailReason; outcomesConsidered: number };

/** The controller looks at no more outcomes per intent than this (it caps each metric lower still). */
const MAX_OUTCOMES = 2000;

/**
 * One pass of the guardrail over every intent the AI has recently resolved (and every intent it has ever
 * judged): gathers the AI's outcomes since the intent entered its current mode, steps the pure controller,
 * stores the state with its evidence and logs every switch with the evidence that caused it. Run it on one
 * node (the leader) every few minutes. `humanCapacity` is what dispatch expects now; when human-first is
 * warranted but people are saturated, the evidence recommends a call-up instead of keeping the AI.
 */
export async function stepGuardrails(deps: GuardrailDeps, input: { nowMs: number; humanCapacity?: HumanCapacity }): Promise<GuardrailStepSummary[]> {
  const config = await currentGuardrailConfig(deps.quality, deps.policy);
  const { nowMs } = input;
  const windowStart = nowMs - config.windowMs;
  const summaries: GuardrailStepSummary[] = [];
  for (const intent of await deps.quality.guardrail.intentsToStep(windowStart)) {
    const summary = await deps.quality.transaction(async (tx) => {
      // A new intent has been AI-first for as long as anyone can see: its first step judges the whole window.
      const stored = await tx.guardrail.lock(intent, windowStart);
      const state = { intent, mode: stored.mode, enteredAtMs: stored.since, switchCount: stored.switchCount };
      const from = Math.max(windowStart, stored.since);
      const outcomes = await tx.guardrail.aiOutcomes(intent, from, nowMs, MAX_OUTCOMES);
      const step = stepGuardrail(state, outcomes, config, nowMs, input.humanCapacity);
      await tx.guardrail.save({
        intent,
        mode: step.state.mode,
        since: step.state.enteredAtMs,
        switchCount: step.state.switchCount,
        lastEvidence: step.evidence,
        lastStepAt: nowMs,
      });
      if (step.switched) {
        await tx.guardrail.appendSwitch({ intent, fromMode: state.mode, toMode: step.state.mode, reason: step.evidence.reason, evidence: step.evidence, at: nowMs });
        await tx.events.append([
          {
            type: 'guardrail.switched',
            conversationId: null,
            actor: 'system',
            payload: { intent, from: state.mode, to: step.state.mode, reason: step.evidence.reason, decidingMetrics: step.evidence.decidingMetrics },
            occurredAt: nowMs,
          },
        ]);
      }
      return { intent, mode: step.state.mode, switched: step.switched, reason: step.evidence.reason, outcomesConsidered: step.evidence.outcomesConsidered };
    });
    summaries.push(summary);
  }
  return summaries;
}

/** Intents the assistant must only triage and summarise (the lead passes this to the assistant). */
export async function humanFirstIntents(deps: GuardrailDeps): Promise<Set<string>> {
  return new Set(await deps.quality.guardrail.humanFirstIntents());
}
