import { describe, expect, it } from 'vitest';
import { isRefusal } from './refusal.js';

describe('isRefusal', () => {
  it('recognises a model declining the request', () => {
    for (const text of [
      "I'm sorry, but I can't help with that.",
      'Sorry, I cannot assist with that request. I cannot assist with this.',
      'Unfortunately I am unable to help with your request.',
      'I’m afraid I can’t help.',
      "That's outside what I can help with.",
    ]) {
      expect(isRefusal(text), text).toBe(true);
    }
  });
  it('does not mistake an answer for a refusal', () => {
    for (const text of [
      "I can't extend it past the next instalment, but I can move it by up to 5 days.",
      'Your next payment of £25.00 is due on 2 May.',
      'I can help with that: which purchase is it?',
      "We can't help it if the merchant is slow, but your payments are paused.",
    ]) {
      expect(isRefusal(text), text).toBe(false);
    }
  });
});
