import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCALATION_POLICY } from '../../domain/escalation/index.js';
import { smallScenario } from '../test-fixtures.js';
import { latentOutcome, outcomeMixAt, parseIncidents, planAiConversation, type AiPlanInput } from './ai.js';

const base: AiPlanInput = {
  intent: 'balance',
  latent: 'resolves',
  trigger: 'customer_asked',
  turns: 3,
  maxTurns: 8,
  vulnerable: false,
  humanOnly: false,
  humanFirst: false,
  policy: DEFAULT_ESCALATION_POLICY,
};

describe('planAiConversation (signals in, the real escalation policy decides)', () => {
  it('resolves after the drawn turns when nothing is wrong', () => {
    expect(planAiConversation(base)).toEqual({ turns: 3, escalation: null, wrong: false, negativeSentiment: false, triage: false });
  });

  it('closes a wrong resolution without noticing, ending on a negative turn', () => {
    const plan = planAiConversation({ ...base, latent: 'resolves_wrongly' });
    expect(plan).toMatchObject({ turns: 3, escalation: null, wrong: true, negativeSentiment: true });
  });

  it('hands off when and why the default policy says', () => {
    const at = (trigger: AiPlanInput['trigger']) => {
      const plan = planAiConversation({ ...base, latent: 'escalates', trigger });
      return [plan.turns, plan.escalation?.reason];
    };
    expect(at('customer_asked')).toEqual([1, 'customer_asked']);
    expect(at('ai_error')).toEqual([1, 'ai_error']);
    expect(at('low_confidence')).toEqual([2, 'low_confidence']); // lowConfidenceTurnsToEscalate: 2
    expect(at('out_of_scope')).toEqual([2, 'out_of_scope']);
    expect(at('failed_attempt')).toEqual([2, 'repeated_failure']);
    expect(at('negative_sentiment')).toEqual([3, 'negative_sentiment']); // a full 3-turn window
  });

  it('lets a lax policy turn a needed hand-off into a wrong AI closure at maxTurns', () => {
    const lax = { ...DEFAULT_ESCALATION_POLICY, lowConfidenceTurnsToEscalate: 50 };
    const plan = planAiConversation({ ...base, latent: 'escalates', trigger: 'low_confidence', policy: lax });
    expect(plan).toMatchObject({ turns: 8, escalation: null, wrong: true });
  });

  it('triages on the first turn for human-only and human-first topics and vulnerable customers', () => {
    expect(planAiConversation({ ...base, humanOnly: true })).toMatchObject({ turns: 1, triage: true, escalation: { reason: 'human_only_intent' } });
    expect(planAiConversation({ ...base, humanFirst: true })).toMatchObject({ turns: 1, triage: true, escalation: { reason: 'human_first_policy' } });
    expect(planAiConversation({ ...base, vulnerable: true })).toMatchObject({ turns: 1, triage: true, escalation: { reason: 'vulnerable_customer' } });
    // The customer's own request outranks the topic, and is not triage.
    const asked = planAiConversation({ ...base, latent: 'escalates', humanFirst: true });
    expect(asked).toMatchObject({ triage: false, escalation: { reason: 'customer_asked' } });
  });
});

describe('outcome mix', () => {
  it('follows incidents in their window and for their intents only', () => {
    const scenario = smallScenario();
    scenario.ai.incidents = [{ from: '02:00', to: '03:00', intents: ['balance'], ai: { resolves: 0.1, escalates: 0.1, resolvesWrongly: 0.8 } }];
    const incidents = parseIncidents(scenario);
    const [balance, dispute] = scenario.intents as [typeof scenario.intents[0], typeof scenario.intents[0]];
    expect(outcomeMixAt(balance, incidents, 1.9 * 3_600_000).resolves).toBe(0.8);
    expect(outcomeMixAt(balance, incidents, 2.5 * 3_600_000).resolvesWrongly).toBe(0.8);
    expect(outcomeMixAt(balance, incidents, 3 * 3_600_000).resolves).toBe(0.8);
    expect(outcomeMixAt(dispute, incidents, 2.5 * 3_600_000).resolves).toBe(0.3);
  });

  it('maps a uniform onto resolves / escalates / resolves wrongly', () => {
    const mix = { resolves: 0.5, escalates: 0.3, resolvesWrongly: 0.2 };
    expect([0, 0.49, 0.5, 0.79, 0.8, 0.99].map((u) => latentOutcome(mix, u))).toEqual([
      'resolves',
      'resolves',
      'escalates',
      'escalates',
      'resolves_wrongly',
      'resolves_wrongly',
    ]);
  });
});
