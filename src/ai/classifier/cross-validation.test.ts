import { describe, expect, it } from 'vitest';
import { stratifiedFolds } from './cross-validation.js';
import { seededRandom } from './seeded-random.js';

describe('stratifiedFolds', () => {
  const labels = [...Array<string>(10).fill('a'), ...Array<string>(7).fill('b'), ...Array<string>(3).fill('c')];

  it('spreads every class evenly over the folds', () => {
    const folds = stratifiedFolds(labels, 3, seededRandom(1));
    for (const label of ['a', 'b', 'c']) {
      const counts = [0, 0, 0];
      labels.forEach((l, i) => {
        if (l === label) counts[folds[i] as number] = (counts[folds[i] as number] as number) + 1;
      });
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
  });

  it('keeps fold sizes within one of each other', () => {
    const folds = stratifiedFolds(labels, 3, seededRandom(2));
    const sizes = [0, 1, 2].map((f) => Array.from(folds).filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('is reproducible for a seed', () => {
    expect(stratifiedFolds(labels, 4, seededRandom(5))).toEqual(stratifiedFolds(labels, 4, seededRandom(5)));
  });

  it('rejects fewer than two folds', () => {
    expect(() => stratifiedFolds(labels, 1, seededRandom(1))).toThrow();
  });
});
