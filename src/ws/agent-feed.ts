import { agentTopic, type EventBus } from '../app/ports.js';
import type { Services } from '../app/services.js';
import type { ServerFrame } from '../contracts/ws.js';
import type { Principal } from '../domain/auth/access.js';

/** Heartbeats are written at most this often per socket: presence needs seconds, not every frame. */
const HEARTBEAT_WRITE_MS = 5_000;

/**
 * An agent's socket: their offers, closed offers and call-ups arrive here without subscribing, and every
 * frame they send counts as a heartbeat that keeps their presence alive.
 */
export class AgentFeed {
  private unsubscribe: (() => void) | null = null;
  private lastBeat = 0;

  constructor(
    private readonly deps: { services: Services; bus: EventBus },
    private readonly send: (frame: ServerFrame) => void,
  ) {}

  async attach(principal: Extract<Principal, { kind: 'agent' }>): Promise<void> {
    if (!this.unsubscribe) {
      this.unsubscribe = this.deps.bus.subscribe(agentTopic(principal.agentId), (event) => {
        if (event.type === 'offer.created') this.send({ type: 'offer', offer: event.offer, serverTime: this.deps.services.serverTime() });
        else if (event.type === 'offer.closed') this.send({ type: 'offer_closed', offerId: event.offerId, status: event.status });
        else if (event.type === 'call_up') this.send({ type: 'call_up', surgeBonusMinor: event.surgeBonusMinor, expiresAt: event.expiresAt, waiting: event.waiting });
      });
    }
    const now = Date.now();
    if (now - this.lastBeat >= HEARTBEAT_WRITE_MS) {
      this.lastBeat = now;
      await this.deps.services.recordHeartbeat({ principal });
    }
  }

  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }
}
