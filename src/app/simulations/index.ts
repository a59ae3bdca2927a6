/**
 * Simulation runs from the console: queue a run of a shipped or uploaded scenario, follow its progress,
 * read its result and HTML report. A background runner (leader-only, wired in main.ts) runs the queue.
 */
import { getSimulation, getSimulationReport, listShippedScenarios, listSimulations } from './read-simulations.js';
import { runQueuedSimulations } from './run-queued-simulations.js';
import type { SimulationDeps } from './simulation-deps.js';
import { startSimulation } from './start-simulation.js';

type Arg<F> = F extends (deps: never, input: infer I) => unknown ? I : never;

export function createSimulationServices(deps: SimulationDeps) {
  return {
    listScenarios: (input: Arg<typeof listShippedScenarios>) => listShippedScenarios(deps, input),
    start: (input: Arg<typeof startSimulation>) => startSimulation(deps, input),
    list: (input: Arg<typeof listSimulations>) => listSimulations(deps, input),
    get: (input: Arg<typeof getSimulation>) => getSimulation(deps, input),
    report: (input: Arg<typeof getSimulationReport>) => getSimulationReport(deps, input),
    runQueued: (signal?: AbortSignal) => runQueuedSimulations(deps, signal),
  };
}

export type SimulationServices = ReturnType<typeof createSimulationServices>;
export type * from './ports.js';
export type { SimulationDeps } from './simulation-deps.js';
export type { StartSimulationInput } from './start-simulation.js';
export { INTERRUPTED_MESSAGE, PROGRESS_WRITE_MS } from './run-queued-simulations.js';
export { MAX_SEEDS } from './start-simulation.js';
