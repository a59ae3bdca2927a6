import type { Conversation, Message } from './types.js';

/** `connecting` is the first attempt; `reconnecting`/`offline` mean a connection was had and is being restored. */
export type ConnectionStatus = 'idle' | 'connecting' | 'online' | 'reconnecting' | 'offline' | 'closed';

export type SubscriptionListener = {
  /** Each message exactly once, in seq order, across reconnects. */
  onMessage(message: Message): void;
  onConversation?(conversation: Conversation): void;
  onSubscribed?(lastSeq: number): void;
  /** While a person is awaited: the customer's place in the queue and the estimated wait (pushed by dispatch). */
  onQueue?(queue: { position: number; etaSeconds: number | null }): void;
  /** The server refused or revoked the subscription (e.g. `forbidden`); it is not renewed. */
  onError?(error: { code: string; message: string }): void;
};

export type SendAck = { conversationId: string; clientMessageId: string; seq: number; created: boolean };

export class SendRejected extends Error {
  constructor(readonly code: string, message: string, readonly field?: string) {
    super(message);
    this.name = 'SendRejected';
  }
}

/** The part of `window` the client watches; injectable so Node tests can run it against the real server. */
export type NetworkSignals = Pick<Window, 'addEventListener' | 'removeEventListener'> & { navigator: { onLine: boolean } };

export type RealtimeClientOptions = {
  /** Full `ws(s)://…/v1/ws` URL without the token. */
  url: string;
  /** Read at every (re)connect, so a renewed token is used. */
  getToken: () => string | null;
  WebSocket?: typeof WebSocket;
  network?: NetworkSignals | null;
  onUnauthorized?: () => void;
  backoff?: { initialMs: number; maxMs: number };
  heartbeat?: { intervalMs: number; timeoutMs: number };
  random?: () => number;
};

/** Same-origin socket URL for the current page. */
export const defaultSocketUrl = (): string => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/v1/ws`;
