import { MockLanguageModelV3 } from 'ai/test';
import type { AssistantInput, AssistantTools, TranscriptMessage } from '../engine.js';
import type { ToolOutcome } from './turn-ledger.js';
import type { RetrievedArticle } from './types.js';

/** Test helpers for the LLM engine: scripted models, a fake back office, inputs. Used by tests only. */

// Derived from the mock so the tests need no direct dependency on @ai-sdk/provider.
type LanguageModelV3GenerateResult = Awaited<ReturnType<MockLanguageModelV3['doGenerate']>>;
type LanguageModelV3CallOptions = Parameters<MockLanguageModelV3['doGenerate']>[0];

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

export function textStep(text: string): LanguageModelV3GenerateResult {
  return { content: text === '' ? [] : [{ type: 'text', text }], finishReason: { unified: 'stop', raw: 'stop' }, usage, warnings: [] };
}

/** A step in which the model calls tools; `input` is sent as JSON unless it is already a string. */
export function toolStep(...calls: { tool: string; input: unknown }[]): LanguageModelV3GenerateResult {
  return {
    content: calls.map((c, i) => ({
      type: 'tool-call' as const,
      toolCallId: `call-${i + 1}`,
      toolName: c.tool,
      input: typeof c.input === 'string' ? c.input : JSON.stringify(c.input),
    })),
    finishReason: { unified: 'tool-calls', raw: 'tool_calls' },
    usage,
    warnings: [],
  };
}

export const scriptedModel = (...steps: LanguageModelV3GenerateResult[]) => new MockLanguageModelV3({ doGenerate: steps });

/** A model that never answers: it only settles when the call is aborted (or never, if `ignoreAbort`). */
export function hangingModel(ignoreAbort = false) {
  return new MockLanguageModelV3({
    doGenerate: (options: LanguageModelV3CallOptions) =>
      new Promise<LanguageModelV3GenerateResult>((_resolve, reject) => {
        if (!ignoreAbort) options.abortSignal?.addEventListener('abort', () => reject(options.abortSignal?.reason));
      }),
  });
}

/** Everything the model was sent on its n-th call, as one string to search. */
export const promptText = (model: MockLanguageModelV3, call: number) => JSON.stringify(model.doGenerateCalls[call]?.prompt ?? null);

export type RecordedRun = { tool: string; args: Record<string, unknown>; options: { confirmed?: boolean; idempotencyKey?: string } | undefined };

/** AssistantTools with canned outcomes per tool; records every call. Unknown tools throw, like a bug would. */
export class FakeTools implements AssistantTools {
  readonly runs: RecordedRun[] = [];
  private nextAuditId = 41;
  constructor(private readonly data: Record<string, unknown | ((args: Record<string, unknown>) => ToolOutcome)>) {}

  async run(tool: string, args: Record<string, unknown>, options?: { confirmed?: boolean; idempotencyKey?: string }): Promise<ToolOutcome> {
    this.runs.push({ tool, args, options });
    if (!(tool in this.data)) throw new Error(`no canned outcome for ${tool}`);
    const canned = this.data[tool];
    if (typeof canned === 'function') return (canned as (a: Record<string, unknown>) => ToolOutcome)(args);
    return { ok: true, tool, data: canned, auditId: this.nextAuditId++, replayed: false };
  }
}

export const nextPaymentData = {
  dueDate: '2024-05-02',
  amount: { amountMinor: 2500, currency: 'GBP', text: '£25.00' },
  merchant: 'Northwind Outdoor',
  purchaseId: 'pur_000123',
};

export const articles: RetrievedArticle[] = [
  { id: 'next-payment-date', title: 'When is my next payment?', body: 'Your schedule shows every instalment and its due date. You can pay early at no cost.', score: 7.1 },
  { id: 'late-fees', title: 'Late fees', body: 'If a payment is late we charge a late fee of £6. Late fees are capped at £24 per purchase.', score: 3.2 },
];

export const retrieveFixed = (list: RetrievedArticle[] = articles) => (_query: string, k: number) => list.slice(0, k);

/** An engine input whose transcript alternates customer and assistant, starting and ending with the customer. */
export function inputFor(messages: string[], tools: AssistantTools, overrides: Partial<AssistantInput> = {}): AssistantInput {
  const transcript: TranscriptMessage[] = messages.map((body, i) => ({ seq: i + 1, authorKind: i % 2 === 0 ? 'customer' : 'ai', body, meta: {} }));
  return {
    conversationId: 'conv-1',
    customer: { id: 'cus_1', name: 'Ada', language: 'en', vulnerable: false },
    transcript,
    memory: {},
    history: [],
    humanFirstIntents: new Set(),
    tools,
    now: Date.UTC(2024, 3, 28, 10, 0),
    ...overrides,
  };
}
