import pg from 'pg';

/** Whether this node should run the singleton jobs (the dispatcher) right now. */
export interface LeaderLease {
  isLeader(): boolean;
  /** Called with true when this node becomes leader, false when it loses the lease. */
  onChange(listener: (leader: boolean) => void): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Embedded mode: one process, always the leader. */
export class SoleLeader implements LeaderLease {
  private readonly listeners: ((leader: boolean) => void)[] = [];
  private started = false;
  isLeader() {
    return this.started;
  }
  onChange(listener: (leader: boolean) => void) {
    this.listeners.push(listener);
  }
  async start() {
    this.started = true;
    for (const l of this.listeners) l(true);
  }
  async stop() {
    this.started = false;
    for (const l of this.listeners) l(false);
  }
}

type Logger = { info(obj: object, msg: string): void; warn(obj: object, msg: string): void };

/**
 * Cluster mode: a session-level PostgreSQL advisory lock held on a dedicated connection. If the node dies
 * its connection closes and PostgreSQL releases the lock, so another node's next attempt takes over.
 */
export class AdvisoryLockLeader implements LeaderLease {
  private client: pg.Client | null = null;
  private leader = false;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners: ((leader: boolean) => void)[] = [];

  constructor(
    private readonly connectionString: string,
    private readonly lockKey: number,
    private readonly retryMs: number,
    private readonly logger: Logger,
  ) {}

  isLeader() {
    return this.leader;
  }

  onChange(listener: (leader: boolean) => void) {
    this.listeners.push(listener);
  }

  async start(): Promise<void> {
    await this.attempt();
    this.timer = setInterval(() => void this.attempt(), this.retryMs);
    this.timer.unref();
  }

  private set(leader: boolean): void {
    if (leader === this.leader) return;
    this.leader = leader;
    this.logger.info({ leader, lockKey: this.lockKey }, leader ? 'took the leader lock' : 'lost the leader lock');
    for (const l of this.listeners) l(leader);
  }

  private async attempt(): Promise<void> {
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.connectionString });
        client.on('error', () => {
          this.client = null;
          this.set(false);
        });
        await client.connect();
        this.client = client;
      }
      if (this.leader) {
        await this.client.query('select 1'); // still connected, so still holding the lock
        return;
      }
      const { rows } = await this.client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [this.lockKey]);
      this.set(rows[0]?.ok === true);
    } catch (error) {
      this.logger.warn({ err: error }, 'leader lock attempt failed');
      await this.client?.end().catch(() => {});
      this.client = null;
      this.set(false);
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    // Step down before letting go of the lock, so two nodes never both believe they lead.
    this.set(false);
    await this.client?.end().catch(() => {});
    this.client = null;
  }
}
