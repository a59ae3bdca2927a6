import { decideEscalation, type TurnSignals as DomainTurnSignals } from '../../domain/escalation/decide-escalation.js';
import type { EscalationPolicy } from '../../domain/escalation/escalation-policy.js';
import { buildHandoffSummary, type HandoffAction, type HandoffFact } from '../../domain/escalation/handoff-summary.js';
import type { AssistantInput, AssistantOutput, Citation, ToolAction, TurnSignals } from '../engine.js';
import { HUMAN_REQUEST_INTENT, earlierTopic } from '../knowledge/topics.js';
import { canonicalJson } from './action-key.js';
import type { ForcedEscalation } from './judge-reply.js';
import { customerMessages } from './transcript-messages.js';
import type { RecordedCall, TurnLedger } from './turn-ledger.js';
import type { RetrievedArticle, TurnClassification } from './types.js';

/** Everything one turn produced, before the escalation policy has its say. */
export type TurnFacts = {
  reply: string | null;
  ledger: TurnLedger;
  citedArticles: readonly RetrievedArticle[];
  classification: TurnClassification | null;
  customerAskedForHuman: boolean;
  forced: ForcedEscalation | null;
  engineError?: string;
};

export type PolicyContext = {
  escalationPolicy: EscalationPolicy;
  humanOnlyIntentIds: ReadonlySet<string>;
  /** The catalogue's intents with their category, so a handoff can skip smalltalk when naming the earlier topic. */
  intents?: readonly { id: string; category?: string }[];
};

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

function summarise(call: RecordedCall): string {
  const o = call.outcome;
  if (o.ok) return `done${o.replayed ? ' (replayed)' : ''}: ${clip(canonicalJson(o.data), 160)}`;
  if (!call.ran && o.code === 'confirmation_required') return `proposed ${canonicalJson(call.args)}, awaiting the customer's yes`;
  return `${o.code}: ${clip(o.message, 160)}`;
}

/**
 * Without a classifier the LLM gives no calibrated confidence: a turn it answered counts as confident (1),
 * one it could not answer as not (0), so the low-confidence rule never fires on a number nobody measured.
 * Before the model runs, `answered` is assumed, so only the measured signals can escalate early.
 */
export function turnSignals(facts: TurnFacts, { answered }: { answered: boolean } = { answered: facts.reply !== null }): TurnSignals {
  const c = facts.classification;
  return {
    intent: c?.intent ?? facts.ledger.handoff?.intent ?? null,
    confidence: c?.confidence ?? (answered ? 1 : 0),
    outOfScope: c?.outOfScope ?? facts.forced?.reason === 'out_of_scope',
    sentimentScore: c?.sentimentScore ?? 0,
    customerAskedForHuman: facts.customerAskedForHuman,
    failedAttempt: facts.ledger.calls.some((call) => call.kind === 'act' && call.ran && !call.outcome.ok),
    ...(facts.engineError !== undefined ? { engineError: facts.engineError } : {}),
  };
}

const toDomain = (s: TurnSignals): DomainTurnSignals => ({ ...s, intent: s.intent ?? 'unknown' });

export function escalationFor(input: AssistantInput, signals: TurnSignals, forced: ForcedEscalation | null, ctx: PolicyContext): ForcedEscalation | null {
  if (forced) return forced;
  const intent = signals.intent;
  const decision = decideEscalation(
    {
      turn: toDomain(signals),
      history: input.history.map(toDomain),
      customer: { vulnerable: input.customer.vulnerable },
      intentPolicy: { humanOnly: intent !== null && ctx.humanOnlyIntentIds.has(intent), humanFirst: intent !== null && input.humanFirstIntents.has(intent) },
    },
    ctx.escalationPolicy,
  );
  return decision.escalate ? { reason: decision.reason, detail: decision.detail } : null;
}

export function buildOutput(input: AssistantInput, facts: TurnFacts, ctx: PolicyContext): AssistantOutput {
  const signals = turnSignals(facts);
  const escalation = escalationFor(input, signals, facts.forced, ctx);
  const ran = facts.ledger.calls.filter((c) => c.ran);
  const citations: Citation[] = [
    ...facts.citedArticles.map((a): Citation => ({ kind: 'article', id: a.id, title: a.title })),
    ...ran.map((c): Citation => ({ kind: 'tool', tool: c.tool, auditId: c.outcome.auditId })),
  ];
  const actions: ToolAction[] = ran
    .filter((c) => c.kind === 'act')
    .map((c) => ({ tool: c.tool, ok: c.outcome.ok, summary: summarise(c), auditId: c.outcome.auditId, replayed: c.outcome.replayed }));
  const { pendingAction: _previous, ...memory } = input.memory;
  const handoff = escalation
    ? buildHandoffSummary({
        intent: signals.intent ?? 'unknown',
        customerMessages: customerMessages(input.transcript),
        facts: [
          ...ran.filter((c) => c.outcome.ok).map((c): HandoffFact => ({ text: `${c.tool}: ${summarise(c)}`, citation: `tool:${c.tool}#${c.outcome.auditId ?? 'none'}` })),
          ...facts.citedArticles.map((a): HandoffFact => ({ text: a.title, citation: `article:${a.id}` })),
        ],
        actions: facts.ledger.calls.filter((c) => c.kind === 'act').map((c): HandoffAction => ({ tool: c.tool, resultSummary: summarise(c) })),
        sentimentTrend: [...input.history.map((h) => h.sentimentScore), signals.sentimentScore],
        reason: escalation.reason,
        reasonDetail: escalation.detail,
        // "I want a human" says nothing about the need: the handoff describes what they asked before it.
        ...(signals.customerAskedForHuman && (signals.intent === null || signals.intent === HUMAN_REQUEST_INTENT)
          ? { askedForPerson: { earlierIntent: earlierTopic(input.history, ctx.intents ?? []) } }
          : {}),
      })
    : null;
  return {
    reply: facts.reply,
    citations,
    actions,
    confidence: signals.confidence,
    intent: signals.intent,
    signals,
    escalate: escalation && handoff ? { ...escalation, handoff } : null,
    resolved: facts.ledger.resolved && facts.reply !== null && escalation === null,
    memory: facts.ledger.proposal ? { ...memory, pendingAction: facts.ledger.proposal } : memory,
  };
}
