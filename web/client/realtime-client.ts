import { newClientMessageId } from './ids.js';
import type { ConnectionStatus, NetworkSignals, RealtimeClientOptions, SendAck, SubscriptionListener } from './realtime-types.js';
import { SendRejected } from './realtime-types.js';
import type { AgentFeedFrame, ClientFrame, ServerFrame } from './types.js';

type Subscription = { lastSeq: number; listener: SubscriptionListener };
type PendingSend = { frame: Extract<ClientFrame, { type: 'send' }>; resolve: (ack: SendAck) => void; reject: (error: Error) => void };

/**
 * One WebSocket per app. It reconnects with backoff, re-subscribes every conversation from the last seq it
 * delivered (the server replays what was missed; anything already seen is dropped here, so each message
 * arrives exactly once), and keeps unacknowledged sends queued: they are written again after a reconnect,
 * which is safe because the server stores each clientMessageId once.
 */
export class RealtimeClient {
  private socket: WebSocket | null = null;
  private readonly subscriptions = new Map<string, Subscription>();
  private readonly pending = new Map<string, PendingSend>();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private readonly feedListeners = new Set<(frame: AgentFeedFrame) => void>();
  private currentStatus: ConnectionStatus = 'idle';
  private hadConnection = false;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  private lastFrameAt = 0;
  private closed = false;
  private listening = false;
  private readonly WS: typeof WebSocket;
  private readonly network: NetworkSignals | null;

  constructor(private readonly options: RealtimeClientOptions) {
    this.WS = options.WebSocket ?? globalThis.WebSocket;
    this.network = options.network !== undefined ? options.network : typeof window === 'undefined' ? null : window;
    this.start();
  }

  /**
   * Resumes after `close()`: connects again if anything is subscribed or queued. Idempotent, so a React
   * effect can pair it with `close()` (StrictMode runs effects twice in development).
   */
  start(): void {
    if (!this.closed && this.listening) return;
    this.closed = false;
    this.listening = true;
    this.network?.addEventListener('offline', this.handleOffline);
    this.network?.addEventListener('online', this.handleOnline);
    this.setStatus('idle');
    if (this.subscriptions.size > 0 || this.pending.size > 0 || this.feedListeners.size > 0) this.ensureConnected();
  }

  get status(): ConnectionStatus {
    return this.currentStatus;
  }

