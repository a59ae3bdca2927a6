/**
 * The `tandem staffing` contract: one plain object in, one JSON-safe object out, so the CLI only
 * parses flags and prints.
 *
 * - Erlang A is used when `patienceSeconds` is given, Erlang C otherwise.
 * - With `targetServiceLevel`, the fewest agents meeting it (and `maxAbandonRate`, Erlang A only)
 *   are found; `agentsNeeded` is reported and the figures are for that many agents (a given
 *   `agents` is then ignored). Without a target, the figures are for the given `agents`.
 * - `concurrency` c: each agent counts as c servers (chat); `servers` = agents × c.
 * - `serviceLevelAnswered` and `pAbandon` appear only for Erlang A; `agentsNeeded` only with a target.
 * - `null` means undefined or infinite (e.g. the mean wait of an unstable Erlang C queue).
 * Shrinkage is not applied here: see shrinkage.ts.
 */
import { erlangA, erlangAAgentsFor, type ErlangAResult } from './erlang-a.js';
import { erlangC, erlangCAgentsFor, type ErlangCResult } from './erlang-c.js';
import { checkNumber } from './queue-input.js';

export interface StaffingQueryInput {
  arrivalsPerHour: number;
  ahtSeconds: number;
  answerWithinSeconds: number;
  agents?: number;
  targetServiceLevel?: number;
  patienceSeconds?: number;
  concurrency?: number;
  maxAbandonRate?: number;
}

export interface StaffingQueryResult {
  model: 'erlang_c' | 'erlang_a';
  agents: number;
  servers: number;
  offeredLoad: number;
  stable: boolean;
  pWait: number;
  asaSeconds: number | null;
  serviceLevel: number;
  serviceLevelAnswered?: number | null;
  pAbandon?: number;
  occupancy: number | null;
  agentsNeeded?: number;
}

/** Every problem with the input, as messages naming the field; empty when it can be answered. */
export function staffingQueryProblems(input: StaffingQueryInput): string[] {
  const problems = [
    checkNumber('arrivalsPerHour', input.arrivalsPerHour, 'nonNegative'),
    checkNumber('ahtSeconds', input.ahtSeconds, 'positive'),
    checkNumber('answerWithinSeconds', input.answerWithinSeconds, 'nonNegative'),
    input.agents === undefined ? null : checkNumber('agents', input.agents, 'nonNegativeInteger'),
    input.patienceSeconds === undefined ? null : checkNumber('patienceSeconds', input.patienceSeconds, 'positive'),
    input.concurrency === undefined ? null : checkNumber('concurrency', input.concurrency, 'positiveInteger'),
  ];
  const target = input.targetServiceLevel;
  if (target !== undefined && !(target >= 0 && target < 1)) {
    problems.push(`targetServiceLevel must be in [0, 1) (got ${String(target)})`);
  }
  const cap = input.maxAbandonRate;
  if (cap !== undefined) {
    if (!(cap > 0 && cap <= 1)) problems.push(`maxAbandonRate must be in (0, 1] (got ${String(cap)})`);
    if (input.patienceSeconds === undefined) problems.push('maxAbandonRate needs patienceSeconds (Erlang A)');
    if (target === undefined) problems.push('maxAbandonRate needs targetServiceLevel');
  }
  if (input.agents === undefined && target === undefined) problems.push('give agents or targetServiceLevel');
  return problems.filter((p): p is string => p !== null);
}

/** Answers the query; throws a RangeError listing the problems when the input is invalid. */
export function staffingQuery(input: StaffingQueryInput): StaffingQueryResult {
  const problems = staffingQueryProblems(input);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  const concurrency = input.concurrency ?? 1;
  const traffic = {
    arrivalsPerHour: input.arrivalsPerHour,
    ahtSeconds: input.ahtSeconds,
    answerWithinSeconds: input.answerWithinSeconds,
  };
  const target = input.targetServiceLevel;
  const patience = input.patienceSeconds;

  if (patience === undefined) {
    if (target !== undefined) {
      const found = erlangCAgentsFor({ ...traffic, targetServiceLevel: target, concurrency });
      return fromErlangC(found.agents, found.result, found.agents);
    }
    const agents = input.agents ?? 0;
    return fromErlangC(agents, erlangC({ ...traffic, servers: agents * concurrency }));
  }
  const withPatience = { ...traffic, patienceSeconds: patience };
  if (target !== undefined) {
    const cap = input.maxAbandonRate;
    const found = erlangAAgentsFor({ ...withPatience, targetServiceLevel: target, concurrency, ...(cap === undefined ? {} : { maxAbandonRate: cap }) });
    return fromErlangA(found.agents, found.result, found.agents);
  }
  const agents = input.agents ?? 0;
  return fromErlangA(agents, erlangA({ ...withPatience, servers: agents * concurrency }));
}

function fromErlangC(agents: number, r: ErlangCResult, agentsNeeded?: number): StaffingQueryResult {
  return {
    model: r.model,
    agents,
    servers: r.servers,
    offeredLoad: r.offeredLoad,
    stable: r.stable,
    pWait: r.pWait,
    asaSeconds: r.asaSeconds,
    serviceLevel: r.serviceLevel,
    occupancy: r.occupancy,
    ...(agentsNeeded === undefined ? {} : { agentsNeeded }),
  };
}

function fromErlangA(agents: number, r: ErlangAResult, agentsNeeded?: number): StaffingQueryResult {
  return {
    model: r.model,
    agents,
    servers: r.servers,
    offeredLoad: r.offeredLoad,
    stable: r.stable,
    pWait: r.pWait,
    asaSeconds: r.asaSeconds,
    serviceLevel: r.serviceLevel,
    serviceLevelAnswered: r.serviceLevelAnswered,
    pAbandon: r.pAbandon,
    occupancy: r.occupancy,
    ...(agentsNeeded === undefined ? {} : { agentsNeeded }),
  };
}
