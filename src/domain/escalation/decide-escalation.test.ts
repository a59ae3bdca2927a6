import { describe, expect, it } from 'vitest';
import { decideEscalation, type EscalationInput, type TurnSignals } from './decide-escalation.js';
import { DEFAULT_ESCALATION_POLICY, validateEscalationPolicy } from './escalation-policy.js';

const calm: TurnSignals = {
  intent: 'payment_date',
  confidence: 0.9,
  outOfScope: false,
  sentimentScore: 0,
  customerAskedForHuman: false,
  failedAttempt: false,
};

function input(turn: Partial<TurnSignals>, rest: Partial<Omit<EscalationInput, 'turn'>> = {}): EscalationInput {
  return {
    turn: { ...calm, ...turn },
    history: [],
    customer: { vulnerable: false },
    intentPolicy: { humanOnly: false, humanFirst: false },
    ...rest,
  };
}

const decide = (i: EscalationInput) => decideEscalation(i, DEFAULT_ESCALATION_POLICY);
const reasonOf = (i: EscalationInput) => {
  const d = decide(i);
  return d.escalate ? d.reason : null;
};

describe('decideEscalation: each reason', () => {
  it('keeps a calm, confident, in-scope conversation with the AI', () => {
    expect(decide(input({}))).toEqual({ escalate: false });
  });

  it('honours a request for a human on the first turn', () => {
    expect(decide(input({ customerAskedForHuman: true }))).toEqual({
      escalate: true,
      reason: 'customer_asked',
      detail: 'customer asked for a human on this turn',
    });
  });

  it('escalates on any engine error', () => {
    expect(decide(input({ engineError: 'llm timeout' }))).toEqual({
      escalate: true,
      reason: 'ai_error',
      detail: 'engine error: llm timeout',
    });
  });

  it('escalates human-only and human-first intents', () => {
    expect(reasonOf(input({}, { intentPolicy: { humanOnly: true, humanFirst: false } }))).toBe('human_only_intent');
    expect(reasonOf(input({}, { intentPolicy: { humanOnly: false, humanFirst: true } }))).toBe('human_first_policy');
  });

  it('escalates a vulnerable customer only when the policy says so', () => {
    const vulnerable = input({}, { customer: { vulnerable: true } });
    expect(reasonOf(vulnerable)).toBe('vulnerable_customer');
    expect(decideEscalation(vulnerable, { ...DEFAULT_ESCALATION_POLICY, vulnerableEscalatesImmediately: false })).toEqual({
      escalate: false,
    });
  });

  it('escalates on the second failed attempt, not the first', () => {
    expect(reasonOf(input({ failedAttempt: true }))).toBeNull();
    const second = decide(input({ failedAttempt: true }, { history: [{ ...calm, failedAttempt: true }] }));
    expect(second).toEqual({ escalate: true, reason: 'repeated_failure', detail: '2 failed attempts (limit 2)' });
  });

  it('escalates on a negative, non-improving sentiment trend over a full window', () => {
    const history = [
      { ...calm, sentimentScore: -0.2 },
      { ...calm, sentimentScore: -0.4 },
    ];
    const d = decide(input({ sentimentScore: -0.5 }, { history }));
    expect(d).toEqual({
      escalate: true,
      reason: 'negative_sentiment',
      detail: 'mean sentiment -0.37 over last 3 turns at or below -0.3, not improving',
    });
    // Improving (last better than first) is not a worsening trend even if the mean is low.
    expect(reasonOf(input({ sentimentScore: -0.1 }, { history: [{ ...calm, sentimentScore: -0.9 }, ...history] }))).toBeNull();
    // Two turns are not a trend.
    expect(reasonOf(input({ sentimentScore: -0.9 }, { history: [{ ...calm, sentimentScore: -0.9 }] }))).toBeNull();
    // Mean just above the threshold.
    expect(reasonOf(input({ sentimentScore: -0.3 }, { history: [{ ...calm, sentimentScore: -0.2 }, { ...calm, sentimentScore: -0.3 }] }))).toBeNull();
  });

  it('escalates on the second out-of-scope turn', () => {
    expect(reasonOf(input({ outOfScope: true }))).toBeNull();
    expect(decide(input({ outOfScope: true }, { history: [{ ...calm, outOfScope: true }] }))).toEqual({
      escalate: true,
      reason: 'out_of_scope',
      detail: '2 out-of-scope turns (limit 2)',
    });
  });

  it('escalates on the second low-confidence turn, and only if the current one is low', () => {
    const low = { ...calm, confidence: 0.3 };
    expect(reasonOf(input({ confidence: 0.3 }))).toBeNull();
    expect(decide(input({ confidence: 0.4 }, { history: [low] }))).toEqual({
      escalate: true,
      reason: 'low_confidence',
      detail: '2 turns below confidence 0.55 (latest 0.40, limit 2)',
    });
    expect(reasonOf(input({ confidence: 0.9 }, { history: [low, low] }))).toBeNull();
    // Exactly at the floor is not low.
    expect(reasonOf(input({ confidence: 0.55 }, { history: [low] }))).toBeNull();
  });
});

