import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './fake-openai-server.js';

let server: FakeOpenAiServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const chat = (s: FakeOpenAiServer, body: Record<string, unknown>, signal?: AbortSignal) =>
  fetch(`${s.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...(signal ? { signal } : {}) });

describe('fake OpenAI-compatible server', () => {
  it('serves the scripted replies in order and records the requests', async () => {
    server = await startFakeOpenAiServer({ replies: [{ toolCalls: [{ name: 'get_next_payment', arguments: {} }] }] });
    server.enqueue({ content: 'Due on 2 May.' });

    const first = (await (await chat(server, { model: 'm', messages: [{ role: 'user', content: 'hi' }] })).json()) as Record<string, any>;
    expect(first.choices[0]).toEqual({
      index: 0,
      message: { role: 'assistant', content: null, tool_calls: [{ id: 'call_1_1', type: 'function', function: { name: 'get_next_payment', arguments: '{}' } }] },
      finish_reason: 'tool_calls',
    });
    const second = (await (await chat(server, { model: 'm', messages: [] })).json()) as Record<string, any>;
    expect(second.choices[0].message).toEqual({ role: 'assistant', content: 'Due on 2 May.' });
    expect(second.choices[0].finish_reason).toBe('stop');

    expect(server.remaining()).toBe(0);
    expect(server.requests.map((r) => [r.method, r.path])).toEqual([
      ['POST', '/v1/chat/completions'],
      ['POST', '/v1/chat/completions'],
    ]);
    expect(server.requests[0]?.body).toEqual({ model: 'm', messages: [{ role: 'user', content: 'hi' }] });
  });

  it('answers scripted errors, an empty queue and unknown routes with OpenAI-style error bodies', async () => {
    server = await startFakeOpenAiServer({ replies: [{ status: 429, error: 'slow down' }] });
    const limited = await chat(server, {});
    expect(limited.status).toBe(429);
    expect(await limited.json()).toEqual({ error: { message: 'slow down', type: 'fake_error' } });
    expect((await chat(server, {})).status).toBe(500);
    expect((await fetch(`${server.baseURL}/embeddings`, { method: 'POST', body: '{}' })).status).toBe(404);
  });

  it('streams the reply as server-sent events when asked to', async () => {
    server = await startFakeOpenAiServer({ replies: [{ content: 'Hello' }] });
    const text = await (await chat(server, { stream: true })).text();
    const events = text.split('\n\n').filter((e) => e !== '');
    expect(events.at(-1)).toBe('data: [DONE]');
    expect(JSON.parse(events[0]?.slice('data: '.length) ?? '{}').choices[0].delta).toEqual({ role: 'assistant', content: 'Hello' });
  });

  it('holds a delayed reply until the client gives up, and still closes at once', async () => {
    server = await startFakeOpenAiServer({ replies: [{ content: 'late', delayMs: 60_000 }] });
    const controller = new AbortController();
    const pending = chat(server, {}, controller.signal);
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(server.remaining()).toBe(0);
  });
});
