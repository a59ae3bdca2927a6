import { describe, expect, it } from 'vitest';
import { humanDemand, humanDemandSeries } from './human-demand.js';

const escalation = { refund_status: 0.1, dispute: 1, payment_date: 0.05 };

describe('humanDemand', () => {
  it('weights arrivals per intent by their escalation share', () => {
    expect(humanDemand({ arrivalsByIntent: { refund_status: 100, dispute: 20, payment_date: 200 } }, escalation)).toBeCloseTo(
      10 + 20 + 10,
      12,
    );
  });

  it('splits total arrivals by an intent mix, normalising the mix', () => {
    const asShares = humanDemand({ arrivals: 200, intentMix: { refund_status: 0.5, dispute: 0.1, payment_date: 0.4 } }, escalation);
    const asCounts = humanDemand({ arrivals: 200, intentMix: { refund_status: 50, dispute: 10, payment_date: 40 } }, escalation);
    expect(asShares).toBeCloseTo(10 + 20 + 4, 12);
    expect(asCounts).toBeCloseTo(asShares, 12);
  });

  it('assumes an unmeasured intent needs a human unless told otherwise', () => {
    expect(humanDemand({ arrivalsByIntent: { new_intent: 30 } }, escalation)).toBe(30);
    expect(humanDemand({ arrivalsByIntent: { new_intent: 30 } }, escalation, { defaultEscalationShare: 0.5 })).toBe(15);
  });

  it('rejects shares outside [0, 1], negative arrivals and an empty mix', () => {
    expect(() => humanDemand({ arrivalsByIntent: { dispute: 1 } }, { dispute: 1.2 })).toThrow(/dispute/);
    expect(() => humanDemand({ arrivalsByIntent: { dispute: -1 } }, escalation)).toThrow(/dispute/);
    expect(() => humanDemand({ arrivals: 5, intentMix: {} }, escalation)).toThrow(/intentMix/);
  });
});

describe('humanDemandSeries', () => {
  it('replaces each interval’s arrivals and keeps the other fields', () => {
    const series = humanDemandSeries(
      [
        { startMs: 0, endMs: 1, arrivals: 100, slotOfWeek: 0 },
        { startMs: 1, endMs: 2, arrivals: 0, slotOfWeek: 1 },
      ],
      { refund_status: 0.8, dispute: 0.2 },
      escalation,
    );
    expect(series.map((s) => s.arrivals)).toEqual([8 + 20, 0]);
    expect(series[0]?.slotOfWeek).toBe(0);
  });
});
