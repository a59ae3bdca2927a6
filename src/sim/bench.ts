import { Kernel } from './kernel.js';
import { simulate } from './run.js';
import { scenarioFrom } from './scenario-load.js';
import type { Scenario } from './scenario.js';

/**
 * `npm run bench` figure for the simulator: simulated conversations per wall-clock second on a
 * 100,000-conversation day with 500 agents, AI-first with humans (greedy, guardrail and call-ups
 * on), one seed. The first run warms the JIT on a shorter day and is not counted. Also printed per
 * CPU second, because on a busy machine the wall clock counts time other processes had the CPU.
 */
export function benchScenario(contacts = 100_000, hours = 24): Scenario {
  const block = (from: string, to: string, agents: number) => ({ from, to, agents });
  return scenarioFrom({
    name: 'bench: 100,000 conversations, 500 agents',
    day: { hours, intervalMinutes: 30, drainHours: 1 },
    arrivals: {
      total: contacts,
      curve: [
        { at: '00:00', weight: 0.3 },
        { at: '08:00', weight: 1.4 },
        { at: '12:00', weight: 1.6 },
        { at: '18:00', weight: 1.2 },
        { at: `${hours}:00`, weight: 0.4 },
      ].filter((p) => Number(p.at.split(':')[0]) <= hours),
    },
    customers: { languages: { en: 0.9, es: 0.1 } },
    intents: [
      { name: 'payment_schedule', share: 4, ai: { resolves: 0.85, escalates: 0.1, resolvesWrongly: 0.05 } },
      { name: 'refund_status', share: 3, ai: { resolves: 0.7, escalates: 0.2, resolvesWrongly: 0.1 } },
      { name: 'payment_failed', share: 2, ai: { resolves: 0.55, escalates: 0.35, resolvesWrongly: 0.1 } },
      { name: 'dispute', share: 1, certification: 'disputes', sensitive: true, ai: { resolves: 0.2, escalates: 0.7, resolvesWrongly: 0.1 } },
    ],
    agents: {
      pools: [
        {
          name: 'en',
          count: 420,
          languages: ['en'],
          certifications: ['disputes'],
          onCall: [block('00:00', '08:00', 60), block('08:00', '16:00', 260), block('16:00', '24:00', 200)].filter((b) => Number(b.to.split(':')[0]) <= hours),
          callUp: { optIn: 60 },
        },
        {
          name: 'es',
          count: 80,
          languages: ['en', 'es'],
          onCall: [block('00:00', '08:00', 10), block('08:00', '16:00', 50), block('16:00', '24:00', 40)].filter((b) => Number(b.to.split(':')[0]) <= hours),
          callUp: { optIn: 20 },
        },
      ],
    },
    policies: [{ name: 'hybrid', mode: 'hybrid', matching: 'greedy' }],
  });
}

export async function benchSimulator(): Promise<void> {
  const out = (label: string, value: string) => process.stdout.write(`  ${label.padEnd(58)} ${value}\n`);
  process.stdout.write('simulator\n');
  await simulate(benchScenario(10_000, 4), { seed: 1 }); // warm-up, not counted
  const scenario = benchScenario();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await simulate(scenario, { seed: 1 });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const agents = scenario.agents.pools.reduce((s, p) => s + p.count, 0);
  out(`contacts simulated (${agents} agents, one day, hybrid greedy)`, result.summary.contacts.toLocaleString('en-GB'));
  out('kernel events', result.events.toLocaleString('en-GB'));
  out('wall-clock time (CPU time of this process)', `${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s)`);
  out('simulated conversations per wall-clock second', Math.round(result.summary.contacts / seconds).toLocaleString('en-GB'));
  // On a shared machine the wall clock includes time other processes had the CPU.
  out('simulated conversations per CPU second', Math.round(result.summary.contacts / cpuSeconds).toLocaleString('en-GB'));
  const eventsPerSecond = result.events / seconds;
  out('kernel events per second (each runs application code)', Math.round(eventsPerSecond).toLocaleString('en-GB'));
  // Baseline, same process: the kernel alone, the same number of events with empty handlers.
  const kernelOnly = await kernelEventsPerSecond(result.events);
  out('baseline: kernel alone, empty handlers (events per second)', Math.round(kernelOnly).toLocaleString('en-GB'));
  out('ratio: simulated day / kernel alone', (eventsPerSecond / kernelOnly).toFixed(4));
}

async function kernelEventsPerSecond(events: number): Promise<number> {
  const kernel = new Kernel(0);
  for (let i = 0; i < events; i++) kernel.schedule((i * 7919) % 86_400_000, i % 9, () => {});
  const started = performance.now();
  await kernel.run();
  return events / ((performance.now() - started) / 1000);
}
