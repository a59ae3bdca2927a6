import { createRequire } from 'node:module';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('architecture (dependency-cruiser)', () => {
  it('keeps the import rules of DESIGN.md', async () => {
    const config = require('../.dependency-cruiser.cjs');
    const result = await cruise(['src'], { ruleSet: config, ...config.options, validate: true });
    const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
    const violations = (output.summary.violations as { rule: { name: string }; from: string; to: string }[]).map(
      (v) => `${v.rule.name}: ${v.from} → ${v.to}`,
    );
    expect(violations).toEqual([]);
    expect(output.summary.totalCruised).toBeGreaterThan(40);
  });
});
