import type { ClaimedSimRun } from './ports.js';
import type { SimulationDeps } from './simulation-deps.js';

/** Progress is written at most this often (a run reports far more often than that). */
export const PROGRESS_WRITE_MS = 1_000;
export const INTERRUPTED_MESSAGE = 'interrupted: the server stopped before the run finished';
const MAX_ERROR_CHARS = 2_000;

class RunInterrupted extends Error {}

const errorText = (error: unknown): string => {
  const text = error instanceof Error ? error.message : String(error);
  return (text || 'the simulator failed without a message').slice(0, MAX_ERROR_CHARS);
};

/**
 * The background runner's one pass: first, any run still marked running belongs to a process that died
 * (this runner runs one pass at a time, on one node), so it is failed as interrupted; then queued runs are
 * run one after another, oldest first, until none is left or `signal` asks to stop. A stop fails the run in
 * hand as interrupted at its next progress report.
 */
export async function runQueuedSimulations(deps: SimulationDeps, signal?: AbortSignal): Promise<{ ran: number; interrupted: number }> {
  const stale = await deps.runs.failAllRunning(INTERRUPTED_MESSAGE, deps.clock.now());
  if (stale.length > 0) deps.logger?.info({ runs: stale }, 'simulation runs left running by a stopped process marked failed');
  let ran = 0;
  while (!signal?.aborted) {
    const run = await deps.runs.claimNext(deps.clock.now());
    if (!run) break;
    await execute(deps, run, signal);
    ran += 1;
  }
  return { ran, interrupted: stale.length };
}

async function execute(deps: SimulationDeps, run: ClaimedSimRun, signal: AbortSignal | undefined): Promise<void> {
  let lastWrite = deps.clock.now();
  let writes: Promise<void> = Promise.resolve();
  const onProgress = (fraction: number) => {
    if (signal?.aborted) throw new RunInterrupted(INTERRUPTED_MESSAGE);
    const now = deps.clock.now();
    if (now - lastWrite < PROGRESS_WRITE_MS) return;
    lastWrite = now;
    const progress = Math.min(1, Math.max(0, fraction));
    // Writes queue behind each other and never fail the run (the next one, or the end, corrects them).
    writes = writes.then(() => deps.runs.setProgress(run.id, progress)).catch(() => undefined);
  };
  try {
    const outcome = await deps.simulator.run(
      { scenarioText: run.scenarioText, scenarioFormat: run.scenarioFormat, seeds: run.seeds, policies: run.policies, scale: run.scale },
      onProgress,
    );
    await writes;
    await deps.runs.finish(run.id, outcome, deps.clock.now());
  } catch (error) {
    await writes;
    const message = error instanceof RunInterrupted ? INTERRUPTED_MESSAGE : errorText(error);
    if (!(error instanceof RunInterrupted)) deps.logger?.error({ err: error, runId: run.id }, 'simulation run failed');
    await deps.runs.fail(run.id, message, deps.clock.now());
  }
}
