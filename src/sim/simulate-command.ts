import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { compare, type ComparisonResult } from './compare.js';
import { formatValue } from './report-format.js';
import { renderReport } from './report-html.js';
import { scaleScenario } from './scale.js';
import { parseScenarioText } from './scenario-load.js';

/**
 * `tandem simulate <scenario.yaml|json> --out <dir> [--seed N | --seeds 1,2,3] [--policy name[,name]] [--scale f]`
 * Runs every policy of the scenario (or the named ones) on the seeds and writes <dir>/result.json
 * and <dir>/report.html; --scale runs the scenario at a fraction of its volume (scale.ts) for a quick look. A progress bar goes to stderr when stderr is a terminal. Bad arguments
 * exit with 64 (usage), an invalid scenario with 65 (data), each problem on its own line.
 */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream | NodeJS.WritableStream;
}

const USAGE = `Usage: tandem simulate <scenario.yaml|.json> --out <dir> [--seed N | --seeds 1,2,3] [--policy name[,name]] [--scale 0.1]`;

interface Args {
  scenarioPath: string;
  outDir: string;
  seeds: number[] | undefined;
  policies: string[] | undefined;
  scale: number | undefined;
}

export function parseSimulateArgs(argv: readonly string[]): Args | { error: string } {
  let scenarioPath: string | undefined;
  let outDir: string | undefined;
  let seeds: number[] | undefined;
  let policies: string[] | undefined;
  let scale: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i];
    if (arg === '--out') outDir = value();
    else if (arg === '--seed' || arg === '--seeds') {
      const list = (value() ?? '').split(',').map((s) => Number(s.trim()));
      if (list.length === 0 || list.some((n) => !Number.isSafeInteger(n) || n < 0)) return { error: `${arg} needs whole numbers >= 0` };
      seeds = list;
    } else if (arg === '--policy' || arg === '--policies') policies = (value() ?? '').split(',').filter((p) => p !== '');
    else if (arg === '--scale') {
      scale = Number(value());
      if (!(scale > 0 && scale <= 10)) return { error: '--scale needs a number in (0, 10]' };
    } else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
    else if (scenarioPath === undefined) scenarioPath = arg;
    else return { error: `unexpected argument ${arg}` };
  }
  if (scenarioPath === undefined) return { error: 'missing the scenario file' };
  if (outDir === undefined) return { error: 'missing --out <dir>' };
  return { scenarioPath, outDir, seeds, policies, scale };
}

export async function runSimulateCommand(argv: string[], io: CommandIo = process): Promise<void> {
  const args = parseSimulateArgs(argv);
  if ('error' in args) {
    io.stderr.write(`${args.error}\n${USAGE}\n`);
    process.exitCode = 64;
    return;
  }
  let text: string;
  try {
    text = readFileSync(args.scenarioPath, 'utf8');
  } catch (error) {
    io.stderr.write(`cannot read ${args.scenarioPath}: ${(error as Error).message}\n`);
    process.exitCode = 66;
    return;
  }
  const parsed = parseScenarioText(text, extname(args.scenarioPath).toLowerCase() === '.json' ? 'json' : 'yaml');
  if (!parsed.ok) {
    io.stderr.write(`${args.scenarioPath} is not a valid scenario:\n${parsed.errors.map((e) => `  ${e}`).join('\n')}\n`);
    process.exitCode = 65;
    return;
  }
  const scenario = args.scale === undefined ? parsed.scenario : scaleScenario(parsed.scenario, args.scale);
  const unknown = (args.policies ?? []).filter((p) => !scenario.policies.some((q) => q.name === p));
  if (unknown.length > 0) {
    io.stderr.write(`unknown policy ${unknown.join(', ')}; the scenario has ${scenario.policies.map((p) => p.name).join(', ')}\n`);
    process.exitCode = 64;
    return;
  }

  const tty = 'isTTY' in io.stderr && io.stderr.isTTY === true;
  const bar = tty
    ? new cliProgress.SingleBar(
        { stream: io.stderr, format: 'simulating {policy} (seed {seed}) [{bar}] {percentage}% | {conversations} conversations', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(1000, 0, { policy: scenario.policies[0]?.name ?? '', seed: args.seeds?.[0] ?? scenario.seeds[0], conversations: 0 });
  const started = performance.now();
  const result = await compare(scenario, {
    ...(args.seeds && { seeds: args.seeds }),
    ...(args.policies && { policies: args.policies }),
    onProgress: (p) => bar?.update(Math.round(p.overall * 1000), { policy: p.policy, seed: p.seed, conversations: p.conversations }),
  });
  bar?.stop();
  const seconds = (performance.now() - started) / 1000;

  mkdirSync(args.outDir, { recursive: true });
  const jsonPath = join(args.outDir, 'result.json');
  const htmlPath = join(args.outDir, 'report.html');
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(htmlPath, renderReport(result, { chartJs: readChartJs() }));
  io.stdout.write(summaryLines(result, seconds).join('\n') + `\nwrote ${resolve(jsonPath)}\nwrote ${resolve(htmlPath)}\n`);
}

function summaryLines(result: ComparisonResult, seconds: number): string[] {
  const cur = result.scenario.currency;
  const contacts = result.policies.reduce((s, p) => s + p.summary.contacts * p.runs.length, 0);
  const lines = [`${result.scenario.name}: ${result.policies.length} policies × ${result.seeds.length} seed(s), ${Math.round(contacts).toLocaleString('en-GB')} contacts in ${seconds.toFixed(1)} s`];
  for (const p of result.policies) {
    const s = p.summary;
    lines.push(
      `  ${p.policy.name.padEnd(24)} cost/contact ${formatValue(s.costPerContactMinor, 'money', cur).padStart(8)}  durable ${formatValue(s.durableResolutionRate, 'percent', cur).padStart(7)}  CSAT ${formatValue(s.csatProxy, 'percent', cur).padStart(7)}  SL ${formatValue(s.serviceLevel, 'percent', cur).padStart(7)}  abandon ${formatValue(s.abandonmentRate, 'percent', cur).padStart(7)}`,
    );
  }
  return lines;
}

/** Chart.js's UMD build, found through the installed package (its exports map hides dist/ files). */
function readChartJs(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.js'), 'utf8');
}