describe('decideEscalation: precedence', () => {
  const everything = input(
    {
      customerAskedForHuman: true,
      engineError: 'boom',
      confidence: 0.1,
      outOfScope: true,
      failedAttempt: true,
      sentimentScore: -0.9,
    },
    {
      history: [
        { ...calm, confidence: 0.1, outOfScope: true, failedAttempt: true, sentimentScore: -0.8 },
        { ...calm, confidence: 0.1, outOfScope: true, failedAttempt: true, sentimentScore: -0.8 },
      ],
      customer: { vulnerable: true },
      intentPolicy: { humanOnly: true, humanFirst: true },
    },
  );

  it('peels reasons off in the documented order', () => {
    const order: string[] = [];
    let current: EscalationInput = everything;
    const strip = [
      (i: EscalationInput): EscalationInput => ({ ...i, turn: { ...i.turn, customerAskedForHuman: false } }),
      (i: EscalationInput): EscalationInput => {
        const { engineError: _ignored, ...turn } = i.turn;
        return { ...i, turn };
      },
      (i: EscalationInput): EscalationInput => ({ ...i, intentPolicy: { ...i.intentPolicy, humanOnly: false } }),
      (i: EscalationInput): EscalationInput => ({ ...i, intentPolicy: { ...i.intentPolicy, humanFirst: false } }),
      (i: EscalationInput): EscalationInput => ({ ...i, customer: { vulnerable: false } }),
      (i: EscalationInput): EscalationInput => ({ ...i, turn: { ...i.turn, failedAttempt: false } }),
      (i: EscalationInput): EscalationInput => ({ ...i, turn: { ...i.turn, sentimentScore: 0.5 } }),
      (i: EscalationInput): EscalationInput => ({ ...i, turn: { ...i.turn, outOfScope: false } }),
      (i: EscalationInput): EscalationInput => ({ ...i, turn: { ...i.turn, confidence: 0.9 } }),
    ];
    for (const next of strip) {
      const reason = reasonOf(current);
      if (reason) order.push(reason);
      current = next(current);
    }
    expect(order).toEqual([
      'customer_asked',
      'ai_error',
      'human_only_intent',
      'human_first_policy',
      'vulnerable_customer',
      'repeated_failure',
      'negative_sentiment',
      'out_of_scope',
      'low_confidence',
    ]);
    expect(decide(current)).toEqual({ escalate: false });
  });
});

describe('validateEscalationPolicy', () => {
  it('accepts the defaults and names every bad field', () => {
    expect(validateEscalationPolicy(DEFAULT_ESCALATION_POLICY)).toEqual({ ok: true });
    expect(
      validateEscalationPolicy({ ...DEFAULT_ESCALATION_POLICY, confidenceFloor: 1.5, failedAttemptLimit: 0, sentimentWindowTurns: 2.5 }),
    ).toEqual({
      ok: false,
      problems: [
        'confidenceFloor: must be between 0 and 1',
        'sentimentWindowTurns: must be a whole number of at least 1',
        'failedAttemptLimit: must be a whole number of at least 1',
      ],
    });
  });
});
