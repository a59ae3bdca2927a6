import type { EscalationReason } from '../domain/escalation/reasons.js';
import type { HandoffSummary } from '../domain/escalation/handoff-summary.js';

/**
 * The assistant's one interface (DESIGN.md "AI tier"). Two engines implement it: the offline engine
 * (classifier + retrieval + dialogue policies, the embedded default) and the LLM engine (AI SDK against
 * any OpenAI-compatible endpoint). The conversation state machine decides who owns a conversation; the
 * application calls `respond` only while the assistant owns it, and never inside a database transaction.
 */

export type TranscriptMessage = {
  seq: number;
  authorKind: 'customer' | 'ai' | 'agent' | 'system';
  body: string;
  meta: Record<string, unknown>;
};

export type CustomerContext = { id: string; name: string; language: string; vulnerable: boolean };

/** What a reply stands on: a help article, or a tool result of this conversation (its audit id). */
export type Citation = { kind: 'article'; id: string; title: string } | { kind: 'tool'; tool: string; auditId: number | null };

export type ToolAction = { tool: string; ok: boolean; summary: string; auditId: number | null; replayed: boolean };

/** The tools, already bound to the signed-in customer, this conversation and the `ai` actor. */
export type AssistantTools = {
  run(
    tool: string,
    args: Record<string, unknown>,
    options?: { confirmed?: boolean; idempotencyKey?: string },
  ): Promise<
    | { ok: true; tool: string; data: unknown; auditId: number | null; replayed: boolean }
    | { ok: false; tool: string; code: string; message: string; field?: string; auditId: number | null; replayed: boolean }
  >;
};

/** Per-turn signals fed to the escalation policy (src/domain/escalation). */
export type TurnSignals = {
  intent: string | null;
  confidence: number;
  outOfScope: boolean;
  sentimentScore: number;
  customerAskedForHuman: boolean;
  failedAttempt: boolean;
  engineError?: string;
};

/** Engine memory carried between turns of one conversation (slots, a pending confirmation…), as JSON. */
export type AssistantMemory = Record<string, unknown>;

export type AssistantInput = {
  conversationId: string;
  customer: CustomerContext;
  /** The conversation so far, oldest first; the last message is the customer's new one. */
  transcript: TranscriptMessage[];
  memory: AssistantMemory;
  /** Turn signals of earlier turns, oldest first (for trends such as sentiment). */
  history: TurnSignals[];
  /** Set by the guardrail: the assistant only triages and summarises for this intent. */
  humanFirstIntents: ReadonlySet<string>;
  tools: AssistantTools;
  /** Current time (epoch ms), for idempotency keys and dates in replies. */
  now: number;
};

export type AssistantOutput = {
  /** Null when the assistant hands over without a reply of its own (the handoff message is the app's). */
  reply: string | null;
  citations: Citation[];
  actions: ToolAction[];
  confidence: number;
  intent: string | null;
  signals: TurnSignals;
  escalate: { reason: EscalationReason; detail: string; handoff: HandoffSummary } | null;
  /** The customer confirmed their need is met: the application resolves the conversation. */
  resolved: boolean;
  memory: AssistantMemory;
};

export interface AssistantEngine {
  readonly name: 'offline' | 'llm';
  respond(input: AssistantInput): Promise<AssistantOutput>;
}
