import type { LanguageModel } from 'ai';
import type { ToolMode } from '../../backoffice/tools/definition.js';
import type { EscalationPolicy } from '../../domain/escalation/escalation-policy.js';
import type { IntentDefinition } from '../knowledge/schema.js';

/** One help article as the retrieval layer (src/ai/retrieval, BM25) returns it. */
export type RetrievedArticle = { id: string; title: string; body: string; score: number };

/** Injected retrieval: the top `k` articles for a query, best first. */
export type RetrieveArticles = (query: string, k: number) => RetrievedArticle[] | Promise<RetrievedArticle[]>;

/**
 * What an intent classifier says about the customer's latest message. The LLM itself gives no calibrated
 * confidence, so these signals come from outside (e.g. the offline classifier plus a sentiment scorer).
 */
export type TurnClassification = { intent: string | null; confidence: number; outOfScope: boolean; sentimentScore: number };

export type ClassifyTurn = (text: string) => TurnClassification | Promise<TurnClassification>;

/** The intents the engine needs for policy: which are human-only (they go to a person at once). */
export type IntentPolicyEntry = Pick<IntentDefinition, 'id' | 'description' | 'humanOnly'> & Partial<Pick<IntentDefinition, 'category'>>;

export type LlmEngineOptions = {
  model: LanguageModel;
  retrieve: RetrieveArticles;
  /** Intent catalogue: human-only topics are listed in the prompt and honoured when the model names them. */
  intents?: readonly IntentPolicyEntry[];
  /** Optional turn classifier; without one the turn's intent is unknown and confidence is not measured. */
  classify?: ClassifyTurn;
  escalationPolicy?: EscalationPolicy;
  /** Tool modes (admin overrides included); defaults to the catalogue's defaultToolPolicy. */
  toolPolicy?: Record<string, ToolMode>;
  /** Whole turn budget (all model calls and tool calls); past it the turn escalates as `ai_error`. */
  timeoutMs: number;
  /** Articles put in the prompt (default 3). */
  articleCount?: number;
  /** Model calls per turn, tool round trips included (default 6). */
  maxSteps?: number;
  /** Retries of a failed model call inside the time budget (default 1). */
  maxRetries?: number;
  /** Transcript messages sent to the model, newest kept (default 20). */
  maxTranscriptMessages?: number;
};
