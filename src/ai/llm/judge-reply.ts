import type { EscalationReason } from '../../domain/escalation/reasons.js';
import { canonicalJson } from './action-key.js';
import { takeArticleMarkers } from './article-markers.js';
import { checkGrounding, type GroundingSource } from './grounding.js';
import { isRefusal } from './refusal.js';
import type { ModelRun } from './run-model.js';
import type { HandoffRequest, TurnLedger } from './turn-ledger.js';
import type { RetrievedArticle } from './types.js';

export type ForcedEscalation = { reason: EscalationReason; detail: string };

/** What the engine makes of the model's turn: a reply the customer may see, or a handoff and why. */
export type Verdict = { reply: string | null; articleIds: string[]; forced: ForcedEscalation | null; engineError?: string };

export type JudgeContext = {
  articles: readonly RetrievedArticle[];
  /** Today's ISO date: the prompt states it, so a reply may repeat it. */
  today: string;
  humanOnlyIntentIds: ReadonlySet<string>;
  humanFirstIntents: ReadonlySet<string>;
};

const quote = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max)}…` : text);

const engineFailure = (engineError: string): Verdict => ({ reply: null, articleIds: [], forced: { reason: 'ai_error', detail: engineError }, engineError });

/** The model's handoff, with the topic's own policy first: a human-only intent is recorded as such. */
export function handoffEscalation(handoff: HandoffRequest, ctx: Pick<JudgeContext, 'humanOnlyIntentIds' | 'humanFirstIntents'>): ForcedEscalation {
  const note = quote(handoff.note, 200);
  if (handoff.intent !== null && ctx.humanOnlyIntentIds.has(handoff.intent)) return { reason: 'human_only_intent', detail: `intent ${handoff.intent} is human-only: ${note}` };
  if (handoff.intent !== null && ctx.humanFirstIntents.has(handoff.intent)) return { reason: 'human_first_policy', detail: `intent ${handoff.intent} is human-first: ${note}` };
  const reason: EscalationReason = handoff.reason === 'human_only_topic' ? 'human_only_intent' : handoff.reason === 'customer_upset' ? 'negative_sentiment' : 'out_of_scope';
  return { reason, detail: `assistant handed over (${handoff.reason}): ${note}` };
}

/** Every tool result and article of this turn, as text a reply may stand on. */
export function groundingSources(ledger: TurnLedger, ctx: JudgeContext): GroundingSource[] {
  const tools = ledger.calls.map((c, i) => ({ ref: `tool#${i}`, text: c.outcome.ok ? canonicalJson(c.outcome.data) : c.outcome.message }));
  const articles = ctx.articles.map((a) => ({ ref: `article:${a.id}`, text: `${a.title}\n${a.body}` }));
  return [...tools, ...articles, { ref: 'clock', text: ctx.today }];
}

/**
 * In order: a failed model call, a failed tool, a handoff, a tool loop cut off, an empty reply, a refusal,
 * an ungrounded fact. Only a reply past all of them reaches the customer.
 */
export function judgeTurn(run: ModelRun, ledger: TurnLedger, ctx: JudgeContext): Verdict {
  if (!run.ok) return engineFailure(run.error);
  if (ledger.toolFailure !== null) return engineFailure(`tool failed: ${ledger.toolFailure}`);
  if (ledger.handoff !== null) return { reply: null, articleIds: [], forced: handoffEscalation(ledger.handoff, ctx) };
  if (run.unfinishedToolLoop) return engineFailure(`tool loop did not finish in ${run.steps} model calls`);
  const { text, citedIds } = takeArticleMarkers(run.text, new Set(ctx.articles.map((a) => a.id)));
  if (text === '') return engineFailure(run.finishReason === 'content-filter' ? 'reply stopped by the content filter' : 'empty reply');
  if (isRefusal(text)) return { reply: null, articleIds: [], forced: { reason: 'out_of_scope', detail: `assistant declined: "${quote(text)}"` } };
  const grounding = checkGrounding(text, groundingSources(ledger, ctx));
  if (grounding.ungrounded.length > 0) return engineFailure(`ungrounded reply: ${grounding.ungrounded.join(', ')}`);
  const usedArticles = grounding.usedRefs.filter((r) => r.startsWith('article:')).map((r) => r.slice('article:'.length));
  return { reply: text, articleIds: [...new Set([...citedIds, ...usedArticles])], forced: null };
}
