import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';
import { createLlmEngine } from './llm-engine.js';
import { FakeTools, inputFor, nextPaymentData, retrieveFixed } from './llm-test-fixtures.js';
import { createOpenAiCompatibleModel, readLlmConfig } from './openai-compatible-model.js';

let server: FakeOpenAiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

type ChatBody = { model: string; messages: { role: string; content: unknown; tool_calls?: unknown }[]; tools?: { function: { name: string; parameters: any } }[] };

describe('LLM engine through an OpenAI-compatible endpoint', () => {
  it('runs a tool-call round trip over HTTP', async () => {
    server = await startFakeOpenAiServer({
      replies: [{ toolCalls: [{ name: 'get_next_payment', arguments: {} }] }, { content: 'Your next payment of £25.00 is due on 2 May [next-payment-date].' }],
    });
    const model = createOpenAiCompatibleModel({ baseURL: server.baseURL, model: 'tandem-test', apiKey: 'test-key' });
    const tools = new FakeTools({ get_next_payment: nextPaymentData });
    const out = await createLlmEngine({ model, retrieve: retrieveFixed(), timeoutMs: 5_000 }).respond(inputFor(['when do I pay next?'], tools));

    expect(out.reply).toBe('Your next payment of £25.00 is due on 2 May.');
    expect(out.escalate).toBeNull();
    expect(out.citations.map((c) => (c.kind === 'article' ? c.id : c.tool))).toEqual(['next-payment-date', 'get_next_payment']);

    const [first, second] = server.requests.map((r) => r.body as ChatBody);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer test-key');
    expect(first?.model).toBe('tandem-test');
    expect(first?.messages[0]?.role).toBe('system');
    const extend = first?.tools?.find((t) => t.function.name === 'extend_due_date');
    expect(extend?.function.parameters.required).toContain('customerConfirmed');
    expect(first?.tools?.map((t) => t.function.name)).toContain('handoff_to_human');
    // The second request carries the assistant's tool call and our tool result.
    const toolMessage = second?.messages.find((m) => m.role === 'tool');
    expect(String(toolMessage?.content)).toContain('Northwind Outdoor');
  });

  it('escalates as ai_error when the endpoint is slower than the budget', async () => {
    server = await startFakeOpenAiServer({ replies: [{ content: 'too late', delayMs: 60_000 }] });
    const model = createOpenAiCompatibleModel({ baseURL: server.baseURL, model: 'tandem-test' });
    const out = await createLlmEngine({ model, retrieve: retrieveFixed(), timeoutMs: 100 }).respond(inputFor(['hello'], new FakeTools({})));
    expect(out.reply).toBeNull();
    expect(out.escalate).toMatchObject({ reason: 'ai_error', detail: 'timeout after 100 ms' });
  });

  it('escalates as ai_error when the endpoint fails', async () => {
    server = await startFakeOpenAiServer({ replies: [{ status: 400, error: 'model not found' }] });
    const model = createOpenAiCompatibleModel({ baseURL: server.baseURL, model: 'nope' });
    const out = await createLlmEngine({ model, retrieve: retrieveFixed(), timeoutMs: 5_000, maxRetries: 0 }).respond(inputFor(['hello'], new FakeTools({})));
    expect(out.escalate?.reason).toBe('ai_error');
    expect(out.escalate?.detail).toContain('model not found');
  });
});

describe('readLlmConfig', () => {
  it('is off when unset, and reads a complete configuration', () => {
    expect(readLlmConfig({})).toEqual({ ok: true, config: null });
    expect(readLlmConfig({ TANDEM_LLM_BASE_URL: 'http://localhost:11434/v1', TANDEM_LLM_MODEL: 'llama3.1', TANDEM_LLM_API_KEY: '' })).toEqual({
      ok: true,
      config: { baseURL: 'http://localhost:11434/v1', model: 'llama3.1' },
    });
  });
  it('names every problem of a half-set configuration', () => {
    expect(readLlmConfig({ TANDEM_LLM_BASE_URL: 'localhost:11434' })).toEqual({
      ok: false,
      problems: ['TANDEM_LLM_BASE_URL: must be an http(s) URL, e.g. http://localhost:11434/v1', 'TANDEM_LLM_MODEL: is required when TANDEM_LLM_BASE_URL is set'],
    });
    expect(readLlmConfig({ TANDEM_LLM_MODEL: 'gpt-4o-mini' })).toEqual({ ok: false, problems: ['TANDEM_LLM_BASE_URL: is required when TANDEM_LLM_MODEL is set'] });
  });
});
