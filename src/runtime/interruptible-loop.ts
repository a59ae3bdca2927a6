import { CoalescingLoop } from './coalescing-loop.js';

type Logger = { error(obj: object, msg: string): void };

/**
 * A CoalescingLoop whose work can be asked to stop part-way: `stop()` aborts the signal the running work
 * holds (long work checks it, e.g. a simulation between intervals) and waits for it; `start()` hands later
 * runs a fresh signal.
 */
export class InterruptibleLoop {
  private controller = new AbortController();
  private readonly loop: CoalescingLoop;

  constructor(work: (signal: AbortSignal) => Promise<unknown>, options: { intervalMs: number; logger: Logger; name: string }) {
    this.loop = new CoalescingLoop(async () => void (await work(this.controller.signal)), options);
  }

  get active(): boolean {
    return this.loop.active;
  }

  start(): void {
    if (this.loop.active) return;
    if (this.controller.signal.aborted) this.controller = new AbortController();
    this.loop.start();
  }

  async stop(): Promise<void> {
    this.controller.abort();
    await this.loop.stop();
  }

  kick(): void {
    this.loop.kick();
  }

  runNow(): Promise<void> {
    return this.loop.runNow();
  }
}
