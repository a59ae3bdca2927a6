import { describe, expect, it } from 'vitest';
import type { TurnSignals } from '../engine.js';
import { createLlmEngine } from './llm-engine.js';
import { FakeTools, inputFor, retrieveFixed, scriptedModel, textStep, toolStep } from './llm-test-fixtures.js';

const calm: TurnSignals = { intent: 'payment_date', confidence: 0.9, outOfScope: false, sentimentScore: 0, customerAskedForHuman: false, failedAttempt: false };

describe('LLM engine: the escalation policy', () => {
  it('hands a human-first intent over before calling the model, using the injected classifier', async () => {
    const model = scriptedModel(textStep('hi'));
    const engine = createLlmEngine({
      model,
      retrieve: retrieveFixed(),
      timeoutMs: 1_000,
      classify: () => ({ intent: 'refund_status', confidence: 0.92, outOfScope: false, sentimentScore: -0.1 }),
    });
    const out = await engine.respond(inputFor(['where is my refund?'], new FakeTools({}), { humanFirstIntents: new Set(['refund_status']) }));
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(out.escalate).toMatchObject({ reason: 'human_first_policy', detail: 'intent refund_status is human-first (AI quality guardrail)' });
    expect(out.signals).toMatchObject({ intent: 'refund_status', confidence: 0.92, sentimentScore: -0.1 });
  });

  it('hands a vulnerable customer over at once under the default policy', async () => {
    const model = scriptedModel(textStep('hi'));
    const input = inputFor(['when is my payment?'], new FakeTools({}), { customer: { id: 'c', name: 'Bo', language: 'en', vulnerable: true } });
    const out = await createLlmEngine({ model, retrieve: retrieveFixed(), timeoutMs: 1_000 }).respond(input);
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(out.escalate?.reason).toBe('vulnerable_customer');
  });

  it('keeps a grounded reply but escalates on the second failed action of the conversation', async () => {
    const extension = { purchaseId: 'pur_1', days: 3 };
    const model = scriptedModel(
      toolStep({ tool: 'extend_due_date', input: { ...extension, customerConfirmed: true } }),
      textStep('That did not work: the instalment is already late.'),
    );
    const tools = new FakeTools({
      extend_due_date: () => ({ ok: false, tool: 'extend_due_date', code: 'already_late', message: 'The instalment is already late', auditId: 9, replayed: false }),
    });
    const input = inputFor(['extend by 3 days', 'Move pur_1 by 3 days?', 'yes'], tools, {
      memory: { pendingAction: { tool: 'extend_due_date', args: extension } },
      history: [{ ...calm, failedAttempt: true }],
    });
    const out = await createLlmEngine({ model, retrieve: retrieveFixed([]), timeoutMs: 5_000 }).respond(input);
    expect(out.reply).toBe('That did not work: the instalment is already late.');
    expect(out.escalate).toMatchObject({ reason: 'repeated_failure', detail: '2 failed attempts (limit 2)' });
    expect(out.escalate?.handoff.text).toContain('- extend_due_date: already_late: The instalment is already late');
  });
});
