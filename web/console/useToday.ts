import { useCallback, useRef, useState } from 'react';
import { describeError, type ApiClient, type Conversation } from '../client/index.js';
import { usePolling } from '../hooks/index.js';
import { startOfLocalDay, waitFactFrom, waitIsFinal, type WaitFact } from './today-stats.js';

const PAGE = 500;
/** Enough for a busy day of a small team; beyond it the page says the figures cover only the newest. */
const MAX_PAGES = 6;
const FETCH_CONCURRENCY = 4;

export type Today = {
  dayStart: number;
  conversations: Conversation[];
  /** More conversations today than were read: figures cover the newest only. */
  truncated: boolean;
  waits: WaitFact[];
  loadedAt: number;
};

/**
 * Today's conversations, and for each one that went to a person the time from escalation to an agent
 * joining, read from its transcript (there is no endpoint for waits). Finished waits are kept, so a
 * refresh reads only the transcripts of conversations still waiting or new.
 */
export function useToday(api: ApiClient, refreshMs: number): { today: Today | null; error: string | null } {
  const [today, setToday] = useState<Today | null>(null);
  const [error, setError] = useState<string | null>(null);
  const finalWaits = useRef(new Map<string, WaitFact>());

  const load = useCallback(async () => {
    try {
      const now = Date.now();
      const dayStart = startOfLocalDay(now);
      const conversations: Conversation[] = [];
      let before: number | undefined;
      let truncated = false;
      for (let page = 0; ; page += 1) {
        const batch = await api.listAllConversations({ limit: PAGE, ...(before !== undefined ? { before } : {}) });
        conversations.push(...batch.filter((c) => c.createdAt >= dayStart));
        const oldest = batch[batch.length - 1];
        if (batch.length < PAGE || !oldest || oldest.createdAt < dayStart) break;
        if (page + 1 >= MAX_PAGES) {
          truncated = true;
          break;
        }
        before = oldest.createdAt;
      }
      const escalated = conversations.filter((c) => c.escalationReason !== null);
      const toRead = escalated.filter((c) => !finalWaits.current.has(c.id));
      const fresh = new Map<string, WaitFact>();
      for (let i = 0; i < toRead.length; i += FETCH_CONCURRENCY) {
        await Promise.all(
          toRead.slice(i, i + FETCH_CONCURRENCY).map(async (c) => {
            const { messages } = await api.listMessages(c.id, 0, 500);
            const fact = waitFactFrom(c, messages);
            if (!fact) return;
            if (waitIsFinal(fact)) finalWaits.current.set(c.id, fact);
            else fresh.set(c.id, fact);
          }),
        );
      }
      const waits = escalated.flatMap((c) => finalWaits.current.get(c.id) ?? fresh.get(c.id) ?? []);
      setToday({ dayStart, conversations, truncated, waits, loadedAt: now });
      setError(null);
    } catch (caught) {
      setError(describeError(caught));
    }
  }, [api]);

  usePolling(load, refreshMs);
  return { today, error };
}
