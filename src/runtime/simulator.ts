import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScenarioFormat, ShippedScenario, Simulator } from '../app/simulations/ports.js';

/** The scenarios that ship with Tandem (the repository's scenarios/ folder). */
export const SHIPPED_SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

const FORMATS: Record<string, ScenarioFormat> = { '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json' };

type Shipped = ShippedScenario & { text: string; format: ScenarioFormat };

/** The simulator is loaded on first use: a server that never simulates never loads it. */
const loadSim = async () => {
  const [compare, report, scale, load] = await Promise.all([import('../sim/compare.js'), import('../sim/report-html.js'), import('../sim/scale.js'), import('../sim/scenario-load.js')]);
  return { compare: compare.compare, renderReport: report.renderReport, scaleScenario: scale.scaleScenario, parseScenarioText: load.parseScenarioText };
};
let simModules: ReturnType<typeof loadSim> | null = null;
const sim = () =>
  (simModules ??= loadSim().catch((error: unknown) => {
    simModules = null; // a failed load is tried again next time
    throw error;
  }));

/**
 * The Simulator port on src/sim: shipped scenarios from a folder (read once), the simulator's own
 * validator, and `compare` + `renderReport` with Chart.js's UMD build inlined, as `tandem simulate` does.
 */
export function fileSimulator(options: { scenariosDir?: string } = {}): Simulator {
  const dir = options.scenariosDir ?? SHIPPED_SCENARIOS_DIR;
  let shipped: Promise<Shipped[]> | null = null;
  let chartJs: Promise<string> | null = null;
  const load = () => (shipped ??= loadShipped(dir));

  return {
    async shippedScenarios() {
      return (await load()).map(({ text: _text, format: _format, ...scenario }) => scenario);
    },

    async shippedScenarioText(id) {
      const found = (await load()).find((s) => s.id === id);
      return found ? { text: found.text, format: found.format } : null;
    },

    async check(text, format) {
      const parsed = (await sim()).parseScenarioText(text, format);
      if (!parsed.ok) return parsed;
      return { ok: true, name: parsed.scenario.name, seeds: [...parsed.scenario.seeds], policies: parsed.scenario.policies.map((p) => p.name) };
    },

    async run(request, onProgress) {
      const { compare, parseScenarioText, renderReport, scaleScenario } = await sim();
      const parsed = parseScenarioText(request.scenarioText, request.scenarioFormat);
      if (!parsed.ok) throw new RangeError(`the scenario is no longer valid: ${parsed.errors.join('; ')}`);
      const scenario = request.scale === 1 ? parsed.scenario : scaleScenario(parsed.scenario, request.scale);
      // `compare` is becoming asynchronous (yielding between intervals); awaiting works either way.
      const result = await compare(scenario, { seeds: request.seeds, policies: request.policies, onProgress: (p) => onProgress(p.overall) });
      const reportHtml = renderReport(result, { chartJs: await (chartJs ??= readChartJs()) });
      // Through JSON once: what is stored is exactly what the API returns (no NaN, no undefined).
      return { result: JSON.parse(JSON.stringify(result)) as Record<string, unknown>, reportHtml };
    },
  };
}

async function loadShipped(dir: string): Promise<Shipped[]> {
  const { parseScenarioText } = await sim();
  const files = (await readdir(dir)).filter((f) => FORMATS[extname(f).toLowerCase()] !== undefined).sort();
  const out: Shipped[] = [];
  for (const file of files) {
    const format = FORMATS[extname(file).toLowerCase()]!;
    const text = await readFile(join(dir, file), 'utf8');
    const parsed = parseScenarioText(text, format);
    // A shipped file that does not validate is a bug the scenario tests catch; it is not offered.
    if (!parsed.ok) continue;
    const s = parsed.scenario;
    out.push({
      id: file.slice(0, -extname(file).length),
      name: s.name,
      description: s.description,
      hours: s.day.hours,
      seeds: [...s.seeds],
      policies: s.policies.map((p) => ({ name: p.name, mode: p.mode, matching: p.matching, callUps: p.callUps, guardrail: p.guardrail })),
      text,
      format,
    });
  }
  return out;
}

/** Chart.js's UMD build, found through the installed package (its exports map hides dist/ files). */
async function readChartJs(): Promise<string> {
  const require = createRequire(import.meta.url);
  return readFile(join(dirname(require.resolve('chart.js')), 'chart.umd.js'), 'utf8');
}
