import type { CustomerContext, HandoffSummary, PurchaseSummary, ReplySuggestion } from '../client/index.js';
import { formatDay } from '../ui/format.js';

/**
 * Text the agent can insert into a reply and then edit: never sent as it is. Built only from real data of
 * this conversation (the customer's account, the assistant's cited facts and articles) and from the help
 * articles the server's retrieval finds for the customer's latest messages — not invented.
 */
export type ReplySnippet = { id: string; label: string; text: string; source: 'account' | 'handoff' | 'article' };

const MAX_LABEL = 48;
const shorten = (text: string): string => (text.length <= MAX_LABEL ? text : `${text.slice(0, MAX_LABEL - 1).trimEnd()}…`);

/** The purchase a reply is most likely about: the one selected, else the only active one. */
export function focusPurchase(context: CustomerContext | null, selectedId: string | null): PurchaseSummary | null {
  if (!context) return null;
  const selected = selectedId ? context.purchases.find((p) => p.purchaseId === selectedId) : undefined;
  if (selected) return selected;
  const active = context.purchases.filter((p) => p.status === 'active');
  return active.length === 1 ? (active[0] ?? null) : null;
}

export function replySnippets(input: {
  handoff: HandoffSummary | null;
  context: CustomerContext | null;
  selectedPurchaseId: string | null;
  /** From `GET /v1/agent/conversations/:id/suggestions`: passages of the best articles, best first. */
  suggestions?: readonly ReplySuggestion[] | null;
}): ReplySnippet[] {
  const snippets: ReplySnippet[] = [];
  const purchase = focusPurchase(input.context, input.selectedPurchaseId);
  if (purchase?.nextDue) {
    snippets.push({
      id: `next:${purchase.purchaseId}`,
      label: `Next payment: ${purchase.merchant}`,
      text: `Your next payment for ${purchase.merchant} is ${purchase.nextDue.amount.text}, due on ${formatDay(purchase.nextDue.dueDate)}.`,
      source: 'account',
    });
  }
  const schedule = purchase ? input.context?.schedules.find((s) => s.purchaseId === purchase.purchaseId) : undefined;
  const due = schedule?.instalments.filter((i) => i.status !== 'paid' && i.status !== 'refunded') ?? [];
  if (schedule && due.length > 0) {
    const lines = due.map((i) => `- Payment ${i.sequence}: ${i.amount.text} on ${formatDay(i.dueDate)}${i.status === 'late' ? ' (overdue)' : i.status === 'paused' ? ' (paused)' : ''}`);
    snippets.push({
      id: `schedule:${schedule.purchaseId}`,
      label: `Payments left: ${schedule.merchant}`,
      text: [`Here are the payments left on your ${schedule.merchant} purchase (${schedule.plan}):`, ...lines, `Still to pay: ${schedule.outstanding.text}.`].join('\n'),
      source: 'account',
    });
  }
  for (const suggestion of input.suggestions ?? []) {
    snippets.push({ id: `article:${suggestion.article.id}`, label: `Article: ${shorten(suggestion.article.title)}`, text: suggestion.text, source: 'article' });
  }
  input.handoff?.facts.forEach((fact, i) => snippets.push({ id: `fact:${i}`, label: shorten(fact.text), text: fact.text, source: 'handoff' }));
  for (const citation of input.handoff?.citations ?? []) {
    // An article already suggested with its own passage is not offered again as a bare mention.
    if (citation.kind !== 'article' || snippets.some((s) => s.id === `article:${citation.id}`)) continue;
    const title = citation.title ?? citation.id;
    snippets.push({ id: `article:${citation.id}`, label: `Article: ${shorten(title)}`, text: `Our help article "${title}" explains this.`, source: 'article' });
  }
  return snippets;
}

/** Inserting adds to what is already written, on its own line, so nothing the agent typed is lost. */
export const insertSnippet = (draft: string, text: string): string => (draft.trim() === '' ? text : `${draft.replace(/\s+$/, '')}\n${text}`);
