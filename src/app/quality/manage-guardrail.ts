import type { Principal } from '../../domain/auth/access.js';
import type { GuardrailConfig, GuardrailThresholds } from '../../domain/quality/index.js';
import { AppError } from '../errors.js';
import { currentGuardrailConfig, thresholdProblems } from './guardrail-config.js';
import type { GuardrailSwitch, StoredGuardrailState } from './ports.js';
import { GUARDRAIL_THRESHOLDS_KEY, type QualityDeps } from './quality-deps.js';
import { staffIdOf } from './review-access.js';

export type GuardrailView = { config: GuardrailConfig; intents: StoredGuardrailState[]; switches: GuardrailSwitch[] };

/** The mode of every intent with the evidence of its latest step, and the recent switches with theirs. */
export async function getGuardrail(deps: QualityDeps, input: { principal: Principal; switchLimit: number }): Promise<GuardrailView> {
  staffIdOf(input.principal);
  return {
    config: await currentGuardrailConfig(deps.quality, deps.policy),
    intents: await deps.quality.guardrail.list(),
    switches: await deps.quality.guardrail.recentSwitches(input.switchLimit),
  };
}

/** The operator sets the floors (null disables a metric). The change is logged with who made it. */
export async function setGuardrailFloors(
  deps: QualityDeps,
  input: { principal: Principal; thresholds: GuardrailThresholds },
): Promise<GuardrailConfig> {
  const by = staffIdOf(input.principal);
  const [problem] = thresholdProblems(input.thresholds);
  if (problem) throw new AppError('validation_failed', `${problem[0]}: ${problem[1]}`, problem[0]);
  const now = deps.clock.now();
  await deps.quality.transaction(async (tx) => {
    await tx.settings.set(GUARDRAIL_THRESHOLDS_KEY, input.thresholds as unknown as Record<string, unknown>, by, now);
    await tx.events.append([
      { type: 'guardrail.floors_changed', conversationId: null, actor: by === 'admin' ? 'admin' : `agent:${by}`, payload: { thresholds: input.thresholds }, occurredAt: now },
    ]);
  });
  return currentGuardrailConfig(deps.quality, deps.policy);
}
