import pg from 'pg';
import type { EventBus, RealtimeEvent } from '../app/ports.js';
import { InProcessBus } from './in-process-bus.js';

const CHANNEL = 'tandem_events';
/** NOTIFY payloads are limited to 8,000 bytes; larger events travel as a "stale" hint instead. */
const MAX_PAYLOAD_BYTES = 7_500;

type Envelope = { node: string; topic: string; event: RealtimeEvent };
type Logger = { warn(obj: object, msg: string): void };

/**
 * Cluster fan-out over LISTEN/NOTIFY. Local subscribers are served directly (no round trip); other nodes
 * get the event through PostgreSQL. An event too large for NOTIFY is sent as a `stale` hint, and
 * subscribers re-read from the database — the same path that fills gaps after a reconnect, so nothing is
 * lost either way. After the listening connection drops and comes back, every topic is told it is stale.
 */
export class PostgresBus implements EventBus {
  private readonly local = new InProcessBus();
  private listener: pg.Client | null = null;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly connectionString: string,
    private readonly node: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (n) => {
      if (!n.payload) return;
      const envelope = JSON.parse(n.payload) as Envelope;
      if (envelope.node !== this.node) this.local.deliver(envelope.topic, envelope.event);
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'event bus listener lost its connection; reconnecting');
      void this.reconnect();
    });
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    this.listener = client;
  }

  private async reconnect(): Promise<void> {
    const old = this.listener;
    this.listener = null;
    await old?.end().catch(() => {});
    for (let delay = 100; !this.closed; delay = Math.min(delay * 2, 5_000)) {
      try {
        await this.connect();
        this.local.broadcastStale();
        return;
      } catch {
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  async publish(topic: string, event: RealtimeEvent): Promise<void> {
    this.local.deliver(topic, event);
    let payload = JSON.stringify({ node: this.node, topic, event } satisfies Envelope);
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
      // Only message events can be this large, and they always name their conversation.
      const conversationId = 'conversationId' in event ? event.conversationId : topic;
      payload = JSON.stringify({ node: this.node, topic, event: { type: 'stale', conversationId } } satisfies Envelope);
    }
    await this.pool.query('select pg_notify($1, $2)', [CHANNEL, payload]);
  }

  subscribe(topic: string, handler: (event: RealtimeEvent) => void): () => void {
    return this.local.subscribe(topic, handler);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.listener?.end().catch(() => {});
  }
}
