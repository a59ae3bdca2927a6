import type { Offer, OfferRepository } from '../../app/ports.js';
import { addToSet, deleteRow, pushToList, removeFromSet, setRow, type Tables, type Undo } from './tables.js';

const copy = (o: Offer): Offer => ({ ...o, rank: { ...o.rank } });

/** Keeps the open-offer indexes in step with an offer row. */
function reindex(t: Tables, undo: Undo, before: Offer | undefined, after: Offer): void {
  const wasOpen = before?.status === 'offered';
  const isOpen = after.status === 'offered';
  if (wasOpen === isOpen) return;
  if (isOpen) {
    addToSet(undo, t.openOffersByAgent, after.agentId, after.id);
    setRow(undo, t.openOfferByConversation, after.conversationId, after.id);
  } else {
    removeFromSet(undo, t.openOffersByAgent, after.agentId, after.id);
    deleteRow(undo, t.openOfferByConversation, after.conversationId);
  }
}

export const memoryOffers = (t: Tables, undo: Undo): OfferRepository => ({
  async insert(offer) {
    if (t.offers.has(offer.id)) throw new Error(`duplicate key: offer ${offer.id}`);
    if (offer.status === 'offered' && t.openOfferByConversation.has(offer.conversationId)) {
      throw new Error(`duplicate key: a second open offer for conversation ${offer.conversationId}`);
    }
    const row = copy(offer);
    setRow(undo, t.offers, row.id, row);
    pushToList(undo, t.offersByConversation, row.conversationId, row.id);
    pushToList(undo, t.offersByAgent, row.agentId, row.id);
    reindex(t, undo, undefined, row);
  },
  async get(id) {
    const row = t.offers.get(id);
    return row ? copy(row) : null;
  },
  async getForUpdate(id) {
    return this.get(id);
  },
  async update(offer) {
    const before = t.offers.get(offer.id);
    if (!before) return;
    // As the SQL update: only the answer's columns change.
    const after: Offer = { ...before, status: offer.status, answeredAt: offer.answeredAt, declineReason: offer.declineReason, countedAgainstAgent: offer.countedAgainstAgent };
    setRow(undo, t.offers, offer.id, after);
    reindex(t, undo, before, after);
  },
  async listOpenForAgent(agentId) {
    return [...(t.openOffersByAgent.get(agentId) ?? [])].map((id) => copy(t.offers.get(id)!));
  },
  async openForConversation(conversationId) {
    const id = t.openOfferByConversation.get(conversationId);
    return id === undefined ? null : copy(t.offers.get(id)!);
  },
  async exclusions(conversationIds) {
    const result = new Map<string, string[]>();
    for (const conversationId of conversationIds) {
      for (const id of t.offersByConversation.get(conversationId) ?? []) {
        const o = t.offers.get(id)!;
        if (o.status === 'declined' || o.status === 'timed_out') result.set(conversationId, [...(result.get(conversationId) ?? []), o.agentId]);
      }
    }
    return result;
  },
  async budgetUsesSince(agentId, sinceMs) {
    const uses: number[] = [];
    for (const id of t.offersByAgent.get(agentId) ?? []) {
      const o = t.offers.get(id)!;
      if ((o.status === 'declined' || o.status === 'timed_out') && o.answeredAt !== null && o.answeredAt >= sinceMs) uses.push(o.answeredAt);
    }
    return uses;
  },
  async listForAgent(agentId, limit) {
    return (t.offersByAgent.get(agentId) ?? [])
      .map((id) => t.offers.get(id)!)
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit)
      .map(copy);
  },
});
