import { describe, expect, it } from 'vitest';
import { DEFAULT_HANDLING, measuredHandling } from '../../src/app/dispatch/measure-handling.js';
import { blendHandling } from '../../src/domain/dispatch/index.js';
import { createMemoryStore } from '../../src/store/memory/memory-store.js';

const NOW = Date.UTC(2026, 10, 27, 12);

describe('measured handling for the wait estimate', () => {
  it('blends the last day of chats with the defaults, and reads the store at most once a minute', async () => {
    const store = createMemoryStore();
    const chat = async (id: string, at: number, minutes: number) =>
      store.events.append([
        { type: 'conversation.assigned', conversationId: id, actor: 'dispatcher', payload: { agentId: 'agt_a' }, occurredAt: at },
        { type: 'conversation.resolved', conversationId: id, actor: 'agent:agt_a', payload: { by: 'agent', agentId: 'agt_a' }, occurredAt: at + minutes * 60_000 },
      ]);
    await chat('cnv_old', NOW - 2 * 86_400_000, 30); // outside the day: not counted
    await chat('cnv_1', NOW - 3_600_000, 2);
    await chat('cnv_2', NOW - 1_800_000, 4);
    const handling = measuredHandling(store);
    const first = await handling(NOW);
    expect(first).toEqual(blendHandling(DEFAULT_HANDLING, { chats: 2, handleMsSum: 6 * 60_000, answers: 0, answerMsSum: 0, accepted: 0 }));
    expect(first.perChatHandleTimeMs).toBeLessThan(DEFAULT_HANDLING.perChatHandleTimeMs);

    await chat('cnv_3', NOW, 10);
    expect(await handling(NOW + 30_000)).toEqual(first); // cached
    expect((await handling(NOW + 60_000 + 10 * 60_000)).perChatHandleTimeMs).toBeGreaterThan(first.perChatHandleTimeMs);
  });
});
