import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import {
  describeError,
  emptyFeed,
  isApiError,
  feedReducer,
  newClientMessageId,
  type ApiClient,
  type FeedState,
  type Message,
  type RealtimeClient,
} from '../client/index.js';

export type ConversationFeed = FeedState & {
  /** Queues a message (sent now, or after a reconnect) and returns its client id. */
  send: (text: string) => string;
  retry: (clientMessageId: string) => void;
  /** Adds messages the caller already has (e.g. from the REST answer that created the conversation). */
  seed: (messages: Message[]) => void;
  /** Why the conversation cannot be shown or followed, if it cannot (e.g. `not_found`, `forbidden`). */
  error: FeedError | null;
};

export type FeedError = { code: string; message: string };

/**
 * Live view of one conversation: subscribes over the socket (which replays from the last seq after every
 * reconnect) and re-reads the conversation itself each time the subscription is (re)established, because
 * state changes made while the socket was down are not replayed as frames.
 */
export function useConversationFeed(api: ApiClient, realtime: RealtimeClient, conversationId: string | null): ConversationFeed {
  const [feed, dispatch] = useReducer(feedReducer, emptyFeed);
  const [error, setError] = useState<FeedError | null>(null);
  const feedRef = useRef(feed);
  feedRef.current = feed;

  useEffect(() => {
    dispatch({ type: 'reset' });
    setError(null);
    if (!conversationId) return;
    let active = true;
    const refresh = () =>
      api
        .getConversation(conversationId)
        .then((conversation) => {
          if (!active) return;
          dispatch({ type: 'conversation', conversation });
          setError(null);
        })
        .catch((caught: unknown) => active && setError({ code: isApiError(caught) ? caught.code : 'error', message: describeError(caught) }));
    const stop = realtime.subscribe(conversationId, {
      onMessage: (message) => dispatch({ type: 'messages', messages: [message] }),
      onConversation: (conversation) => dispatch({ type: 'conversation', conversation }),
      onSubscribed: () => void refresh(),
      onQueue: (queue) => dispatch({ type: 'queue', queue }),
      onError: (failure) => setError(failure),
    });
    return () => {
      active = false;
      stop();
    };
  }, [api, realtime, conversationId]);

  const deliver = useCallback(
    (clientMessageId: string, text: string) => {
      if (!conversationId) return;
      dispatch({ type: 'pending', message: { clientMessageId, text, status: 'sending' } });
      realtime.send(conversationId, text, clientMessageId).catch((caught: unknown) => dispatch({ type: 'failed', clientMessageId, error: describeError(caught) }));
    },
    [realtime, conversationId],
  );

  const send = useCallback(
    (text: string) => {
      const clientMessageId = newClientMessageId();
      deliver(clientMessageId, text);
      return clientMessageId;
    },
    [deliver],
  );

  const retry = useCallback(
    (clientMessageId: string) => {
      const item = feedRef.current.pending.find((p) => p.clientMessageId === clientMessageId);
      if (item) deliver(clientMessageId, item.text);
    },
    [deliver],
  );

  const seed = useCallback((messages: Message[]) => dispatch({ type: 'messages', messages }), []);

  return { ...feed, send, retry, seed, error };
}
