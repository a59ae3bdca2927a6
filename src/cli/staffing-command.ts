/**
 * `tandem staffing <erlang|forecast|plan>`.
 *
 * erlang: one interval, Erlang C (or Erlang A with --patience-seconds). With --json the LAST line is one
 *   JSON object: model, agents, servers, offeredLoad, stable, pWait, asaSeconds, serviceLevel,
 *   serviceLevelAnswered and pAbandon (Erlang A), occupancy, agentsNeeded (with a target).
 * forecast / plan: from the conversation history the caller reads (see staffing-history-commands.ts).
 * Usage errors throw CliUsageError (exit 2); unanswerable requests throw CliDataError (exit 1).
 */
import { STAFFING_QUERY_FIELDS, staffingProblems } from '../app/workforce/index.js';
import { staffingQuery, type StaffingQueryInput } from '../domain/workforce/index.js';
import { CliUsageError } from './cli-errors.js';
import { flagOf, numberFlag, parseFlags, renameFields, requiredNumberFlag } from './staffing-flags.js';
import { fixed, percent } from './staffing-format.js';
import { runForecast, runPlan, type HistoryDeps } from './staffing-history-commands.js';

export { CliDataError, CliUsageError } from './cli-errors.js';

export type StaffingCommandDeps = Partial<HistoryDeps> & {
  /** Where output goes; defaults to stdout. */
  write?: (text: string) => void;
};

export const STAFFING_USAGE = `Usage: tandem staffing <command> [flags]

  erlang    --arrivals-per-hour R --aht-seconds S --answer-within-seconds T
            (--agents N | --target-service-level X) [--patience-seconds P] [--concurrency C]
            [--max-abandon-rate A] [--json]
  forecast  [--backtest] [--interval-minutes 30] [--weeks-held-out 2] [--horizon-days 7]
            [--utc-offset-minutes 0] [--history-weeks 12] [--trend linear|none] [--json]
  plan      [--target-service-level 0.8] [--answer-within-seconds 60] [--aht-seconds 480]
            [--concurrency 2] [--shrinkage 0.3] [--interval-minutes 30] [--horizon-days 7]
            [--patience-seconds P] [--max-abandon-rate A] [--block-hours 2] [--escalation-share S]
            [--utc-offset-minutes 0] [--history-weeks 12] [--json]
With --json the last line printed is one JSON object.
`;

const ERLANG_FLAGS = STAFFING_QUERY_FIELDS.map((f) => flagOf(f).slice(2));

export async function runStaffingCommand(argv: string[], deps: StaffingCommandDeps = {}): Promise<void> {
  const write = deps.write ?? ((text: string) => void process.stdout.write(text));
  const [command, ...rest] = argv;
  switch (command) {
    case 'erlang':
      return runErlang(rest, write);
    case 'forecast':
      return runForecast(rest, historyDeps(deps), write);
    case 'plan':
      return runPlan(rest, historyDeps(deps), write);
    case undefined:
    case 'help':
    case '--help':
      write(STAFFING_USAGE);
      return;
    default:
      throw new CliUsageError(`unknown staffing command '${command}'\n${STAFFING_USAGE}`);
  }
}

function historyDeps(deps: StaffingCommandDeps): HistoryDeps {
  if (!deps.readArrivals) throw new Error('staffing forecast/plan need readArrivals (wired by the CLI)');
  return { readArrivals: deps.readArrivals, nowMs: deps.nowMs ?? Date.now(), ...(deps.readEscalation ? { readEscalation: deps.readEscalation } : {}) };
}

/** Flags → query; every problem is reported with the flag's name. */
export function erlangInput(argv: string[]): { input: StaffingQueryInput; json: boolean } {
  const values = parseFlags(argv, ERLANG_FLAGS);
  const optional = (field: (typeof STAFFING_QUERY_FIELDS)[number]) => {
    const value = numberFlag(values, flagOf(field).slice(2));
    return value === undefined ? {} : { [field]: value };
  };
  const input: StaffingQueryInput = {
    arrivalsPerHour: requiredNumberFlag(values, 'arrivals-per-hour'),
    ahtSeconds: requiredNumberFlag(values, 'aht-seconds'),
    answerWithinSeconds: requiredNumberFlag(values, 'answer-within-seconds'),
    ...optional('agents'),
    ...optional('targetServiceLevel'),
    ...optional('patienceSeconds'),
    ...optional('concurrency'),
    ...optional('maxAbandonRate'),
  };
  const problems = staffingProblems(input);
  if (problems.length > 0) throw new CliUsageError(problems.map((p) => renameFields(p.message, STAFFING_QUERY_FIELDS)).join('\n'));
  return { input, json: values.json === true };
}

function runErlang(argv: string[], write: (text: string) => void): void {
  const { input, json } = erlangInput(argv);
  const r = staffingQuery(input);
  const lines = [
    `model                ${r.model === 'erlang_a' ? 'Erlang A (customers abandon)' : 'Erlang C'}`,
    ...(r.agentsNeeded === undefined ? [] : [`agents needed        ${r.agentsNeeded}`]),
    `agents               ${r.agents} (${r.servers} servers)`,
    `offered load         ${fixed(r.offeredLoad, 3)} Erlangs${r.stable ? '' : '  (UNSTABLE: the queue grows without bound)'}`,
    `probability of wait  ${percent(r.pWait)}`,
    `average speed of answer ${r.asaSeconds === null ? '-' : `${fixed(r.asaSeconds, 1)} s`}`,
    `service level        ${percent(r.serviceLevel)} answered within ${input.answerWithinSeconds} s`,
    ...(r.serviceLevelAnswered === undefined ? [] : [`  of those answered  ${percent(r.serviceLevelAnswered)}`]),
    ...(r.pAbandon === undefined ? [] : [`abandonment          ${percent(r.pAbandon)}`]),
    `occupancy            ${percent(r.occupancy)}`,
  ];
  write(`${lines.join('\n')}\n`);
  if (json) write(`${JSON.stringify(r)}\n`);
}
