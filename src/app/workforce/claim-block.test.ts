import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTiers } from '../../../test/support/databases.js';
import { AppError } from '../errors.js';
import { claimBlock } from './claim-block.js';
import { listAgentBlocks } from './list-blocks.js';
import { publishBlocks } from './publish-blocks.js';
import { agent, HOUR, supervisor, T0, workforceHarness, type Harness } from './workforce-test-support.js';

const CLAIMANTS = 30;
const PLACES = 5;

for (const tier of databaseTiers()) {
  describe.skipIf(!tier.available)(`claiming on-call blocks (${tier.name})`, () => {
    let h: Harness;
    let drop: () => Promise<void>;
    const ids = Array.from({ length: CLAIMANTS }, (_, i) => `agt_c${i}`);
    const race = { blockId: '', winners: [] as string[] };

    beforeAll(async () => {
      const opened = await tier.open();
      drop = opened.drop;
      h = workforceHarness(opened.database);
      await h.addAgents(ids);
    });
    afterAll(async () => {
      await h.database.close().catch(() => {});
      await drop();
    });

    const publish = async (startsAt: number, hours: number, headcount: number) =>
      (await publishBlocks(h, { principal: supervisor, blocks: [{ startsAt, endsAt: startsAt + hours * HOUR, headcount }] }))[0]!;

    it(`gives ${PLACES} places to exactly ${PLACES} of ${CLAIMANTS} simultaneous claimants`, async () => {
      const block = await publish(T0 + 24 * HOUR, 2, PLACES);
      const results = await Promise.allSettled(ids.map((id) => claimBlock(h, { principal: agent(id), blockId: block.id })));
      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      race.blockId = block.id;
      race.winners = won.map((w) => w.claim.agentId);
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(won).toHaveLength(PLACES);
      expect(lost).toHaveLength(CLAIMANTS - PLACES);
      for (const reason of lost) {
        expect(reason).toBeInstanceOf(AppError);
        expect((reason as AppError).code).toBe('conflict');
        expect((reason as AppError).message).toBe('blockId: the block is full');
      }
      const rows = await h.database.query<{ n: number }>("select count(*)::int as n from block_claims where block_id = $1 and status = 'claimed'", [block.id]);
      expect(rows[0]?.n).toBe(PLACES);
      const [listed] = (await h.workforce.blocks.listBetween(block.startsAt, block.endsAt)).filter((b) => b.id === block.id);
      expect(listed).toMatchObject({ claimed: PLACES, placesLeft: 0 });
    });

    it('one agent claiming the same block ten times at once holds one place', async () => {
      const block = await publish(T0 + 30 * HOUR, 2, 3);
      const results = await Promise.all(Array.from({ length: 10 }, () => claimBlock(h, { principal: agent('agt_c0'), blockId: block.id })));
      expect(new Set(results.map((r) => r.claim.id)).size).toBe(1);
      expect(results.filter((r) => !r.alreadyHeld)).toHaveLength(1);
      expect(await h.workforce.blocks.countHeldPlaces(block.id)).toBe(1);
    });

    it('refuses an overlapping block, a started block, an unknown block and non-agents', async () => {
      const first = await publish(T0 + 50 * HOUR, 2, 3);
      const overlapping = await publish(T0 + 51 * HOUR, 2, 3);
      const adjacent = await publish(T0 + 52 * HOUR, 2, 3);
      await claimBlock(h, { principal: agent('agt_c1'), blockId: first.id });
      await expect(claimBlock(h, { principal: agent('agt_c1'), blockId: overlapping.id })).rejects.toThrow(/overlapping block/);
      // Touching is not overlapping: blocks are half-open [start, end).
      await expect(claimBlock(h, { principal: agent('agt_c1'), blockId: adjacent.id })).resolves.toMatchObject({ alreadyHeld: false });
      h.clock.set(first.startsAt);
      await expect(claimBlock(h, { principal: agent('agt_c2'), blockId: first.id })).rejects.toThrow(/already started/);
      h.clock.set(T0);
      await expect(claimBlock(h, { principal: agent('agt_c2'), blockId: 'blk_nope' })).rejects.toMatchObject({ code: 'not_found', field: 'blockId' });
      await expect(claimBlock(h, { principal: supervisor, blockId: first.id })).rejects.toMatchObject({ code: 'not_found' }); // no such agent row
      await expect(claimBlock(h, { principal: { kind: 'admin' }, blockId: first.id })).rejects.toMatchObject({ code: 'forbidden' });
    });

    it('lists upcoming blocks with places left, and the agent’s own', async () => {
      const winner = race.winners[0]!;
      const loser = ids.find((id) => !race.winners.includes(id) && id !== 'agt_c0' && id !== 'agt_c1')!;
      const view = await listAgentBlocks(h, { principal: agent(winner), days: 14 });
      // The race block is full, but the winner holds a place in it, so it is listed for them.
      expect(view.blocks.find((b) => b.id === race.blockId)).toMatchObject({ placesLeft: 0, myStatus: 'claimed' });
      expect(view.mine.map((c) => c.agentId)).toContain(winner);
      expect(view.mine.every((c) => c.agentId === winner)).toBe(true);
      const stranger = await listAgentBlocks(h, { principal: agent(loser), days: 14 });
      expect(stranger.blocks.map((b) => b.id)).not.toContain(race.blockId);
      expect(stranger.blocks.every((b) => b.placesLeft > 0)).toBe(true);
      expect(stranger.mine).toEqual([]);
      // A block that has started is no longer offered, even with places left: claims close at the start.
      const running = await publish(T0 + 60 * HOUR, 2, 2);
      expect((await listAgentBlocks(h, { principal: agent(loser) })).blocks.map((b) => b.id)).toContain(running.id);
      h.clock.set(running.startsAt);
      expect((await listAgentBlocks(h, { principal: agent(loser) })).blocks.map((b) => b.id)).not.toContain(running.id);
      h.clock.set(T0);
      expect(stranger.rules).toEqual({ releaseNoticeHours: 12, noShowGraceMinutes: 10, currency: 'GBP' });
    });
  });
}
