import { describe, expect, it } from 'vitest';
import { parseScenarioText, validateScenario } from './scenario-load.js';
import { smallScenarioInput } from './test-fixtures.js';

const withChange = (change: (s: ReturnType<typeof smallScenarioInput>) => void) => {
  const input = smallScenarioInput();
  change(input);
  return validateScenario(input);
};

const errorsOf = (r: ReturnType<typeof validateScenario>) => (r.ok ? [] : r.errors);

describe('scenario validation', () => {
  it('accepts the small scenario and fills the documented defaults', () => {
    const r = validateScenario(smallScenarioInput());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.scenario;
    expect(s.day.serviceLevelSeconds).toBe(60);
    expect(s.customers.patienceSeconds).toEqual({ dist: 'exponential', mean: 300 });
    expect(s.customers.repeat.probability).toBe(0.8);
    expect(s.ai.costPerConversationMinor).toBe(40);
    expect(s.agents.pools[0]!.concurrency).toBe(2);
    expect(s.agents.pools[0]!.callUp.stayMinutes).toEqual({ dist: 'lognormal', mean: 60, sd: 20 });
    expect(s.policies[0]!.matching).toBe('greedy');
    expect(s.policies[0]!.escalation).toEqual({});
    expect(s.pay.standbyMinorPerHour).toBe(700);
    expect(s.intents[1]!.certification).toBe('disputes');
    expect(s.intents[0]!.certification).toBeNull();
  });

  it('names the path and the rule for an out-of-range field', () => {
    const r = withChange((s) => {
      s.agents!.pools![1]!.concurrency = 7;
    });
    expect(errorsOf(r)).toEqual(['agents.pools[1].concurrency: must be between 1 and 4']);
  });

  it('reports every problem at once, with readable type errors and unknown fields', () => {
    const r = withChange((s) => {
      (s.day as Record<string, unknown>).hours = 'twenty';
      (s.arrivals as Record<string, unknown>).totl = 5;
      s.intents[0]!.ai.resolves = 0.5;
      (s.customers as Record<string, unknown>).patienceSeconds = { dist: 'gamma', mean: 3 };
    });
    expect(errorsOf(r)).toEqual(
      expect.arrayContaining([
        'day.hours: must be a number, got string "twenty"',
        'arrivals.totl: unknown field (check the spelling)',
        'intents[0].ai: resolves + escalates + resolvesWrongly must add up to 1 (got 0.7)',
        'customers.patienceSeconds.dist: must be one of "constant", "exponential", "lognormal", "normal", "uniform"',
      ]),
    );
  });

  it('says when a required field is missing', () => {
    const r = withChange((s) => {
      delete (s.arrivals as Partial<typeof s.arrivals>).total;
    });
    expect(errorsOf(r)).toEqual(['arrivals.total: is required (number)']);
  });

  it('checks references and counts across sections', () => {
    const r = withChange((s) => {
      s.ai = { incidents: [{ from: '02:00', intents: ['nope'], ai: { resolves: 1, escalates: 0, resolvesWrongly: 0 } }] };
      s.agents!.pools![0]!.onCall = [{ from: '00:00', to: '08:00', agents: 15 }];
      s.policies.push({ name: 'hybrid', mode: 'hybrid', pools: ['ghost'] });
      s.arrivals.curve = [{ at: '04:00', weight: 1 }, { at: '03:00', weight: 1 }, { at: '09:00', weight: 1 }];
    });
    expect(errorsOf(r)).toEqual(
      expect.arrayContaining([
        'ai.incidents[0].intents[0]: unknown intent "nope"',
        "agents.pools[0].onCall[0].agents: must be at most the pool's count (14)",
        'policies[3].name: duplicate name "hybrid"',
        'policies[3].pools[0]: unknown pool "ghost"',
        'arrivals.curve[1].at: must be later than the point before',
        'arrivals.curve[2].at: must be within the 8 h period',
      ]),
    );
  });

  it('rejects windows that end before they start and malformed times', () => {
    const r = withChange((s) => {
      s.agents!.pools![0]!.adHoc = [{ from: '05:00', to: '04:00', agents: 1 }];
      s.arrivals.curve[0]!.at = '8am';
    });
    expect(errorsOf(r)).toEqual(
      expect.arrayContaining([
        'agents.pools[0].adHoc[0].to: must be after from',
        'arrivals.curve[0].at: must be a time "HH:MM" (hours may go past 24 for longer runs)',
      ]),
    );
  });

  it('parses YAML and JSON, and reports syntax errors without throwing', () => {
    const yaml = `name: y\narrivals: { total: 10, curve: [{ at: "00:00", weight: 1 }] }\nintents: [{ name: a, share: 1, ai: { resolves: 1, escalates: 0, resolvesWrongly: 0 } }]\npolicies: [{ name: p, mode: ai_only }]\n`;
    expect(parseScenarioText(yaml).ok).toBe(true);
    expect(parseScenarioText(JSON.stringify(smallScenarioInput()), 'json').ok).toBe(true);
    const bad = parseScenarioText('name: [unclosed');
    expect(bad.ok).toBe(false);
    expect(errorsOf(bad)[0]).toMatch(/^not valid YAML: /);
    expect(errorsOf(parseScenarioText('{"name":', 'json'))[0]).toMatch(/^not valid JSON: /);
    expect(errorsOf(parseScenarioText('')) ).toEqual(['(scenario): must be an object, got null']);
  });

  it('accepts a bare number as a constant distribution', () => {
    const r = withChange((s) => {
      s.agents!.pools![0]!.responseSeconds = 0;
    });
    expect(r.ok && r.scenario.agents.pools[0]!.responseSeconds).toEqual({ dist: 'constant', value: 0 });
  });
});
