import { describe, expect, it } from 'vitest';
import { emptyMemory, readMemory, writeMemory } from './memory.js';

describe('engine memory', () => {
  it('starts fresh from the empty memory of a first turn', () => {
    expect(readMemory({})).toEqual(emptyMemory());
  });

  it('round-trips through JSON', () => {
    const memory = {
      ...emptyMemory(),
      pending: {
        kind: 'confirm_action' as const,
        intent: 'extend_due_date',
        asked: 1,
        action: { tool: 'extend_due_date', args: { purchaseId: 'pur_a', days: 7 }, idempotencyKey: 'c:extend_due_date:pur_a:ins_1', effect: 'I can move it.' },
      },
      lastIntent: 'extend_due_date',
      facts: [{ text: 'Next payment £30.00', citation: 'tool:get_next_payment#3' }],
    };
    expect(readMemory(JSON.parse(JSON.stringify(writeMemory(memory))))).toEqual(memory);
  });

  it('starts fresh from memory it does not recognise (another engine or version)', () => {
    expect(readMemory({ version: 2, pending: null })).toEqual(emptyMemory());
    expect(readMemory({ messages: ['llm engine state'] })).toEqual(emptyMemory());
  });

  it('keeps only the most recent facts and actions', () => {
    const facts = Array.from({ length: 20 }, (_, n) => ({ text: `fact ${n}`, citation: `tool:x#${n}` }));
    const written = writeMemory({ ...emptyMemory(), facts }) as { facts: unknown[] };
    expect(written.facts).toHaveLength(12);
    expect(written.facts[0]).toEqual({ text: 'fact 8', citation: 'tool:x#8' });
  });
});
