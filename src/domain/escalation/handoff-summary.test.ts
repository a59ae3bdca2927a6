import { describe, expect, it } from 'vitest';
import { buildHandoffSummary, sentimentLabel } from './handoff-summary.js';

describe('buildHandoffSummary', () => {
  const input = {
    intent: 'refund_status',
    customerMessages: ['agent please', 'Where is my refund for the blue jacket I returned on 2 May?', 'hello??'],
    facts: [{ text: 'Return received on 4 May', citation: 'tool:getReturn#1' }],
    actions: [{ tool: 'getRefund', resultSummary: 'refund of £45.00 pending' }],
    sentimentTrend: [0.2, -0.4, -0.6],
    reason: 'customer_asked' as const,
  };

  it('writes the same text for the same input, skipping bare requests for a human', () => {
    const summary = buildHandoffSummary(input);
    expect(summary.wants).toBe(
      'Wants help with refund status: "Where is my refund for the blue jacket I returned on 2 May?".',
    );
    expect(summary.sentiment).toBe('negative');
    expect(summary.text).toBe(
      [
        'Reason: customer asked for a human (customer_asked)',
        'Intent: refund status',
        'Wants: Wants help with refund status: "Where is my refund for the blue jacket I returned on 2 May?".',
        'Sentiment: negative',
        'Facts:',
        '- Return received on 4 May [tool:getReturn#1]',
        'Tried:',
        '- getRefund: refund of £45.00 pending',
      ].join('\n'),
    );
    expect(buildHandoffSummary(input)).toEqual(summary);
  });

  it('says so when nothing was found or tried, and includes the reason detail', () => {
    const summary = buildHandoffSummary({
      ...input,
      facts: [],
      actions: [],
      reason: 'low_confidence',
      reasonDetail: '2 turns below confidence 0.55',
    });
    expect(summary.text).toContain('Facts: none found');
    expect(summary.text).toContain('Tried: nothing yet');
    expect(summary.text.split('\n')[0]).toBe(
      'Reason: the assistant was not confident it understood (low_confidence) - 2 turns below confidence 0.55',
    );
  });

  it('keeps "wants" to one line and truncates long messages at a word', () => {
    const long = `I was charged twice\nfor my order ${'and the shop will not answer '.repeat(10)}`;
    const { wants } = buildHandoffSummary({ ...input, customerMessages: [long] });
    expect(wants).not.toContain('\n');
    expect(wants.endsWith('…".')).toBe(true);
    expect(wants.length).toBeLessThan(220);
  });

  it('when the customer only asked for a person, says what they wanted before, or "Asked for a person"', () => {
    const asked = { ...input, intent: 'talk_to_human' };
    const earlier = ['When is my next payment?', 'I want to speak to a human'];
    expect(buildHandoffSummary({ ...asked, customerMessages: earlier, askedForPerson: { earlierIntent: 'next_payment' } }).wants).toBe(
      'Wants help with next payment: "When is my next payment?".',
    );
    expect(buildHandoffSummary({ ...asked, customerMessages: ['refund?', 'agent please'], askedForPerson: { earlierIntent: 'refund_status' } }).wants).toBe(
      'Wants help with refund status: "refund?".',
    );
    expect(buildHandoffSummary({ ...asked, customerMessages: ['agent please'], askedForPerson: { earlierIntent: 'refund_status' } }).wants).toBe(
      'Wants help with refund status, then asked for a person.',
    );
    expect(buildHandoffSummary({ ...asked, customerMessages: ['The app keeps crashing on me', 'human please'], askedForPerson: { earlierIntent: null } }).wants).toBe(
      'Asked for a person after writing: "The app keeps crashing on me".',
    );
    expect(buildHandoffSummary({ ...asked, customerMessages: ['agent please'], askedForPerson: { earlierIntent: null } }).wants).toBe('Asked for a person: "agent please".');
    expect(buildHandoffSummary({ ...asked, customerMessages: [], askedForPerson: { earlierIntent: null } }).wants).toBe('Asked for a person.');
    for (const messages of [earlier, ['agent please'], []]) {
      const wants = buildHandoffSummary({ ...asked, customerMessages: messages, askedForPerson: { earlierIntent: null } }).wants;
      expect(wants).not.toMatch(/talk to human/);
    }
  });

  it('falls back when there is no informative message', () => {
    expect(buildHandoffSummary({ ...input, customerMessages: ['human'] }).wants).toBe('Wants help with refund status: "human".');
    expect(buildHandoffSummary({ ...input, customerMessages: [] }).wants).toBe('Wants help with refund status (no message yet).');
  });
});

describe('sentimentLabel', () => {
  it('uses the mean of the last three turns', () => {
    expect(sentimentLabel([])).toBe('neutral');
    expect(sentimentLabel([-0.9, 0.3, 0.3, 0.3])).toBe('positive');
    expect(sentimentLabel([0.05, -0.05])).toBe('neutral');
    expect(sentimentLabel([0.2, -0.4, -0.4])).toBe('negative');
  });
});
