import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  ApiClient,
  customerSessionStore,
  describeError,
  newClientMessageId,
  toCustomerSession,
  tokenUsable,
  type Conversation,
  type ConnectionStatus,
  type CustomerSessionState,
  type Message,
  type PendingMessage,
  type QueueInfo,
} from '../client/index.js';
import { useConversationFeed, useRealtime } from '../hooks/index.js';

export type CustomerChat = {
  api: ApiClient;
  conversation: Conversation | null;
  messages: Message[];
  pending: PendingMessage[];
  /** Place in the queue and estimated wait, while waiting for a person and dispatch has reported them. */
  queue: QueueInfo | null;
  status: ConnectionStatus;
  error: string | null;
  send: (text: string) => void;
  retry: (clientMessageId: string) => void;
  askForPerson: () => Promise<void>;
  leaveQueue: () => Promise<void>;
};

const finished = (conversation: Conversation | null) => conversation?.state === 'closed' || conversation?.state === 'abandoned';

/**
 * The customer's side of one conversation: a session (renewed when it expires, keeping the conversation),
 * the conversation started by the first message (or by asking for a person), and the live feed.
 */
export function useCustomerChat(sessionKind: 'demo' | 'anonymous'): CustomerChat {
  const store = useMemo(() => customerSessionStore(), []);
  const [conversationId, setConversationId] = useState<string | null>(() => store.read()?.conversationId ?? null);
  const [starting, setStarting] = useState<PendingMessage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const renewal = useRef<Promise<CustomerSessionState> | null>(null);

  const expireToken = useCallback(() => {
    const stored = store.read();
    if (stored) store.write({ ...stored, expiresAt: 0 });
  }, [store]);
  const api = useMemo(() => new ApiClient({ getToken: () => store.read()?.token ?? null, onUnauthorized: expireToken }), [store, expireToken]);

  const ensureSession = useCallback(async (): Promise<CustomerSessionState> => {
    const stored = store.read();
    if (stored && tokenUsable(stored, Date.now())) return stored;
    renewal.current ??= api
      .createDemoSession(sessionKind)
      .then((session) => {
        // A renewed session of the same customer keeps the conversation; a different customer starts afresh.
        const keep = stored && stored.customerId === session.customerId ? stored.conversationId : null;
        const next = toCustomerSession(session, Date.now(), keep);
        store.write(next);
        if (keep === null) setConversationId(null);
        return next;
      })
      .finally(() => {
        renewal.current = null;
      });
    return renewal.current;
  }, [api, sessionKind, store]);

  const { realtime, status } = useRealtime(
    () => store.read()?.token ?? null,
    () => {
      expireToken();
      void ensureSession().then(() => realtime.reconnectNow());
    },
  );
  const feed = useConversationFeed(api, realtime, conversationId);

  useEffect(() => {
    ensureSession()
      .then(() => realtime.reconnectNow())
      .catch((caught: unknown) => setError(describeError(caught)));
  }, [ensureSession, realtime]);

  useEffect(() => {
    if (starting && feed.messages.some((m) => m.clientMessageId === starting.clientMessageId)) setStarting(null);
  }, [feed.messages, starting]);

  // A remembered conversation that is gone (e.g. a demo server started afresh) is forgotten, not shown as an error.
  const lostCode = feed.error?.code;
  useEffect(() => {
    if (lostCode !== 'not_found' && lostCode !== 'forbidden') return;
    const stored = store.read();
    if (stored) store.write({ ...stored, conversationId: null });
    setConversationId(null);
  }, [lostCode, store]);

  const start = useCallback(
    async (first?: { clientMessageId: string; text: string }): Promise<string> => {
      if (first) setStarting({ ...first, status: 'sending' });
      try {
        await ensureSession();
        const { conversation } = await api.startConversation(first ? { message: first } : {});
        const stored = store.read();
        if (stored) store.write({ ...stored, conversationId: conversation.id });
        setConversationId(conversation.id);
        setError(null);
        return conversation.id;
      } catch (caught) {
        if (first) setStarting({ ...first, status: 'failed', error: describeError(caught) });
        throw caught;
      }
    },
    [api, ensureSession, store],
  );

  const current = finished(feed.conversation) ? null : conversationId;

  const send = useCallback(
    (text: string) => {
      if (current) feed.send(text);
      else void start({ clientMessageId: newClientMessageId(), text }).catch(() => undefined);
    },
    [current, feed, start],
  );

  const retry = useCallback(
    (clientMessageId: string) => {
      if (starting?.clientMessageId === clientMessageId) void start({ clientMessageId, text: starting.text }).catch(() => undefined);
      else feed.retry(clientMessageId);
    },
    [feed, start, starting],
  );

  const askForPerson = useCallback(async () => {
    try {
      const id = current ?? (await start());
      await api.escalate(id);
      setError(null);
    } catch (caught) {
      setError(describeError(caught));
    }
  }, [api, current, start]);

  const leaveQueue = useCallback(async () => {
    if (!current) return;
    try {
      await api.leaveQueue(current);
      setError(null);
    } catch (caught) {
      setError(describeError(caught));
    }
  }, [api, current]);

  const pending = starting && !feed.messages.some((m) => m.clientMessageId === starting.clientMessageId) ? [starting, ...feed.pending] : feed.pending;
  return { api, conversation: feed.conversation, messages: feed.messages, pending, queue: feed.queue, status, error: error ?? feed.error?.message ?? null, send, retry, askForPerson, leaveQueue };
}
