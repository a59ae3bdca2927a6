import { describe, expect, it } from 'vitest';
import { escalationShares, historyWindow } from './staffing-from-history.js';

const WEEK = 7 * 86_400_000;
const NOW = Date.UTC(2026, 2, 2, 10, 17); // inside the 10:00 interval

describe('historyWindow', () => {
  it('ends at the start of the current interval and keeps whole weeks only', () => {
    const end = Date.UTC(2026, 2, 2, 10, 0);
    const arrivals = [end - 2 * WEEK - 3_600_000, end - WEEK + 1, end - 1, end + 5]; // the last one is in the current interval
    const result = historyWindow(arrivals, { nowMs: NOW, intervalMinutes: 30, minWeeks: 1 });
    if (!result.ok) throw new Error(result.message);
    expect(result.window).toMatchObject({ endMs: end, startMs: end - 2 * WEEK, weeks: 2 });
    expect(result.window.counts).toHaveLength(2 * 7 * 48);
    expect(result.window.counts.reduce((s, c) => s + c, 0)).toBe(2); // the oldest is before the window, the newest after
  });

  it('caps the weeks and reports what is missing', () => {
    const arrivals = [NOW - 10 * WEEK];
    const capped = historyWindow(arrivals, { nowMs: NOW, intervalMinutes: 60, minWeeks: 1, maxWeeks: 4 });
    expect(capped.ok && capped.window.weeks).toBe(4);
    const short = historyWindow([NOW - 2 * 86_400_000], { nowMs: NOW, intervalMinutes: 30, minWeeks: 1 });
    expect(short).toMatchObject({ ok: false, code: 'not_enough_history' });
    expect(!short.ok && short.message).toMatch(/need 1 whole week\(s\), have 2\.0 days/);
  });
});

describe('escalationShares', () => {
  it('uses a configured share for everything', () => {
    expect(escalationShares([{ intent: 'x', conversations: 500, escalated: 5 }], { configuredShare: 0.3 })).toMatchObject({ source: 'configured', shares: { all: 0.3 } });
  });

  it('measures intents with enough conversations and leaves thin ones to the default', () => {
    const model = escalationShares(
      [
        { intent: 'refund', conversations: 200, escalated: 50 },
        { intent: 'rare', conversations: 5, escalated: 0 },
      ],
      { minConversations: 30 },
    );
    expect(model).toEqual({ intentMix: { refund: 200, rare: 5 }, shares: { refund: 0.25 }, defaultShare: 1, source: 'live' });
  });

  it('without data assumes every conversation needs a person', () => {
    expect(escalationShares([])).toEqual({ intentMix: { all: 1 }, shares: {}, defaultShare: 1, source: 'default' });
  });
});
