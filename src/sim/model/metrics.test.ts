import { describe, expect, it } from 'vitest';
import { percentileFromBins } from '../summary.js';
import { Metrics, WAIT_BIN_EDGES, waitBin } from './metrics.js';

const zero = { online: 0, slots: 0, busySlots: 0, unpaidWaiting: 0, paidOnline: 0 };

describe('Metrics', () => {
  it('splits time integrals exactly at interval boundaries', () => {
    const m = new Metrics(1000, 3000, 3_600_000); // standby 1 minor unit per ms of paid time
    m.shiftLevels(500, zero, { online: 1, slots: 2, busySlots: 1, unpaidWaiting: 0, paidOnline: 1 });
    m.shiftLevels(2500, { online: 1, slots: 2, busySlots: 1, unpaidWaiting: 0, paidOnline: 1 }, zero);
    m.advance(3000);
    expect(m.intervals.map((c) => c.onlineAgentMs)).toEqual([500, 1000, 500]);
    expect(m.intervals.map((c) => c.onlineSlotMs)).toEqual([1000, 2000, 1000]);
    expect(m.intervals.map((c) => c.standbyAccruedMinor)).toEqual([500, 1000, 500]);
  });

  it('puts queue outcomes in the entry interval', () => {
    const m = new Metrics(1000, 3000, 0);
    m.recordAnsweredWait(0, 1500, 1000);
    m.recordAbandon(0, 2000);
    expect(m.intervals[0]).toMatchObject({ answered: 1, answeredWithinTarget: 0, abandoned: 1, waitSumMs: 1500 });
    expect(m.intervals[1]!.answered).toBe(0);
  });
});

describe('wait histogram', () => {
  it('bins by upper edge with a bin of its own for "at once"', () => {
    expect(waitBin(0)).toBe(0);
    expect(waitBin(0.5)).toBe(1);
    expect(waitBin(59.9)).toBe(60);
    expect(waitBin(1e6)).toBe(WAIT_BIN_EDGES.length);
  });

  it('interpolates percentiles inside bins', () => {
    expect(percentileFromBins({}, 0.9)).toBeNull();
    expect(percentileFromBins({ 0: 95, 10: 5 }, 0.9)).toBeLessThan(0.001);
    // 10 waits in [9, 10) s: the 90th percentile lies 9/10 of the way through the bin.
    expect(percentileFromBins({ [waitBin(9.5)]: 10 }, 0.9)).toBeCloseTo(9.9, 6);
  });
});
