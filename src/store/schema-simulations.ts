import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Simulation runs started from the console: the request (the scenario's text as it was when asked, so a
 * later edit of a shipped file does not change what ran), the progress of the background runner, and the
 * outcome (the comparison as JSON and the self-contained HTML report). Moments are read as epoch ms.
 */
const moment = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const simRunStatuses = ['queued', 'running', 'done', 'failed'] as const;

export const simRuns = pgTable(
  'sim_runs',
  {
    id: text('id').primaryKey(),
    scenarioName: text('scenario_name').notNull(),
    /** The shipped scenario's id (its file name without extension), or null for an uploaded one. */
    shippedScenario: text('shipped_scenario'),
    scenarioText: text('scenario_text').notNull(),
    scenarioFormat: text('scenario_format', { enum: ['yaml', 'json'] }).notNull(),
    seeds: jsonb('seeds').$type<number[]>().notNull(),
    policies: jsonb('policies').$type<string[]>().notNull(),
    scale: doublePrecision('scale').notNull(),
    status: text('status', { enum: simRunStatuses }).notNull().default('queued'),
    progress: doublePrecision('progress').notNull().default(0),
    error: text('error'),
    result: jsonb('result').$type<Record<string, unknown>>(),
    reportHtml: text('report_html'),
    requestedBy: text('requested_by').notNull(),
    createdAt: moment('created_at').notNull(),
    startedAt: moment('started_at'),
    finishedAt: moment('finished_at'),
  },
  (t) => [
    index('sim_runs_created_idx').on(t.createdAt),
    index('sim_runs_open_idx').on(t.status, t.createdAt).where(sql`status in ('queued', 'running')`),
    check('sim_runs_status_known', sql`${t.status} in ('queued', 'running', 'done', 'failed')`),
    check('sim_runs_progress_fraction', sql`${t.progress} >= 0 and ${t.progress} <= 1`),
    check('sim_runs_scale_range', sql`${t.scale} > 0 and ${t.scale} <= 1`),
    check('sim_runs_done_has_result', sql`${t.status} <> 'done' or (${t.result} is not null and ${t.reportHtml} is not null)`),
    check('sim_runs_failed_has_error', sql`${t.status} <> 'failed' or ${t.error} is not null`),
  ],
);

export type SimRunRow = typeof simRuns.$inferSelect;
