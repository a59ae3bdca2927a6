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
