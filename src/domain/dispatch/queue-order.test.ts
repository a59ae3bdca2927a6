import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_DISPATCH_CONFIG, makeDispatchConfig, type DispatchConfig } from './config.js';
import { compareQueued, effectivePriorityClass, orderQueue, promotions } from './queue-order.js';
import { conversation } from './test-fixtures.js';
import type { QueuedConversation } from './types.js';

const config = DEFAULT_DISPATCH_CONFIG; // agingAfterMs 120 s, agingPeriodMs 60 s
const S = 1_000;

describe('orderQueue', () => {
  it('orders by priority class, then longest waiting, then id', () => {
    const queue = [
      conversation({ id: 'n-late', priorityClass: 2, enqueuedAtMs: 50 * S }),
      conversation({ id: 'urgent', priorityClass: 0, enqueuedAtMs: 60 * S }),
      conversation({ id: 'n-b', priorityClass: 2, enqueuedAtMs: 10 * S }),
      conversation({ id: 'n-a', priorityClass: 2, enqueuedAtMs: 10 * S }),
      conversation({ id: 'returning', priorityClass: 1, enqueuedAtMs: 55 * S }),
    ];
    expect(orderQueue(queue, 61 * S, config).map((c) => c.id)).toEqual(['urgent', 'returning', 'n-a', 'n-b', 'n-late']);
  });

  it('does not modify its input and is deterministic under shuffling', () => {
    const queue = Array.from({ length: 20 }, (_, i) =>
      conversation({ id: `c${i}`, priorityClass: i % 3, enqueuedAtMs: (i % 4) * S }),
    );
    const copy = queue.slice();
    const once = orderQueue(queue, 10 * S, config).map((c) => c.id);
    expect(queue).toEqual(copy);
    expect(orderQueue(queue.slice().reverse(), 10 * S, config).map((c) => c.id)).toEqual(once);
  });

  it('compareQueued agrees with orderQueue', () => {
    const a = conversation({ id: 'a', priorityClass: 1, enqueuedAtMs: 0 });
    const b = conversation({ id: 'b', priorityClass: 0, enqueuedAtMs: 5 * S });
    expect(compareQueued(a, b, 10 * S, config)).toBeGreaterThan(0);
    expect(compareQueued(b, a, 10 * S, config)).toBeLessThan(0);
    expect(compareQueued(a, a, 10 * S, config)).toBe(0);
  });
});

describe('aging', () => {
  it('promotes at agingAfterMs and once per agingPeriodMs after', () => {
    expect(promotions(119_999, config)).toBe(0);
    expect(promotions(120_000, config)).toBe(1);
    expect(promotions(179_999, config)).toBe(1);
    expect(promotions(180_000, config)).toBe(2);
  });

  it('never goes below class 0 and leaves class 0 alone', () => {
    const normal = conversation({ id: 'n', priorityClass: 2, enqueuedAtMs: 0 });
    expect(effectivePriorityClass(normal, 119_999, config)).toBe(2);
    expect(effectivePriorityClass(normal, 120_000, config)).toBe(1);
    expect(effectivePriorityClass(normal, 180_000, config)).toBe(0);
    expect(effectivePriorityClass(normal, 3_600_000, config)).toBe(0);
    expect(effectivePriorityClass(conversation({ id: 'u', priorityClass: 0 }), 3_600_000, config)).toBe(0);
  });

  it('lets an old normal conversation overtake a fresh urgent one once promoted to class 0', () => {
    const old = conversation({ id: 'old', priorityClass: 2, enqueuedAtMs: 0 });
    const fresh = conversation({ id: 'fresh', priorityClass: 0, enqueuedAtMs: 179 * S });
    expect(orderQueue([fresh, old], 179 * S, config)[0]!.id).toBe('fresh');
    expect(orderQueue([fresh, old], 180 * S, config)[0]!.id).toBe('old');
  });
});

/**
 * One agent slot serves the head of the queue every `serviceMs`; arrivals come from `stream`.
 * Returns when each conversation was served (undefined = still waiting at the horizon).
 */
function simulate(
  initial: readonly QueuedConversation[],
  stream: (step: number, nowMs: number) => QueuedConversation[],
  steps: number,
  serviceMs: number,
  cfg: DispatchConfig,
): Map<string, number> {
  let queue = initial.slice();
  const servedAt = new Map<string, number>();
  for (let step = 0; step < steps; step++) {
    const now = step * serviceMs;
    queue.push(...stream(step, now));
    const head = orderQueue(queue, now, cfg)[0];
    if (head === undefined) continue;
    servedAt.set(head.id, now);
    queue = queue.filter((c) => c.id !== head.id);
  }
  return servedAt;
}

describe('no starvation', () => {
  const low = conversation({ id: 'low', priorityClass: 2, enqueuedAtMs: 0 });
  // Two urgent conversations arrive every 30 s while only one is served: urgent work alone overloads the pool.
  const urgentFlood = (step: number, now: number) => [
    conversation({ id: `u${step}a`, priorityClass: 0, enqueuedAtMs: now }),
    conversation({ id: `u${step}b`, priorityClass: 0, enqueuedAtMs: now }),
  ];

  it('starves the low-priority conversation without aging (the test can fail)', () => {
    const noAging = makeDispatchConfig({ agingAfterMs: 1e15 });
    expect(simulate([low], urgentFlood, 2_000, 30 * S, noAging).get('low')).toBeUndefined();
  });

  it('serves it by agingAfterMs + (class − 1) · agingPeriodMs despite the flood', () => {
    const servedAt = simulate([low], urgentFlood, 2_000, 30 * S, config).get('low');
    expect(servedAt).toBe(180 * S); // promoted to class 0 at 180 s, and older than every urgent arrival
  });

  it('bounds every wait on random arrival streams', () => {
    const serviceMs = 30 * S;
    // per step: how many arrivals of each class (0..2), up to 2 per class; service is 1 per step.
    const streamArb = fc.array(fc.tuple(fc.nat(2), fc.nat(2), fc.nat(2)), { minLength: 40, maxLength: 120 });
    fc.assert(
      fc.property(streamArb, (perStep) => {
        const all: QueuedConversation[] = [];
        const stream = (step: number, now: number) => {
          const counts = perStep[step] ?? [0, 0, 0];
          const arrivals = counts.flatMap((n, cls) =>
            Array.from({ length: n }, (_, k) => conversation({ id: `s${step}c${cls}k${k}`, priorityClass: cls, enqueuedAtMs: now })),
          );
          all.push(...arrivals);
          return arrivals;
        };
        const horizon = perStep.length * 8;
        const servedAt = simulate([], stream, horizon, serviceMs, config);
        for (const c of all) {
          // Once at class 0, only earlier arrivals (finitely many) can be ahead of it.
          const classZeroAt = c.enqueuedAtMs + (c.priorityClass === 0 ? 0 : config.agingAfterMs + (c.priorityClass - 1) * config.agingPeriodMs);
          const earlier = all.filter((o) => compareQueued(o, c, Number.MAX_SAFE_INTEGER, config) < 0).length;
          const bound = Math.ceil(classZeroAt / serviceMs) * serviceMs + earlier * serviceMs;
          const served = servedAt.get(c.id);
          if (bound < horizon * serviceMs) {
            expect(served, c.id).toBeDefined();
            expect(served!).toBeLessThanOrEqual(bound);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
