import { describe, expect, it } from 'vitest';
import { trainClassifier } from './classifier.js';
import { SYNTHETIC_INTENTS, syntheticExamples } from './synthetic-intents.fixture.js';

describe('trainClassifier', () => {
  const train = syntheticExamples(30, 1);
  const test = syntheticExamples(10, 2);
  const classifier = trainClassifier(train, { topK: 4 });

  it('learns a small multi-class problem', () => {
    expect(classifier.labels).toEqual(Object.keys(SYNTHETIC_INTENTS).sort());
    const correct = test.filter((e) => classifier.predict(e.text).label === e.label).length;
    expect(correct / test.length).toBe(1);
  });

  it('generalises to new wordings that share the key words', () => {
    expect(classifier.predict('Somebody STOLE my credit card yesterday!').label).toBe('lost_card');
    expect(classifier.predict('i would like a refund, it has not arrived').label).toBe('refund_status');
    expect(classifier.predict('please delete the account').label).toBe('close_account');
  });

  it('returns calibrated, ranked scores', () => {
    const prediction = classifier.predict('i lost my card');
    expect(prediction.scores.map((s) => s.label)[0]).toBe('lost_card');
    expect(prediction.scores).toHaveLength(4);
    const confidences = prediction.scores.map((s) => s.confidence);
    expect([...confidences].sort((a, b) => b - a)).toEqual(confidences);
    expect(prediction.confidence).toBe(confidences[0]);
    expect(prediction.confidence).toBeGreaterThan(0.5);
    expect(prediction.confidence).toBeLessThanOrEqual(1);
    expect(classifier.calibration.temperature).toBeGreaterThan(0);
  });

  it('gives identical predictions for the same seed', () => {
    const a = trainClassifier(train, { seed: 7, calibrationFolds: 2 });
    const b = trainClassifier(train, { seed: 7, calibrationFolds: 2 });
    for (const text of ['where is my refund', 'hello', 'move my payment', 'zzz']) expect(a.predict(text)).toEqual(b.predict(text));
    expect(a.calibration).toEqual(b.calibration);
  });

  it('flags a message below a fixed confidence threshold as out of scope', () => {
    const strict = trainClassifier(train, { oosThreshold: 0.9, calibrationFolds: 0 });
    const lenient = trainClassifier(train, { oosThreshold: 0, calibrationFolds: 0 });
    const prediction = strict.predict('hello there, the weather is nice today');
    expect(prediction.outOfScope).toBe(true);
    expect(lenient.predict('hello there, the weather is nice today').outOfScope).toBe(false);
    // With calibration on, a fixed threshold is kept and its held-out figures are reported.
    const fixed = trainClassifier(train, { oosThreshold: 0.5, calibrationFolds: 2 });
    expect(fixed.calibration.threshold).toBe(0.5);
    expect(fixed.calibration.heldOutInScopeAccuracy).toBeGreaterThan(0.9);
    // The label is still the best in-scope guess; callers decide what to do with it.
    expect(Object.keys(SYNTHETIC_INTENTS)).toContain(prediction.label);
  });

  it('calibrates a threshold that rejects unfamiliar messages but keeps familiar ones', () => {
    const classifier = trainClassifier(train, { oosAccuracyBudget: 0.05 });
    expect(classifier.calibration.threshold).toBeGreaterThan(0);
    expect(classifier.calibration.heldOutInScopeAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(classifier.calibration.heldOutOosRecall).toBeUndefined();
    expect(classifier.predict('what is the capital of france').outOfScope).toBe(true);
    expect(classifier.predict('hi, where is my refund please').outOfScope).toBe(false);
  });

  describe('with out-of-scope training examples', () => {
    const offTopic = ['what is the weather tomorrow', 'tell me a joke', 'who won the football match', 'play some jazz music', 'how tall is mount everest', 'set an alarm for 7', 'translate hello into french', 'what time is it in tokyo'];
    const withOos = [...train, ...offTopic.flatMap((text) => [text, `hey ${text}`]).map((text) => ({ text, label: 'oos' }))];

    it('can train out of scope as a class', () => {
      const classifier = trainClassifier(withOos, { oosLabel: 'oos', oosStrategy: 'class' });
      expect(classifier.labels).toContain('oos');
      const prediction = classifier.predict('tell me a funny joke about the weather');
      expect(prediction.outOfScope).toBe(true);
      expect(classifier.predict('i lost my card').outOfScope).toBe(false);
    });

    it('can use out-of-scope examples only to place the threshold', () => {
      const classifier = trainClassifier(withOos, { oosLabel: 'oos', oosStrategy: 'threshold' });
      expect(classifier.labels).not.toContain('oos');
      expect(classifier.calibration.threshold).toBeGreaterThan(0);
      expect(classifier.calibration.heldOutOosRecall).toBeGreaterThan(0);
      expect(classifier.predict('i lost my card').outOfScope).toBe(false);
    });
  });

  it('refuses to train on fewer than two labels', () => {
    expect(() => trainClassifier([{ text: 'a', label: 'x' }])).toThrow();
  });
});
