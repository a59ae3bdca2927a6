import type { Principal } from '../../domain/auth/access.js';
import { AppError } from '../errors.js';
import { actorName } from '../workforce/access.js';
import type { ScenarioFormat, SimRun, SimRunRequest } from './ports.js';
import { requireSimulationAccess, type SimulationDeps } from './simulation-deps.js';

export type StartSimulationInput = {
  principal: Principal;
  /** A shipped scenario's id (see listShippedScenarios)… */
  scenario?: string | undefined;
  /** …or a scenario's text, YAML (the default) or JSON. */
  scenarioText?: string | undefined;
  format?: ScenarioFormat | undefined;
  /** Default: the scenario's own seeds. */
  seeds?: number[] | undefined;
  /** Default: every policy of the scenario. */
  policies?: string[] | undefined;
  /** Fraction of the scenario's volume, in (0, 1]; default 1. Bigger runs are for `tandem simulate --scale`. */
  scale?: number | undefined;
};

export const MAX_SEEDS = 10;
/** How many validator problems a 400 lists (the rest are counted). */
const MAX_LISTED_PROBLEMS = 8;

const invalid = (field: string, message: string) => new AppError('validation_failed', message, field);

function checkSeeds(seeds: number[], field = 'seeds'): void {
  if (seeds.length < 1 || seeds.length > MAX_SEEDS) throw invalid(field, `give between 1 and ${MAX_SEEDS} seeds (got ${seeds.length})`);
  if (seeds.some((s) => !Number.isSafeInteger(s) || s < 0)) throw invalid(field, 'seeds must be whole numbers >= 0');
}

/**
 * Queues a run after checking everything it needs, so a bad request writes nothing: the scenario (a shipped
 * one by id, or uploaded text through the simulator's own validator, whose messages come back naming the
 * path inside the scenario), the seeds, the policies (they must exist in the scenario) and the scale.
 */
export async function startSimulation(deps: SimulationDeps, input: StartSimulationInput): Promise<SimRun> {
  requireSimulationAccess(input.principal);
  const scale = input.scale ?? 1;
  if (!(Number.isFinite(scale) && scale > 0 && scale <= 1)) throw invalid('scale', 'must be more than 0 and at most 1 (larger runs are for `tandem simulate --scale`)');
  if (input.seeds !== undefined) checkSeeds(input.seeds);

  let source: Pick<SimRunRequest, 'shippedScenario' | 'scenarioText' | 'scenarioFormat'>;
  if ((input.scenario === undefined) === (input.scenarioText === undefined)) {
    throw invalid('scenario', 'give either scenario (the id of a shipped scenario) or scenarioText (your own), not both');
  }
  if (input.scenario !== undefined) {
    const shipped = await deps.simulator.shippedScenarioText(input.scenario);
    if (!shipped) {
      const ids = (await deps.simulator.shippedScenarios()).map((s) => s.id);
      throw invalid('scenario', `no shipped scenario "${input.scenario}"; there are ${ids.join(', ')}`);
    }
    source = { shippedScenario: input.scenario, scenarioText: shipped.text, scenarioFormat: shipped.format };
  } else {
    source = { shippedScenario: null, scenarioText: input.scenarioText!, scenarioFormat: input.format ?? 'yaml' };
  }

  const checked = await deps.simulator.check(source.scenarioText, source.scenarioFormat);
  if (!checked.ok) {
    const field = source.shippedScenario === null ? 'scenarioText' : 'scenario';
    const more = checked.errors.length > MAX_LISTED_PROBLEMS ? `; and ${checked.errors.length - MAX_LISTED_PROBLEMS} more` : '';
    throw invalid(field, `not a valid scenario: ${checked.errors.slice(0, MAX_LISTED_PROBLEMS).join('; ')}${more}`);
  }
  const seeds = input.seeds ?? checked.seeds;
  if (input.seeds === undefined && seeds.length > MAX_SEEDS) throw invalid('seeds', `the scenario lists ${seeds.length} seeds; choose at most ${MAX_SEEDS}`);
  const policies = input.policies ?? checked.policies;
  if (policies.length === 0) throw invalid('policies', 'choose at least one policy');
  const unknown = policies.filter((p) => !checked.policies.includes(p));
  if (unknown.length > 0) throw invalid('policies', `no policy ${unknown.map((p) => `"${p}"`).join(', ')} in the scenario; it has ${checked.policies.join(', ')}`);
  const twice = policies.find((p, i) => policies.indexOf(p) !== i);
  if (twice !== undefined) throw invalid('policies', `"${twice}" is listed twice`);

  const run = {
    id: deps.ids.next('sim'),
    scenarioName: checked.name,
    ...source,
    seeds: [...seeds],
    policies: [...policies],
    scale,
    requestedBy: actorName(input.principal),
    createdAt: deps.clock.now(),
  };
  await deps.runs.insert(run);
  deps.onQueued?.();
  const stored = await deps.runs.get(run.id);
  if (!stored) throw new AppError('internal', 'the run vanished after it was queued');
  return stored;
}
