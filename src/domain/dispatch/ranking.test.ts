import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPATCH_CONFIG, makeDispatchConfig } from './config.js';
import { fairnessComponent, rankAgent, scoreAgent } from './ranking.js';
import { agent, conversation } from './test-fixtures.js';

const config = DEFAULT_DISPATCH_CONFIG;
const NOW = 10_000_000;
const MIN = 60_000;

describe('fairnessComponent (saturates at fairnessSaturationMs = 10 min)', () => {
  it('is 1 for an agent never offered', () => expect(fairnessComponent(null, NOW, 10 * MIN)).toBe(1));
  it('is 0 for an offer right now', () => expect(fairnessComponent(NOW, NOW, 10 * MIN)).toBe(0));
  it('is linear below saturation', () => expect(fairnessComponent(NOW - 5 * MIN, NOW, 10 * MIN)).toBe(0.5));
  it('is 1 exactly at saturation', () => expect(fairnessComponent(NOW - 10 * MIN, NOW, 10 * MIN)).toBe(1));
  it('stays 1 beyond saturation', () => expect(fairnessComponent(NOW - 60 * MIN, NOW, 10 * MIN)).toBe(1));
  it('is 0 for a last offer in the future (clock skew)', () => expect(fairnessComponent(NOW + MIN, NOW, 10 * MIN)).toBe(0));
});

describe('rankAgent', () => {
  const conv = conversation({ id: 'c1', previousAgentId: 'a1' });

  it('returns the components, the weights used and their weighted sum', () => {
    const a = agent({ id: 'a1', qualityScore: 0.92, lastOfferAtMs: NOW - 5 * MIN, inPaidBlock: true, capacity: 4, load: 1 });
    const r = rankAgent(a, conv, NOW, config);
    expect(r.components).toEqual({ quality: 0.92, fairness: 0.5, paidBlock: 1, load: 0.75, stickiness: 1 });
    expect(r.weights).toEqual(config.rankingWeights);
    // 0.3·0.92 + 0.2·0.5 + 0.3·1 + 0.1·0.75 + 0.1·1
    expect(r.score).toBeCloseTo(0.276 + 0.1 + 0.3 + 0.075 + 0.1, 12);
  });

  it('scores an idle, never-offered, perfect, paid, sticky agent at the sum of the weights', () => {
    const a = agent({ id: 'a1', qualityScore: 1, inPaidBlock: true });
    expect(rankAgent(a, conv, NOW, config).score).toBeCloseTo(1, 12);
  });

  it('gives load 0 to a full agent and 1 to an idle one; capacity 0 scores 0', () => {
    expect(rankAgent(agent({ id: 'a2', capacity: 2, load: 2 }), conv, NOW, config).components.load).toBe(0);
    expect(rankAgent(agent({ id: 'a2', capacity: 2, load: 0 }), conv, NOW, config).components.load).toBe(1);
    expect(rankAgent(agent({ id: 'a2', capacity: 0, load: 0 }), conv, NOW, config).components.load).toBe(0);
  });

  it('clamps quality into [0, 1]', () => {
    expect(rankAgent(agent({ id: 'a2', qualityScore: 1.4 }), conv, NOW, config).components.quality).toBe(1);
    expect(rankAgent(agent({ id: 'a2', qualityScore: -0.2 }), conv, NOW, config).components.quality).toBe(0);
  });

  it('gives stickiness only to the previous agent', () => {
    expect(rankAgent(agent({ id: 'a1' }), conv, NOW, config).components.stickiness).toBe(1);
    expect(rankAgent(agent({ id: 'a2' }), conv, NOW, config).components.stickiness).toBe(0);
  });

  it('drops the stickiness weight once the conversation is widened', () => {
    const widened = conversation({ id: 'c1', previousAgentId: 'a1', widened: true });
    const r = rankAgent(agent({ id: 'a1' }), widened, NOW, config);
    expect(r.components.stickiness).toBe(1);
    expect(r.weights.stickiness).toBe(0);
    expect(r.summary).not.toContain('helped this customer');
  });

  it('honours custom weights', () => {
    const onlyQuality = makeDispatchConfig({ rankingWeights: { quality: 1, fairness: 0, paidBlock: 0, load: 0, stickiness: 0 } });
    expect(rankAgent(agent({ id: 'a2', qualityScore: 0.37, inPaidBlock: true }), conv, NOW, onlyQuality).score).toBe(0.37);
  });

  it('scoreAgent equals rankAgent(...).score exactly', () => {
    const a = agent({ id: 'a1', qualityScore: 0.61, lastOfferAtMs: NOW - 123_456, capacity: 3, load: 1 });
    expect(scoreAgent(a, conv, NOW, config)).toBe(rankAgent(a, conv, NOW, config).score);
  });
});

describe('rank summary', () => {
  const conv = conversation({ id: 'c1' });

  it('names the three biggest contributions, biggest first', () => {
    const a = agent({ id: 'a1', qualityScore: 0.92, inPaidBlock: true, lastOfferAtMs: null, capacity: 2, load: 1 });
    // contributions: paidBlock 0.3, quality 0.276, fairness 0.2, load 0.05
    expect(rankAgent(a, conv, NOW, config).summary).toBe('in your paid block; quality 0.92; no offer yet this session');
  });

  it('gives minutes since the last offer, and "10+ min" once saturated', () => {
    const cfg = makeDispatchConfig({ rankingWeights: { quality: 0, fairness: 1, paidBlock: 0, load: 0, stickiness: 0 } });
    expect(rankAgent(agent({ id: 'a1', lastOfferAtMs: NOW - 7.5 * MIN }), conv, NOW, cfg).summary).toBe('7 min since your last offer');
    expect(rankAgent(agent({ id: 'a1', lastOfferAtMs: NOW - 30_000 }), conv, NOW, cfg).summary).toBe('under a minute since your last offer');
    expect(rankAgent(agent({ id: 'a1', lastOfferAtMs: NOW - 25 * MIN }), conv, NOW, cfg).summary).toBe('10+ min since your last offer');
  });

  it('mentions stickiness and free slots when they matter', () => {
    const cfg = makeDispatchConfig({ rankingWeights: { quality: 0, fairness: 0, paidBlock: 0, load: 0.5, stickiness: 1 } });
    const sticky = conversation({ id: 'c1', previousAgentId: 'a1' });
    expect(rankAgent(agent({ id: 'a1', capacity: 4, load: 1 }), sticky, NOW, cfg).summary).toBe(
      'you helped this customer before; 3 of 4 slots free',
    );
  });

  it('falls back to a neutral sentence when nothing contributed', () => {
    const cfg = makeDispatchConfig({ rankingWeights: { quality: 0, fairness: 0, paidBlock: 0, load: 0, stickiness: 0 } });
    expect(rankAgent(agent({ id: 'a1' }), conv, NOW, cfg).summary).toBe('you are eligible and free');
  });
});
