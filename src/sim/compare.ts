import type { AgentFigures } from './agent-figures.js';
import { addCounters, emptyCounters } from './model/metrics.js';
import type { GuardrailSwitch } from './model/types.js';
import { simulate, type Progress, type SimulationResult } from './run.js';
import type { PolicySpec, Scenario } from './scenario.js';
import { deriveMetrics, type DerivedMetrics } from './summary.js';

/**
 * Every policy of a scenario on the same seeds, side by side. Policies share the seeds, so they meet
 * the same customers (common random numbers: differences between policies are not seed noise).
 * Pooled figures add the counters of all seeds before dividing, so a rate is weighted by volume;
 * `spread` gives each figure's mean, standard deviation, min and max across seeds.
 */
export interface Spread {
  mean: number;
  sd: number;
  min: number;
  max: number;
}

export interface RunDigest {
  seed: number;
  summary: DerivedMetrics;
  agents: AgentFigures;
  ledger: SimulationResult['ledger'];
  blocks: SimulationResult['blocks'];
  unfinished: number;
  events: number;
}

export interface PolicyComparison {
  policy: PolicySpec;
  summary: DerivedMetrics;
  spread: Partial<Record<keyof DerivedMetrics, Spread>>;
  intervals: { index: number; label: string; startMs: number; metrics: DerivedMetrics }[];
  guardrailSwitches: (GuardrailSwitch & { seed: number })[];
  runs: RunDigest[];
}

export interface ComparisonResult {
  scenario: {
    name: string;
    description: string;
    hours: number;
    intervalMinutes: number;
    serviceLevelSeconds: number;
    budgetPerDayMinor: number | null;
    currency: string;
  };
  seeds: number[];
  policies: PolicyComparison[];
}

export interface CompareOptions {
  seeds?: readonly number[];
  /** Only these policies (by name); default all. */
  policies?: readonly string[];
  /** Overall progress: `fraction` covers every policy and seed. */
  onProgress?: (progress: Progress & { overall: number }) => void;
}

export async function compare(scenario: Scenario, seedsOrOptions: readonly number[] | CompareOptions = {}): Promise<ComparisonResult> {
  const options: CompareOptions = isSeedList(seedsOrOptions) ? { seeds: seedsOrOptions } : seedsOrOptions;
  const seeds = [...(options.seeds ?? scenario.seeds)];
  const policies = options.policies === undefined ? scenario.policies : scenario.policies.filter((p) => options.policies!.includes(p.name));
  const totalRuns = policies.length * seeds.length;
  let done = 0;
  const compared: PolicyComparison[] = [];
  for (const policy of policies) {
    const results: SimulationResult[] = [];
    for (const seed of seeds) {
      results.push(
        await simulate(scenario, {
          seed,
          policy: policy.name,
          onProgress: (p) => options.onProgress?.({ ...p, overall: (done + p.fraction) / totalRuns }),
        }),
      );
      done++;
    }
    compared.push(poolRuns(policy, results));
  }
  return {
    scenario: {
      name: scenario.name,
      description: scenario.description,
      hours: scenario.day.hours,
      intervalMinutes: scenario.day.intervalMinutes,
      serviceLevelSeconds: scenario.day.serviceLevelSeconds,
      budgetPerDayMinor: scenario.budgetPerDayMinor ?? null,
      currency: scenario.pay.currency,
    },
    seeds,
    policies: compared,
  };
}

const isSeedList = (x: readonly number[] | CompareOptions): x is readonly number[] => Array.isArray(x);

export function poolRuns(policy: PolicySpec, results: readonly SimulationResult[]): PolicyComparison {
  const runs = results.length;
  const totals = results.reduce((sum, r) => addCounters(sum, r.totals), emptyCounters());
  const standby = results.reduce((s, r) => s + r.ledger.standby, 0);
  const first = results[0]!;
  const dayMs = first.intervals.filter((i) => i.inDay).length * first.intervalMinutes * 60_000;
  const intervals = first.intervals
    .filter((i) => i.inDay)
    .map((i) => {
      const counters = results.reduce((sum, r) => addCounters(sum, r.intervals[i.index]!.counters), emptyCounters());
      return { index: i.index, label: i.label, startMs: i.startMs, metrics: deriveMetrics(counters, { runs, durationMs: first.intervalMinutes * 60_000 }) };
    });
  return {
    policy,
    summary: deriveMetrics(totals, { runs, standbyMinor: standby, durationMs: dayMs }),
    spread: spreadOf(results.map((r) => r.summary)),
    intervals,
    guardrailSwitches: results.flatMap((r) => r.guardrailSwitches.map((s) => ({ ...s, seed: r.seed }))),
    runs: results.map((r) => ({ seed: r.seed, summary: r.summary, agents: r.agents, ledger: r.ledger, blocks: r.blocks, unfinished: r.unfinished, events: r.events })),
  };
}

function spreadOf(summaries: readonly DerivedMetrics[]): Partial<Record<keyof DerivedMetrics, Spread>> {
  const out: Partial<Record<keyof DerivedMetrics, Spread>> = {};
  for (const key of Object.keys(summaries[0]!) as (keyof DerivedMetrics)[]) {
    const values = summaries.map((s) => s[key]).filter((v): v is number => v !== null);
    if (values.length === 0) continue;
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = values.length > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1)) : 0;
    out[key] = { mean, sd, min: Math.min(...values), max: Math.max(...values) };
  }
  return out;
}
