import { describe, expect, it } from 'vitest';
import { chooseThreshold, figuresAtThreshold, fitTemperature, softmaxInto, type HeldOutPrediction } from './calibration.js';

describe('softmaxInto', () => {
  it('sums to one and sharpens with the temperature', () => {
    const mild = softmaxInto([1, 0, 0], 1, new Float64Array(3));
    const sharp = softmaxInto([1, 0, 0], 10, new Float64Array(3));
    expect(mild.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(mild[0]).toBeCloseTo(Math.E / (Math.E + 2), 12);
    expect(sharp[0] as number).toBeGreaterThan(0.999);
  });

  it('does not overflow on large scores', () => {
    const p = softmaxInto([1000, 999], 1, new Float64Array(2));
    expect(p[0]).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
  });
});

describe('fitTemperature', () => {
  const scores = [Float64Array.of(1, 0), Float64Array.of(0, 1), Float64Array.of(1, 0), Float64Array.of(0, 1)];

  it('is large when the top score is always right and small when scores mislead', () => {
    expect(fitTemperature(scores, Int32Array.of(0, 1, 0, 1), 0)).toBeGreaterThan(100);
    expect(fitTemperature(scores, Int32Array.of(0, 1, 1, 0), 0)).toBeLessThan(0.1);
  });

  it('recovers the temperature that generated the label frequencies', () => {
    // With score gap 1 and temperature ln 3, the top class is right 3 times out of 4.
    const same = Array.from({ length: 4 }, () => Float64Array.of(1, 0));
    expect(fitTemperature(same, Int32Array.of(0, 0, 0, 1), 0)).toBeCloseTo(Math.log(3), 4);
  });

  it('stays finite on perfectly separated scores thanks to label smoothing', () => {
    const temperature = fitTemperature(scores, Int32Array.of(0, 1, 0, 1), 0.02);
    // The smoothed target puts 0.98 on the true label: softmax(T * [1, 0]) = 0.98.
    expect(temperature).toBeCloseTo(Math.log(0.98 / 0.02), 4);
  });
});

function prediction(confidence: number, isOutOfScope: boolean, correct = !isOutOfScope): HeldOutPrediction {
  return { confidence, isOutOfScope, predictedOutOfScope: false, correct };
}

describe('chooseThreshold', () => {
  const tenInScope = Array.from({ length: 10 }, (_, i) => prediction(0.5 + i / 20, false));

  it('spends at most the accuracy budget on rejected in-scope messages', () => {
    // Each correct in-scope message is a tenth of the accuracy: a 0.1 budget rejects exactly one.
    const choice = chooseThreshold(tenInScope, 0.1);
    expect(tenInScope.filter((p) => p.confidence < choice.threshold)).toHaveLength(1);
    expect(choice.inScopeAccuracy).toBeCloseTo(0.9, 12);
    expect(choice.oosRecall).toBeUndefined();
    expect(chooseThreshold(tenInScope, 0)).toMatchObject({ threshold: 0, inScopeAccuracy: 1 });
  });

  it('rejects wrong predictions for free', () => {
    const predictions = [prediction(0.2, false, false), prediction(0.3, false, false), ...tenInScope];
    const choice = chooseThreshold(predictions, 0);
    expect(choice.threshold).toBeCloseTo(0.4, 12);
    expect(choice.inScopeAccuracy).toBeCloseTo(10 / 12, 12);
  });

  it('reports the out-of-scope recall reached within the budget', () => {
    const predictions = [...tenInScope, prediction(0.3, true), prediction(0.52, true), prediction(0.9, true), { ...prediction(0.99, true), predictedOutOfScope: true }];
    const choice = chooseThreshold(predictions, 0.1);
    // Rejects the 0.3 and 0.52 OOS messages and the 0.5 in-scope one; the OOS class caught the fourth.
    expect(choice.oosRecall).toBe(0.75);
    expect(choice.inScopeAccuracy).toBeCloseTo(0.9, 12);
  });

  it('rejects tied confidences together', () => {
    const tied = [prediction(0.5, false), prediction(0.5, false), prediction(0.9, false), prediction(0.9, false)];
    expect(chooseThreshold(tied, 0.25).threshold).toBe(0);
    expect(chooseThreshold(tied, 0.5).threshold).toBeCloseTo(0.7, 12);
  });

  it('refuses to choose without in-scope examples', () => {
    expect(() => chooseThreshold([prediction(0.9, true)], 0.1)).toThrow();
  });
});

describe('figuresAtThreshold', () => {
  it('counts accepted correct in-scope and rejected out-of-scope messages', () => {
    const predictions = [prediction(0.9, false), prediction(0.4, false), prediction(0.3, true), prediction(0.8, true)];
    expect(figuresAtThreshold(predictions, 0.5)).toEqual({ threshold: 0.5, inScopeAccuracy: 0.5, oosRecall: 0.5 });
  });
});
