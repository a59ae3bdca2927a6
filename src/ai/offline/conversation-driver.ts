import type { AssistantEngine, AssistantMemory, AssistantOutput, AssistantTools, CustomerContext, TranscriptMessage, TurnSignals } from '../engine.js';

/**
 * Plays the application's part around an engine for tests, demos and measurements: keeps the
 * transcript, the memory and the turn signals between turns, as the conversation store would.
 */
export interface ConversationDriver {
  readonly transcript: readonly TranscriptMessage[];
  readonly outputs: readonly AssistantOutput[];
  /** Sends one customer message and returns the engine's output for it. */
  say(text: string): Promise<AssistantOutput>;
}

export interface DriverOptions {
  readonly conversationId: string;
  readonly tools: AssistantTools;
  readonly customer?: CustomerContext;
  readonly now: number;
  readonly humanFirstIntents?: ReadonlySet<string>;
}

export const ALEX: CustomerContext = { id: 'cus_demo', name: 'Alex Morgan', language: 'en', vulnerable: false };

export function startConversation(engine: AssistantEngine, options: DriverOptions): ConversationDriver {
  const transcript: TranscriptMessage[] = [];
  const outputs: AssistantOutput[] = [];
  const history: TurnSignals[] = [];
  let memory: AssistantMemory = {};
  return {
    transcript,
    outputs,
    async say(text) {
      transcript.push({ seq: transcript.length + 1, authorKind: 'customer', body: text, meta: {} });
      const output = await engine.respond({
        conversationId: options.conversationId,
        customer: options.customer ?? ALEX,
        transcript: [...transcript],
        memory,
        history: [...history],
        humanFirstIntents: options.humanFirstIntents ?? new Set(),
        tools: options.tools,
        now: options.now,
      });
      if (output.reply !== null) transcript.push({ seq: transcript.length + 1, authorKind: 'ai', body: output.reply, meta: {} });
      history.push(output.signals);
      outputs.push(output);
      memory = output.memory;
      return output;
    },
  };
}
