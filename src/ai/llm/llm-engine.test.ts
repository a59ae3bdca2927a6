import { describe, expect, it } from 'vitest';
import { createLlmEngine } from './llm-engine.js';
import {
  FakeTools,
  articles,
  hangingModel,
  inputFor,
  nextPaymentData,
  promptText,
  retrieveFixed,
  scriptedModel,
  textStep,
  toolStep,
} from './llm-test-fixtures.js';

type Model = Parameters<typeof createLlmEngine>[0]['model'];
const engineWith = (model: Model, timeoutMs = 5_000) => createLlmEngine({ model, retrieve: retrieveFixed(), timeoutMs });

describe('LLM engine: tool round trip', () => {
  it('answers from the tool result, grounded and cited', async () => {
    const model = scriptedModel(
      toolStep({ tool: 'get_next_payment', input: {} }),
      textStep('Your next payment of £25.00 to Northwind Outdoor is due on 2 May [next-payment-date].'),
    );
    const tools = new FakeTools({ get_next_payment: nextPaymentData });
    const out = await engineWith(model).respond(inputFor(['when is my next payment?'], tools));

    expect(out.reply).toBe('Your next payment of £25.00 to Northwind Outdoor is due on 2 May.');
    expect(out.escalate).toBeNull();
    expect(out.citations).toEqual([
      { kind: 'article', id: 'next-payment-date', title: 'When is my next payment?' },
      { kind: 'tool', tool: 'get_next_payment', auditId: 41 },
    ]);
    expect(out.actions).toEqual([]);
    expect(tools.runs).toEqual([{ tool: 'get_next_payment', args: {}, options: undefined }]);
    // The system prompt carried the articles with their ids; the second call carried the tool result.
    expect(promptText(model, 0)).toContain('[late-fees] Late fees');
    expect(promptText(model, 1)).toContain('Northwind Outdoor');
    expect(out.signals).toMatchObject({ customerAskedForHuman: false, failedAttempt: false, confidence: 1 });
  });
});

describe('LLM engine: malformed tool arguments', () => {
  it('never runs the tool; the model sees the validation error and can correct itself', async () => {
    const model = scriptedModel(
      toolStep({ tool: 'get_purchase', input: { purchase: 'pur_000123' } }),
      toolStep({ tool: 'get_purchase', input: { purchaseId: 'pur_000123' } }),
      textStep('That purchase from Northwind Outdoor is £25.00 a month.'),
    );
    const tools = new FakeTools({ get_purchase: nextPaymentData });
    const out = await engineWith(model).respond(inputFor(['tell me about pur_000123'], tools));

    expect(tools.runs.map((r) => r.args)).toEqual([{ purchaseId: 'pur_000123' }]);
    expect(promptText(model, 1)).toContain('Invalid input for tool get_purchase');
    expect(out.reply).toBe('That purchase from Northwind Outdoor is £25.00 a month.');
    expect(out.escalate).toBeNull();
  });

  it('escalates as ai_error when the model keeps sending bad arguments until the step budget is spent', async () => {
    const bad = toolStep({ tool: 'get_purchase', input: '{"purchaseId": ' });
    const model = scriptedModel(bad, bad, bad);
    const tools = new FakeTools({ get_purchase: nextPaymentData });
    const engine = createLlmEngine({ model, retrieve: retrieveFixed(), timeoutMs: 5_000, maxSteps: 3 });
    const out = await engine.respond(inputFor(['tell me about pur_000123'], tools));

    expect(tools.runs).toEqual([]);
    expect(out.reply).toBeNull();
    expect(out.escalate).toMatchObject({ reason: 'ai_error', detail: 'tool loop did not finish in 3 model calls' });
  });
});

describe('LLM engine: replies that are not answers', () => {
  it('withholds a refusal and hands over as out of scope', async () => {
    const out = await engineWith(scriptedModel(textStep("I'm sorry, but I can't help with that."))).respond(
      inputFor(['can you write my essay?'], new FakeTools({})),
    );
    expect(out.reply).toBeNull();
    expect(out.escalate).toMatchObject({ reason: 'out_of_scope', detail: 'assistant declined: "I\'m sorry, but I can\'t help with that."' });
    expect(out.signals.outOfScope).toBe(true);
  });

  it('escalates an empty reply as ai_error', async () => {
    const out = await engineWith(scriptedModel(textStep(''))).respond(inputFor(['hello?'], new FakeTools({})));
    expect(out.reply).toBeNull();
    expect(out.escalate).toMatchObject({ reason: 'ai_error', detail: 'empty reply' });
    expect(out.signals.engineError).toBe('empty reply');
  });

  it('withholds a reply with an amount no tool or article stated', async () => {
    const model = scriptedModel(toolStep({ tool: 'get_next_payment', input: {} }), textStep('Your next payment is £40.00, due on 2 May.'));
    const out = await engineWith(model).respond(inputFor(['how much is my next payment?'], new FakeTools({ get_next_payment: nextPaymentData })));

    expect(out.reply).toBeNull();
    expect(out.escalate).toMatchObject({ reason: 'ai_error', detail: 'ungrounded reply: £40.00' });
    // The person taking over sees what the tool did say.
    expect(out.escalate?.handoff.text).toContain('get_next_payment: done:');
    expect(out.citations).toEqual([{ kind: 'tool', tool: 'get_next_payment', auditId: 41 }]);
  });
});

