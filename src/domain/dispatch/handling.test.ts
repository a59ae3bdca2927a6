import { describe, expect, it } from 'vitest';
import { blendHandling } from './handling.js';

const prior = { perChatHandleTimeMs: 480_000, meanAnswerTimeMs: 8_000, acceptanceRate: 0.8 };
const none = { chats: 0, handleMsSum: 0, answers: 0, answerMsSum: 0, accepted: 0 };

describe('blendHandling', () => {
  it('is the prior when nothing was seen, and moves toward what was seen as observations grow', () => {
    expect(blendHandling(prior, none)).toEqual(prior);
    const seen = (n: number) => ({ chats: n, handleMsSum: n * 240_000, answers: n, answerMsSum: n * 4_000, accepted: n / 2 });
    const few = blendHandling(prior, seen(5));
    const many = blendHandling(prior, seen(5_000));
    expect(few.perChatHandleTimeMs).toBeCloseTo((480_000 * 20 + 5 * 240_000) / 25, 6);
    expect(few.perChatHandleTimeMs).toBeGreaterThan(many.perChatHandleTimeMs);
    expect(many.perChatHandleTimeMs).toBeCloseTo((480_000 * 20 + 5_000 * 240_000) / 5_020, 6);
    expect(Math.abs(many.perChatHandleTimeMs - 240_000)).toBeLessThan(1_000);
    expect(Math.abs(many.meanAnswerTimeMs - 4_000)).toBeLessThan(20);
    expect(Math.abs(many.acceptanceRate - 0.5)).toBeLessThan(0.002);
  });
});
