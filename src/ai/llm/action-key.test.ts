import { describe, expect, it } from 'vitest';
import { actionIdempotencyKey, canonicalJson } from './action-key.js';

describe('canonicalJson', () => {
  it('ignores key order and undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: undefined } })).toBe('{"a":{"d":[1,"x"]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});

describe('actionIdempotencyKey', () => {
  const args = { purchaseId: 'pur_000123', days: 5 };
  it('is the same for the same conversation, tool and arguments', () => {
    expect(actionIdempotencyKey('c1', 'extend_due_date', args)).toBe(
      actionIdempotencyKey('c1', 'extend_due_date', { days: 5, purchaseId: 'pur_000123' }),
    );
    expect(actionIdempotencyKey('c1', 'extend_due_date', args)).toMatch(/^llm:c1:extend_due_date:[0-9a-f]{16}$/);
  });
  it('differs when any part differs', () => {
    const base = actionIdempotencyKey('c1', 'extend_due_date', args);
    expect(actionIdempotencyKey('c2', 'extend_due_date', args)).not.toBe(base);
    expect(actionIdempotencyKey('c1', 'pay_instalment_now', args)).not.toBe(base);
    expect(actionIdempotencyKey('c1', 'extend_due_date', { ...args, days: 6 })).not.toBe(base);
  });
});
