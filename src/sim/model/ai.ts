import { decideEscalation, type EscalationDecision, type EscalationPolicy, type TurnSignals } from '../../domain/escalation/index.js';
import { weightedIndex } from '../random.js';
import { ESCALATION_TRIGGERS, type EscalationTrigger, type IntentSpec, type Scenario } from '../scenario.js';
import type { AiOutcomeMix } from '../scenario-parts.js';
import { timeMs } from '../scenario-parts.js';

/**
 * The AI as the simulator sees it. The scenario says, per intent, how often the AI resolves,
 * needs a human, or resolves wrongly (the customer will be back). That latent outcome is turned
 * into per-turn signals — confidence, scope, sentiment, a request for a human, failed attempts,
 * engine errors — and the REAL escalation policy (decideEscalation) reads them turn by turn and
 * decides if and when to hand off. So a stricter or laxer policy changes the outcome: a policy that
 * never reacts to low confidence lets "needs a human" conversations run to maxTurns, where the
 * customer gives up and the AI's "resolution" is wrong.
 *
 * Signals, by latent outcome (troubled turns start at turn 1):
 *   resolves / resolvesWrongly: confident (0.9), in scope, mildly positive; a wrong resolution ends
 *     on one negative turn (the customer is unconvinced, the AI does not notice).
 *   escalates: every turn shows the trigger drawn from ai.escalationTriggers —
 *     customer_asked (asks for a human), low_confidence (0.3), out_of_scope (+ confidence 0.4),
 *     negative_sentiment (-0.6), failed_attempt, ai_error (engine error).
 */
export type LatentOutcome = 'resolves' | 'escalates' | 'resolves_wrongly';

export interface AiPlanInput {
  readonly intent: string;
  readonly latent: LatentOutcome;
  readonly trigger: EscalationTrigger;
  /** Turns a non-escalating conversation takes. */
  readonly turns: number;
  readonly maxTurns: number;
  readonly vulnerable: boolean;
  readonly humanOnly: boolean;
  readonly humanFirst: boolean;
  readonly policy: EscalationPolicy;
}

export interface AiPlan {
  /** Turns the AI spent (>= 1). */
  readonly turns: number;
  /** The policy's hand-off, or null when the AI closed the conversation. */
  readonly escalation: Extract<EscalationDecision, { escalate: true }> | null;
  /** The AI closed it but the issue is not solved (resolves_wrongly, or an escalation the policy missed). */
  readonly wrong: boolean;
  readonly negativeSentiment: boolean;
  /** The hand-off came from a property of the topic or customer on turn 1, not from the AI struggling. */
  readonly triage: boolean;
}

const BASE: Omit<TurnSignals, 'intent'> = {
  confidence: 0.9,
  outOfScope: false,
  sentimentScore: 0.1,
  customerAskedForHuman: false,
  failedAttempt: false,
};

const TRIAGE_REASONS = new Set(['human_only_intent', 'human_first_policy', 'vulnerable_customer']);

export function planAiConversation(input: AiPlanInput): AiPlan {
  const limit = input.latent === 'escalates' ? input.maxTurns : Math.max(1, Math.min(input.turns, input.maxTurns));
  const history: TurnSignals[] = [];
  for (let k = 1; k <= limit; k++) {
    const turn = signalsFor(input, k === limit);
    const decision = decideEscalation(
      { turn, history, customer: { vulnerable: input.vulnerable }, intentPolicy: { humanOnly: input.humanOnly, humanFirst: input.humanFirst } },
      input.policy,
    );
    if (decision.escalate) {
      return { turns: k, escalation: decision, wrong: false, negativeSentiment: turn.sentimentScore < 0, triage: TRIAGE_REASONS.has(decision.reason) };
    }
    history.push(turn);
  }
  const last = history[history.length - 1];
  return {
    turns: limit,
    escalation: null,
    wrong: input.latent !== 'resolves',
    negativeSentiment: (last?.sentimentScore ?? 0) < 0,
    triage: false,
  };
}

function signalsFor(input: AiPlanInput, lastTurn: boolean): TurnSignals {
  const turn: TurnSignals = { ...BASE, intent: input.intent };
  if (input.latent === 'resolves_wrongly') return lastTurn ? { ...turn, sentimentScore: -0.4 } : turn;
  if (input.latent === 'resolves') return turn;
  switch (input.trigger) {
    case 'customer_asked':
      return { ...turn, customerAskedForHuman: true };
    case 'low_confidence':
      return { ...turn, confidence: 0.3 };
    case 'out_of_scope':
      return { ...turn, outOfScope: true, confidence: 0.4 };
    case 'negative_sentiment':
      return { ...turn, sentimentScore: -0.6 };
    case 'failed_attempt':
      return { ...turn, failedAttempt: true };
    case 'ai_error':
      return { ...turn, engineError: 'simulated engine failure' };
  }
}

/** The scenario's AI incidents with their times parsed once. */
export interface Incident {
  readonly fromMs: number;
  readonly toMs: number;
  readonly intents: ReadonlySet<string> | null;
  readonly mix: AiOutcomeMix;
}

export function parseIncidents(scenario: Scenario): Incident[] {
  return scenario.ai.incidents.map((i) => ({
    fromMs: timeMs(i.from),
    toMs: i.to === undefined ? Infinity : timeMs(i.to),
    intents: i.intents === undefined ? null : new Set(i.intents),
    mix: i.ai,
  }));
}

/** The intent's outcome mix at time t: an incident covering t (the last listed wins) overrides it. */
export function outcomeMixAt(intent: IntentSpec, incidents: readonly Incident[], t: number): AiOutcomeMix {
  let mix = intent.ai;
  for (const incident of incidents) {
    if (t >= incident.fromMs && t < incident.toMs && (incident.intents === null || incident.intents.has(intent.name))) mix = incident.mix;
  }
  return mix;
}

export function latentOutcome(mix: AiOutcomeMix, u: number): LatentOutcome {
  if (u < mix.resolves) return 'resolves';
  if (u < mix.resolves + mix.escalates) return 'escalates';
  return 'resolves_wrongly';
}

/** Trigger weights in ESCALATION_TRIGGERS order. */
export const triggerWeights = (scenario: Scenario): number[] => ESCALATION_TRIGGERS.map((t) => scenario.ai.escalationTriggers[t] ?? 0);

export function triggerFor(weights: readonly number[], u: number): EscalationTrigger {
  return ESCALATION_TRIGGERS[weightedIndex(weights, u)]!;
}
