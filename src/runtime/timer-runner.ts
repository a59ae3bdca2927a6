import type { Clock, ClaimedTimer, TimerRepository } from '../app/ports.js';

export type TimerHandler = (timer: ClaimedTimer) => Promise<void>;
type Logger = { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };

/**
 * Polls the timers table. Claims carry a lease: if this node dies mid-handler, the lease runs out and any
 * node picks the timer up again, so handlers must be idempotent (they re-check state before acting).
 */
export class TimerRunner {
  private interval: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private readonly handlers = new Map<string, TimerHandler>();

  constructor(
    private readonly timers: TimerRepository,
    private readonly clock: Clock,
    private readonly options: { owner: string; pollMs: number; leaseMs: number; batch: number; logger: Logger },
  ) {}

  on(kind: string, handler: TimerHandler): void {
    this.handlers.set(kind, handler);
  }

  start(): void {
    if (this.interval) return;
    this.interval = setInterval(() => void this.tick(), this.options.pollMs);
    this.interval.unref();
  }

  async stop(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
    await this.running;
  }

  /** Runs every due timer now; overlapping calls share one run. Returns how many ran. */
  tick(): Promise<void> {
    this.running ??= this.runDue().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runDue(): Promise<void> {
    for (;;) {
      const claimed = await this.timers
        .claimDue(this.options.owner, this.clock.now(), this.options.leaseMs, this.options.batch)
        .catch((error: unknown) => {
          this.options.logger.error({ err: error }, 'timer claim failed');
          return [] as ClaimedTimer[];
        });
      for (const timer of claimed) await this.runOne(timer);
      if (claimed.length < this.options.batch) return;
    }
  }

  private async runOne(timer: ClaimedTimer): Promise<void> {
    const handler = this.handlers.get(timer.kind);
    if (!handler) {
      this.options.logger.warn({ kind: timer.kind, timerId: timer.id }, 'no handler for timer kind; left for another node');
      return;
    }
    try {
      await handler(timer);
      await this.timers.complete(timer.id);
    } catch (error) {
      // Left claimed: the lease expires and the timer is retried, here or on another node.
      this.options.logger.error({ err: error, kind: timer.kind, timerId: timer.id, attempts: timer.attempts }, 'timer handler failed');
    }
  }
}
