import { describe, expect, it } from 'vitest';
import type { DeclineBudgetConfig } from './config.js';
import { assessDecline, declineBudgetStatus } from './decline-budget.js';

const HOUR = 3_600_000;
const budget: DeclineBudgetConfig = { freeDeclines: 5, windowMs: HOUR, countTimeouts: true };
const NOW = 10 * HOUR;
const times = (...minutesAgo: number[]) => minutesAgo.map((m) => NOW - m * 60_000);

describe('declineBudgetStatus', () => {
  it('starts with the whole budget', () => {
    expect(declineBudgetStatus([], NOW, budget)).toEqual({ limit: 5, usedInWindow: 0, remaining: 5, nextFreeAtMs: null });
  });

  it('forgets a decline exactly windowMs old, keeps one a millisecond younger', () => {
    expect(declineBudgetStatus([NOW - HOUR], NOW, budget).usedInWindow).toBe(0);
    expect(declineBudgetStatus([NOW - HOUR + 1], NOW, budget).usedInWindow).toBe(1);
  });

  it('says when the next free decline comes back once the budget is used up', () => {
    const s = declineBudgetStatus(times(50, 40, 30, 20, 10, 5, 90), NOW, budget); // 90 min ago is outside
    expect(s).toMatchObject({ usedInWindow: 6, remaining: 0 });
    // 6 in window, limit 5: the two oldest (50 and 40 min ago) must age out; the second one decides.
    expect(s.nextFreeAtMs).toBe(NOW - 40 * 60_000 + HOUR);
  });
});

describe('assessDecline', () => {
  it('is free while used < limit, including the last free one (4 used → 5th is free)', () => {
    const r = assessDecline({ pastAtMs: times(1, 2, 3, 4), nowMs: NOW, kind: 'declined' }, budget);
    expect(r).toMatchObject({ usesBudget: true, countsAgainstAgent: false, after: { usedInWindow: 5, remaining: 0 } });
  });

  it('counts against the agent at used = limit (the 6th in an hour)', () => {
    const r = assessDecline({ pastAtMs: times(1, 2, 3, 4, 5), nowMs: NOW, kind: 'declined' }, budget);
    expect(r.countsAgainstAgent).toBe(true);
    expect(r.after.nextFreeAtMs).toBe(NOW - 4 * 60_000 + HOUR);
  });

  it('is free again once old declines leave the window', () => {
    const r = assessDecline({ pastAtMs: times(61, 62, 63, 64, 65), nowMs: NOW, kind: 'declined' }, budget);
    expect(r.countsAgainstAgent).toBe(false);
  });

  it('uses the budget for timeouts by default, and not when countTimeouts is off', () => {
    const past = times(1, 2, 3, 4, 5);
    expect(assessDecline({ pastAtMs: past, nowMs: NOW, kind: 'timed_out' }, budget)).toMatchObject({ usesBudget: true, countsAgainstAgent: true });
    const lenient = { ...budget, countTimeouts: false };
    expect(assessDecline({ pastAtMs: past, nowMs: NOW, kind: 'timed_out' }, lenient)).toMatchObject({ usesBudget: false, countsAgainstAgent: false });
  });

  it('null = unlimited: nothing ever counts', () => {
    const unlimited = { ...budget, freeDeclines: null };
    const r = assessDecline({ pastAtMs: times(...Array.from({ length: 50 }, (_, i) => i)), nowMs: NOW, kind: 'declined' }, unlimited);
    expect(r).toMatchObject({ countsAgainstAgent: false, after: { limit: null, remaining: null, nextFreeAtMs: null } });
  });

  it('0 = no free declines: the first one already counts, and none ever comes back', () => {
    const none = { ...budget, freeDeclines: 0 };
    const r = assessDecline({ pastAtMs: [], nowMs: NOW, kind: 'declined' }, none);
    expect(r).toMatchObject({ countsAgainstAgent: true, after: { remaining: 0, nextFreeAtMs: null } });
  });
});
