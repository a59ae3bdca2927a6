/**
 * Stratified k-fold assignment: every class is spread evenly over the folds, so small classes
 * appear in every training part and the out-of-fold scores used for calibration are fair.
 */
import { shuffleInPlace } from './seeded-random.js';

/** Returns the fold (0..folds-1) of each example. */
export function stratifiedFolds(labels: readonly string[], folds: number, rng: () => number): Int32Array {
  if (!Number.isInteger(folds) || folds < 2) throw new Error(`folds must be an integer >= 2, got ${folds}`);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, index) => {
    const members = byLabel.get(label);
    if (members) members.push(index);
    else byLabel.set(label, [index]);
  });
  const assignment = new Int32Array(labels.length);
  // Continue the round-robin across classes so fold sizes stay balanced when classes are small.
  let next = 0;
  for (const members of [...byLabel.values()]) {
    shuffleInPlace(members, rng);
    for (const index of members) {
      assignment[index] = next;
      next = (next + 1) % folds;
    }
  }
  return assignment;
}
