import { scenarioFrom } from './scenario-load.js';
import type { Scenario, ScenarioInput } from './scenario.js';

/** A small hybrid day for tests: two intents, one pool with blocks, ad-hoc agents and a call-up reserve. */
export function smallScenarioInput(): ScenarioInput {
  return {
    name: 'small',
    seeds: [1, 2],
    day: { hours: 8, intervalMinutes: 30, drainHours: 1 },
    arrivals: { total: 1200, curve: [{ at: '00:00', weight: 1 }, { at: '04:00', weight: 3 }, { at: '08:00', weight: 1 }] },
    customers: { languages: { en: 0.9, es: 0.1 } },
    intents: [
      { name: 'balance', share: 3, ai: { resolves: 0.8, escalates: 0.1, resolvesWrongly: 0.1 } },
      { name: 'dispute', share: 1, ai: { resolves: 0.3, escalates: 0.6, resolvesWrongly: 0.1 }, certification: 'disputes', sensitive: true },
    ],
    agents: {
      pools: [
        {
          name: 'core',
          count: 14,
          languages: ['en'],
          certifications: ['disputes'],
          onCall: [{ from: '00:00', to: '08:00', agents: 6 }],
          adHoc: [{ from: '02:00', to: '06:00', agents: 3 }],
          callUp: { optIn: 4 },
        },
        { name: 'es', count: 2, languages: ['en', 'es'], onCall: [{ from: '00:00', to: '08:00', agents: 2 }] },
      ],
    },
    policies: [
      { name: 'hybrid', mode: 'hybrid' },
      { name: 'ai-only', mode: 'ai_only' },
      { name: 'human-only-batch', mode: 'human_only', matching: 'batch', staffingScale: 2 },
    ],
  };
}

export const smallScenario = (): Scenario => scenarioFrom(smallScenarioInput());
