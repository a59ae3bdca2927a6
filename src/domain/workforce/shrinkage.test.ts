import { describe, expect, it } from 'vitest';
import { scheduledAgents } from './shrinkage.js';

describe('scheduledAgents', () => {
  // Call Centre Helper worked example (https://www.callcentrehelper.com/erlang-c-formula-example-121281.htm):
  // 14 agents on the queue with 30 % shrinkage means 20 agents scheduled.
  it('turns 14 agents at 30 % shrinkage into 20 scheduled', () => {
    expect(scheduledAgents(14, 0.3)).toBe(20);
  });

  it('rounds up and leaves exact quotients alone', () => {
    expect(scheduledAgents(10, 0.25)).toBe(14); // 13.33…
    expect(scheduledAgents(2, 0.9)).toBe(20); // 2 / (1 - 0.9) = 20.000000000000004 in binary
    expect(scheduledAgents(7, 0)).toBe(7);
    expect(scheduledAgents(0, 0.35)).toBe(0);
  });

  it('rejects shrinkage of 100 % or more and fractional agents', () => {
    expect(() => scheduledAgents(5, 1)).toThrow(/shrinkage/);
    expect(() => scheduledAgents(5, -0.1)).toThrow(/shrinkage/);
    expect(() => scheduledAgents(2.5, 0.2)).toThrow(/agentsOnQueue/);
  });
});
