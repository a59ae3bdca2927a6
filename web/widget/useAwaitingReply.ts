import { useCallback, useEffect, useState } from 'react';
import type { ConversationState, Message } from '../client/index.js';

const GIVE_UP_MS = 15_000;

/** True when the assistant owes a reply to the customer's latest message: pure, for the typing indicator. */
export function awaitingReply(messages: readonly Message[], afterSeq: number | null, state: ConversationState | null): boolean {
  if (afterSeq === null) return false;
  if (state !== null && state !== 'new' && state !== 'ai') return false;
  return !messages.some((m) => m.seq > afterSeq && m.authorKind !== 'customer');
}

/**
 * Shows "typing" after the customer writes to the assistant, until anyone else writes, the conversation
 * leaves the assistant, or 15 s pass (a silent assistant must not look busy for ever).
 */
export function useAwaitingReply(messages: readonly Message[], state: ConversationState | null): { awaiting: boolean; markSent: () => void } {
  const [afterSeq, setAfterSeq] = useState<number | null>(null);
  const lastSeq = messages[messages.length - 1]?.seq ?? 0;

  const markSent = useCallback(() => {
    if (state === null || state === 'new' || state === 'ai' || state === 'resolved') setAfterSeq(lastSeq);
  }, [lastSeq, state]);

  useEffect(() => {
    if (afterSeq === null) return;
    const timer = setTimeout(() => setAfterSeq(null), GIVE_UP_MS);
    return () => clearTimeout(timer);
  }, [afterSeq]);

  // A resolved conversation reopens to the assistant when the customer writes; until the state catches up, wait.
  const effectiveState = state === 'resolved' ? 'ai' : state;
  return { awaiting: awaitingReply(messages, afterSeq, effectiveState), markSent };
}
