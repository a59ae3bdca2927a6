import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleIndex } from '../../src/ai/retrieval/index.js';
import { loadKnowledgeBase } from '../../src/ai/knowledge/load-files.js';
import { createLlmEngine, createOpenAiCompatibleModel } from '../../src/ai/llm/index.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../src/ai/llm/fake-openai-server.js';
import { bearer, startTestTandem, type TestTandem } from '../support/app.js';

/**
 * The LLM engine inside the whole product: a customer message over the API, the engine calling a local
 * OpenAI-compatible server (the only stand-in: a hosted model cannot run here), a real tool call against
 * the reference back office, a grounded reply, and an ungrounded one withheld and handed to a person.
 */
let t: TestTandem;
let server: FakeOpenAiServer;

beforeAll(async () => {
  server = await startFakeOpenAiServer();
  const { catalogue, articles } = loadKnowledgeBase();
  const index = createArticleIndex(articles);
  const engine = createLlmEngine({
    model: createOpenAiCompatibleModel({ baseURL: server.baseURL, model: 'fake-model', apiKey: 'test-key' }),
    retrieve: (query, k) => index.search(query, k),
    intents: catalogue.intents,
    timeoutMs: 10_000,
  });
  t = await startTestTandem({ overrides: { engine } });
});
afterAll(async () => {
  await t.dispose();
  await server.close();
});

async function ask(text: string) {
  const customer = await t.customerToken('demo');
  const started = await t.app.inject({ method: 'POST', url: '/v1/conversations', payload: { message: { clientMessageId: 'q1', text } }, headers: bearer(customer) });
  const id = started.json().conversation.id as string;
  await t.services.assistant.idle();
  const messages = (await t.app.inject({ method: 'GET', url: `/v1/conversations/${id}/messages`, headers: bearer(customer) })).json().messages;
  const conversation = (await t.app.inject({ method: 'GET', url: `/v1/conversations/${id}`, headers: bearer(customer) })).json().conversation;
  return { id, messages, conversation };
}

describe('LLM engine through the API', () => {
  it('calls a real tool through the model, answers with its facts, and cites it', async () => {
    const next = await t.services.runTool({ tool: 'get_next_payment', args: {}, actor: { kind: 'agent', agentId: 'agt_sam' }, customerId: 'cus_demo', conversationId: null });
    if (!next.ok) throw new Error('no next payment');
    const due = next.data as { dueDate: string; amount: { text: string } };
    server.enqueue({ toolCalls: [{ name: 'get_next_payment', arguments: {} }] }, { content: `Your next payment is ${due.amount.text}, due on ${due.dueDate}.` });

    const { messages, conversation } = await ask('when is my next payment due?');
    const reply = messages.find((m: { authorKind: string }) => m.authorKind === 'ai');
    expect(reply.body).toBe(`Your next payment is ${due.amount.text}, due on ${due.dueDate}.`);
    expect(reply.meta.citations).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'tool', tool: 'get_next_payment' })]));
    expect(conversation.state).toBe('ai');
    const audit = await t.services.deps.tools.audit.list({ customerId: 'cus_demo', limit: 5 });
    expect(audit.some((a) => a.tool === 'get_next_payment' && a.actor.kind === 'ai' && a.ok)).toBe(true);
    // The key reached the endpoint, and the tool result went back to the model in the second request.
    expect(server.requests.at(-1)?.headers.authorization).toBe('Bearer test-key');
    expect(JSON.stringify(server.requests.at(-1)?.body)).toContain(due.dueDate);
  });

  it('withholds a reply with an amount no tool or article gave, and hands over to a person', async () => {
    server.enqueue({ content: 'Good news: we have refunded £999.99 to your card.' });
    const { messages, conversation } = await ask('did you refund me?');
    expect(messages.some((m: { body: string }) => m.body.includes('999.99'))).toBe(false);
    expect(conversation).toMatchObject({ state: 'queued', escalationReason: 'ai_error' });
  });

  it('a model that errors hands the customer to a person', async () => {
    server.enqueue({ status: 500, error: 'upstream exploded' });
    const { conversation } = await ask('what is my balance?');
    expect(conversation).toMatchObject({ state: 'queued', escalationReason: 'ai_error' });
  });
});