describe('LLM engine: time budget and failures', () => {
  it('escalates as ai_error when the model does not answer in time', async () => {
    const out = await engineWith(hangingModel(), 30).respond(inputFor(['when is my next payment?'], new FakeTools({})));
    expect(out.reply).toBeNull();
    expect(out.escalate).toMatchObject({ reason: 'ai_error', detail: 'timeout after 30 ms' });
    expect(out.signals.engineError).toBe('timeout after 30 ms');
  });

  it('keeps the budget even when the model ignores the abort signal', async () => {
    const out = await engineWith(hangingModel(true), 30).respond(inputFor(['when is my next payment?'], new FakeTools({})));
    expect(out.escalate?.reason).toBe('ai_error');
  });

  it('escalates when a tool throws instead of answering', async () => {
    const model = scriptedModel(toolStep({ tool: 'list_purchases', input: {} }), textStep('You have no purchases.'));
    const out = await engineWith(model).respond(inputFor(['my purchases?'], new FakeTools({})));
    expect(out.reply).toBeNull();
    expect(out.escalate).toMatchObject({ reason: 'ai_error', detail: 'tool failed: list_purchases: no canned outcome for list_purchases' });
  });

  it('escalates when retrieval fails, without calling the model', async () => {
    const model = scriptedModel(textStep('hi'));
    const engine = createLlmEngine({ model, retrieve: () => { throw new Error('index not built'); }, timeoutMs: 1_000 });
    const out = await engine.respond(inputFor(['hello'], new FakeTools({})));
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(out.escalate).toMatchObject({ reason: 'ai_error', detail: 'engine failed: index not built' });
  });
});

describe('LLM engine: handing over', () => {
  it('honours a request for a human without calling the model', async () => {
    const model = scriptedModel(textStep('I can help!'));
    const out = await engineWith(model).respond(inputFor(['Where is my refund?', 'Let me check.', 'I want to talk to a real person'], new FakeTools({})));
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(out.reply).toBeNull();
    expect(out.escalate).toMatchObject({ reason: 'customer_asked' });
    expect(out.escalate?.handoff.wants).toBe('Asked for a person after writing: "Where is my refund?".');
    expect(out.signals.customerAskedForHuman).toBe(true);
  });

  it('maps the handoff tool to the intent policy of the catalogue', async () => {
    const model = scriptedModel(
      toolStep({ tool: 'handoff_to_human', input: { reason: 'human_only_topic', intent: 'hardship', note: 'Lost job, cannot pay' } }),
      textStep('never sent'),
    );
    const engine = createLlmEngine({
      model,
      retrieve: retrieveFixed(),
      timeoutMs: 5_000,
      intents: [{ id: 'hardship', description: 'The customer is struggling to pay', humanOnly: true }],
    });
    const out = await engine.respond(inputFor(['I lost my job and cannot pay'], new FakeTools({})));
    expect(model.doGenerateCalls).toHaveLength(1);
    expect(promptText(model, 0)).toContain('- hardship: The customer is struggling to pay');
    expect(out.reply).toBeNull();
    expect(out.intent).toBe('hardship');
    expect(out.escalate).toMatchObject({ reason: 'human_only_intent', detail: 'intent hardship is human-only: Lost job, cannot pay' });
  });

  it('marks the conversation resolved when the model says the customer is done', async () => {
    const model = scriptedModel(toolStep({ tool: 'mark_resolved', input: {} }), textStep('Glad I could help, goodbye!'));
    const out = await engineWith(model).respond(inputFor(['thanks, that is all'], new FakeTools({})));
    expect(out).toMatchObject({ reply: 'Glad I could help, goodbye!', resolved: true, escalate: null });
  });
});

describe('LLM engine: articles', () => {
  it('cites an article that states a fact of the reply even without a marker', async () => {
    const out = await engineWith(scriptedModel(textStep('A late fee is £6, and never more than £24 per purchase.'))).respond(
      inputFor(['how much are late fees'], new FakeTools({})),
    );
    expect(out.reply).toBe('A late fee is £6, and never more than £24 per purchase.');
    expect(out.citations).toEqual([{ kind: 'article', id: 'late-fees', title: articles[1]?.title }]);
  });
});
