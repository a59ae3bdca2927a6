import { staffingQuery, staffingQueryProblems, type StaffingQueryInput, type StaffingQueryResult } from '../../domain/workforce/index.js';
import { AppError } from '../errors.js';

/** The query's fields, in the order the CLI documents its flags. */
export const STAFFING_QUERY_FIELDS = [
  'arrivalsPerHour',
  'ahtSeconds',
  'answerWithinSeconds',
  'agents',
  'targetServiceLevel',
  'patienceSeconds',
  'concurrency',
  'maxAbandonRate',
] as const satisfies ReadonlyArray<keyof StaffingQueryInput>;

export type StaffingProblem = { field: string; message: string };

/**
 * Every problem with a staffing query, each naming its field. On top of the domain's checks, the contract
 * takes agents OR a target, not both (the domain would silently ignore the agents).
 */
export function staffingProblems(input: StaffingQueryInput): StaffingProblem[] {
  const problems = staffingQueryProblems(input).map((message) => ({
    field: STAFFING_QUERY_FIELDS.find((f) => message.startsWith(`${f} `)) ?? (message.startsWith('give agents') ? 'agents' : 'query'),
    message,
  }));
  if (input.agents !== undefined && input.targetServiceLevel !== undefined) {
    problems.push({ field: 'agents', message: 'give agents or targetServiceLevel, not both' });
  }
  return problems;
}

/** Erlang C (or A with patience) for one interval; a bad input is a validation error naming the field. */
export function answerStaffingQuery(input: StaffingQueryInput): StaffingQueryResult {
  const [problem] = staffingProblems(input);
  if (problem) throw new AppError('validation_failed', problem.message, problem.field);
  return staffingQuery(input);
}
