/**
 * Simulation runs from the console: the runs table behind a repository, and the simulator behind a port
 * (the composition root wires src/sim to it), so these use-cases never load the simulator themselves.
 */
export type SimRunStatus = 'queued' | 'running' | 'done' | 'failed';
export type ScenarioFormat = 'yaml' | 'json';

export type SimRunRequest = {
  scenarioName: string;
  /** The shipped scenario's id, or null when the scenario was uploaded. */
  shippedScenario: string | null;
  scenarioText: string;
  scenarioFormat: ScenarioFormat;
  seeds: number[];
  policies: string[];
  scale: number;
};

/** A run without its scenario text, result and report (what lists show). */
export type SimRun = Omit<SimRunRequest, 'scenarioText'> & {
  id: string;
  status: SimRunStatus;
  progress: number;
  error: string | null;
  requestedBy: string;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
};

export type ClaimedSimRun = SimRun & { scenarioText: string };

export interface SimRunRepository {
  insert(run: SimRunRequest & { id: string; requestedBy: string; createdAt: number }): Promise<void>;
  get(id: string): Promise<SimRun | null>;
  /** The comparison JSON of a finished run (null while it has none). */
  result(id: string): Promise<Record<string, unknown> | null>;
  report(id: string): Promise<string | null>;
  /** Newest first. */
  list(limit: number): Promise<SimRun[]>;
  /** The oldest queued run, now running (FOR UPDATE SKIP LOCKED: two claimers never get the same run). */
  claimNext(atMs: number): Promise<ClaimedSimRun | null>;
  setProgress(id: string, progress: number): Promise<void>;
  /** Only a running run finishes (false otherwise, e.g. it was already marked interrupted). */
  finish(id: string, outcome: { result: Record<string, unknown>; reportHtml: string }, atMs: number): Promise<boolean>;
  fail(id: string, error: string, atMs: number): Promise<boolean>;
  /** Every run still marked running becomes failed with `error`; returns their ids. */
  failAllRunning(error: string, atMs: number): Promise<string[]>;
}

export type ShippedPolicy = { name: string; mode: string; matching: string; callUps: boolean; guardrail: boolean };

export type ShippedScenario = {
  id: string;
  name: string;
  description: string;
  hours: number;
  seeds: number[];
  policies: ShippedPolicy[];
};

export type ScenarioCheck = { ok: true; name: string; seeds: number[]; policies: string[] } | { ok: false; errors: string[] };

export type SimulationOutcome = { result: Record<string, unknown>; reportHtml: string };

export interface Simulator {
  shippedScenarios(): Promise<ShippedScenario[]>;
  /** The text of a shipped scenario, or null when there is none by that id. */
  shippedScenarioText(id: string): Promise<{ text: string; format: ScenarioFormat } | null>;
  /** Parses and validates scenario text: every problem as "path: problem". */
  check(text: string, format: ScenarioFormat): Promise<ScenarioCheck>;
  /**
   * Runs the policies on the seeds at the given scale and renders the report. `onProgress` receives the
   * overall fraction done; when it throws, the run stops with that error.
   */
  run(request: Omit<SimRunRequest, 'scenarioName' | 'shippedScenario'>, onProgress: (fraction: number) => void): Promise<SimulationOutcome>;
}
