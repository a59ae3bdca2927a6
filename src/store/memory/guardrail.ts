import type { EventLog } from '../../app/ports.js';
import type { GuardrailRepository, GuardrailStore, GuardrailSwitch, SettingsRepository, StoredGuardrailState } from '../../app/quality/ports.js';
import type { AiOutcome } from '../../domain/quality/index.js';

/**
 * The guardrail's part of the quality store, in memory, for the simulator. In the database the AI's
 * outcomes are read from resolutions, CSAT answers and escalations; here whoever plays the customers
 * records them (`recordOutcome`) and may update them later (a rating, a return to a person), as those
 * tables would change. Like the SQL query, the controller is shown AI resolutions only.
 */
export type MemoryGuardrailStore = GuardrailStore & {
  recordOutcome(intent: string, outcome: AiOutcome): void;
  readonly switches: readonly GuardrailSwitch[];
};

export function createMemoryGuardrailStore(events: EventLog): MemoryGuardrailStore {
  const states = new Map<string, StoredGuardrailState>();
  const outcomes = new Map<string, AiOutcome[]>();
  const switches: GuardrailSwitch[] = [];
  const settings = new Map<string, Record<string, unknown>>();

  const guardrail: GuardrailRepository = {
    async lock(intent, sinceIfNew) {
      let state = states.get(intent);
      if (!state) states.set(intent, (state = { intent, mode: 'ai_first', since: sinceIfNew, switchCount: 0, lastEvidence: null, lastStepAt: null }));
      return { ...state };
    },
    async save(state) {
      states.set(state.intent, { ...state });
    },
    async appendSwitch(entry) {
      switches.push({ ...entry, id: switches.length + 1 });
    },
    async list() {
      return [...states.values()].sort((a, b) => (a.intent < b.intent ? -1 : 1)).map((s) => ({ ...s }));
    },
    async recentSwitches(limit) {
      return switches.slice(-limit).reverse();
    },
    async humanFirstIntents() {
      return [...states.values()].filter((s) => s.mode === 'human_first').map((s) => s.intent);
    },
    async intentsToStep(sinceMs) {
      const intents = new Set(states.keys());
      for (const [intent, list] of outcomes) {
        // Recorded in time order: look back from the newest, only as far as `sinceMs`.
        for (let i = list.length - 1; i >= 0 && list[i]!.atMs >= sinceMs; i--) {
          if (list[i]!.aiResolved) {
            intents.add(intent);
            break;
          }
        }
      }
      return [...intents].sort();
    },
    async aiOutcomes(intent, fromMs, toMs, limit) {
      const list = outcomes.get(intent) ?? [];
      const found: AiOutcome[] = [];
      // Recorded in time order: walk back from the newest.
      for (let i = list.length - 1; i >= 0 && found.length < limit; i--) {
        const o = list[i]!;
        if (o.atMs < fromMs) break;
        if (o.aiResolved && o.atMs <= toMs) found.push({ ...o });
      }
      return found;
    },
  };
  const settingsRepository: SettingsRepository = {
    async get(key) {
      return settings.get(key) ?? null;
    },
    async set(key, value) {
      settings.set(key, { ...value });
    },
  };
  const store: MemoryGuardrailStore = {
    guardrail,
    settings: settingsRepository,
    events,
    // One caller at a time in the simulator; nothing here can fail half-way.
    transaction: (work) => work(store),
    recordOutcome(intent, outcome) {
      let list = outcomes.get(intent);
      if (!list) outcomes.set(intent, (list = []));
      list.push(outcome);
    },
    switches,
  };
  return store;
}
