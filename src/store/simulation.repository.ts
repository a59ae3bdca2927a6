import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { ClaimedSimRun, SimRun, SimRunRepository } from '../app/simulations/ports.js';
import type { DbOrTx } from './database.js';
import { ms } from './rows.js';
import { simRuns, type SimRunRow } from './schema.js';

// Lists and status reads never load the big columns (scenario text, result JSON, report HTML).
const { scenarioText: _text, result: _result, reportHtml: _html, ...runColumns } = getTableColumns(simRuns);

type RunRow = Omit<SimRunRow, 'scenarioText' | 'result' | 'reportHtml'>;

const toRun = (r: RunRow): SimRun => ({
  id: r.id,
  scenarioName: r.scenarioName,
  shippedScenario: r.shippedScenario,
  scenarioFormat: r.scenarioFormat,
  seeds: r.seeds,
  policies: r.policies,
  scale: r.scale,
  status: r.status,
  progress: r.progress,
  error: r.error,
  requestedBy: r.requestedBy,
  createdAt: r.createdAt.getTime(),
  startedAt: ms(r.startedAt),
  finishedAt: ms(r.finishedAt),
});

/** Both drivers return `{ rows }` from execute. */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

export const simulationRepository = (db: DbOrTx): SimRunRepository => ({
  async insert(run) {
    await db.insert(simRuns).values({ ...run, status: 'queued', progress: 0, createdAt: new Date(run.createdAt) });
  },

  async get(id) {
    const [row] = await db.select(runColumns).from(simRuns).where(eq(simRuns.id, id));
    return row ? toRun(row) : null;
  },

  async result(id) {
    const [row] = await db.select({ result: simRuns.result }).from(simRuns).where(eq(simRuns.id, id));
    return row?.result ?? null;
  },

  async report(id) {
    const [row] = await db.select({ html: simRuns.reportHtml }).from(simRuns).where(eq(simRuns.id, id));
    return row?.html ?? null;
  },

  async list(limit) {
    const rows = await db.select(runColumns).from(simRuns).orderBy(desc(simRuns.createdAt), desc(simRuns.id)).limit(limit);
    return rows.map(toRun);
  },

  async claimNext(atMs) {
    const result = await db.execute(sql`
      update sim_runs set status = 'running', progress = 0, started_at = ${new Date(atMs).toISOString()}
      where id = (
        select id from sim_runs where status = 'queued'
        order by created_at, id
        limit 1
        for update skip locked
      )
      returning id, scenario_text`);
    const [claimed] = rowsOf<{ id: string; scenario_text: string }>(result);
    if (!claimed) return null;
    const [row] = await db.select(runColumns).from(simRuns).where(eq(simRuns.id, claimed.id));
    if (!row) return null;
    const run: ClaimedSimRun = { ...toRun(row), scenarioText: claimed.scenario_text };
    return run;
  },

  async setProgress(id, progress) {
    await db
      .update(simRuns)
      .set({ progress })
      .where(and(eq(simRuns.id, id), eq(simRuns.status, 'running')));
  },

  async finish(id, outcome, atMs) {
    const rows = await db
      .update(simRuns)
      .set({ status: 'done', progress: 1, result: outcome.result, reportHtml: outcome.reportHtml, finishedAt: new Date(atMs) })
      .where(and(eq(simRuns.id, id), eq(simRuns.status, 'running')))
      .returning({ id: simRuns.id });
    return rows.length > 0;
  },

  async fail(id, error, atMs) {
    const rows = await db
      .update(simRuns)
      .set({ status: 'failed', error, finishedAt: new Date(atMs) })
      .where(and(eq(simRuns.id, id), eq(simRuns.status, 'running')))
      .returning({ id: simRuns.id });
    return rows.length > 0;
  },

  async failAllRunning(error, atMs) {
    const rows = await db
      .update(simRuns)
      .set({ status: 'failed', error, finishedAt: new Date(atMs) })
      .where(eq(simRuns.status, 'running'))
      .returning({ id: simRuns.id });
    return rows.map((r) => r.id);
  },
});
