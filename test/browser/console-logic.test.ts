import { describe, expect, it } from 'vitest';
import type { Conversation, Message } from '../../web/client/index.js';
import { arrivalsByHour, outcomesOf, serviceLevel, serviceLevelByHour, startOfLocalDay, waitFactFrom, waitIsFinal, type WaitFact } from '../../web/console/today-stats.js';
import { formatArgs, resultGist } from '../../web/console/tool-audit-format.js';
import { consolePath, parseConsolePath } from '../../web/console/useConsoleRoute.js';

/** The console's figures from plain conversations and transcripts, and its routes. */
const day = new Date(2026, 10, 25).getTime();
const at = (hour: number, minute = 0, second = 0) => new Date(2026, 10, 25, hour, minute, second).getTime();
const conversation = (id: string, over: Partial<Conversation>): Conversation =>
  ({ id, state: 'ai', escalationReason: null, createdAt: at(9), updatedAt: at(9), ...over }) as Conversation;
const msg = (seq: number, createdAt: number, meta: Record<string, unknown> = {}, authorKind: Message['authorKind'] = 'system'): Message =>
  ({ id: `m${seq}`, conversationId: 'c', seq, authorKind, authorId: null, clientMessageId: null, body: '', meta, createdAt }) as Message;

describe("today's figures", () => {
  it('counts conversations per local hour, apart by whether they went to a person, and only today', () => {
    const hours = arrivalsByHour(
      [
        conversation('a', { createdAt: at(9, 5) }),
        conversation('b', { createdAt: at(9, 59), escalationReason: 'customer_asked' }),
        conversation('c', { createdAt: at(14) }),
        conversation('yesterday', { createdAt: day - 1 }),
        conversation('tomorrow', { createdAt: startOfLocalDay(day, 1) }),
      ],
      day,
    );
    expect(hours[9]).toEqual({ hour: 9, assistantOnly: 1, escalated: 1 });
    expect(hours[14]).toEqual({ hour: 14, assistantOnly: 1, escalated: 0 });
    expect(hours.reduce((n, h) => n + h.assistantOnly + h.escalated, 0)).toBe(3);
  });

  it('sorts outcomes: resolved by the assistant or after a person, abandoned, open', () => {
    const out = outcomesOf([
      conversation('a', { state: 'resolved' }),
      conversation('b', { state: 'closed' }),
      conversation('c', { state: 'resolved', escalationReason: 'low_confidence' }),
      conversation('d', { state: 'abandoned', escalationReason: 'customer_asked' }),
      conversation('e', { state: 'assigned', escalationReason: 'customer_asked' }),
    ]);
    expect(out).toEqual({ resolvedByAssistant: 2, resolvedAfterPerson: 1, abandoned: 1, open: 1 });
  });

  it('reads the wait from the transcript: escalation to the first agent joining', () => {
    const messages = [msg(1, at(9), {}, 'customer'), msg(2, at(9, 0, 5), { event: 'escalated' }), msg(3, at(9, 0, 40), { event: 'agent_joined' }), msg(4, at(9, 5), { event: 'agent_joined' })];
    const fact = waitFactFrom(conversation('a', { state: 'assigned' }), messages);
    expect(fact).toEqual({ conversationId: 'a', escalatedAt: at(9, 0, 5), joinedAt: at(9, 0, 40), endedAt: null });
    expect(fact && waitIsFinal(fact)).toBe(true);
    expect(waitFactFrom(conversation('b', {}), [msg(1, at(9), {}, 'customer')])).toBeNull();
    const left = waitFactFrom(conversation('c', { state: 'abandoned', updatedAt: at(9, 3) }), messages.slice(0, 2));
    expect(left).toEqual({ conversationId: 'c', escalatedAt: at(9, 0, 5), joinedAt: null, endedAt: at(9, 3) });
    const waiting = waitFactFrom(conversation('d', { state: 'queued' }), messages.slice(0, 2));
    expect(waiting && waitIsFinal(waiting)).toBe(false);
  });

  it('service level: answered within the target over all who waited, leaving out those still under it', () => {
    const target = 60_000;
    const now = at(10);
    const facts: WaitFact[] = [
      { conversationId: 'fast', escalatedAt: at(9), joinedAt: at(9, 0, 30), endedAt: null },
      { conversationId: 'slow', escalatedAt: at(9), joinedAt: at(9, 2), endedAt: null },
      { conversationId: 'gave-up-late', escalatedAt: at(9), joinedAt: null, endedAt: at(9, 5) },
      { conversationId: 'gave-up-early', escalatedAt: at(9), joinedAt: null, endedAt: at(9, 0, 20) },
      { conversationId: 'still-waiting-long', escalatedAt: at(9, 50), joinedAt: null, endedAt: null },
      { conversationId: 'just-arrived', escalatedAt: now - 10_000, joinedAt: null, endedAt: null },
    ];
    const sl = serviceLevel(facts, target, now);
    expect(sl).toEqual({ answeredWithin: 1, counted: 4, answered: 2, rate: 0.25, averageAnswerSeconds: 75 });
    expect(serviceLevel([], target, now).rate).toBeNull();
    const byHour = serviceLevelByHour(facts, target, now);
    expect(byHour[9]?.counted).toBe(4);
    expect(byHour[8]?.rate).toBeNull();
  });
});

describe('tool audit rows', () => {
  it('shows arguments compactly and the gist of the result', () => {
    expect(formatArgs({})).toBe('—');
    expect(formatArgs({ purchaseId: 'pur_1', days: 5 })).toBe('purchaseId: pur_1, days: 5');
    expect(resultGist({ ok: true, result: { data: { summary: 'Payment 3 moved to 12 Dec.' } } })).toBe('Payment 3 moved to 12 Dec.');
    expect(resultGist({ ok: true, result: { data: [1, 2, 3] } })).toBe('3 items read');
    expect(resultGist({ ok: true, result: { data: { a: 1, b: 2, c: 3, d: 4, e: 5 } } })).toBe('read: a, b, c, d…');
    expect(resultGist({ ok: false, result: { code: 'too_late', message: 'That payment is already late.' } })).toBe('That payment is already late.');
  });
});

describe('console routes', () => {
  it('maps every section to its path and back', () => {
    for (const page of ['conversations', 'live', 'charts', 'qa', 'guardrail', 'staffing', 'settings'] as const) {
      expect(parseConsolePath(consolePath({ page }))).toEqual({ page });
    }
    expect(parseConsolePath('/console/live/')).toEqual({ page: 'live' });
    expect(parseConsolePath('/console/unknown')).toEqual({ page: 'conversations' });
    expect(consolePath({ page: 'conversation', conversationId: 'cnv_1' })).toBe('/console/conversations/cnv_1');
  });
});
