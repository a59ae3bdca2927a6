import { DEFAULT_ESCALATION_POLICY } from '../../domain/escalation/escalation-policy.js';
import { detectHumanRequest } from '../../domain/escalation/human-request.js';
import type { AssistantEngine, AssistantInput, AssistantOutput } from '../engine.js';
import { pendingFromMemory } from './confirmation-gate.js';
import { judgeTurn, type JudgeContext } from './judge-reply.js';
import { runModel } from './run-model.js';
import { buildSystemPrompt } from './system-prompt.js';
import { buildToolSet } from './tool-bridge.js';
import { lastCustomerMessage, toModelMessages } from './transcript-messages.js';
import { emptyLedger } from './turn-ledger.js';
import { buildOutput, escalationFor, turnSignals, type PolicyContext, type TurnFacts } from './turn-output.js';
import type { LlmEngineOptions, TurnClassification } from './types.js';

const DEFAULTS = { articleCount: 3, maxSteps: 6, maxRetries: 1, maxTranscriptMessages: 20 };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The LLM engine: the same tools and policies as the offline engine, through the AI SDK. Per turn:
 * 1. A request for a human (and anything else the escalation policy settles before answering: a
 *    human-only or human-first topic, a vulnerable customer) hands over without calling the model.
 * 2. The top articles for the customer's message go into the system prompt; the model runs the tool loop
 *    under a time budget; actions need the customer's yes (confirmation-gate.ts).
 * 3. The reply is judged (judge-reply.ts): errors, timeouts, refusals and ungrounded facts are withheld and
 *    escalated. Otherwise the escalation policy has the last word on the turn's signals.
 */
export function createLlmEngine(options: LlmEngineOptions): AssistantEngine {
  const settings = { ...DEFAULTS, ...options };
  const humanOnlyIntents = (options.intents ?? []).filter((i) => i.humanOnly);
  const policy: PolicyContext = {
    escalationPolicy: options.escalationPolicy ?? DEFAULT_ESCALATION_POLICY,
    humanOnlyIntentIds: new Set(humanOnlyIntents.map((i) => i.id)),
    intents: options.intents ?? [],
  };

  async function answer(input: AssistantInput, last: string, base: TurnFacts): Promise<AssistantOutput> {
    const { ledger } = base;
    const before = escalationFor(input, turnSignals(base, { answered: true }), null, policy);
    if (before) return buildOutput(input, { ...base, forced: before }, policy);

    const today = new Date(input.now).toISOString().slice(0, 10);
    const articles = last.trim() === '' ? [] : await options.retrieve(last, settings.articleCount);
    const tools = buildToolSet({
      tools: input.tools,
      conversationId: input.conversationId,
      gate: { pending: pendingFromMemory(input.memory), lastCustomerMessage: last },
      ledger,
      ...(options.toolPolicy ? { policy: options.toolPolicy } : {}),
    });
    const system = buildSystemPrompt({
      customer: input.customer,
      today,
      articles,
      humanOnlyIntents,
      humanFirstIntents: [...input.humanFirstIntents],
    });
    const run = await runModel({
      model: options.model,
      system,
      messages: toModelMessages(input.transcript, settings.maxTranscriptMessages),
      tools,
      timeoutMs: options.timeoutMs,
      maxSteps: settings.maxSteps,
      maxRetries: settings.maxRetries,
    });
    const judge: JudgeContext = { articles, today, humanOnlyIntentIds: policy.humanOnlyIntentIds, humanFirstIntents: input.humanFirstIntents };
    const verdict = judgeTurn(run, ledger, judge);
    return buildOutput(
      input,
      {
        ...base,
        reply: verdict.reply,
        citedArticles: articles.filter((a) => verdict.articleIds.includes(a.id)),
        forced: verdict.forced,
        ...(verdict.engineError !== undefined ? { engineError: verdict.engineError } : {}),
      },
      policy,
    );
  }

  return {
    name: 'llm',
    async respond(input: AssistantInput): Promise<AssistantOutput> {
      const last = lastCustomerMessage(input.transcript);
      // Checked before anything that can fail, so a customer who asks for a person always gets one.
      const asked = detectHumanRequest(last);
      // Created here so that actions already taken are still reported if the turn then fails.
      const base: TurnFacts = { reply: null, ledger: emptyLedger(), citedArticles: [], classification: null, customerAskedForHuman: asked, forced: null };
      try {
        const classification: TurnClassification | null = options.classify ? await options.classify(last) : null;
        return await answer(input, last, { ...base, classification });
      } catch (error) {
        // Any failure of ours (retrieval, classifier, prompt, a bug) hands over rather than strand the customer.
        const engineError = `engine failed: ${message(error)}`;
        const forced = asked ? { reason: 'customer_asked' as const, detail: 'customer asked for a human on this turn' } : { reason: 'ai_error' as const, detail: engineError };
        return buildOutput(input, { ...base, forced, engineError }, policy);
      }
    },
  };
}
