import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for an OpenAI-compatible endpoint, for tests (ours and the API tests): it answers
 * POST /v1/chat/completions from a scripted queue, records every request, and can delay a reply (for
 * timeouts). Plain JSON by default; `stream: true` requests get the same reply as server-sent events.
 * Test support only: it is not exported from index.ts, so production code never loads node:http here.
 */
export type FakeToolCall = { name: string; arguments: unknown; id?: string };

export type FakeChatReply =
  | { content: string; delayMs?: number }
  | { toolCalls: FakeToolCall[]; content?: string; delayMs?: number }
  | { status: number; error: string; delayMs?: number };

export type RecordedRequest = { method: string; path: string; headers: IncomingMessage['headers']; body: unknown };

export type FakeOpenAiServer = {
  /** For createOpenAiCompatibleModel: http://127.0.0.1:<port>/v1 */
  baseURL: string;
  requests: RecordedRequest[];
  enqueue(...replies: FakeChatReply[]): void;
  /** Scripted replies not yet served. */
  remaining(): number;
  close(): Promise<void>;
};

export type FakeServerOptions = { replies?: FakeChatReply[]; host?: string; port?: number; model?: string };

type ChatMessage = { role: 'assistant'; content: string | null; tool_calls?: unknown[] };

function messageOf(reply: FakeChatReply, served: number): ChatMessage {
  if ('toolCalls' in reply) {
    const calls = reply.toolCalls.map((c, i) => ({
      id: c.id ?? `call_${served}_${i + 1}`,
      type: 'function',
      function: { name: c.name, arguments: typeof c.arguments === 'string' ? c.arguments : JSON.stringify(c.arguments) },
    }));
    return { role: 'assistant', content: reply.content ?? null, tool_calls: calls };
  }
  return { role: 'assistant', content: 'content' in reply ? reply.content : null };
}

function completion(message: ChatMessage, served: number, model: string) {
  return {
    id: `chatcmpl-fake-${served}`,
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message, finish_reason: message.tool_calls ? 'tool_calls' : 'stop' }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  };
}

/** The same reply as chat.completion.chunk events: one delta with everything, a finish chunk, [DONE]. */
function streamChunks(message: ChatMessage, served: number, model: string): string {
  const base = { id: `chatcmpl-fake-${served}`, object: 'chat.completion.chunk', created: 1_700_000_000, model };
  const toolCalls = message.tool_calls?.map((c, index) => ({ index, ...(c as object) }));
  const delta = { role: 'assistant', ...(message.content !== null ? { content: message.content } : {}), ...(toolCalls ? { tool_calls: toolCalls } : {}) };
  const chunks = [
    { ...base, choices: [{ index: 0, delta, finish_reason: null }] },
    { ...base, choices: [{ index: 0, delta: {}, finish_reason: toolCalls ? 'tool_calls' : 'stop' }], usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } },
  ];
  return `${chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join('')}data: [DONE]\n\n`;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const text = Buffer.concat(parts).toString('utf8');
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startFakeOpenAiServer(options: FakeServerOptions = {}): Promise<FakeOpenAiServer> {
  const queue: FakeChatReply[] = [...(options.replies ?? [])];
  const requests: RecordedRequest[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const model = options.model ?? 'fake-model';
  let served = 0;

  const reply = (res: ServerResponse, body: unknown) => {
    const next = queue.shift();
    served += 1;
    const n = served;
    const send = () => {
      if (res.destroyed) return;
      if (!next) return sendJson(res, 500, { error: { message: 'fake server: no scripted reply left', type: 'server_error' } });
      if ('status' in next) return sendJson(res, next.status, { error: { message: next.error, type: 'fake_error' } });
      const message = messageOf(next, n);
      if ((body as { stream?: unknown } | null)?.stream === true) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        return res.end(streamChunks(message, n, model));
      }
      return sendJson(res, 200, completion(message, n, model));
    };
    const delayMs = next?.delayMs ?? 0;
    if (delayMs <= 0) return send();
    const timer = setTimeout(() => {
      timers.delete(timer);
      send();
    }, delayMs);
    timers.add(timer);
    // A client that gave up (timeout, abort) needs no answer.
    res.once('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  };

  const server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const body = await readBody(req);
      requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
      if (req.method === 'POST' && path === '/v1/chat/completions') return reply(res, body);
      if (req.method === 'GET' && path === '/v1/models') return sendJson(res, 200, { object: 'list', data: [{ id: model, object: 'model', owned_by: 'fake' }] });
      return sendJson(res, 404, { error: { message: `fake server: no route ${req.method} ${path}`, type: 'not_found' } });
    })().catch((error: unknown) => sendJson(res, 500, { error: { message: String(error), type: 'server_error' } }));
  });

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://${host}:${port}/v1`,
    requests,
    enqueue: (...replies) => void queue.push(...replies),
    remaining: () => queue.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
