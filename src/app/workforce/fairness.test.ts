import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite } from '../../../test/support/databases.js';
import { claimBlock } from './claim-block.js';
import { getFairness, type FairnessFigures } from './fairness.js';
import type { OnCallBlockRecord } from './ports.js';
import { publishBlocks } from './publish-blocks.js';
import { recordConversationPay } from './record-pay.js';
import { settleDueBlocks } from './settle-blocks.js';
import { agent, HOUR, MINUTE, supervisor, T0, workforceHarness, type Harness } from './workforce-test-support.js';

/**
 * Period [T0, T0 + 4 h), floor 1,100/h. Worked by hand:
 * P: online all period (from before it), a paid block for the first 2 h, one 8-minute chat at +2:30.
 *    presence 240, paid 120 + 8 = 128, unpaid waiting 112, share 128/240; earnings 1,400 standby + 270
 *    = 1,670 over 4 h = 417.5 → 418/h, below the floor; offers 3 (accepted, declined, timed out) → 2 declines.
 * Q: online +1:00 to +2:00, no block, no work: 60 unpaid minutes, earns 0.
 * R: no presence, one offer withdrawn by the system at +3:00 (not a decline).
 * S: online and gone before the period: not in the report.
 * Pool: unpaid 172; paid share 128/300; offers [3, 0, 1] → Gini 0.5; per online hour [0.75, 0] → 0.5;
 * decline rate 2/4.
 */
describe('fairness figures', () => {
  let h: Harness;
  let report: FairnessFigures;

  beforeAll(async () => {
    h = workforceHarness(await freshPglite(), T0 - 24 * HOUR);
    await h.addAgents(['agt_p', 'agt_q', 'agt_r', 'agt_s']);
    const [block] = (await publishBlocks(h, { principal: supervisor, blocks: [{ startsAt: T0, endsAt: T0 + 2 * HOUR, headcount: 1 }] })) as [OnCallBlockRecord];
    await claimBlock(h, { principal: agent('agt_p'), blockId: block.id });
    await h.presence('agt_s', 'available', T0 - HOUR);
    await h.presence('agt_s', 'offline', T0 - 30 * MINUTE);
    await h.presence('agt_p', 'available', T0 - 10 * MINUTE);
    await h.presence('agt_q', 'available', T0 + HOUR);
    await h.presence('agt_q', 'offline', T0 + 2 * HOUR);
    await h.assigned('cnv_p', 'agt_p', T0 + 150 * MINUTE);
    await h.resolved('cnv_p', 'agt_p', T0 + 158 * MINUTE);
    await h.offer('ofr_1', 'agt_p', 'accepted', T0 + 150 * MINUTE);
    await h.offer('ofr_2', 'agt_p', 'declined', T0 + 160 * MINUTE);
    await h.offer('ofr_3', 'agt_p', 'timed_out', T0 + 170 * MINUTE);
    await h.offer('ofr_4', 'agt_r', 'withdrawn', T0 + 3 * HOUR);
    await recordConversationPay(h, { agentId: 'agt_p', conversationId: 'cnv_p', resolvedAt: T0 + 158 * MINUTE });
    h.clock.set(T0 + 4 * HOUR);
    await settleDueBlocks(h);
    report = await getFairness(h, { principal: supervisor, fromMs: T0, toMs: T0 + 4 * HOUR });
  });
  afterAll(async () => h.database.close());

  it('per agent: unpaid waiting, paid share, effective hourly pay against the floor, offers and declines', () => {
    expect(report.agents.map((a) => a.agentId)).toEqual(['agt_p', 'agt_q', 'agt_r']);
    const [p, q, r] = report.agents;
    expect(p).toMatchObject({ presenceMinutes: 240, paidMinutes: 128, unpaidWaitingMinutes: 112, effectiveHourlyMinor: 418, belowFloor: true, offers: 3, declines: 2 });
    expect(p?.paidShareOfPresence).toBeCloseTo(128 / 240, 12);
    expect(q).toMatchObject({ presenceMinutes: 60, paidMinutes: 0, unpaidWaitingMinutes: 60, paidShareOfPresence: 0, effectiveHourlyMinor: 0, belowFloor: true, offers: 0 });
    expect(r).toMatchObject({ presenceMinutes: 0, paidShareOfPresence: null, effectiveHourlyMinor: null, belowFloor: null, offers: 1, declines: 0 });
  });

  it('for the pool: totals and the spread of offers', () => {
    expect(report.totalUnpaidWaitingMinutes).toBe(172);
    expect(report.paidShareOfPresence).toBeCloseTo(128 / 300, 12);
    expect(report.agentsBelowFloor).toBe(2);
    expect(report.offersGini).toBeCloseTo(0.5, 12);
    expect(report.offersPerPresenceHourGini).toBeCloseTo(0.5, 12);
    expect(report.declineRate).toBe(0.5);
    expect(report).toMatchObject({ hourlyFloorMinor: 1_100, currency: 'GBP', fromMs: T0, toMs: T0 + 4 * HOUR });
  });

  it('is for supervisors and the admin key only', async () => {
    await expect(getFairness(h, { principal: agent('agt_p'), fromMs: T0, toMs: T0 + HOUR })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
