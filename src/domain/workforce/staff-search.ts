/**
 * Smallest staffing level that meets a monotone requirement.
 *
 * Service level rises and abandonment falls as agents are added (tested as properties), so the
 * requirement is false up to some n and true from then on. A doubling search followed by
 * bisection needs O(log n) model evaluations instead of O(n), which matters because one
 * evaluation is itself O(n) (the Erlang B recursion) and a weekly plan runs hundreds of them.
 */

/** Upper bound on agents searched; reaching it means the requirement is unattainable in practice. */
export const MAX_AGENTS_SEARCHED = 1_000_000;

/**
 * Smallest integer n >= lowest with meets(n) true, assuming meets is monotone (false…false true…true).
 * Throws if even MAX_AGENTS_SEARCHED does not meet it: with valid targets (< 1) every model here
 * reaches them long before, so getting there is a programmer error, not an expected outcome.
 */
export function smallestMeeting(lowest: number, meets: (n: number) => boolean): number {
  if (!Number.isInteger(lowest) || lowest < 0) throw new RangeError(`lowest must be an integer >= 0, got ${lowest}`);
  if (meets(lowest)) return lowest;
  let failing = lowest;
  let step = 1;
  let passing = -1;
  while (passing < 0) {
    const candidate = Math.min(lowest + step, MAX_AGENTS_SEARCHED);
    if (meets(candidate)) {
      passing = candidate;
    } else if (candidate === MAX_AGENTS_SEARCHED) {
      throw new RangeError(`no staffing level up to ${MAX_AGENTS_SEARCHED} meets the requirement`);
    } else {
      failing = candidate;
      step *= 2;
    }
  }
  while (passing - failing > 1) {
    const middle = Math.floor((failing + passing) / 2);
    if (meets(middle)) passing = middle;
    else failing = middle;
  }
  return passing;
}
