import type { Clock } from '../app/ports.js';

export const systemClock: Clock = { now: () => Date.now() };

/** A clock the caller moves by hand: tests and the simulator's virtual time. */
export class ManualClock implements Clock {
  constructor(private current: number) {}
  now(): number {
    return this.current;
  }
  set(ms: number): void {
    this.current = ms;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
