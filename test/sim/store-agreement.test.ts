import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate, type SimStore, type SimulationResult } from '../../src/sim/index.js';
import { smallScenarioInput } from '../../src/sim/test-fixtures.js';
import { scenarioFrom } from '../../src/sim/scenario-load.js';
import type { Database } from '../../src/store/database.js';
import { createStore } from '../../src/store/store.js';
import { payLedgerRepository } from '../../src/store/workforce-ledger.repository.js';
import { workActivityRepository } from '../../src/store/workforce-activity.repository.js';
import { databaseTiers } from '../support/databases.js';

/**
 * The simulator runs the application's use-cases on the in-memory store. To show that store is a
 * faithful stand-in, the same small day runs on the SQL store (PGlite, and PostgreSQL when present):
 * every figure must come out the same, to the minor unit and the millisecond. A difference means the
 * in-memory store behaves unlike the database somewhere the use-cases can see.
 */
const scenario = (() => {
  const input = smallScenarioInput();
  // A tenth of the small day's volume: the SQL store takes milliseconds per use-case.
  return scenarioFrom({ ...input, arrivals: { ...input.arrivals, total: 120 } });
})();

const sqlStore = (database: Database): SimStore => ({
  ...createStore(database.db),
  ledger: payLedgerRepository(database.db),
  activity: workActivityRepository(database.db),
});

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`the simulator on ${tier.name}'s store`, () => {
    let database: Database;
    let drop: () => Promise<void>;
    beforeAll(async () => {
      ({ database, drop } = await tier.open());
    });
    afterAll(async () => {
      await database.close();
      await drop();
    });

    // Human-only puts every contact through dispatch, offers, timers and pay; hybrid adds the AI and the guardrail.
    it.each(['human-only-batch', 'hybrid'])('gives the same result as the in-memory store for %s', { timeout: 240_000 }, async (policy) => {
      await database.query("truncate conversations, messages, events, timers, offers, customers, agents, assistant_state, pay_ledger cascade");
      const onSql = await simulate(scenario, { policy, seed: 3, store: sqlStore(database), checkMirror: true });
      const inMemory = await simulate(scenario, { policy, seed: 3, checkMirror: true });
      expect(onSql.totals.offers).toBeGreaterThan(0);
      expect(digest(onSql)).toEqual(digest(inMemory));
    });
  });
}

const digest = (r: SimulationResult) => ({ totals: r.totals, ledger: r.ledger, agents: r.agents, switches: r.guardrailSwitches, lateAnswers: r.lateAnswers, events: r.events });
