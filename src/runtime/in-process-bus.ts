import type { EventBus, RealtimeEvent } from '../app/ports.js';

/** Embedded mode: one process, so fan-out is a map of topic → handlers. */
export class InProcessBus implements EventBus {
  private readonly handlers = new Map<string, Set<(event: RealtimeEvent) => void>>();

  async publish(topic: string, event: RealtimeEvent): Promise<void> {
    this.deliver(topic, event);
  }

  /** Also used by the PostgreSQL bus to hand on what arrived from another node. */
  deliver(topic: string, event: RealtimeEvent): void {
    for (const handler of this.handlers.get(topic) ?? []) {
      try {
        handler(event);
      } catch {
        // One broken subscriber (a socket that died mid-send) must not stop delivery to the others.
      }
    }
  }

  subscribe(topic: string, handler: (event: RealtimeEvent) => void): () => void {
    let set = this.handlers.get(topic);
    if (!set) this.handlers.set(topic, (set = new Set()));
    set.add(handler);
    return () => {
      set.delete(handler);
      if (set.size === 0) this.handlers.delete(topic);
    };
  }

  /** Tells every subscriber its view may be out of date (after a lost connection): they re-read. */
  broadcastStale(): void {
    for (const topic of [...this.handlers.keys()]) {
      const conversationId = topic.startsWith('conversation:') ? topic.slice('conversation:'.length) : topic;
      this.deliver(topic, { type: 'stale', conversationId });
    }
  }

  subscriberCount(): number {
    let n = 0;
    for (const set of this.handlers.values()) n += set.size;
    return n;
  }
}
