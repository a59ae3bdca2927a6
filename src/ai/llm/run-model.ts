import { generateText, hasToolCall, stepCountIs, type FinishReason, type LanguageModel, type ModelMessage, type ToolSet } from 'ai';
import { HANDOFF_TOOL } from './tool-bridge.js';

export type ModelRunSettings = {
  model: LanguageModel;
  system: string;
  messages: ModelMessage[];
  tools: ToolSet;
  timeoutMs: number;
  maxSteps: number;
  maxRetries: number;
};

export type ModelRun =
  | { ok: true; text: string; finishReason: FinishReason; steps: number; unfinishedToolLoop: boolean }
  | { ok: false; error: string };

class TurnTimeout extends Error {}

/**
 * One turn of the tool loop under a hard time budget. The abort signal stops the HTTP call; the race makes
 * the budget hold even for a model (or tool) that ignores the signal. The loop ends at the handoff tool, at
 * a step without tool calls, or at `maxSteps`.
 */
export async function runModel(settings: ModelRunSettings): Promise<ModelRun> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const error = new TurnTimeout(`timeout after ${settings.timeoutMs} ms`);
      controller.abort(error);
      reject(error);
    }, settings.timeoutMs);
  });
  try {
    const result = await Promise.race([
      generateText({
        model: settings.model,
        system: settings.system,
        messages: settings.messages,
        tools: settings.tools,
        stopWhen: [stepCountIs(settings.maxSteps), hasToolCall(HANDOFF_TOOL)],
        maxRetries: settings.maxRetries,
        abortSignal: controller.signal,
      }),
      timeout,
    ]);
    const last = result.steps.at(-1);
    const unfinishedToolLoop = last !== undefined && last.toolCalls.length > 0 && !last.toolCalls.some((c) => c.toolName === HANDOFF_TOOL);
    return { ok: true, text: result.text, finishReason: result.finishReason, steps: result.steps.length, unfinishedToolLoop };
  } catch (error) {
    if (controller.signal.aborted && controller.signal.reason instanceof TurnTimeout) return { ok: false, error: controller.signal.reason.message };
    return { ok: false, error: `model call failed: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    clearTimeout(timer);
  }
}
