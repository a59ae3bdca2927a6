import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runEval } from './eval-command.js';
import { syntheticExamples } from './synthetic-intents.fixture.js';

function toCsv(header: string, rows: string[][]): string {
  const quote = (field: string): string => `"${field.replace(/"/g, '""')}"`;
  return [header, ...rows.map((row) => row.map(quote).join(','))].join('\n');
}

describe('runEval', () => {
  let dir = '';
  const printed: string[] = [];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'classifier-eval-'));
    const train = syntheticExamples(20, 1).map((e) => [e.text, e.label, 'train']);
    const oos = ['what is the weather', 'tell me a joke', 'play music', 'book a flight to rome', 'who is the president', 'how do i bake bread'];
    writeFileSync(join(dir, 'train.csv'), toCsv('text,intent,split', [...train, ...oos.map((t) => [t, 'oos', 'train'])]));
    const test = syntheticExamples(5, 2).map((e) => [e.text, e.label, 'val']);
    writeFileSync(join(dir, 'test.csv'), toCsv('text,intent,split', [...test, ['recommend a good novel', 'oos', 'val']]));
    writeFileSync(join(dir, 'banking.csv'), toCsv('text,category', syntheticExamples(15, 3).map((e) => [e.text, e.label])));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  afterEach(() => {
    vi.restoreAllMocks();
    printed.length = 0;
  });

  function captureStdout(): void {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
  }

  function lastLine(): unknown {
    const lines = printed.join('').trimEnd().split('\n');
    return JSON.parse(lines[lines.length - 1] as string);
  }

  it('trains, tests and prints the figures with out-of-scope metrics as the last line', async () => {
    captureStdout();
    const result = await runEval(['--train', join(dir, 'train.csv'), '--test', join(dir, 'test.csv'), '--oos-label', 'oos']);
    expect(lastLine()).toEqual(result);
    expect(Object.keys(result).sort()).toEqual(['accuracy', 'inScopeAccuracy', 'oosRecall', 'p50Ms', 'p99Ms', 'trainSeconds']);
    // A tight threshold from six OOS examples may reject an in-scope message or two, not more.
    expect(result.inScopeAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(result.oosRecall === 0 || result.oosRecall === 1).toBe(true);
    expect(result.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
    expect(result.trainSeconds).toBeGreaterThan(0);
  });

  it('cross-validates on the training file and detects the category column', async () => {
    captureStdout();
    const result = await runEval(['--train', join(dir, 'banking.csv'), '--cv', '3']);
    expect(lastLine()).toEqual(result);
    expect(Object.keys(result).sort()).toEqual(['accuracy', 'p50Ms', 'p99Ms', 'trainSeconds']);
    expect(result.accuracy).toBe(1);
  });

  it('rejects a call without a test file or folds', async () => {
    await expect(runEval(['--train', join(dir, 'banking.csv')])).rejects.toThrow(/usage/);
  });

  it('names the file whose label column is missing', async () => {
    await expect(runEval(['--train', join(dir, 'banking.csv'), '--cv', '3', '--label-col', 'topic'])).rejects.toThrow(/banking\.csv/);
  });
});
