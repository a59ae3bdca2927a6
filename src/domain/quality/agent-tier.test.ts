import { describe, expect, it } from 'vitest';
import { decideCertification, decideProbationExit, DEFAULT_CERTIFICATION_POLICIES } from './agent-tier.js';

const r = (score: number, contestStatus: 'none' | 'overturned' = 'none') => ({ score, passed: score >= 80, contestStatus });

describe('decideProbationExit', () => {
  it('promotes after 10 reviews averaging at least 80', () => {
    const reviews = [...Array.from({ length: 9 }, () => r(80)), r(80)];
    expect(decideProbationExit('probation', reviews)).toEqual({
      promote: true,
      reason: 'promoted',
      evidence: { reviews: 10, excludedOverturned: 0, qaAverage: 80, minReviews: 10, minQaAverage: 80 },
    });
  });

  it('waits for enough reviews, and does not count overturned ones', () => {
    const reviews = [...Array.from({ length: 9 }, () => r(95)), r(20, 'overturned')];
    expect(decideProbationExit('probation', reviews)).toMatchObject({
      promote: false,
      reason: 'too_few_reviews',
      evidence: { reviews: 9, excludedOverturned: 1, qaAverage: 95 },
    });
  });

  it('holds an agent whose average is below the bar', () => {
    const reviews = [...Array.from({ length: 9 }, () => r(80)), r(79)];
    expect(decideProbationExit('probation', reviews)).toMatchObject({ promote: false, reason: 'qa_average_below_bar' });
    expect(decideProbationExit('probation', reviews).evidence.qaAverage).toBeCloseTo(79.9, 10);
  });

  it('does nothing for agents not on probation', () => {
    expect(decideProbationExit('standard', [])).toMatchObject({ promote: false, reason: 'not_on_probation' });
  });
});

describe('decideCertification', () => {
  const hardship = DEFAULT_CERTIFICATION_POLICIES.hardship!;
  const inTopic = (n: number, passed: number, topic = 'hardship') =>
    Array.from({ length: n }, (_, i) => ({ ...r(i < passed ? 90 : 50), topic }));

  it('certifies at the pass-rate bar over enough reviews in the topic', () => {
    expect(decideCertification('standard', 'hardship', inTopic(20, 19), hardship)).toEqual({
      eligible: true,
      reason: 'eligible',
      evidence: { topic: 'hardship', reviews: 20, passes: 19, passRate: 0.95, minReviews: 10, minPassRate: 0.95 },
    });
    expect(decideCertification('standard', 'hardship', inTopic(20, 18), hardship)).toMatchObject({ eligible: false, reason: 'pass_rate_below_bar' });
  });

  it('counts only reviews in the topic', () => {
    const reviews = [...inTopic(9, 9), ...inTopic(30, 30, 'refunds')];
    expect(decideCertification('expert', 'hardship', reviews, hardship)).toMatchObject({ eligible: false, reason: 'too_few_reviews', evidence: { reviews: 9 } });
  });

  it('never certifies an agent on probation', () => {
    expect(decideCertification('probation', 'hardship', inTopic(20, 20), hardship)).toMatchObject({ eligible: false, reason: 'on_probation' });
  });
});
