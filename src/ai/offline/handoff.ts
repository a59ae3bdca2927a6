import type { CustomerOverview, PurchaseSummary } from '../../backoffice/back-office.js';
import { buildHandoffSummary, type EscalationReason, type HandoffSummary } from '../../domain/escalation/index.js';
import { articleSentencesFor } from './article-answer.js';
import type { EngineParts } from './engine-parts.js';
import { toCandidate } from './purchase-step.js';
import { resolvePurchase } from './purchase-resolver.js';
import type { TurnContext } from './turn-context.js';

/** Intents where money or wellbeing is at stake: the handover starts with empathy and free help. */
const SIGNPOST_INTENTS = new Set(['hardship', 'vulnerability_support']);

const HANDOVER = "I'm passing you to a member of our team now. They'll see our conversation, so you won't need to repeat yourself.";

/**
 * The assistant's own last line before a person takes over (the app adds its queue message after it).
 * Short, and for money worries or vulnerability it first signposts free debt advice from the articles.
 */
export function handoffReply(turn: TurnContext, parts: EngineParts, reason: EscalationReason, intent: string | null): string {
  if (intent && SIGNPOST_INTENTS.has(intent) && (reason === 'human_only_intent' || reason === 'vulnerable_customer' || reason === 'human_first_policy' || reason === 'customer_asked')) {
    const advice = articleSentencesFor(turn, parts, 'free-debt-advice', 'free confidential independent advice MoneyHelper StepChange debt charity', { maxSentences: 2 });
    return [
      "I'm sorry you're going through this, and thank you for telling us.",
      advice,
      "I'm passing you to a specialist on our team who can talk through the options with you; they'll see our conversation, so you won't need to repeat yourself.",
    ]
      .filter(Boolean)
      .join(' ');
  }
  switch (reason) {
    case 'customer_asked':
      return `Of course. ${HANDOVER}`;
    case 'vulnerable_customer':
      return `Thank you for getting in touch. A member of our team will take it from here, so you get the time and care you need. They'll see our conversation, so you won't need to repeat yourself.`;
    case 'human_only_intent':
      return `This is something our specialist team handles. ${HANDOVER}`;
    case 'repeated_failure':
    case 'negative_sentiment':
      return `I'm sorry I haven't been able to sort this out for you. ${HANDOVER}`;
    default:
      return `I want to make sure you get the right help with this. ${HANDOVER}`;
  }
}

/**
 * Facts a person will want before they say hello: the account overview, and the purchase the customer
 * named if it is one of theirs. Read-only; a failed read just leaves the fact out.
 */
export async function gatherHandoffFacts(turn: TurnContext, text: string): Promise<void> {
  const overview = await turn.read<CustomerOverview>('get_customer_overview');
  if (overview.ok) {
    const o = overview.data;
    const owed = o.outstanding.filter((m) => m.amountMinor > 0).map((m) => m.text);
    const cases = o.openCases.length === 0 ? 'no open cases' : `open cases: ${o.openCases.map((c) => c.kind).join(', ')}`;
    turn.addFact(`${o.activePurchases} active purchases; owes ${owed.length > 0 ? owed.join(' and ') : 'nothing'}; ${cases}.`, overview.citation);
  }
  const listed = await turn.read<PurchaseSummary[]>('list_purchases');
  if (!listed.ok) return;
  const named = resolvePurchase(text, listed.data.map(toCandidate));
  if (named.kind !== 'one') return;
  const p = listed.data.find((candidate) => candidate.purchaseId === named.purchase.purchaseId);
  if (p) {
    const next = p.nextDue ? `next ${p.nextDue.amount.text} due ${p.nextDue.dueDate}` : 'nothing due';
    turn.addFact(`Purchase ${p.purchaseId}: ${p.merchant}, ${p.description}, ${p.amount.text} on ${p.plan}; ${p.outstanding.text} outstanding, ${next}.`, listed.citation);
  }
}

export function handoffSummary(input: {
  turn: TurnContext;
  intent: string;
  reason: EscalationReason;
  detail: string;
  sentimentTrend: readonly number[];
  /** The customer asked for a person and the topic is only that request: what they wanted before, if known. */
  askedForPerson?: { earlierIntent: string | null };
}): HandoffSummary {
  const { turn } = input;
  const customerMessages = turn.input.transcript.filter((m) => m.authorKind === 'customer').map((m) => m.body);
  return buildHandoffSummary({
    intent: input.intent,
    customerMessages,
    facts: [...turn.memory.facts, ...turn.facts],
    actions: turn.memory.tried,
    sentimentTrend: input.sentimentTrend,
    reason: input.reason,
    reasonDetail: input.detail,
    ...(input.askedForPerson ? { askedForPerson: input.askedForPerson } : {}),
  });
}
