import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulationServices, INTERRUPTED_MESSAGE, type SimRunRepository, type Simulator } from '../../src/app/simulations/index.js';
import { ManualClock } from '../../src/runtime/clock.js';
import type { Database } from '../../src/store/database.js';
import { simulationRepository } from '../../src/store/simulation.repository.js';
import { databaseTiers } from '../support/databases.js';

/**
 * The runner with a scripted simulator and a hand-moved clock: progress is written at most once a
 * second of clock time, a stop interrupts the run in hand at its next report, and one run goes at a time.
 */
const admin = { kind: 'admin' } as const;
const TEXT = 'name: Scripted\n';

for (const tier of databaseTiers()) describe.skipIf(!tier.available)(`simulation runner on ${tier.name}`, () => {
  let database: Database;
  let drop: () => Promise<void>;
  let runs: SimRunRepository;
  const clock = new ManualClock(Date.UTC(2026, 2, 2, 9));
  const progressWrites: number[] = [];
  let script: (onProgress: (fraction: number) => void) => Promise<void> = async () => {};
  let concurrent = 0;
  let maxConcurrent = 0;

  const simulator: Simulator = {
    shippedScenarios: async () => [],
    shippedScenarioText: async () => null,
    check: async () => ({ ok: true, name: 'Scripted', seeds: [1], policies: ['p'] }),
    async run(_request, onProgress) {
      concurrent += 1;
      maxConcurrent = Math.max(maxConcurrent, concurrent);
      try {
        await script(onProgress);
      } finally {
        concurrent -= 1;
      }
      return { result: { scenario: { name: 'Scripted' }, seeds: [1], policies: [] }, reportHtml: '<!doctype html><p>report</p>' };
    },
  };

  beforeAll(async () => {
    const opened = await tier.open();
    database = opened.database;
    drop = opened.drop;
    const real = simulationRepository(database.db);
    runs = { ...real, setProgress: async (id, progress) => void (progressWrites.push(progress), await real.setProgress(id, progress)) };
  });
  afterAll(async () => {
    await database?.close();
    await drop?.();
  });

  let counter = 0;
  const services = () => createSimulationServices({ runs, simulator, clock, ids: { next: (p) => `${p}_${(counter += 1)}` } });
  const start = () => services().start({ principal: admin, scenarioText: TEXT });

  it('writes progress at most once per second of clock time, then finishes', async () => {
    const run = await start();
    progressWrites.length = 0;
    script = async (onProgress) => {
      // 40 reports, 300 ms apart: 12 s of clock time, so about one write per second, never more.
      for (let i = 1; i <= 40; i++) {
        clock.advance(300);
        onProgress(i / 40);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    expect(await services().runQueued()).toEqual({ ran: 1, interrupted: 0 });
    expect(progressWrites.length).toBeGreaterThanOrEqual(10);
    expect(progressWrites.length).toBeLessThanOrEqual(12);
    expect(progressWrites).toEqual([...progressWrites].sort((a, b) => a - b));
    const done = await runs.get(run.id);
    expect(done).toMatchObject({ status: 'done', progress: 1, error: null });
    expect(await runs.report(run.id)).toBe('<!doctype html><p>report</p>');
  });

  it('runs the queue one run at a time, oldest first; two claimers never get the same run', async () => {
    const order: string[] = [];
    const a = await start();
    clock.advance(1_000);
    const b = await start();
    script = async () => {
      order.push(...(await runs.list(10)).filter((r) => r.status === 'running').map((r) => r.id));
      await new Promise((resolve) => setTimeout(resolve, 20));
    };
    maxConcurrent = 0;
    expect(await services().runQueued()).toEqual({ ran: 2, interrupted: 0 });
    expect(maxConcurrent).toBe(1);
    expect(order).toEqual([a.id, b.id]);

    const c = await start();
    const d = await start();
    const claimed = await Promise.all([runs.claimNext(clock.now()), runs.claimNext(clock.now()), runs.claimNext(clock.now())]);
    expect(claimed.map((r) => r?.id ?? null).sort()).toEqual([c.id, d.id, null].sort());
    await runs.failAllRunning('cleared by the test', clock.now());
  });

  it('stops part-way when asked, marking the run interrupted', async () => {
    const run = await start();
    const controller = new AbortController();
    script = async (onProgress) => {
      clock.advance(2_000);
      onProgress(0.25);
      controller.abort();
      clock.advance(2_000);
      onProgress(0.5); // throws: the runner was asked to stop
      throw new Error('not reached');
    };
    await services().runQueued(controller.signal);
    expect(await runs.get(run.id)).toMatchObject({ status: 'failed', error: INTERRUPTED_MESSAGE });
  });

  it('records the simulator’s error, and fails runs another process left running', async () => {
    const run = await start();
    script = async () => {
      throw new RangeError('arrivals.total: must be more than 0');
    };
    await services().runQueued();
    expect(await runs.get(run.id)).toMatchObject({ status: 'failed', error: 'arrivals.total: must be more than 0' });

    const stuck = await start();
    expect(await runs.claimNext(clock.now())).toMatchObject({ id: stuck.id, status: 'running', scenarioText: TEXT });
    expect(await services().runQueued()).toEqual({ ran: 0, interrupted: 1 });
    expect(await runs.get(stuck.id)).toMatchObject({ status: 'failed', error: INTERRUPTED_MESSAGE });
  });
});
