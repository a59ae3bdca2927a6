/** Accuracy figures for an evaluation run, the CLINC150 way when an out-of-scope label exists. */

export interface ScoredExample {
  readonly gold: string;
  /** The predicted label, already replaced by the OOS label when the classifier said out of scope. */
  readonly predicted: string;
}

export interface AccuracyFigures {
  /** Share of all examples whose predicted label is the gold label. */
  readonly accuracy: number;
  /** Share of in-scope examples given their correct intent (a rejected one counts as wrong). */
  readonly inScopeAccuracy?: number;
  /** Share of out-of-scope examples recognised as such. */
  readonly oosRecall?: number;
}

function share(matching: number, total: number): number {
  return total === 0 ? 0 : matching / total;
}

export function accuracyFigures(examples: readonly ScoredExample[], oosLabel?: string): AccuracyFigures {
  const accuracy = share(examples.filter((e) => e.gold === e.predicted).length, examples.length);
  if (oosLabel === undefined) return { accuracy };
  const inScope = examples.filter((e) => e.gold !== oosLabel);
  const outOfScope = examples.filter((e) => e.gold === oosLabel);
  return {
    accuracy,
    inScopeAccuracy: share(inScope.filter((e) => e.predicted === e.gold).length, inScope.length),
    oosRecall: share(outOfScope.filter((e) => e.predicted === oosLabel).length, outOfScope.length),
  };
}

/** Nearest-rank percentile (p in 0..100) of a list of numbers; 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}
