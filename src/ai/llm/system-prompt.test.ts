import { describe, expect, it } from 'vitest';
import { buildSystemPrompt } from './system-prompt.js';
import { toModelMessages } from './transcript-messages.js';

describe('buildSystemPrompt', () => {
  const prompt = buildSystemPrompt({
    customer: { id: 'c', name: 'Ada', language: 'fr', vulnerable: false },
    today: '2024-04-28',
    articles: [{ id: 'late-fees', title: 'Late fees', body: `${'x'.repeat(2000)}`, score: 1 }],
    humanOnlyIntents: [{ id: 'fraud', description: 'A purchase the customer did not make', humanOnly: true }],
    humanFirstIntents: ['refund_status'],
  });
  it('carries who we are, the customer, the date, the policies and the topics for people', () => {
    for (const part of ['Tandem Pay', 'buy-now-pay-later', 'Ada', 'fr', '2024-04-28', 'Never promise a refund', 'customerConfirmed false', 'handoff_to_human', '- fraud: A purchase the customer did not make', '- refund_status (temporarily human-first)', 'another person']) {
      expect(prompt, part).toContain(part);
    }
  });
  it('puts each article with its id, cut to a bounded length', () => {
    expect(prompt).toContain('[late-fees] Late fees\n');
    expect(prompt.length).toBeLessThan(6_000);
  });
});

describe('toModelMessages', () => {
  const m = (seq: number, authorKind: 'customer' | 'ai' | 'agent' | 'system', body: string) => ({ seq, authorKind, body, meta: {} });
  it('maps authors to roles, drops system notes and starts with the customer', () => {
    const transcript = [m(1, 'ai', 'Hi!'), m(2, 'customer', 'help'), m(3, 'system', 'handed over'), m(4, 'agent', 'Hello, Sam here'), m(5, 'customer', 'thanks')];
    expect(toModelMessages(transcript, 20)).toEqual([
      { role: 'user', content: 'help' },
      { role: 'assistant', content: '(Tandem Pay agent) Hello, Sam here' },
      { role: 'user', content: 'thanks' },
    ]);
    expect(toModelMessages(transcript, 1)).toEqual([{ role: 'user', content: 'thanks' }]);
  });
});
