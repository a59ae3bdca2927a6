import type { QueueInfo } from './message-meta.js';
import type { Conversation, Message } from './types.js';

/**
 * What one conversation view holds: the conversation, its messages by seq, and the messages this client
 * has written that the server has not yet echoed back. Pure, so the merge rules are tested without a browser.
 */
export type PendingMessage = {
  clientMessageId: string;
  text: string;
  status: 'sending' | 'failed';
  error?: string;
};

export type FeedState = { conversation: Conversation | null; messages: Message[]; pending: PendingMessage[]; queue: QueueInfo | null };

export type FeedAction =
  | { type: 'conversation'; conversation: Conversation }
  | { type: 'messages'; messages: Message[] }
  | { type: 'pending'; message: PendingMessage }
  | { type: 'failed'; clientMessageId: string; error: string }
  | { type: 'queue'; queue: QueueInfo }
  | { type: 'reset' };

export const emptyFeed: FeedState = { conversation: null, messages: [], pending: [], queue: null };

const waiting = (conversation: Conversation | null) => conversation?.state === 'queued' || conversation?.state === 'offered';

/** Adds messages not seen before (by seq), keeping seq order, and clears the pending copies they confirm. */
export function mergeMessages(existing: readonly Message[], incoming: readonly Message[]): Message[] {
  const bySeq = new Map(existing.map((m) => [m.seq, m]));
  let changed = false;
  for (const message of incoming) {
    if (bySeq.has(message.seq)) continue;
    bySeq.set(message.seq, message);
    changed = true;
  }
  if (!changed) return existing as Message[];
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

export function feedReducer(state: FeedState, action: FeedAction): FeedState {
  switch (action.type) {
    case 'conversation': {
      // Frames can cross; an older version never overwrites a newer one.
      const current = state.conversation;
      if (current && current.id === action.conversation.id && current.version > action.conversation.version) return state;
      // A queue position means nothing once the customer is no longer waiting.
      return { ...state, conversation: action.conversation, queue: waiting(action.conversation) ? state.queue : null };
    }
    case 'messages': {
      const messages = mergeMessages(state.messages, action.messages);
      const confirmed = new Set(action.messages.map((m) => m.clientMessageId).filter((id): id is string => id !== null));
      const pending = state.pending.filter((p) => !confirmed.has(p.clientMessageId));
      if (messages === state.messages && pending.length === state.pending.length) return state;
      return { ...state, messages, pending };
    }
    case 'pending': {
      const others = state.pending.filter((p) => p.clientMessageId !== action.message.clientMessageId);
      if (state.messages.some((m) => m.clientMessageId === action.message.clientMessageId)) return state;
      return { ...state, pending: [...others, action.message] };
    }
    case 'failed':
      return {
        ...state,
        pending: state.pending.map((p) => (p.clientMessageId === action.clientMessageId ? { ...p, status: 'failed', error: action.error } : p)),
      };
    case 'queue':
      return state.conversation && !waiting(state.conversation) ? state : { ...state, queue: action.queue };
    case 'reset':
      return emptyFeed;
  }
}
