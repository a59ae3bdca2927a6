import { useEffect, useState } from 'react';
import type { ApiClient, ReplySuggestion } from '../client/index.js';

/**
 * Suggested replies from the help articles for the customer's latest messages, read while the conversation
 * is the agent's and again whenever the customer writes (`customerSeq` is their latest message). Suggestions
 * are a help, never in the way: a failed read just leaves the last ones (or none).
 */
export function useReplySuggestions(api: ApiClient, conversationId: string, enabled: boolean, customerSeq: number): ReplySuggestion[] {
  const [suggestions, setSuggestions] = useState<ReplySuggestion[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    api.getSuggestions(conversationId).then(
      (result) => {
        if (current) setSuggestions(result.suggestions);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, conversationId, enabled, customerSeq]);
  return enabled ? suggestions : [];
}
