import { describe, expect, it } from 'vitest';
import { policyFigurePaths, policyValueAt } from './policy-mentions.js';

describe('policy paths', () => {
  it('lists every figure, treating a list as one figure', () => {
    const paths = policyFigurePaths();
    expect(paths).toContain('returns.paymentPauseDays');
    expect(paths).toContain('financing.termsMonths');
    expect(paths.some((p) => p.startsWith('financing.termsMonths.'))).toBe(false);
  });

  it('resolves figures and refuses paths that name no figure', () => {
    expect(policyValueAt('returns.paymentPauseDays')).toBe(21);
    expect(policyValueAt('financing.termsMonths')).toEqual([6, 12, 24]);
    expect(policyValueAt('returns')).toBeUndefined();
    expect(policyValueAt('returns.nope')).toBeUndefined();
    expect(policyValueAt('returns.paymentPauseDays.extra')).toBeUndefined();
  });
});
