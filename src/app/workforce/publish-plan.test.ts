import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite } from '../../../test/support/databases.js';
import { erlangCAgentsFor, scheduledAgents } from '../../domain/workforce/index.js';
import { publishPlan } from './publish-plan.js';
import { HOUR, T0, admin, agent, workforceHarness, type Harness } from './workforce-test-support.js';

const plan = {
  staffing: { targetServiceLevel: 0.8, answerWithinSeconds: 60, ahtSeconds: 480, concurrency: 2, shrinkage: 0.3 },
  intervalMinutes: 30,
  horizonDays: 1,
  blockHours: 2,
};

describe('publishing blocks from a plan', () => {
  let h: Harness;

  beforeAll(async () => {
    h = workforceHarness(await freshPglite(), T0);
    // Three weeks of history: two conversations every half hour, one of which reached the queue.
    await h.database.query("insert into customers (id, name) values ('cus_hist', 'History')");
    await h.database.query(
      `insert into conversations (id, customer_id, state, intent, created_at, updated_at, queued_at)
       select 'cnv_h' || g, 'cus_hist', 'closed', 'refund', t, t, case when g % 2 = 0 then t else null end
       from (select g, $1::timestamptz - (g * interval '15 minutes') - interval '1 minute' as t from generate_series(0, 3 * 7 * 96 - 1) g) s`,
      [new Date(T0).toISOString()],
    );
  });
  afterAll(async () => h.database.close());

  it('forecasts, staffs with Erlang C, and books blocks covering the peak', async () => {
    const preview = await publishPlan(h, { principal: admin, plan: { ...plan, dryRun: true } });
    const needed = erlangCAgentsFor({ arrivalsPerHour: 2, ahtSeconds: 480, answerWithinSeconds: 60, targetServiceLevel: 0.8, concurrency: 2 }).agents;
    expect(preview).toMatchObject({ published: false, created: [], historyWeeks: 3, escalation: { source: 'live', shares: { refund: 0.5 } } });
    expect(preview.blocks).toHaveLength(12); // 10:00 today to 10:00 tomorrow in 2-hour blocks
    for (const block of preview.blocks) {
      expect(block.headcount).toBe(scheduledAgents(needed, 0.3));
      expect(block.endsAt - block.startsAt).toBe(2 * HOUR);
      expect(block.standbyCostMinor).toBe(block.headcount * 2 * 700);
    }
    expect(preview.blocks[0]?.startsAt).toBe(T0);
    expect(await h.workforce.blocks.listBetween(T0, T0 + 48 * HOUR)).toEqual([]);
  });

  it('publishes them for agents to claim', async () => {
    const result = await publishPlan(h, { principal: admin, plan });
    expect(result.published).toBe(true);
    expect(result.created).toHaveLength(12);
    expect(result.created.every((b) => b.createdBy === 'admin' && b.standbyRateMinorPerHour === 700 && b.currency === 'GBP')).toBe(true);
    expect(await h.workforce.blocks.listBetween(T0, T0 + 48 * HOUR)).toHaveLength(12);
  });

  it('is for supervisors only', async () => {
    await expect(publishPlan(h, { principal: agent('agt_x'), plan })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
