import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';

/** Any OpenAI-compatible chat endpoint: OpenAI, Azure, a local Ollama or vLLM (baseURL ends in /v1). */
export type OpenAiCompatibleConfig = { baseURL: string; model: string; apiKey?: string; providerName?: string };

export function createOpenAiCompatibleModel(config: OpenAiCompatibleConfig): LanguageModel {
  const provider = createOpenAICompatible({
    name: config.providerName ?? 'tandem-llm',
    baseURL: config.baseURL.replace(/\/+$/, ''),
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
  });
  return provider.chatModel(config.model);
}

export type LlmConfigResult = { ok: true; config: OpenAiCompatibleConfig | null } | { ok: false; problems: string[] };

/**
 * The LLM endpoint from the environment. Unset TANDEM_LLM_BASE_URL means "no LLM engine" (config null);
 * a half-set or malformed configuration names every problem, so it fails at start, not on the first chat.
 */
export function readLlmConfig(env: Record<string, string | undefined>): LlmConfigResult {
  const baseURL = env.TANDEM_LLM_BASE_URL?.trim() ?? '';
  const model = env.TANDEM_LLM_MODEL?.trim() ?? '';
  const apiKey = env.TANDEM_LLM_API_KEY?.trim() ?? '';
  if (baseURL === '') return model === '' ? { ok: true, config: null } : { ok: false, problems: ['TANDEM_LLM_BASE_URL: is required when TANDEM_LLM_MODEL is set'] };
  const problems: string[] = [];
  if (!/^https?:\/\/[^\s/]+/.test(baseURL) || !URL.canParse(baseURL)) problems.push('TANDEM_LLM_BASE_URL: must be an http(s) URL, e.g. http://localhost:11434/v1');
  if (model === '') problems.push('TANDEM_LLM_MODEL: is required when TANDEM_LLM_BASE_URL is set');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, config: { baseURL, model, ...(apiKey ? { apiKey } : {}) } };
}
