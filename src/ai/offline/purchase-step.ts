import type { PurchaseSummary } from '../../backoffice/back-office.js';
import type { PurchaseNeed } from './intent-policies.js';
import type { PurchaseCandidate, Slots } from './memory.js';
import { resolvePurchase } from './purchase-resolver.js';
import { asking, failed, TOOL_TROUBLE, type Step } from './step.js';
import type { TurnContext } from './turn-context.js';

/**
 * Slot filling for "which purchase". The purchase is only ever one of the customer's own, as listed by
 * `list_purchases` this turn (or `get_purchase` on an id that list gave us earlier): a purchase id typed
 * in a message is matched against that list, never passed to a tool as it stands.
 */
export type PurchasePick = { kind: 'picked'; purchase: PurchaseSummary } | { kind: 'none' } | { kind: 'step'; step: Step };

/** Questions show at most this many purchases; the customer can still name any other. */
const MAX_LISTED = 6;

export const toCandidate = (p: PurchaseSummary): PurchaseCandidate => ({
  purchaseId: p.purchaseId,
  merchant: p.merchant,
  description: p.description,
  purchasedOn: p.purchasedOn,
  amountMinor: p.amount.amountMinor,
  outstandingMinor: p.outstanding.amountMinor,
  nextDueMinor: p.nextDue?.amount.amountMinor ?? null,
  nextDueDate: p.nextDue?.dueDate ?? null,
});

/** `preface` goes before any clarifying question (e.g. why we cannot do exactly what was asked). */
export async function pickPurchase(turn: TurnContext, intent: string, need: PurchaseNeed, text: string, slots: Slots, preface = ''): Promise<PurchasePick> {
  const listed = await turn.read<PurchaseSummary[]>('list_purchases');
  if (!listed.ok) return { kind: 'step', step: failed(TOOL_TROUBLE) };
  const own = listed.data;
  const relevant = own.filter((p) => need.relevant(p, turn.today));
  const byId = (id: string) => own.find((p) => p.purchaseId === id) as PurchaseSummary;

  const inRelevant = resolvePurchase(text, relevant.map(toCandidate));
  if (inRelevant.kind === 'one') return { kind: 'picked', purchase: byId(inRelevant.purchase.purchaseId) };
  if (inRelevant.kind === 'many') return { kind: 'step', step: askWhich(intent, need, inRelevant.matches.map((c) => byId(c.purchaseId)), own, slots, 1, preface) };
  // They may name a purchase of theirs outside the usual set (e.g. the schedule of one already paid off).
  const inOwn = resolvePurchase(text, own.map(toCandidate));
  if (inOwn.kind === 'one') return { kind: 'picked', purchase: byId(inOwn.purchase.purchaseId) };
  if (inOwn.kind === 'many') return { kind: 'step', step: askWhich(intent, need, inOwn.matches.map((c) => byId(c.purchaseId)), own, slots, 1, preface) };
  if (inRelevant.mentioned || inOwn.mentioned) {
    const shown = relevant.length > 0 ? relevant : own;
    if (shown.length === 0) return { kind: 'none' };
    return { kind: 'step', step: askWhich(intent, need, shown, own, slots, 1, `${preface} I couldn't find that purchase on your account.`.trim()) };
  }
  if (relevant.length === 1 && relevant[0]) return { kind: 'picked', purchase: relevant[0] };
  if (relevant.length === 0) return { kind: 'none' };
  return { kind: 'step', step: askWhich(intent, need, relevant, own, slots, 1, preface) };
}

/** Re-reads a purchase chosen from an earlier list, so the reply stands on this turn's data. */
export async function refreshPurchase(turn: TurnContext, purchaseId: string): Promise<PurchasePick> {
  const fresh = await turn.read<PurchaseSummary>('get_purchase', { purchaseId });
  return fresh.ok ? { kind: 'picked', purchase: fresh.data } : { kind: 'step', step: failed(TOOL_TROUBLE) };
}

/** Asks again among some of the candidates we listed before, listing them from this turn's data. */
export async function askAgain(turn: TurnContext, intent: string, need: PurchaseNeed, candidateIds: readonly string[], slots: Slots, asked: number): Promise<Step> {
  const listed = await turn.read<PurchaseSummary[]>('list_purchases');
  if (!listed.ok) return failed(TOOL_TROUBLE);
  const shown = candidateIds.map((id) => listed.data.find((p) => p.purchaseId === id)).filter((p): p is PurchaseSummary => p !== undefined);
  return askWhich(intent, need, shown, listed.data, slots, asked);
}

function askWhich(intent: string, need: PurchaseNeed, purchases: readonly PurchaseSummary[], own: readonly PurchaseSummary[], slots: Slots, asked: number, preface = ''): Step {
  const shown = purchases.slice(0, MAX_LISTED);
  const lines = shown.map((p, n) => `${n + 1}. ${p.merchant}: ${p.description}, ${p.amount.text} (bought ${p.purchasedOn})`);
  const more = purchases.length > shown.length ? ', or name another purchase' : '';
  const question = `${preface ? `${preface} ` : ''}${need.question}\n${lines.join('\n')}\nYou can tell me the shop, the item or the amount${more}.`;
  const others = own.filter((p) => !shown.includes(p)).map(toCandidate);
  return asking(question, { kind: 'which_purchase', intent, candidates: shown.map(toCandidate), others, slots, asked });
}
