import { DEFAULT_ESCALATION_POLICY, decideEscalation, type EscalationDecision, type EscalationPolicy } from '../../domain/escalation/index.js';
import type { AssistantEngine, AssistantInput, AssistantOutput, TurnSignals } from '../engine.js';
import type { HelpArticle, IntentCatalogue } from '../knowledge/index.js';
import { HUMAN_REQUEST_INTENT, earlierTopic } from '../knowledge/topics.js';
import { createArticleIndex } from '../retrieval/index.js';
import { measureSentiment } from '../sentiment/index.js';
import { runDialogue } from './dialogue.js';
import { articlesByIntent, type EngineParts } from './engine-parts.js';
import { gatherHandoffFacts, handoffReply, handoffSummary } from './handoff.js';
import { trainIntentModel, type IntentModel } from './intent-model.js';
import { readMemory, writeMemory, type OfflineMemory } from './memory.js';
import { ANYTHING_ELSE, type Step } from './step.js';
import { TurnContext } from './turn-context.js';
import { understand, type Understanding } from './understand.js';

export interface OfflineEngineOptions {
  readonly catalogue: IntentCatalogue;
  readonly articles: readonly HelpArticle[];
  readonly escalationPolicy?: EscalationPolicy;
  /** A model trained earlier (e.g. shared by tests); trained from `catalogue` when absent. */
  readonly intentModel?: IntentModel;
}

export interface OfflineEngine extends AssistantEngine {
  readonly name: 'offline';
  /** Start-up cost, for logs: classifier training and article indexing, in milliseconds. */
  readonly startup: { readonly trainingMs: number; readonly indexingMs: number };
}

/**
 * The embedded engine: intent classifier + BM25 retrieval + dialogue policies + tools. Building it trains
 * the classifier synchronously (a few seconds on the shipped catalogue), so build it once at start-up.
 */
export function createOfflineEngine(options: OfflineEngineOptions): OfflineEngine {
  const model = options.intentModel ?? trainIntentModel(options.catalogue);
  const started = performance.now();
  const parts: EngineParts = {
    catalogue: options.catalogue,
    model,
    index: createArticleIndex(options.articles),
    articlesByIntent: articlesByIntent(options.articles),
    escalationPolicy: options.escalationPolicy ?? DEFAULT_ESCALATION_POLICY,
  };
  const indexingMs = performance.now() - started;
  return {
    name: 'offline',
    startup: { trainingMs: model.trainingMs, indexingMs },
    respond: (input) => respond(parts, input),
  };
}

async function respond(parts: EngineParts, input: AssistantInput): Promise<AssistantOutput> {
  const memory = readMemory(input.memory);
  const turn = new TurnContext(input, memory);
  const last = input.transcript[input.transcript.length - 1];
  const text = last?.authorKind === 'customer' ? last.body : '';
  const understanding = understand({
    text,
    pending: memory.pending,
    guess: parts.model.predict(text),
    catalogue: parts.catalogue,
    confidenceFloor: parts.escalationPolicy.confidenceFloor,
  });
  const signals: TurnSignals = {
    intent: understanding.intent,
    confidence: understanding.confidence,
    outOfScope: understanding.outOfScope,
    sentimentScore: measureSentiment(text).score,
    customerAskedForHuman: understanding.customerAskedForHuman,
    failedAttempt: understanding.notHelped,
  };

  const topic = topicOf(understanding);
  const before = decide(parts, input, signals, understanding);
  if (before.escalate) return escalate(parts, turn, signals, topic, before, text, null);

  const step = await runDialogue(turn, parts, understanding, text);
  const after: TurnSignals = { ...signals, failedAttempt: signals.failedAttempt || step.failedAttempt };
  if (after.failedAttempt && !signals.failedAttempt) {
    // A failure found while acting (a refused or impossible action) counts on this very turn.
    const decision = decide(parts, input, after, understanding);
    if (decision.escalate) return escalate(parts, turn, after, topic, decision, text, step.reply);
  }
  return finish(turn, after, topic, step);
}

/**
 * What the turn is about, for routing, the handoff and memory: an intent the engine acted on, never a guess
 * below the confidence floor. A vague message guessed as "unauthorised purchase" at 0.2 must not send the
 * customer to the fraud queue, nor tell the agent that is what they want.
 */
function topicOf(understanding: Understanding): string | null {
  switch (understanding.route.kind) {
    case 'unclear':
      return null;
    case 'reask':
      return understanding.route.pending.intent;
    default:
      return understanding.intent;
  }
}

function decide(parts: EngineParts, input: AssistantInput, signals: TurnSignals, understanding: Understanding): EscalationDecision {
  const intent = signals.intent ?? 'unknown';
  return decideEscalation(
    {
      turn: { ...signals, intent },
      history: input.history.map((h) => ({ ...h, intent: h.intent ?? 'unknown' })),
      customer: { vulnerable: input.customer.vulnerable },
      intentPolicy: { humanOnly: understanding.humanOnly, humanFirst: signals.intent !== null && input.humanFirstIntents.has(signals.intent) },
    },
    parts.escalationPolicy,
  );
}

async function escalate(
  parts: EngineParts,
  turn: TurnContext,
  signals: TurnSignals,
  topic: string | null,
  decision: Extract<EscalationDecision, { escalate: true }>,
  text: string,
  stepReply: string | null,
): Promise<AssistantOutput> {
  await gatherHandoffFacts(turn, text);
  // An unclear last message leaves the conversation about the last topic that was understood, if any.
  const about = topic ?? turn.memory.lastIntent;
  const intent = about ?? 'unknown';
  const closing = handoffReply(turn, parts, decision.reason, about);
  // "I want a human" says nothing about the need: the handoff describes what they asked before it.
  const onlyAskedForPerson = signals.customerAskedForHuman && (topic === null || topic === HUMAN_REQUEST_INTENT);
  const handoff = handoffSummary({
    turn,
    intent,
    reason: decision.reason,
    detail: decision.detail,
    sentimentTrend: [...turn.input.history.map((h) => h.sentimentScore), signals.sentimentScore],
    ...(onlyAskedForPerson ? { askedForPerson: { earlierIntent: earlierTopic(turn.input.history, parts.catalogue.intents) } } : {}),
  });
  const memory: OfflineMemory = { ...turn.memory, pending: null, lastIntent: intent, facts: [...turn.memory.facts, ...turn.facts] };
  return {
    reply: stepReply ? `${stepReply}\n\n${closing}` : closing,
    citations: turn.citations,
    actions: turn.actions,
    confidence: signals.confidence,
    intent: about,
    signals,
    escalate: { reason: decision.reason, detail: decision.detail, handoff },
    resolved: false,
    memory: writeMemory(memory),
  };
}

function finish(turn: TurnContext, signals: TurnSignals, topic: string | null, step: Step): AssistantOutput {
  const checkIn = step.answered && step.pending === null;
  const memory: OfflineMemory = {
    ...turn.memory,
    pending: checkIn ? { kind: 'anything_else' } : step.pending,
    lastIntent: topic ?? turn.memory.lastIntent,
    facts: [...turn.memory.facts, ...turn.facts],
  };
  return {
    reply: checkIn ? `${step.reply}\n\n${ANYTHING_ELSE}` : step.reply,
    citations: turn.citations,
    actions: turn.actions,
    confidence: signals.confidence,
    intent: topic,
    signals,
    escalate: null,
    resolved: step.resolved,
    memory: writeMemory(memory),
  };
}
