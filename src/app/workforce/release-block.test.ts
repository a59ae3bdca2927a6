import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPglite } from '../../../test/support/databases.js';
import { agentsInPaidBlockAt } from './paid-blocks.js';
import { claimBlock } from './claim-block.js';
import type { OnCallBlockRecord } from './ports.js';
import { publishBlocks } from './publish-blocks.js';
import { releaseBlock } from './release-block.js';
import { agent, HOUR, MINUTE, supervisor, T0, workforceHarness, type Harness } from './workforce-test-support.js';

describe('releasing a claimed block', () => {
  let h: Harness;
  let block: OnCallBlockRecord;

  beforeAll(async () => {
    h = workforceHarness(await freshPglite(), T0 - 48 * HOUR);
    await h.addAgents(['agt_r1', 'agt_r2', 'agt_r3']);
    [block] = (await publishBlocks(h, { principal: supervisor, blocks: [{ startsAt: T0, endsAt: T0 + 2 * HOUR, headcount: 1 }] })) as [OnCallBlockRecord];
  });
  afterAll(async () => h.database.close());

  it('is free with at least 12 hours’ notice, and the place opens for someone else', async () => {
    await claimBlock(h, { principal: agent('agt_r1'), blockId: block.id });
    await expect(claimBlock(h, { principal: agent('agt_r2'), blockId: block.id })).rejects.toThrow(/full/);
    h.clock.set(T0 - 12 * HOUR); // exactly the notice: still free
    const released = await releaseBlock(h, { principal: agent('agt_r1'), blockId: block.id });
    expect(released).toMatchObject({ lateRelease: false, noticeHours: 12, claim: { status: 'released', releasedAt: T0 - 12 * HOUR } });
    await expect(claimBlock(h, { principal: agent('agt_r2'), blockId: block.id })).resolves.toMatchObject({ placesLeft: 0 });
  });

  it('is a late release with less notice', async () => {
    h.clock.set(T0 - 12 * HOUR + 1);
    const released = await releaseBlock(h, { principal: agent('agt_r2'), blockId: block.id });
    expect(released.lateRelease).toBe(true);
    expect(released.claim.status).toBe('late_released');
  });

  it('refuses to release a place you do not hold', async () => {
    await expect(releaseBlock(h, { principal: agent('agt_r2'), blockId: block.id })).rejects.toMatchObject({ code: 'not_found', field: 'blockId' });
    await expect(releaseBlock(h, { principal: agent('agt_r3'), blockId: 'blk_missing' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('puts holders of a running block in the dispatcher’s paid set, and leaving early takes them out', async () => {
    h.clock.set(T0 - HOUR);
    await claimBlock(h, { principal: agent('agt_r3'), blockId: block.id });
    expect(await agentsInPaidBlockAt(h.workforce, T0 - 1)).toEqual(new Set());
    expect(await agentsInPaidBlockAt(h.workforce, T0)).toEqual(new Set(['agt_r3']));
    h.clock.set(T0 + 30 * MINUTE);
    const left = await releaseBlock(h, { principal: agent('agt_r3'), blockId: block.id });
    expect(left).toMatchObject({ lateRelease: true, claim: { status: 'late_released' } });
    expect(await agentsInPaidBlockAt(h.workforce, T0 + 31 * MINUTE)).toEqual(new Set());
    expect(await agentsInPaidBlockAt(h.workforce, T0 + 2 * HOUR)).toEqual(new Set());
  });

  it('cannot release after the block has ended', async () => {
    const [later] = (await publishBlocks(h, { principal: supervisor, blocks: [{ startsAt: T0 + 4 * HOUR, endsAt: T0 + 5 * HOUR, headcount: 1 }] })) as [OnCallBlockRecord];
    await claimBlock(h, { principal: agent('agt_r1'), blockId: later.id });
    h.clock.set(T0 + 5 * HOUR);
    await expect(releaseBlock(h, { principal: agent('agt_r1'), blockId: later.id })).rejects.toThrow(/has ended/);
  });
});
