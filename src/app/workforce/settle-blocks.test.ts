import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite } from '../../../test/support/databases.js';
import { claimBlock } from './claim-block.js';
import type { OnCallBlockRecord } from './ports.js';
import { publishBlocks } from './publish-blocks.js';
import { releaseBlock } from './release-block.js';
import { settleDueBlocks } from './settle-blocks.js';
import { agent, HOUR, MINUTE, supervisor, T0, workforceHarness, type Harness } from './workforce-test-support.js';

/**
 * One block, 10:00–12:00 at 700/h (the default rate), grace 10 minutes, and seven agents whose pay is
 * worked out by hand below.
 */
describe('settling a finished block into pay', () => {
  let h: Harness;
  let block: OnCallBlockRecord;
  const at = (hh: number, mm: number, ss = 0) => T0 + (hh - 10) * HOUR + mm * MINUTE + ss * 1000;

  beforeAll(async () => {
    h = workforceHarness(await freshPglite(), T0 - 24 * HOUR);
    await h.addAgents(['agt_a', 'agt_b', 'agt_c', 'agt_d', 'agt_e', 'agt_f', 'agt_g']);
    [block] = (await publishBlocks(h, { principal: supervisor, blocks: [{ startsAt: T0, endsAt: T0 + 2 * HOUR, headcount: 7 }] })) as [OnCallBlockRecord];
    for (const id of ['agt_a', 'agt_b', 'agt_c', 'agt_d', 'agt_e', 'agt_f', 'agt_g']) await claimBlock(h, { principal: agent(id), blockId: block.id });

    // A: online 09:55 → offline 11:30: paid 10:00–11:30 = 90 min → 700 × 1.5 = 1050.
    await h.presence('agt_a', 'available', at(9, 55));
    await h.presence('agt_a', 'offline', at(11, 30));
    // B: first online at 10:15, after the 10-minute grace → no-show, nothing paid.
    await h.presence('agt_b', 'available', at(10, 15));
    // C: online 10:05–10:20, then away but handling a chat 10:30–10:50 → 15 + 20 = 35 min → 408.33 → 408.
    await h.presence('agt_c', 'available', at(10, 5));
    await h.presence('agt_c', 'away', at(10, 20));
    await h.assigned('cnv_c', 'agt_c', at(10, 30));
    await h.resolved('cnv_c', 'agt_c', at(10, 50));
    // D: online all along but releases at 10:45 (leaving early) → 45 min → 525.
    await h.presence('agt_d', 'available', at(9, 0));
    // E: releases 20 hours ahead → released, never settled.
    h.clock.set(T0 - 20 * HOUR);
    await releaseBlock(h, { principal: agent('agt_e'), blockId: block.id });
    // F: online at 10:09:59 (inside the grace) until 12:30 → 6,601 s → 700 × 6601 / 3600 = 1283.53 → 1284.
    await h.presence('agt_f', 'available', at(10, 9, 59));
    await h.presence('agt_f', 'offline', at(12, 30));
    // G: online at exactly 10:10: the grace is [10:00, 10:10), so a no-show.
    await h.presence('agt_g', 'available', at(10, 10));
    h.clock.set(at(10, 45));
    await releaseBlock(h, { principal: agent('agt_d'), blockId: block.id });
  });
  afterAll(async () => h.database.close());

  it('waits for the block to end', async () => {
    h.clock.set(at(11, 59, 59));
    expect(await settleDueBlocks(h)).toEqual({ blocks: 0, paid: 0, noShows: 0, standbyMinor: 0 });
  });

  it('pays standby for time online inside the block and marks no-shows', async () => {
    h.clock.set(at(12, 0));
    expect(await settleDueBlocks(h)).toEqual({ blocks: 1, paid: 4, noShows: 2, standbyMinor: 1050 + 408 + 525 + 1284 });
    const entries = await h.workforce.ledger.list({ fromMs: T0 - 24 * HOUR, toMs: T0 + 24 * HOUR });
    const byAgent = Object.fromEntries(entries.map((e) => [e.agentId, e]));
    expect(Object.keys(byAgent).sort()).toEqual(['agt_a', 'agt_c', 'agt_d', 'agt_f']);
    expect(byAgent.agt_a).toMatchObject({ kind: 'standby', amountMinor: 1050, causeKind: 'block', causeId: block.id, occurredAt: at(12, 0), currency: 'GBP' });
    expect(byAgent.agt_c?.amountMinor).toBe(408);
    expect(byAgent.agt_d).toMatchObject({ amountMinor: 525, occurredAt: at(10, 45) });
    expect(byAgent.agt_f?.amountMinor).toBe(1284);
    expect(byAgent.agt_a?.detail).toBe('90.0 min online in block × 700/h');
  });

  it('records each claim’s outcome', async () => {
    const claims = await h.workforce.blocks.claimsForBlock(block.id);
    const status = Object.fromEntries(claims.map((c) => [c.agentId, c.status]));
    expect(status).toEqual({ agt_a: 'completed', agt_b: 'no_show', agt_c: 'completed', agt_d: 'completed', agt_e: 'released', agt_f: 'completed', agt_g: 'no_show' });
    expect(claims.find((c) => c.agentId === 'agt_d')?.releasedAt).toBe(at(10, 45));
    expect((await h.workforce.blocks.get(block.id))?.settledAt).toBe(at(12, 0));
  });

  it('settles once: running it again pays nothing more', async () => {
    h.clock.set(at(13, 0));
    expect(await settleDueBlocks(h)).toEqual({ blocks: 0, paid: 0, noShows: 0, standbyMinor: 0 });
    expect(await h.workforce.ledger.list({ fromMs: T0 - 24 * HOUR, toMs: T0 + 24 * HOUR })).toHaveLength(4);
  });
});
