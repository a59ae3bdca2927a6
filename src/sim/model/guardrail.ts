import { stepGuardrail } from '../../domain/quality/index.js';
import type { IntentRuntime, MutableAiOutcome } from './types.js';
import { PRIORITY, type World } from './world.js';

/**
 * The real guardrail controller (stepGuardrail) per intent, stepped every guardrail.checkEveryMinutes
 * on the AI outcomes the run produces. With the policy's guardrail on (hybrid), a switch to
 * human-first sends that intent to humans after one AI triage turn (the escalation policy's
 * human_first_policy rule). With it off — or for ai_only, which has nobody to send work to — the
 * controller runs in shadow: its switches are recorded (applied: false) so the report can show when
 * it would have acted, but routing does not change.
 *
 * Durable resolution is not fed (durable: null): in a one-day run the 7-day answer is not known
 * yet, and feeding the simulator's ground truth would be cheating. Repeat contacts inside the day
 * mark the earlier AI resolution as escalated-after-resolution when they reach a human.
 */

/** Outcomes kept per intent: far more than any metric's latest maxSamplePerMetric needs at a 10 % survey rate. */
const KEEP = 4000;

export function installGuardrail(world: World): void {
  if (world.policy.mode === 'human_only') return;
  const every = world.scenario.guardrail.checkEveryMinutes * 60_000;
  const applied = world.policy.mode === 'hybrid' && world.policy.guardrail;
  // While the run is shorter than the guardrail's window, an AI-first intent whose outcomes have
  // not changed gets the same answer as last time (nothing it reads has moved), so it is skipped.
  const windowNeverSlides = world.runEndMs <= world.guardrailConfig.windowMs;
  const check = () => {
    const now = world.kernel.now;
    for (const intent of world.intents) {
      if (windowNeverSlides && !intent.changed && intent.guardrail.mode === 'ai_first') continue;
      intent.changed = false;
      const recent = recentOutcomes(intent.outcomes, world.guardrailConfig.maxSamplePerMetric);
      const step = stepGuardrail(intent.guardrail, recent, world.guardrailConfig, now);
      intent.guardrail = step.state;
      if (step.switched) {
        world.guardrailSwitches.push({
          intent: intent.spec.name,
          atMs: now,
          to: step.state.mode,
          reason: step.evidence.reason,
          decidingMetrics: step.evidence.decidingMetrics,
          applied,
        });
      }
    }
    if (now + every < world.dayEndMs) world.kernel.schedule(every, PRIORITY.guardrail, check);
  };
  world.kernel.scheduleAt(Math.min(every, world.dayEndMs), PRIORITY.guardrail, check);
}

/** Does this intent go to humans first right now (guardrail on and tripped)? */
export function humanFirst(world: World, intentIndex: number): boolean {
  return world.policy.mode === 'hybrid' && world.policy.guardrail && world.intents[intentIndex]!.guardrail.mode === 'human_first';
}

export function recordAiOutcome(intent: IntentRuntime, outcome: MutableAiOutcome): MutableAiOutcome {
  intent.changed = true;
  intent.outcomes.push(outcome);
  // Trim in chunks so the copy is amortised, not paid on every outcome.
  if (intent.outcomes.length > KEEP + KEEP / 4) intent.outcomes.splice(0, intent.outcomes.length - KEEP);
  return outcome;
}

/** The customer came back to a human after this AI resolution: the guardrail's escalation-after-resolution. */
export function markEscalatedAfterResolution(intent: IntentRuntime, outcome: MutableAiOutcome): void {
  if (outcome.escalatedAfterResolution) return;
  outcome.escalatedAfterResolution = true;
  intent.changed = true;
}

/**
 * The shortest suffix of a time-ordered outcome list that holds the latest `maxSample` outcomes of
 * every kind a guardrail metric counts (any, AI-resolved, rated, AI-resolved with a known 7-day
 * answer), or all of that kind when there are fewer. Each metric judges only its latest maxSample
 * applicable outcomes, so stepGuardrail decides exactly as on the full list, with the same metric
 * evidence (tested; only its count of outcomes considered is smaller), without re-sorting
 * thousands of outcomes per intent every few minutes.
 */
export function recentOutcomes<T extends MutableAiOutcome>(outcomes: readonly T[], maxSample: number): readonly T[] {
  let any = 0;
  let resolved = 0;
  let rated = 0;
  let durableKnown = 0;
  for (const o of outcomes) {
    if (o.aiResolved) resolved++;
    if (o.csat !== null) rated++;
    if (o.aiResolved && o.durable !== null) durableKnown++;
  }
  // Needed of each kind: maxSample, or every one there is. Then walk back until each is covered.
  const needAny = Math.min(maxSample, outcomes.length);
  let needResolved = Math.min(maxSample, resolved);
  let needRated = Math.min(maxSample, rated);
  let needDurable = Math.min(maxSample, durableKnown);
  for (let i = outcomes.length - 1; i >= 0; i--) {
    const o = outcomes[i]!;
    any++;
    if (o.aiResolved) needResolved--;
    if (o.csat !== null) needRated--;
    if (o.aiResolved && o.durable !== null) needDurable--;
    if (any >= needAny && needResolved <= 0 && needRated <= 0 && needDurable <= 0) return outcomes.slice(i);
  }
  return outcomes;
}
