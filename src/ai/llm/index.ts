/**
 * The LLM engine of the assistant (AI SDK 6 against any OpenAI-compatible endpoint). The fake endpoint for
 * tests lives in ./fake-openai-server.ts and is imported by path, so node:http never loads in production.
 */
export { createLlmEngine } from './llm-engine.js';
export { createOpenAiCompatibleModel, readLlmConfig, type LlmConfigResult, type OpenAiCompatibleConfig } from './openai-compatible-model.js';
export type { ClassifyTurn, IntentPolicyEntry, LlmEngineOptions, RetrieveArticles, RetrievedArticle, TurnClassification } from './types.js';
export { STATUS_WORDS, checkGrounding, type GroundingResult, type GroundingSource } from './grounding.js';
export { isAffirmative } from './affirmation.js';
export { actionIdempotencyKey } from './action-key.js';
export { HANDOFF_TOOL, RESOLVED_TOOL } from './tool-bridge.js';
export type { PendingAction } from './confirmation-gate.js';
