/**
 * Input checks and unit conversions shared by the Erlang models.
 *
 * The models are called with numbers that an edge (CLI, HTTP, planner) has already validated,
 * so a bad number here is a programmer error and throws a RangeError naming the field. The
 * edges can call `queueInputProblems` first to turn the same rules into messages.
 */

/** Seconds per hour: arrivals are given per hour, times in seconds. */
export const SECONDS_PER_HOUR = 3600;

/** Offered load in Erlangs: arrivals per second times mean holding time. */
export function offeredLoadErlangs(arrivalsPerHour: number, ahtSeconds: number): number {
  return (arrivalsPerHour / SECONDS_PER_HOUR) * ahtSeconds;
}

type Rule = 'nonNegative' | 'positive' | 'nonNegativeInteger' | 'positiveInteger' | 'fraction';

const RULE_TEXT: Record<Rule, string> = {
  nonNegative: 'a finite number >= 0',
  positive: 'a finite number > 0',
  nonNegativeInteger: 'an integer >= 0',
  positiveInteger: 'an integer >= 1',
  fraction: 'a number in [0, 1]',
};

function satisfies(value: number, rule: Rule): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  switch (rule) {
    case 'nonNegative':
      return value >= 0;
    case 'positive':
      return value > 0;
    case 'nonNegativeInteger':
      return Number.isInteger(value) && value >= 0;
    case 'positiveInteger':
      return Number.isInteger(value) && value >= 1;
    case 'fraction':
      return value >= 0 && value <= 1;
  }
}

/** A problem message for `name`, or null when the value obeys the rule. */
export function checkNumber(name: string, value: number, rule: Rule): string | null {
  return satisfies(value, rule) ? null : `${name} must be ${RULE_TEXT[rule]} (got ${String(value)})`;
}

/** Throws a RangeError when the value breaks the rule; used inside the models. */
export function requireNumber(name: string, value: number, rule: Rule): void {
  const problem = checkNumber(name, value, rule);
  if (problem !== null) throw new RangeError(problem);
}

/** Fields every Erlang model needs. */
export interface QueueTraffic {
  /** Arrivals per hour (Poisson). */
  arrivalsPerHour: number;
  /** Mean holding time per contact in seconds; for chat, the per-chat holding time at the agent's concurrency. */
  ahtSeconds: number;
  /** Service-level threshold t in seconds: "answered within t". */
  answerWithinSeconds: number;
}

export function requireQueueTraffic(input: QueueTraffic): void {
  requireNumber('arrivalsPerHour', input.arrivalsPerHour, 'nonNegative');
  requireNumber('ahtSeconds', input.ahtSeconds, 'positive');
  requireNumber('answerWithinSeconds', input.answerWithinSeconds, 'nonNegative');
}
