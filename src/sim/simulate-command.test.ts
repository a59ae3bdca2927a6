import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseSimulateArgs, runSimulateCommand } from './simulate-command.js';
import { smallScenarioInput } from './test-fixtures.js';

function sink() {
  let text = '';
  return { stream: { write: (chunk: string) => ((text += chunk), true) } as unknown as NodeJS.WritableStream, text: () => text };
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-sim-'));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  process.exitCode = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('tandem simulate', () => {
  it('writes result.json and report.html for a scenario file', async () => {
    const dir = tempDir();
    const file = join(dir, 'small.yaml');
    writeFileSync(file, stringify({ ...smallScenarioInput(), arrivals: { ...smallScenarioInput().arrivals, total: 300 } }));
    const out = sink();
    const err = sink();
    await runSimulateCommand([file, '--out', join(dir, 'out'), '--seeds', '3,4', '--policy', 'hybrid,ai-only'], { stdout: out.stream, stderr: err.stream });
    expect(process.exitCode).toBeUndefined();
    expect(err.text()).toBe(''); // not a terminal: no progress bar
    const result = JSON.parse(readFileSync(join(dir, 'out', 'result.json'), 'utf8'));
    expect(result.seeds).toEqual([3, 4]);
    expect(result.policies.map((p: { policy: { name: string } }) => p.policy.name)).toEqual(['hybrid', 'ai-only']);
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    expect(html).toContain('Chart.js'); // the real library, inlined
    expect(html.length).toBeGreaterThan(150_000);
    expect(out.text()).toMatch(/small: 2 policies × 2 seed\(s\)/);
    expect(out.text()).toMatch(/wrote .*report\.html/);
  });

  it('lists every scenario problem and exits 65', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    const input = smallScenarioInput();
    input.agents!.pools![1]!.concurrency = 9;
    writeFileSync(file, JSON.stringify(input));
    const err = sink();
    await runSimulateCommand([file, '--out', dir], { stdout: sink().stream, stderr: err.stream });
    expect(process.exitCode).toBe(65);
    expect(err.text()).toContain('agents.pools[1].concurrency: must be between 1 and 4');
  });

  it('explains usage errors and exits 64', async () => {
    const err = sink();
    await runSimulateCommand(['x.yaml'], { stdout: sink().stream, stderr: err.stream });
    expect(process.exitCode).toBe(64);
    expect(err.text()).toMatch(/missing --out <dir>\nUsage: tandem simulate/);
  });

  it('parses its arguments', async () => {
    expect(parseSimulateArgs(['s.yaml', '--out', 'o', '--seed', '7', '--scale', '0.1'])).toEqual({
      scenarioPath: 's.yaml',
      outDir: 'o',
      seeds: [7],
      policies: undefined,
      scale: 0.1,
    });
    expect(parseSimulateArgs(['s.yaml', '--out', 'o', '--seed', 'x'])).toEqual({ error: '--seed needs whole numbers >= 0' });
    expect(parseSimulateArgs(['s.yaml', '--out', 'o', '--fast'])).toEqual({ error: 'unknown option --fast' });
    expect(parseSimulateArgs(['--out', 'o'])).toEqual({ error: 'missing the scenario file' });
  });
});
