import type { GuardrailConfig, GuardrailThresholds } from '../../domain/quality/index.js';
import type { QualityStore } from './ports.js';
import { GUARDRAIL_THRESHOLDS_KEY, type QualityPolicy } from './quality-deps.js';

/** The controller's configuration now: the shipped defaults with the operator's floors, if they set any. */
export async function currentGuardrailConfig(quality: Pick<QualityStore, 'settings'>, policy: Pick<QualityPolicy, 'guardrail'>): Promise<GuardrailConfig> {
  const stored = await quality.settings.get(GUARDRAIL_THRESHOLDS_KEY);
  return stored ? { ...policy.guardrail, thresholds: stored as unknown as GuardrailThresholds } : policy.guardrail;
}

/** Floors must leave room for hysteresis: recovery is stricter than tripping. Returns [field, problem] pairs. */
export function thresholdProblems(t: GuardrailThresholds): [string, string][] {
  const problems: [string, string][] = [];
  for (const metric of ['csat_satisfied', 'durable_resolution'] as const) {
    const f = t[metric];
    if (f && f.recoveryFloor < f.floor) problems.push([`${metric}.recoveryFloor`, 'must be at or above floor, or the intent would flap']);
  }
  for (const metric of ['escalation_after_resolution', 'negative_sentiment'] as const) {
    const c = t[metric];
    if (c && c.recoveryCeiling > c.ceiling) problems.push([`${metric}.recoveryCeiling`, 'must be at or below ceiling, or the intent would flap']);
  }
  return problems;
}
