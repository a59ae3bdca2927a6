import type { Principal } from '../../domain/auth/access.js';
import { AppError, notFound } from '../errors.js';
import type { ShippedScenario, SimRun } from './ports.js';
import { requireSimulationAccess, type SimulationDeps } from './simulation-deps.js';

/** The scenarios that ship with Tandem (scenarios/*.yaml): what the console offers to run. */
export async function listShippedScenarios(deps: SimulationDeps, input: { principal: Principal }): Promise<ShippedScenario[]> {
  requireSimulationAccess(input.principal);
  return deps.simulator.shippedScenarios();
}

/** Newest first, without results (a list stays small however big the runs were). */
export async function listSimulations(deps: SimulationDeps, input: { principal: Principal; limit: number }): Promise<SimRun[]> {
  requireSimulationAccess(input.principal);
  return deps.runs.list(input.limit);
}

/** One run, with the comparison JSON once it is done (`result.policies[].summary` holds the headline figures). */
export async function getSimulation(
  deps: SimulationDeps,
  input: { principal: Principal; id: string },
): Promise<{ run: SimRun; result: Record<string, unknown> | null }> {
  requireSimulationAccess(input.principal);
  const run = await deps.runs.get(input.id);
  if (!run) throw notFound('simulation run', 'id');
  return { run, result: run.status === 'done' ? await deps.runs.result(run.id) : null };
}

/** The self-contained HTML report of a finished run. */
export async function getSimulationReport(deps: SimulationDeps, input: { principal: Principal; id: string }): Promise<string> {
  requireSimulationAccess(input.principal);
  const run = await deps.runs.get(input.id);
  if (!run) throw notFound('simulation run', 'id');
  const html = run.status === 'done' ? await deps.runs.report(run.id) : null;
  if (html === null) throw new AppError('conflict', `the run has no report (it is ${run.status})`, 'id');
  return html;
}
