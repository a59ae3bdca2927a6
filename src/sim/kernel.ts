/**
 * A discrete-event kernel in virtual time, after SimPy's core.py:
 *   heappush(queue, (now + delay, priority, next(eid), event))
 * Events run in order of time, then priority (lower first), then the order they were scheduled, so
 * events at the same time and priority run first-in-first-out and a seeded run always replays the
 * same way. Time is a number (the simulator uses milliseconds); nothing here reads a real clock.
 *
 * Cancellation is lazy: a cancelled event stays in the heap and is skipped when it reaches the top,
 * which keeps `cancel` O(1).
 */

/** A handler may be async (it drives the application's use-cases); the kernel waits for it before going on. */
export type EventHandler = () => void | Promise<void>;

export interface ScheduledEvent {
  readonly time: number;
  readonly priority: number;
  readonly seq: number;
  cancelled: boolean;
  readonly handler: EventHandler;
}

export class Kernel {
  private heap: ScheduledEvent[] = [];
  private nextSeq = 0;
  private current: number;
  private processed = 0;

  constructor(startTime = 0) {
    this.current = startTime;
  }

  /** The current virtual time. */
  get now(): number {
    return this.current;
  }

  /** Events run so far (cancelled ones not counted). */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Events waiting, including cancelled ones not yet skipped. */
  get pending(): number {
    return this.heap.length;
  }

  /** Run `handler` after `delay` (>= 0) at `priority` (lower runs first among same-time events). */
  schedule(delay: number, priority: number, handler: EventHandler): ScheduledEvent {
    if (!(delay >= 0) || !Number.isFinite(delay)) throw new RangeError(`delay must be finite and >= 0, got ${delay}`);
    return this.push(this.current + delay, priority, handler);
  }

  /** Run `handler` at absolute time `time` (not in the past). */
  scheduleAt(time: number, priority: number, handler: EventHandler): ScheduledEvent {
    if (!(time >= this.current) || !Number.isFinite(time)) {
      throw new RangeError(`cannot schedule at ${time}: now is ${this.current}`);
    }
    return this.push(time, priority, handler);
  }

  cancel(event: ScheduledEvent): void {
    event.cancelled = true;
  }

  /** Time of the next live event, or null when none is left. */
  peekTime(): number | null {
    this.dropCancelled();
    return this.heap[0]?.time ?? null;
  }

  /**
   * Run every event with time <= until, then set the clock to `until` (as SimPy's run(until)).
   * With `until` omitted, run until no event is left. Handlers may schedule more events. An async
   * handler finishes before the next event starts, so events never interleave.
   */
  async run(until?: number): Promise<void> {
    const limit = until ?? Infinity;
    if (until !== undefined && until < this.current) throw new RangeError(`cannot run until ${until}: now is ${this.current}`);
    for (;;) {
      this.dropCancelled();
      const top = this.heap[0];
      if (top === undefined || top.time > limit) break;
      this.pop();
      this.current = top.time;
      this.processed++;
      const pending = top.handler();
      if (pending !== undefined) await pending;
    }
    if (until !== undefined) this.current = until;
  }

  private push(time: number, priority: number, handler: EventHandler): ScheduledEvent {
    const event: ScheduledEvent = { time, priority, seq: this.nextSeq++, cancelled: false, handler };
    const heap = this.heap;
    heap.push(event);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!before(event, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = event;
    return event;
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0]!.cancelled) this.pop();
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    const n = heap.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  }
}

/** Strict (time, priority, seq) order; seq is unique, so two events are never equal. */
function before(a: ScheduledEvent, b: ScheduledEvent): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}
