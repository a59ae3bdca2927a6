type Logger = { error(obj: object, msg: string): void };

/**
 * Runs `work` on a fixed interval and whenever kicked, never two at once. Kicks that arrive while it runs
 * collapse into one more run afterwards (the Chatwoot "dispatch kick" idea: coalesce triggers, one worker).
 */
export class CoalescingLoop {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly options: { intervalMs: number; logger: Logger; name: string },
  ) {}

  get active(): boolean {
    return this.timer !== null;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), this.options.intervalMs);
    this.timer.unref();
    this.kick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.again = false;
    await this.running;
  }

  /** Asks for a run soon; does nothing while stopped (e.g. on a node that is not the leader). */
  kick(): void {
    if (!this.timer) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runOnce().finally(() => {
      this.running = null;
      if (this.again && this.timer) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Runs now and waits (tests, and the first run after taking the lead). */
  async runNow(): Promise<void> {
    await this.running;
    await this.runOnce();
  }

  private async runOnce(): Promise<void> {
    try {
      await this.work();
    } catch (error) {
      this.options.logger.error({ err: error, loop: this.options.name }, 'loop run failed');
    }
  }
}
