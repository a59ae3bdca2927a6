import { describe, expect, it } from 'vitest';
import { compare } from './compare.js';
import { simulate, type SimulationResult } from './run.js';
import { smallScenario } from './test-fixtures.js';

const scenario = smallScenario();
const runs = new Map<string, Promise<SimulationResult>>();
const run = (policy: string, seed = 1) => {
  const key = `${policy}/${seed}`;
  // Every run also checks the simulator's mirror against the application's store at the end.
  if (!runs.has(key)) runs.set(key, simulate(scenario, { policy, seed, checkMirror: true }));
  return runs.get(key)!;
};

describe('simulate', () => {
  it('is deterministic: the same seed gives the same result, another seed another', async () => {
    const again = await simulate(scenario, { policy: 'hybrid', seed: 1 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(await run('hybrid')));
    expect((await run('hybrid', 2)).summary.contacts).not.toBe((await run('hybrid')).summary.contacts);
  });

  it('accounts for every contact and every offer', async () => {
    for (const policy of ['hybrid', 'ai-only', 'human-only-batch']) {
      const r = await run(policy);
      const t = r.totals;
      expect(t.contacts).toBe(t.resolutions + t.abandoned + r.unfinished);
      expect(r.unfinished).toBeGreaterThanOrEqual(0);
      expect(t.resolutions).toBe(t.aiResolved + t.humanResolutions);
      expect(t.answered).toBe(t.accepted);
      expect(t.queued).toBeGreaterThanOrEqual(t.answered + t.abandoned);
      // Open offers at the end are the only ones without an outcome.
      expect(t.offers - (t.accepted + t.declined + t.timedOut + t.withdrawn)).toBeGreaterThanOrEqual(0);
      expect(t.offers - (t.accepted + t.declined + t.timedOut + t.withdrawn)).toBeLessThanOrEqual(r.unfinished);
      expect(r.lateAnswers).toBeGreaterThanOrEqual(0);
    }
  });

  it('integrates unpaid waiting and standby the same way the workforce rules settle them', async () => {
    const r = (await run('hybrid'));
    expect(r.summary.unpaidWaitingMinutes).toBeGreaterThan(0);
    expect(r.agents.totalUnpaidWaitingMinutes).toBeCloseTo(r.summary.unpaidWaitingMinutes, 3);
    expect(r.agents.presenceHours).toBeCloseTo(r.summary.agentHoursOnline, 3);
    const accrued = r.totals.standbyAccruedMinor;
    expect(Math.abs(r.ledger.standby - accrued)).toBeLessThanOrEqual(r.blocks.attended); // rounding: ≤ 1 minor unit per block
    expect(r.ledger.conversation).toBe(r.totals.conversationPayMinor);
    expect(r.ledger.surge).toBe(r.totals.surgePayMinor);
    expect(r.summary.totalCostMinor).toBe(r.totals.aiCostMinor + r.ledger.standby + r.ledger.conversation + r.ledger.surge);
  });

  it('runs AI-only without a queue and refuses hand-offs; human-only without AI cost', async () => {
    const ai = (await run('ai-only'));
    expect(ai.totals.queued).toBe(0);
    expect(ai.totals.refusedHandoffs).toBeGreaterThan(0);
    expect(ai.summary.serviceLevel).toBeNull();
    expect(ai.summary.agentPayMinor).toBe(0);
    const human = (await run('human-only-batch'));
    expect(human.totals.aiConversations).toBe(0);
    expect(human.totals.aiCostMinor).toBe(0);
    expect(human.totals.queued).toBe(human.totals.contacts);
  });

  it('gives every policy the same first contacts on a seed (common random numbers)', async () => {
    const first = (r: SimulationResult) => r.totals.contacts - r.totals.repeatContacts;
    expect(first(await run('ai-only'))).toBe(first(await run('hybrid')));
    expect(first(await run('human-only-batch'))).toBe(first(await run('hybrid')));
  });

  it('shows the AI-only trade: cheaper per contact, fewer durable resolutions, more repeats', async () => {
    const ai = (await run('ai-only')).summary;
    const hybrid = (await run('hybrid')).summary;
    expect(ai.costPerContactMinor!).toBeLessThan(hybrid.costPerContactMinor!);
    expect(ai.durableResolutionRate!).toBeLessThan(hybrid.durableResolutionRate! - 0.1);
    expect(ai.repeatContacts).toBeGreaterThan(hybrid.repeatContacts);
  });

  it('reports progress through virtual time, ending at 1', async () => {
    const fractions: number[] = [];
    await simulate(scenario, { policy: 'ai-only', onProgress: (p) => fractions.push(p.fraction) });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('refuses an unknown policy by name', async () => {
    await expect(simulate(scenario, { policy: 'nope' })).rejects.toThrow(/no policy "nope".*hybrid, ai-only, human-only-batch/);
  });
});

describe('compare', () => {
  it('pools seeds per policy and keeps each run’s digest', async () => {
    const result = await compare(scenario, { seeds: [1, 2], policies: ['hybrid', 'ai-only'] });
    expect(result.policies.map((p) => p.policy.name)).toEqual(['hybrid', 'ai-only']);
    const hybrid = result.policies[0]!;
    expect(hybrid.runs.map((r) => r.seed)).toEqual([1, 2]);
    expect(hybrid.summary.contacts).toBe(((await run('hybrid', 1)).summary.contacts + (await run('hybrid', 2)).summary.contacts) / 2);
    expect(hybrid.spread.contacts!.min).toBe(Math.min((await run('hybrid', 1)).summary.contacts, (await run('hybrid', 2)).summary.contacts));
    expect(hybrid.intervals).toHaveLength(16); // 8 h in 30-minute intervals, drain excluded
    expect(hybrid.intervals.reduce((s, i) => s + i.metrics.contacts, 0)).toBeCloseTo(hybrid.summary.contacts, 6);
  });

  it('takes a plain list of seeds too, and runs every policy', async () => {
    const result = await compare(scenario, [2]);
    expect(result.seeds).toEqual([2]);
    expect(result.policies.map((p) => p.summary.contacts)).toEqual(
      await Promise.all(['hybrid', 'ai-only', 'human-only-batch'].map(async (name) => (await run(name, 2)).summary.contacts)),
    );
  });
});
