import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareIsoDates } from './dates.js';
import { pauseOwed, resumePaused } from './pauses.js';
import { plan, withStatus } from './test-support.js';

describe('pause then resume (property)', () => {
  it('never moves a date backwards, keeps the plan in order and its amounts unchanged', () => {
    fc.assert(
      fc.property(
        fc.constantFrom({ kind: 'pay_in_4' as const }, { kind: 'financing' as const, months: 12 as const, aprPercent: 19.9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom('return' as const, 'dispute' as const),
        (terms, paidCount, pauseStart, pauseLength, reason) => {
          let instalments = plan(50_000, '2025-06-01', terms);
          for (let sequence = 1; sequence <= paidCount; sequence += 1) instalments = withStatus(instalments, sequence, { status: 'paid', paidAt: 0 });
          const on = addDays('2025-06-01', pauseStart);
          const resumeOn = addDays(on, pauseLength);
          const paused = pauseOwed(instalments, { reason, on, until: reason === 'return' ? addDays(on, 21) : null });
          const resumed = resumePaused(paused, { reason, on: resumeOn, today: resumeOn });

          expect(resumed.map((i) => i.amountMinor)).toEqual(instalments.map((i) => i.amountMinor));
          for (const [index, after] of resumed.entries()) {
            const before = instalments[index];
            if (!before) throw new Error('length changed');
            expect(compareIsoDates(after.dueDate, before.dueDate)).toBeGreaterThanOrEqual(0);
            expect(after.pausedBy).toEqual([]);
            expect(after.status).not.toBe('paused');
            const previous = resumed[index - 1];
            if (previous) expect(compareIsoDates(after.dueDate, previous.dueDate)).toBeGreaterThan(0);
            // Nothing owed is left overdue because of days spent paused.
            if (before.status !== 'paid' && compareIsoDates(before.dueDate, on) >= 0) {
              expect(compareIsoDates(after.dueDate, resumeOn)).toBeGreaterThanOrEqual(0);
            }
          }
        },
      ),
    );
  });
});
