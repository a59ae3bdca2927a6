import { describe, expect, it } from 'vitest';
import { availableIntervals, busyIntervals, onlineIntervals } from './online-intervals.js';

const range = { startMs: 100, endMs: 200 };

describe('presence → intervals', () => {
  it('carries the state from before the range and clips to it', () => {
    const changes = [
      { agentId: 'a', presence: 'available', atMs: 50 },
      { agentId: 'b', presence: 'available', atMs: 60 },
      { agentId: 'a', presence: 'away', atMs: 120 },
      { agentId: 'a', presence: 'available', atMs: 150 },
    ];
    expect(availableIntervals(changes, 'a', range)).toEqual([
      { startMs: 100, endMs: 120 },
      { startMs: 150, endMs: 200 },
    ]);
    expect(availableIntervals(changes, 'b', range)).toEqual([{ startMs: 100, endMs: 200 }]);
    expect(availableIntervals(changes, 'c', range)).toEqual([]);
  });

  it('an offline change before the range means nothing online', () => {
    expect(availableIntervals([{ agentId: 'a', presence: 'offline', atMs: 90 }], 'a', range)).toEqual([]);
  });

  it('busy spans still open run to the end of the range; online is their union with presence', () => {
    const spans = [
      { agentId: 'a', conversationId: 'c1', startMs: 110, endMs: 130 },
      { agentId: 'a', conversationId: 'c2', startMs: 180, endMs: null },
    ];
    expect(busyIntervals(spans, 'a', range)).toEqual([
      { startMs: 110, endMs: 130 },
      { startMs: 180, endMs: 200 },
    ]);
    const changes = [{ agentId: 'a', presence: 'available', atMs: 120 }, { agentId: 'a', presence: 'away', atMs: 140 }];
    expect(onlineIntervals(changes, spans, 'a', range)).toEqual([
      { startMs: 110, endMs: 140 },
      { startMs: 180, endMs: 200 },
    ]);
  });
});
