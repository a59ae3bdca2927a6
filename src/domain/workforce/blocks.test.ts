import { describe, expect, it } from 'vitest';
import { settleBlock } from './blocks.js';
import { DEFAULT_PAY_RATES } from './pay-rates.js';

const rates = DEFAULT_PAY_RATES; // 700 per hour standby, 12 h notice, 10 min grace
const HOUR = 3_600_000;
const MIN = 60_000;
const start = Date.UTC(2025, 0, 6, 9); // Monday 09:00 UTC
const block = { startMs: start, endMs: start + 2 * HOUR };

describe('settleBlock', () => {
  it('pays standby for the whole block when online throughout', () => {
    const r = settleBlock(block, [{ startMs: start - 5 * MIN, endMs: start + 3 * HOUR }], rates);
    expect(r.status).toBe('attended');
    expect(r.paidMs).toBe(2 * HOUR);
    expect(r.standby?.amountMinor).toBe(1400);
  });

  it('pays only the online minutes inside the block, overlaps counted once', () => {
    const online = [
      { startMs: start + 5 * MIN, endMs: start + 65 * MIN },
      { startMs: start + 30 * MIN, endMs: start + 70 * MIN }, // overlaps the first
      { startMs: start + 100 * MIN, endMs: start + 130 * MIN }, // runs past the end
    ];
    const r = settleBlock(block, online, rates);
    expect(r.paidMs).toBe(65 * MIN + 20 * MIN);
    expect(r.standby?.amountMinor).toBe(992); // 85 min × 700/60 = 991.67 → 992
  });

  it('counts coming online at minute 9 as attending, at minute 10 as a no-show', () => {
    const at9 = settleBlock(block, [{ startMs: start + 9 * MIN, endMs: block.endMs }], rates);
    expect(at9.status).toBe('attended');
    expect(at9.standby?.amountMinor).toBe(1295); // 111 min
    const at10 = settleBlock(block, [{ startMs: start + 10 * MIN, endMs: block.endMs }], rates);
    expect(at10).toEqual({ status: 'no_show', paidMs: 0, standby: null });
  });

  it('is a no-show when only online before the block', () => {
    expect(settleBlock(block, [{ startMs: start - HOUR, endMs: start }], rates).status).toBe('no_show');
  });

  it('frees a release with at least 12 h notice and records a later one as late', () => {
    expect(settleBlock({ ...block, releasedAtMs: start - 12 * HOUR }, [], rates)).toEqual({
      status: 'released',
      lateRelease: false,
      paidMs: 0,
      standby: null,
    });
    const late = settleBlock({ ...block, releasedAtMs: start - 12 * HOUR + 1 }, [], rates);
    expect(late).toMatchObject({ status: 'released', lateRelease: true });
  });

  it('treats a release after the start as leaving early: paid until then', () => {
    const r = settleBlock({ ...block, releasedAtMs: start + 30 * MIN }, [{ startMs: start, endMs: block.endMs }], rates);
    expect(r).toMatchObject({ status: 'attended', paidMs: 30 * MIN, leftEarly: true });
    expect(r.standby?.amountMinor).toBe(350);
  });

  it('rejects an empty or reversed block', () => {
    expect(() => settleBlock({ startMs: start, endMs: start }, [], rates)).toThrow(RangeError);
  });
});