  onStatus(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Starts (or replaces) the subscription; messages with seq ≤ afterSeq are not delivered. */
  subscribe(conversationId: string, listener: SubscriptionListener, afterSeq = 0): () => void {
    const subscription: Subscription = { lastSeq: afterSeq, listener };
    this.subscriptions.set(conversationId, subscription);
    this.write({ type: 'subscribe', conversationId, afterSeq });
    this.ensureConnected();
    return () => {
      if (this.subscriptions.get(conversationId) !== subscription) return;
      this.subscriptions.delete(conversationId);
      this.write({ type: 'unsubscribe', conversationId });
    };
  }

  /**
   * Agents: offers, closed offers and call-ups, which the server pushes without a subscription. Listening
   * keeps the socket connected even with no chat open, since an offer can arrive at any moment. Frames sent
   * while disconnected are not replayed: re-read the workspace after every reconnect.
   */
  onAgentFeed(listener: (frame: AgentFeedFrame) => void): () => void {
    this.feedListeners.add(listener);
    this.ensureConnected();
    return () => this.feedListeners.delete(listener);
  }

  /** Agents: tells the server this person is still here (any frame does; this one says nothing else). */
  heartbeat(): void {
    this.write({ type: 'heartbeat' });
  }

  /** Resolves on the server's ack; stays queued while offline. Pass the same id to retry a failed send. */
  send(conversationId: string, text: string, clientMessageId: string = newClientMessageId()): Promise<SendAck> {
    return new Promise<SendAck>((resolve, reject) => {
      const frame = { type: 'send', conversationId, clientMessageId, text } as const;
      this.pending.set(clientMessageId, { frame, resolve, reject });
      this.write(frame);
      this.ensureConnected();
    });
  }

  /** Drops the current socket (if any) and connects at once, e.g. after a token was renewed. */
  reconnectNow(): void {
    if (this.closed) return;
    this.dropSocket();
    this.clearRetry();
    this.connect();
  }

  /** Disconnects and rejects queued sends; subscriptions are kept for a later `start()`. */
  close(): void {
    this.closed = true;
    this.listening = false;
    this.clearRetry();
    this.dropSocket();
    this.network?.removeEventListener('offline', this.handleOffline);
    this.network?.removeEventListener('online', this.handleOnline);
    for (const send of this.pending.values()) send.reject(new SendRejected('closed', 'The connection was closed.'));
    this.pending.clear();
    this.setStatus('closed');
  }

  private ensureConnected(): void {
    if (!this.socket && !this.retryTimer && !this.closed) this.connect();
  }

  private connect(): void {
    const token = this.options.getToken();
    if (!token || this.closed) return this.setStatus(this.hadConnection ? 'offline' : 'idle');
    this.setStatus(this.hadConnection ? 'reconnecting' : 'connecting');
    const socket = new this.WS(`${this.options.url}?token=${encodeURIComponent(token)}`);
    this.socket = socket;
    socket.onopen = () => {
      // Frames are handled in order by the server: subscriptions first, then the queued sends.
      for (const [conversationId, { lastSeq }] of this.subscriptions) this.write({ type: 'subscribe', conversationId, afterSeq: lastSeq });
      for (const { frame } of this.pending.values()) this.write(frame);
      this.startHeartbeat();
    };
    socket.onmessage = (event) => {
      this.lastFrameAt = Date.now();
      this.handleFrame(JSON.parse(String(event.data)) as ServerFrame);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.dropSocket();
      this.scheduleReconnect();
    };
  }

  private handleFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case 'ready':
        this.attempt = 0;
        this.hadConnection = true;
        return this.setStatus('online');
      case 'message': {
        const subscription = this.subscriptions.get(frame.conversationId);
        if (!subscription || frame.message.seq <= subscription.lastSeq) return;
        subscription.lastSeq = frame.message.seq;
        return subscription.listener.onMessage(frame.message);
      }
      case 'conversation':
        return this.subscriptions.get(frame.conversation.id)?.listener.onConversation?.(frame.conversation);
      case 'subscribed':
        return this.subscriptions.get(frame.conversationId)?.listener.onSubscribed?.(frame.lastSeq);
      case 'ack': {
        const send = this.pending.get(frame.clientMessageId);
        this.pending.delete(frame.clientMessageId);
        return send?.resolve({ conversationId: frame.conversationId, clientMessageId: frame.clientMessageId, seq: frame.seq, created: frame.created });
      }
      case 'error':
        return this.handleError(frame);
      case 'queue':
        return this.subscriptions.get(frame.conversationId)?.listener.onQueue?.({ position: frame.position, etaSeconds: frame.etaSeconds });
      case 'offer':
      case 'offer_closed':
      case 'call_up':
        for (const listener of this.feedListeners) listener(frame);
        return;
      default:
        // pong: only its arrival matters (it resets the silence timer above).
        return;
    }
  }

  private handleError(frame: Extract<ServerFrame, { type: 'error' }>): void {
    if (frame.code === 'unauthorized') {
      this.options.onUnauthorized?.();
      return;
    }
    const send = frame.ref ? this.pending.get(frame.ref) : undefined;
    if (send && frame.ref) {
      this.pending.delete(frame.ref);
      return send.reject(new SendRejected(frame.code, frame.message, frame.field));
    }
    const subscription = frame.ref ? this.subscriptions.get(frame.ref) : undefined;
    if (subscription && frame.ref) {
      this.subscriptions.delete(frame.ref);
      subscription.listener.onError?.({ code: frame.code, message: frame.message });
    }
  }

  private write(frame: ClientFrame): void {
    if (this.socket?.readyState === this.WS.OPEN) this.socket.send(JSON.stringify(frame));
  }

  /** A socket can look open long after the network went away; no answer to a ping means it is gone. */
  private startHeartbeat(): void {
    const { intervalMs, timeoutMs } = this.options.heartbeat ?? { intervalMs: 20_000, timeoutMs: 10_000 };
    this.lastFrameAt = Date.now();
    this.heartbeatTimer = setInterval(() => {
      if (Date.now() - this.lastFrameAt > intervalMs + timeoutMs) {
        this.dropSocket();
        return this.scheduleReconnect();
      }
      this.write({ type: 'ping' });
    }, intervalMs);
  }

  private dropSocket(): void {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
    const socket = this.socket;
    this.socket = null;
    if (!socket) return;
    socket.onopen = socket.onmessage = socket.onclose = null;
    if (socket.readyState === this.WS.OPEN || socket.readyState === this.WS.CONNECTING) socket.close();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retryTimer) return;
    const { initialMs, maxMs } = this.options.backoff ?? { initialMs: 500, maxMs: 15_000 };
    const ceiling = Math.min(maxMs, initialMs * 2 ** this.attempt);
    const delay = ceiling / 2 + (this.options.random ?? Math.random)() * (ceiling / 2);
    this.attempt += 1;
    this.setStatus(this.network && !this.network.navigator.onLine ? 'offline' : this.hadConnection ? 'reconnecting' : 'connecting');
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private readonly handleOffline = (): void => {
    if (this.closed) return;
    // The socket is dead even if it looks open; retries back off until the 'online' event cuts the wait.
    this.dropSocket();
    this.scheduleReconnect();
  };

  private readonly handleOnline = (): void => {
    if (this.closed) return;
    this.attempt = 0;
    this.reconnectNow();
  };

  private setStatus(status: ConnectionStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    for (const listener of this.statusListeners) listener(status);
  }
}
