import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPATCH_CONFIG } from './config.js';
import { estimateQueue, type HandlingStats } from './eta.js';
import { agent, conversation } from './test-fixtures.js';

const config = DEFAULT_DISPATCH_CONFIG;
const NOW = 1_000_000;
const stats: HandlingStats = { perChatHandleTimeMs: 600_000, meanAnswerTimeMs: 8_000, acceptanceRate: 0.8 };
const offerDelay = 8_000 / 0.8; // routing.md §3: added wait ≈ answer time / acceptance

describe('estimateQueue', () => {
  it('gives 1-based positions in dispatch order and time waited', () => {
    const queue = [
      conversation({ id: 'normal', priorityClass: 2, enqueuedAtMs: NOW - 50_000 }),
      conversation({ id: 'urgent', priorityClass: 0, enqueuedAtMs: NOW - 10_000 }),
    ];
    const est = estimateQueue(queue, [agent({ id: 'a1' })], NOW, stats, config);
    expect(est.map((e) => [e.conversationId, e.position, e.waitedMs])).toEqual([
      ['urgent', 1, 10_000],
      ['normal', 2, 50_000],
    ]);
  });

  it('adds only the offer delay while free slots cover everyone ahead', () => {
    const agents = [agent({ id: 'a1', capacity: 2, load: 0 })]; // 2 free slots
    const queue = [0, 1].map((i) => conversation({ id: `c${i}`, enqueuedAtMs: NOW - 1000 + i }));
    expect(estimateQueue(queue, agents, NOW, stats, config).map((e) => e.estimatedWaitMs)).toEqual([offerDelay, offerDelay]);
  });

  it('waits for slots to free beyond the free ones: (ahead − free + 1) · handle / slots + offer delay', () => {
    // 2 agents × 3 slots = 6 slots, 1 free; handle 600 s → one slot frees every 100 s on average.
    const agents = [agent({ id: 'a1', capacity: 3, load: 3 }), agent({ id: 'a2', capacity: 3, load: 2 })];
    const queue = [0, 1, 2, 3].map((i) => conversation({ id: `c${i}`, enqueuedAtMs: NOW - 1000 + i }));
    const waits = estimateQueue(queue, agents, NOW, stats, config).map((e) => e.estimatedWaitMs);
    expect(waits).toEqual([offerDelay, 100_000 + offerDelay, 200_000 + offerDelay, 300_000 + offerDelay]);
  });

  it('counts position within the language lane and only agents who speak it', () => {
    const agents = [agent({ id: 'en1', capacity: 1, load: 0 }), agent({ id: 'es1', languages: ['es'], capacity: 1, load: 1 })];
    const queue = [
      conversation({ id: 'en-a', enqueuedAtMs: NOW - 3000 }),
      conversation({ id: 'es-a', language: 'es', enqueuedAtMs: NOW - 2000 }),
      conversation({ id: 'en-b', enqueuedAtMs: NOW - 1000 }),
    ];
    const byId = new Map(estimateQueue(queue, agents, NOW, stats, config).map((e) => [e.conversationId, e]));
    expect(byId.get('es-a')).toMatchObject({ position: 2, aheadInLane: 0, estimatedWaitMs: 600_000 + offerDelay });
    expect(byId.get('en-b')).toMatchObject({ position: 3, aheadInLane: 1, estimatedWaitMs: 600_000 + offerDelay });
  });

  it('returns null when no available agent speaks the language (away and offline do not count)', () => {
    const agents = [agent({ id: 'a1', languages: ['fr'], presence: 'away' }), agent({ id: 'a2', languages: ['fr'], presence: 'offline' })];
    const [e] = estimateQueue([conversation({ id: 'c1', language: 'fr' })], agents, NOW, stats, config);
    expect(e!.estimatedWaitMs).toBeNull();
  });

  it('clamps a collapsed acceptance rate to minAcceptanceRate', () => {
    const [e] = estimateQueue([conversation({ id: 'c1' })], [agent({ id: 'a1' })], NOW, { ...stats, acceptanceRate: 0 }, config);
    expect(e!.estimatedWaitMs).toBe(8_000 / config.minAcceptanceRate);
  });

  it('throws on nonsensical stats (programmer error)', () => {
    expect(() => estimateQueue([], [], NOW, { ...stats, perChatHandleTimeMs: Number.NaN }, config)).toThrow(RangeError);
  });
});
