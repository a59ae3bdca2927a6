/**
 * `eval` for the intent classifier: train on one CSV, test on another (or k-fold cross-validate on
 * the training CSV), and print the figures as the last stdout line in JSON. This is the only file
 * of the classifier that does I/O.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { trainClassifier } from './classifier.js';
import type { LabelledText, TrainOptions } from './classifier-types.js';
import { stratifiedFolds } from './cross-validation.js';
import { chooseColumns } from './csv-columns.js';
import { accuracyFigures, percentile, type ScoredExample } from './evaluation-metrics.js';
import { seededRandom } from './seeded-random.js';

export const EVAL_USAGE =
  'usage: eval --train <csv> (--test <csv> | --cv <k>) [--oos-label oos] [--text-col text] [--label-col category|intent|label]' +
  ' [--seed 1] [--oos-strategy class|threshold] [--oos-budget 0.01] [--calibration-folds 3]';

export interface EvalResult {
  readonly accuracy: number;
  readonly inScopeAccuracy?: number;
  readonly oosRecall?: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Seconds to train one classifier (mean over folds with --cv), calibration included. */
  readonly trainSeconds: number;
}

interface Columns {
  readonly textColumn?: string;
  readonly labelColumn?: string;
}

export function readLabelledCsv(path: string, columns: Columns): LabelledText[] {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
  const choice = chooseColumns(Object.keys(rows[0] ?? {}), columns);
  if (!choice.ok) throw new Error(`${path}: ${choice.message}`);
  return rows.map((row) => ({ text: row[choice.textColumn] ?? '', label: row[choice.labelColumn] ?? '' }));
}

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`--${name} must be a number, got "${value}"\n${EVAL_USAGE}`);
  return parsed;
}

function round(value: number, digits = 4): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

interface RunTotals {
  readonly scored: ScoredExample[];
  readonly latenciesMs: number[];
  readonly trainSeconds: number[];
}

function trainAndTest(train: readonly LabelledText[], test: readonly LabelledText[], options: TrainOptions, totals: RunTotals): void {
  const started = performance.now();
  const classifier = trainClassifier(train, options);
  totals.trainSeconds.push((performance.now() - started) / 1000);
  // Warm the JIT on training texts so the first timed predictions measure the classifier, not V8.
  for (const example of train.slice(0, 50)) classifier.predict(example.text);
  const oosLabel = options.oosLabel ?? '';
  for (const example of test) {
    const before = performance.now();
    const prediction = classifier.predict(example.text);
    totals.latenciesMs.push(performance.now() - before);
    totals.scored.push({ gold: example.label, predicted: prediction.outOfScope && options.oosLabel !== undefined ? oosLabel : prediction.label });
  }
}

export async function runEval(argv: string[]): Promise<EvalResult> {
  const { values } = parseArgs({
    args: argv,
    options: {
      train: { type: 'string' },
      test: { type: 'string' },
      cv: { type: 'string' },
      'oos-label': { type: 'string' },
      'text-col': { type: 'string' },
      'label-col': { type: 'string' },
      seed: { type: 'string' },
      'oos-strategy': { type: 'string' },
      'oos-budget': { type: 'string' },
      'calibration-folds': { type: 'string' },
    },
    strict: true,
  });
  const folds = numberOption(values.cv, 'cv');
  if (values.train === undefined || (values.test === undefined && folds === undefined)) throw new Error(EVAL_USAGE);
  const strategy = values['oos-strategy'];
  if (strategy !== undefined && strategy !== 'class' && strategy !== 'threshold') throw new Error(`--oos-strategy must be class or threshold\n${EVAL_USAGE}`);

  const columns: Columns = { textColumn: values['text-col'], labelColumn: values['label-col'] };
  const seed = numberOption(values.seed, 'seed') ?? 1;
  const options: TrainOptions = {
    seed,
    ...(values['oos-label'] !== undefined && { oosLabel: values['oos-label'] }),
    ...(strategy !== undefined && { oosStrategy: strategy }),
    ...(values['oos-budget'] !== undefined && { oosAccuracyBudget: numberOption(values['oos-budget'], 'oos-budget') }),
    ...(values['calibration-folds'] !== undefined && { calibrationFolds: numberOption(values['calibration-folds'], 'calibration-folds') }),
  };
  const train = readLabelledCsv(values.train, columns);
  const totals: RunTotals = { scored: [], latenciesMs: [], trainSeconds: [] };

  if (values.test !== undefined) {
    trainAndTest(train, readLabelledCsv(values.test, columns), options, totals);
  } else {
    const k = folds as number;
    const assignment = stratifiedFolds(train.map((e) => e.label), k, seededRandom(seed + 1000));
    for (let fold = 0; fold < k; fold++) {
      const inFold = (_: LabelledText, i: number): boolean => assignment[i] === fold;
      trainAndTest(train.filter((e, i) => !inFold(e, i)), train.filter(inFold), options, totals);
    }
  }

  const figures = accuracyFigures(totals.scored, options.oosLabel);
  const result: EvalResult = {
    accuracy: round(figures.accuracy),
    ...(figures.inScopeAccuracy !== undefined && { inScopeAccuracy: round(figures.inScopeAccuracy) }),
    ...(figures.oosRecall !== undefined && { oosRecall: round(figures.oosRecall) }),
    p50Ms: round(percentile(totals.latenciesMs, 50), 3),
    p99Ms: round(percentile(totals.latenciesMs, 99), 3),
    trainSeconds: round(totals.trainSeconds.reduce((sum, s) => sum + s, 0) / totals.trainSeconds.length, 2),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result;
}
