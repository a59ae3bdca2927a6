import { canReadConversation, type Principal } from '../domain/auth/access.js';
import type { Message } from '../domain/conversation/types.js';
import type { EventBus, RealtimeEvent } from '../app/ports.js';
import { conversationTopic } from '../app/ports.js';
import type { Services } from '../app/services.js';
import type { ServerFrame } from '../contracts/ws.js';

const PAGE = 500;

/**
 * One socket's subscription to one conversation, delivering every message exactly once and in order.
 * It subscribes to the bus before reading the backlog (so nothing published meanwhile is missed), drops
 * what it already sent (so nothing is doubled), and fills any gap from the database (live events from
 * concurrent writers can arrive out of order). All work runs on one promise chain to keep order.
 */
export class ConversationSubscription {
  private lastSent: number;
  private chain: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | null = null;
  private closed = false;
  /** The owner as of the last state this socket saw: who the conversation is taken from when access ends. */
  private lastOwner: string | null = null;

  constructor(
    private readonly conversationId: string,
    afterSeq: number,
    private readonly principal: Principal,
    private readonly deps: { services: Services; bus: EventBus },
    private readonly send: (frame: ServerFrame) => void,
    private readonly onRevoked: () => void,
  ) {
    this.lastSent = afterSeq;
  }

  /** Resolves after the backlog is sent; throws (AppError) when the caller may not read the conversation. */
  async start(): Promise<void> {
    const conversation = await this.deps.services.getConversation({ principal: this.principal, conversationId: this.conversationId });
    this.lastOwner = conversation.ownerAgentId;
    this.unsubscribe = this.deps.bus.subscribe(conversationTopic(this.conversationId), (event) => this.enqueue(event));
    await this.run(() => this.catchUp());
    this.send({ type: 'subscribed', conversationId: this.conversationId, lastSeq: Math.max(this.lastSent, conversation.lastSeq) });
  }

  stop(): void {
    this.closed = true;
    this.unsubscribe?.();
  }

  private run(work: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(work, work);
    return this.chain;
  }

  private enqueue(event: RealtimeEvent): void {
    void this.run(async () => {
      if (this.closed) return;
      if (event.type === 'stale') {
        // Something may have been missed: re-read both the conversation and the messages after ours.
        const conversation = await this.deps.services.getConversation({ principal: this.principal, conversationId: this.conversationId }).catch(() => null);
        if (!conversation) return this.revoke();
        this.lastOwner = conversation.ownerAgentId;
        this.send({ type: 'conversation', conversation });
        return this.catchUp();
      }
      if (event.type === 'conversation.updated') {
        // Access is re-checked on every change: an agent whose offer was withdrawn stops receiving. The agent
        // who owned it until this change (they resolved it, it was transferred) first sees the state it left
        // them in, then stops receiving.
        const ownedItUntilNow = this.principal.kind === 'agent' && this.lastOwner === this.principal.agentId;
        this.lastOwner = event.conversation.ownerAgentId;
        if (!canReadConversation(this.principal, event.conversation)) {
          if (ownedItUntilNow) this.send({ type: 'conversation', conversation: event.conversation });
          return this.revoke();
        }
        this.send({ type: 'conversation', conversation: event.conversation });
        return;
      }
      if (event.type === 'queue.position') {
        this.send({ type: 'queue', conversationId: this.conversationId, position: event.position, etaSeconds: event.etaSeconds });
        return;
      }
      if (event.type !== 'message.created') return;
      if (event.message.seq <= this.lastSent) return;
      if (event.message.seq > this.lastSent + 1) await this.catchUp();
      this.deliver(event.message);
    }).catch(() => this.stop());
  }

  private revoke(): void {
    this.stop();
    this.onRevoked();
  }

  private async catchUp(): Promise<void> {
    for (;;) {
      const { messages } = await this.deps.services.listMessages({
        principal: this.principal,
        conversationId: this.conversationId,
        afterSeq: this.lastSent,
        limit: PAGE,
      });
      for (const message of messages) this.deliver(message);
      if (messages.length < PAGE) return;
    }
  }

  private deliver(message: Message): void {
    if (this.closed || message.seq <= this.lastSent) return;
    this.lastSent = message.seq;
    this.send({ type: 'message', conversationId: this.conversationId, message });
  }
}
