import { describe, expect, it } from 'vitest';
import { measureSentiment } from './measure-sentiment.js';

describe('measureSentiment', () => {
  it('reads plain BNPL questions as neutral, even when they name a problem', () => {
    for (const text of ['Where is my refund?', 'I was charged a late fee', 'My payment failed', 'I want to open a dispute', 'yes please', 'no']) {
      expect(measureSentiment(text).score, text).toBe(0);
    }
  });

  it('reads thanks and praise as positive', () => {
    expect(measureSentiment('thanks, that was great').score).toBeGreaterThan(0.5);
    expect(measureSentiment('ok thanks').score).toBeGreaterThan(0);
  });

  it('reads angry words as negative', () => {
    const reading = measureSentiment('I am so angry and frustrated');
    expect(reading.score).toBeLessThan(-0.5);
    expect(reading.cues).toEqual([]);
  });

  it('adds support-specific frustration cues that AFINN does not see', () => {
    expect(measureSentiment('This is the third time I have asked').cues).toEqual(['asked-again']);
    expect(measureSentiment('This is the third time I have asked').score).toBe(-0.3);
    expect(measureSentiment('WHERE IS MY MONEY I WANT IT NOW').cues).toEqual(['caps-lock']);
    expect(measureSentiment('where is it!!!').cues).toEqual(['exclamations']);
    expect(measureSentiment('useless bot').cues).toEqual(['useless-bot']);
    expect(measureSentiment("you're not helping").cues).toContain('not-helping');
    expect(measureSentiment('what a waste of time').cues).toEqual(['waste-of-time']);
  });

  it('does not take short capitals (a PIN, OK) for shouting', () => {
    expect(measureSentiment('OK, my PIN works').cues).toEqual([]);
  });

  it('stays within -1..1 however many cues pile up', () => {
    const reading = measureSentiment('THIS IS RIDICULOUS!!! THIRD TIME ASKING, USELESS BOT, WASTE OF TIME, I HATE THIS');
    expect(reading.score).toBe(-1);
    expect(reading.cues.length).toBeGreaterThanOrEqual(4);
    expect(measureSentiment('wonderful wonderful amazing brilliant superb fantastic').score).toBeLessThanOrEqual(1);
  });

  it('is deterministic', () => {
    const text = "It's the second time my payment failed, this is a joke!!";
    expect(measureSentiment(text)).toEqual(measureSentiment(text));
  });
});
