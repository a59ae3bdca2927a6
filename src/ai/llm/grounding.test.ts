import { describe, expect, it } from 'vitest';
import { checkGrounding } from './grounding.js';

const nextPayment = {
  ref: 'tool:get_next_payment#41',
  text: JSON.stringify({ dueDate: '2024-05-02', amount: { amountMinor: 2500, currency: 'GBP', text: '£25.00' }, status: 'scheduled' }),
};
const lateFees = { ref: 'article:late-fees', text: 'A late fee of £6 is charged when a payment is late. Late fees are capped at £24 per purchase.' };

describe('checkGrounding', () => {
  it('accepts amounts, dates and statuses stated by a source, in any format', () => {
    const result = checkGrounding('Your next payment of £25.00 is scheduled for 2 May.', [nextPayment, lateFees]);
    expect(result).toEqual({ ungrounded: [], usedRefs: ['tool:get_next_payment#41'] });
    expect(checkGrounding('That is 25 GBP on 2nd May 2024', [nextPayment]).ungrounded).toEqual([]);
  });
  it('names every fact no source states', () => {
    const result = checkGrounding('You owe £40.00 on 3 June; the refund is processed and a late fee of £6 applies.', [nextPayment, lateFees]);
    expect(result.ungrounded).toEqual(['£40.00', '3 June', 'processed']);
    expect(result.usedRefs).toEqual(['article:late-fees']);
  });
  it('has nothing to check in a reply without facts', () => {
    expect(checkGrounding('Happy to help. Which purchase is it about?', [])).toEqual({ ungrounded: [], usedRefs: [] });
  });
  it('treats status words as whole words only', () => {
    expect(checkGrounding('Payments are paused while the dispute is open.', [{ ref: 'x', text: 'unpaused, reopened' }]).ungrounded).toEqual([
      'paused',
      'open',
    ]);
  });
});
