import { humanFirstIntents, stepGuardrails } from '../../app/quality/step-guardrails.js';
import type { IntentRuntime, MutableAiOutcome } from './types.js';
import { PRIORITY, type World } from './world.js';

/**
 * The application's guardrail (stepGuardrails, as the leader runs it every few minutes) on the AI
 * outcomes the run produces, recorded into the guardrail's in-memory store the way resolutions and
 * CSAT answers reach its tables. With the policy's guardrail on (hybrid), an intent it switches to
 * human-first goes to humans after one AI triage turn (the escalation policy's human_first_policy
 * rule). With it off — or for ai_only, which has nobody to send work to — it runs in shadow: its
 * switches are recorded (applied: false) so the report can show when it would have acted, but routing
 * does not change.
 *
 * Durable resolution is not fed (durable: null): in a one-day run the 7-day answer is not known
 * yet, and feeding the simulator's ground truth would be cheating. Repeat contacts inside the day
 * mark the earlier AI resolution as escalated-after-resolution when they reach a human.
 */
export function installGuardrail(world: World): void {
  if (world.policy.mode === 'human_only') return;
  const every = world.scenario.guardrail.checkEveryMinutes * 60_000;
  const applied = world.policy.mode === 'hybrid' && world.policy.guardrail;
  const deps = { quality: world.app.guardrail, policy: { guardrail: world.guardrailConfig } };
  const check = async () => {
    const now = world.kernel.now;
    const before = world.app.guardrail.switches.length;
    await stepGuardrails(deps, { nowMs: world.app.deps.clock.now() });
    for (const s of world.app.guardrail.switches.slice(before)) {
      world.guardrailSwitches.push({ intent: s.intent, atMs: now, to: s.toMode, reason: s.reason, decidingMetrics: s.evidence.decidingMetrics, applied });
    }
    world.humanFirstIntents = applied ? await humanFirstIntents(deps) : new Set();
    if (now + every < world.dayEndMs) world.kernel.schedule(every, PRIORITY.guardrail, check);
  };
  world.kernel.scheduleAt(Math.min(every, world.dayEndMs), PRIORITY.guardrail, check);
}

/** Does this intent go to humans first right now (guardrail on and tripped)? */
export function humanFirst(world: World, intentIndex: number): boolean {
  return world.humanFirstIntents.has(world.intents[intentIndex]!.spec.name);
}

/** An AI outcome, as the resolution and its rating would be stored: the guardrail reads it from there. */
export function recordAiOutcome(world: World, intent: IntentRuntime, outcome: MutableAiOutcome): MutableAiOutcome {
  world.app.guardrail.recordOutcome(intent.spec.name, outcome);
  return outcome;
}

/** The customer came back to a human after this AI resolution: the guardrail's escalation-after-resolution. */
export function markEscalatedAfterResolution(outcome: MutableAiOutcome): void {
  outcome.escalatedAfterResolution = true;
}
