import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import {
  clockOffset,
  describeError,
  isApiError,
  offerBookReducer,
  serverNow,
  type AgentProfile,
  type ApiClient,
  type AssignedChat,
  type ConnectionStatus,
  type DeclineBudget,
  type OfferBook,
  type Presence,
  type RealtimeClient,
} from '../client/index.js';
import { usePolling } from '../hooks/index.js';

/** The server marks an agent away after 30 s of silence; a beat every 10 s leaves room for two to be lost. */
const HEARTBEAT_MS = 10_000;
/** A safety net: offers and chats also arrive by frame, and after every reconnect the workspace is re-read. */
const REFRESH_MS = 15_000;
/** Ended offers stay on screen this long, so the agent sees what happened to them. */
const ENDED_VISIBLE_MS = 12_000;

export type CallUp = { surgeBonusMinor: number; expiresAt: number; waiting: number };

export type AgentWorkspaceHandle = {
  profile: AgentProfile | null;
  /** The chats the agent owns, each with when they took it (server clock). */
  chats: AssignedChat[];
  /** How far the server's clock runs ahead of this machine's: add it to `Date.now()` for countdowns and waits. */
  clockOffsetMs: number;
  declineBudget: DeclineBudget | null;
  offers: OfferBook;
  callUp: CallUp | null;
  /** The server set "away" after a silence, not the agent. */
  markedAway: boolean;
  error: string | null;
  presenceBusy: boolean;
  setPresence: (presence: Presence) => Promise<void>;
  accept: (offerId: string) => Promise<void>;
  decline: (offerId: string, reason?: string) => Promise<void>;
  dismiss: (offerId: string) => void;
  dismissCallUp: () => void;
  refresh: () => Promise<void>;
};

/**
 * The agent's live workspace: profile and presence, open offers (pushed on the socket, counted down here),
 * the chats they own, and the decline budget. Keeps presence alive with a heartbeat while the page is open.
 */
export function useAgentWorkspace(api: ApiClient, realtime: RealtimeClient, status: ConnectionStatus, onAccepted: (conversationId: string) => void): AgentWorkspaceHandle {
  const [offers, dispatch] = useReducer(offerBookReducer, []);
  const [profile, setProfile] = useState<AgentProfile | null>(null);
  const [chats, setChats] = useState<AssignedChat[]>([]);
  const [clockOffsetMs, setClockOffsetMs] = useState(0);
  // Read by the offer frames' handler without re-subscribing on every change.
  const offset = useRef(0);
  const learnServerTime = useCallback((serverTime: number) => {
    offset.current = clockOffset(serverTime, Date.now());
    setClockOffsetMs(offset.current);
  }, []);
  const [declineBudget, setDeclineBudget] = useState<DeclineBudget | null>(null);
  const [callUp, setCallUp] = useState<CallUp | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [presenceBusy, setPresenceBusy] = useState(false);
  const chosen = useRef<Presence | null>(null);

  const refresh = useCallback(async () => {
    try {
      const workspace = await api.getWorkspace();
      learnServerTime(workspace.serverTime);
      setProfile(workspace.agent);
      setChats(workspace.chats);
      setDeclineBudget(workspace.declineBudget as DeclineBudget);
      dispatch({ type: 'loaded', offers: workspace.offers, now: serverNow(offset.current, Date.now()) });
      setError(null);
    } catch (caught) {
      setError(describeError(caught));
    }
  }, [api, learnServerTime]);

  usePolling(refresh, REFRESH_MS);

  // Frames sent while the socket was down are not replayed: read the workspace again on every (re)connect.
  useEffect(() => {
    if (status === 'online') void refresh();
  }, [status, refresh]);

  useEffect(
    () =>
      realtime.onAgentFeed((frame) => {
        if (frame.type === 'offer') {
          learnServerTime(frame.serverTime);
          dispatch({ type: 'received', offer: frame.offer });
        }
        else if (frame.type === 'offer_closed') {
          dispatch({ type: 'closed', offerId: frame.offerId, status: frame.status });
          void refresh();
        } else setCallUp({ surgeBonusMinor: frame.surgeBonusMinor, expiresAt: frame.expiresAt, waiting: frame.waiting });
      }),
    [realtime, refresh, learnServerTime],
  );

  useEffect(() => {
    const timer = setInterval(() => realtime.heartbeat(), HEARTBEAT_MS);
    return () => clearInterval(timer);
  }, [realtime]);

  // Ended offers leave on their own after a while.
  const endedIds = offers.filter((e) => e.outcome !== null).map((e) => e.offer.offerId).join(',');
  useEffect(() => {
    if (!endedIds) return;
    const timer = setTimeout(() => endedIds.split(',').forEach((offerId) => dispatch({ type: 'dismiss', offerId })), ENDED_VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [endedIds]);

  const setPresence = useCallback(
    async (presence: Presence) => {
      setPresenceBusy(true);
      chosen.current = presence;
      try {
        await api.setPresence(presence);
        setProfile((current) => (current ? { ...current, presence } : current));
        setError(null);
        await refresh();
      } catch (caught) {
        setError(describeError(caught));
      } finally {
        setPresenceBusy(false);
      }
    },
    [api, refresh],
  );

  const accept = useCallback(
    async (offerId: string) => {
      dispatch({ type: 'answering', offerId, busy: 'accepting' });
      try {
        const conversation = await api.acceptOffer(offerId);
        dispatch({ type: 'answered', offerId, outcome: 'accepted' });
        onAccepted(conversation.id);
      } catch (caught) {
        dispatch({ type: 'answer_failed', offerId, code: isApiError(caught) ? caught.code : 'error' });
        if (!isApiError(caught, 'offer_expired') && !isApiError(caught, 'offer_not_open')) setError(describeError(caught));
      }
      await refresh();
    },
    [api, onAccepted, refresh],
  );

  const decline = useCallback(
    async (offerId: string, reason?: string) => {
      dispatch({ type: 'answering', offerId, busy: 'declining' });
      try {
        await api.declineOffer(offerId, reason);
        dispatch({ type: 'answered', offerId, outcome: 'declined' });
      } catch (caught) {
        dispatch({ type: 'answer_failed', offerId, code: isApiError(caught) ? caught.code : 'error' });
        if (!isApiError(caught, 'offer_expired') && !isApiError(caught, 'offer_not_open')) setError(describeError(caught));
      }
      await refresh();
    },
    [api, refresh],
  );

  const dismiss = useCallback((offerId: string) => dispatch({ type: 'dismiss', offerId }), []);
  const dismissCallUp = useCallback(() => setCallUp(null), []);
  // Only known when the agent chose something else on this page: a fresh page cannot tell who chose away.
  const markedAway = profile?.presence === 'away' && chosen.current !== null && chosen.current !== 'away';

  return { profile, chats, clockOffsetMs, declineBudget, offers, callUp, markedAway, error, presenceBusy, setPresence, accept, decline, dismiss, dismissCallUp, refresh };
}
